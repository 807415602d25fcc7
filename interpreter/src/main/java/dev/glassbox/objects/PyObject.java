package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The base of every Python value (CPython's {@code PyObject}): its type, its reference count,
 * its allocator block ({@code id()}), its GC links, and for instances of classes that have
 * them, an instance dict and {@code __slots__} storage.
 *
 * <p>Reference discipline (docs/references.md): a new object starts with count 0 and is
 * queued on the heap's zero-count queue; whoever stores it increments, whoever overwrites or
 * removes it decrements. Java locals are borrowed. Subclasses that hold Python objects
 * override {@link #traverse} and {@link #release}.
 */
public abstract class PyObject {
    /** The object's type; assignable through {@code __class__} under CPython's rules. */
    public PyType type;
    /** The reference count: counted holders only (DESIGN.md §6). */
    public int refcnt;
    /** Heap state bits, see {@link Heap}. */
    public int gcFlags;
    /** The block address from the allocator model: {@code id()}. */
    public long address;
    /** Links in a GC generation list, for tracked containers. */
    public PyObject gcPrev, gcNext;
    /** GC scratch: the copied count during a collection. */
    public long gcRefs;
    /** The instance {@code __dict__} of objects whose type has one, created lazily. */
    public PyDict dict;
    /** {@code __slots__} values (and other per-instance fields of heap types). */
    public PyObject[] slots;

    protected PyObject(PyType type) {
        this.type = type;
        // Instances of heap types hold a counted reference to their type (subtype_dealloc drops it).
        if (type != null && (type.flags & PyType.HEAPTYPE) != 0) type.refcnt++;
        Heap.allocated(this);
    }

    /** For objects created before the heap exists (type objects, singletons): never freed. */
    protected PyObject(PyType type, boolean immortal) {
        this.type = type;
        if (immortal) Heap.immortal(this); else Heap.allocated(this);
    }

    public final PyType type() {
        return type;
    }

    /** CPython's {@code tp_basicsize} (+ items) for this object: what {@code sys.getsizeof} reports without the GC header. */
    public long basicSize() {
        return type.basicSize;
    }

    /**
     * The size of the object's own allocator block: {@link #basicSize} without storage CPython
     * allocates separately (a list's item array, a dict's keys, a bytearray's buffer), so an
     * object keeps one block size for its whole life, as CPython's does.
     */
    public long blockSize() {
        return basicSize();
    }

    /**
     * Visits each Python object this one holds a counted reference to, in CPython's
     * {@code tp_traverse} order (used by the cycle collector and {@code gc.get_referents}).
     */
    public void traverse(Visitor v) {
        if (dict != null) {
            if (dev.glassbox.memory.Gc.isTracked(dict)) v.visit(dict);
            else dict.traverse(v); // inline values: the owner holds the attributes directly
        }
        if (slots != null) for (PyObject o : slots) if (o != null) v.visit(o);
        if (type.isHeapType()) v.visit(type);
    }

    /**
     * The collector's {@code tp_clear}: drops the references that may be part of a cycle.
     * Most types clear everything (as their dealloc would); types whose tp_clear differs from
     * their dealloc (type objects) override it. Returns whether everything was released (then
     * the deallocation does not call {@link #release} again).
     */
    public boolean gcClear(Releaser r) {
        release(r);
        return true;
    }

    /**
     * Drops every counted reference this object holds and returns them in the order CPython's
     * {@code tp_dealloc} releases them; the heap decrements each in turn (depth first, without
     * Java recursion). Called once, when the object dies or the collector clears a cycle.
     */
    public void release(Releaser r) {
        if (slots != null) {
            PyObject[] s = slots;
            slots = null;
            for (PyObject o : s) r.release(o);
        }
        if (dict != null) {
            PyDict d = dict;
            dict = null;
            r.release(d);
        }
    }

    /** Receives references during traversal. */
    @FunctionalInterface
    public interface Visitor {
        void visit(PyObject o);
    }

    /** Receives references being released by {@link #release}. Null entries are ignored. */
    @FunctionalInterface
    public interface Releaser {
        void release(PyObject o);
    }

    /** Java-side description for debugging only; Python's repr goes through the type. */
    @Override
    public String toString() {
        return "<" + type.name + " object>";
    }
}
