package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type (CPython's {@code PyTypeObject}, Objects/typeobject.c): name, bases, MRO,
 * namespace dict, flags and the layout of its instances.
 *
 * <p>Built-in types are made from Java classes annotated with {@link Exposed.Type} by
 * {@link #fromClass}: the shell first (so instances can be created during bootstrap), the
 * dict from the annotations on first use ({@link #ready}). Special methods are resolved
 * through the MRO and cached per type ({@link #special}); the cache is invalidated for a type
 * and its subclasses when a dict on the MRO changes ({@link #modified}), so a Python override
 * or a later assignment is seen, as CPython's {@code update_slot} ensures.
 */
@Exposed.Type(name = "type", gc = true, basicSize = 904)
public final class PyType extends PyObject implements PyCallable {
    // tp_flags (the values CPython uses, so type.__flags__ reads the same)
    public static final long HEAPTYPE = 1L << 9;
    public static final long BASETYPE = 1L << 10;
    public static final long READY = 1L << 12;
    public static final long HAVE_GC = 1L << 14;
    public static final long IS_ABSTRACT = 1L << 20;
    public static final long MATCH_SELF = 1L << 22;
    public static final long LONG_SUBCLASS = 1L << 24;
    public static final long LIST_SUBCLASS = 1L << 25;
    public static final long TUPLE_SUBCLASS = 1L << 26;
    public static final long BYTES_SUBCLASS = 1L << 27;
    public static final long UNICODE_SUBCLASS = 1L << 28;
    public static final long DICT_SUBCLASS = 1L << 29;
    public static final long BASE_EXC_SUBCLASS = 1L << 30;
    public static final long TYPE_SUBCLASS = 1L << 31;
    public static final long SEQUENCE = 1L << 5;
    public static final long MAPPING = 1L << 6;
    public static final long MANAGED_DICT = 1L << 4;

    public String name;
    public String qualname;
    public PyType base;
    public PyType[] bases;
    public PyType[] mro;
    public long flags;
    /** CPython's tp_basicsize and tp_itemsize (64-bit), for sys.getsizeof and the allocator. */
    public long basicSize, itemSize;
    /** The Java class of instances (the "solid base" layout). */
    public final Class<? extends PyObject> javaClass;
    /** Creates an instance of this type's layout for a (sub)type: {@code tp_alloc}. */
    MethodHandle instantiator;
    /** Whether instances have a {@code __dict__}. */
    public boolean hasInstanceDict;
    /** Names of {@code __slots__} members, by index into {@link PyObject#slots}. */
    public String[] slotNames = NO_NAMES;
    /** Whether instances support weak references. */
    public boolean weakrefable;
    static final String[] NO_NAMES = {};

    private static final int SPECIAL_COUNT = 128; // > SpecialMethod.values().length; enum init must not run here
    private final PyObject[] specialCache = new PyObject[SPECIAL_COUNT];
    private final boolean[] specialKnown = new boolean[SPECIAL_COUNT];
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private boolean populated;
    /** Changes whenever this type's or an ancestor's dict changes (for attribute caches). */
    public int version;
    private static int nextVersion = 1;

    private static final Map<Class<?>, PyType> BY_CLASS = new HashMap<>();

    /** The type of {@code type}; assigned when the first type is created. */
    public static PyType TYPE;

    private PyType(Class<? extends PyObject> javaClass, String name) {
        super(TYPE, true);
        this.javaClass = javaClass;
        this.name = name;
        this.qualname = name;
        this.version = nextVersion++;
    }

    /** A heap type (class statement or 3-argument type()). */
    public PyType(PyType metatype, String name, PyType[] bases, PyDict dict, Class<? extends PyObject> layout) {
        super(metatype);
        this.javaClass = layout;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.base = bases.length > 0 ? bases[0] : null;
        // tp_base and tp_bases are counted; with tp_mro (which holds the type itself) they make
        // every class a reference cycle, as in CPython: a dead class is freed by the collector.
        if (base != null) Heap.incref(base);
        this.basesTuple = PyTuple.of(bases);
        Heap.incref(basesTuple);
        this.dict = dict;
        Heap.incref(dict);
        this.flags = HEAPTYPE | READY | BASETYPE;
        this.version = nextVersion++;
        this.populated = true;
    }

    // ------------------------------------------------------------------ built-in types

    /** The type for a built-in Java class, created on first request. */
    public static synchronized PyType fromClass(Class<? extends PyObject> cls) {
        PyType t = BY_CLASS.get(cls);
        if (t != null) return t;
        if (TYPE == null && cls != PyType.class) {
            fromClass(PyType.class);
            t = BY_CLASS.get(cls);
            if (t != null) return t;
        }
        Exposed.Type spec = cls.getAnnotation(Exposed.Type.class);
        if (spec == null) throw new IllegalStateException(cls + " is not an exposed type");
        t = new PyType(cls, spec.name());
        if (TYPE == null && cls == PyType.class) {
            TYPE = t;
            t.type = t;
        }
        BY_CLASS.put(cls, t);
        t.flags = READY | (spec.baseType() ? BASETYPE : 0);
        if (!spec.module().equals("builtins")) t.name = spec.module() + "." + spec.name();
        t.qualname = spec.name();
        t.moduleName = spec.module();
        t.doc = spec.doc().isEmpty() ? null : spec.doc();
        Class<?> sup = cls.getSuperclass();
        if (cls == PyObject.class || cls == PyBaseObject.class) {
            t.bases = new PyType[0];
        } else {
            PyType b = baseFor(sup);
            t.base = b;
            t.bases = new PyType[] {b};
            t.flags |= b.flags & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
                    | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS);
        }
        t.instantiator = findInstantiator(cls);
        return t;
    }

    /** The Python type of a Java superclass: the nearest annotated ancestor, or object. */
    private static PyType baseFor(Class<?> sup) {
        while (sup != null && sup != PyObject.class) {
            if (sup.isAnnotationPresent(Exposed.Type.class)) {
                @SuppressWarnings("unchecked")
                Class<? extends PyObject> c = (Class<? extends PyObject>) sup;
                return fromClass(c);
            }
            sup = sup.getSuperclass();
        }
        return fromClass(PyBaseObject.class);
    }

    /** A built-in type that shares its base's Java layout or has its own (the exception hierarchy). */
    public static synchronized PyType builtinSubtype(String name, PyType base, Class<? extends PyObject> layout) {
        PyType t = new PyType(layout, name);
        t.base = base;
        t.bases = new PyType[] {base};
        t.flags = READY | BASETYPE | (base.flags & (LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
                | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS));
        t.instantiator = findInstantiator(layout);
        return t;
    }

    /** Adds a second base to a built-in type (ExceptionGroup is also an Exception). */
    static void addExtraBase(PyType t, PyType extra) {
        PyType[] b = java.util.Arrays.copyOf(t.bases, t.bases.length + 1);
        b[b.length - 1] = extra;
        t.bases = b;
    }

    private static MethodHandle findInstantiator(Class<? extends PyObject> cls) {
        try {
            return MethodHandles.lookup().findConstructor(cls, MethodType.methodType(void.class, PyType.class))
                    .asType(MethodType.methodType(PyObject.class, PyType.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** Module name for __module__ of built-in types. */
    public String moduleName = "builtins";
    public String doc;

    /** Fills the dict and MRO of a built-in type from its annotations (once). */
    public PyType ready() {
        if (!populated) {
            synchronized (PyType.class) {
                if (!populated) {
                    populated = true;
                    TypeBuilder.populate(this);
                }
            }
        }
        return this;
    }

    /** Whether {@code o}'s Java layout is (a subclass of) this type's; every object has object's. */
    public boolean acceptsLayout(PyObject o) {
        return javaClass == PyBaseObject.class || javaClass.isInstance(o);
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    // ------------------------------------------------------------------ lookup

    /** {@code _PyType_Lookup}: the attribute named {@code name} along the MRO, or null. Borrowed. */
    public PyObject lookup(PyStr name) {
        ready();
        for (PyType t : mro) {
            t.ready();
            PyObject v = t.dict.getItemStr(name);
            if (v != null) return v;
        }
        return null;
    }

    public PyObject lookup(String name) {
        return lookup(PyStr.intern(name));
    }

    /** The special method along the MRO, cached until a dict on the MRO changes. Borrowed. */
    public PyObject special(SpecialMethod m) {
        int i = m.ordinal();
        if (specialKnown[i]) return specialCache[i];
        PyObject v = lookup(m.pyName());
        specialCache[i] = v;
        specialKnown[i] = true;
        return v;
    }

    /** Invalidates caches of this type and its subclasses after a dict change. */
    public void modified() {
        java.util.Arrays.fill(specialKnown, false);
        java.util.Arrays.fill(specialCache, null);
        version = nextVersion++;
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) sub.modified();
        }
    }

    public void addSubclass(PyType sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == sub || r.get() == null);
    }

    /**
     * type_set_bases after its checks: new tp_bases/tp_base (counted), the MRO of this type and
     * of every subclass recomputed (all restored if one fails), subclass links moved, caches
     * invalidated.
     */
    void replaceBases(PyType[] newBases) {
        PyType[] oldBases = bases;
        PyType oldBase = base;
        PyTuple oldTuple = basesTuple;
        List<PyType> changed = new ArrayList<>();
        List<PyType[]> oldMros = new ArrayList<>();
        bases = newBases;
        base = newBases[0];
        try {
            java.util.ArrayDeque<PyType> todo = new java.util.ArrayDeque<>();
            todo.add(this);
            while (!todo.isEmpty()) {
                PyType t = todo.poll();
                PyType[] mro = TypeNew.computeMro(t).toArray(new PyType[0]);
                changed.add(t);
                oldMros.add(t.mro);
                t.setMro(mro);
                todo.addAll(t.subclasses());
            }
        } catch (RuntimeException e) {
            for (int i = changed.size() - 1; i >= 0; i--) changed.get(i).setMro(oldMros.get(i));
            bases = oldBases;
            base = oldBase;
            throw e;
        }
        Heap.incref(base);
        basesTuple = PyTuple.of(newBases);
        Heap.incref(basesTuple);
        for (PyType b : oldBases) b.removeSubclass(this);
        for (PyType b : newBases) b.addSubclass(this);
        modified();
        Heap.xdecref(oldTuple);
        Heap.xdecref(oldBase);
    }

    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType t = ref.get();
            if (t != null && (t.gcFlags & Heap.DEAD) == 0) out.add(t);
        }
        return out;
    }

    /** {@code PyType_IsSubtype}: whether {@code other} is on this type's MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        if (mro == null) ready();
        if (mro != null) {
            for (PyType t : mro) if (t == other) return true;
            return false;
        }
        for (PyType t = this; t != null; t = t.base) if (t == other) return true;
        return false;
    }

    /** Creates a fresh instance of this type's layout ({@code tp_alloc}), count 0. */
    public PyObject allocate() {
        if (instantiator == null) throw Errors.typeError("cannot create '%s' instances", name);
        try {
            return (PyObject) instantiator.invokeExact(this);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void setInstantiator(MethodHandle h) {
        this.instantiator = h;
    }

    MethodHandle instantiator() {
        return instantiator;
    }

    /** tp_bases and tp_mro as the tuples CPython keeps (a heap type's are counted). */
    private PyTuple basesTuple, mroTuple;

    /** {@code __bases__}: the same tuple each time. */
    public PyTuple basesTuple() {
        if (basesTuple == null) basesTuple = PyTuple.immortalOf(bases);   // a built-in type's, made on first use
        return basesTuple;
    }

    /** {@code __mro__}: the same tuple each time. */
    public PyTuple mroTuple() {
        ready();
        if (mroTuple == null) {
            if (isHeapType()) setMro(mro);
            else mroTuple = PyTuple.immortalOf(mro);
        }
        return mroTuple;
    }

    /** Sets tp_mro; a heap type holds the new tuple counted (it contains the type: a cycle). */
    public void setMro(PyType[] mro) {
        this.mro = mro;
        if (!isHeapType()) {
            mroTuple = null;
            return;
        }
        PyTuple old = mroTuple;
        mroTuple = PyTuple.of(mro);
        Heap.incref(mroTuple);
        if (old != null) Heap.decref(old);
    }

    /** type_traverse: tp_dict, tp_mro, tp_bases, tp_base (and a heap metatype). */
    @Override
    public void traverse(Visitor v) {
        if (dict != null) v.visit(dict);
        if (isHeapType()) {
            if (mroTuple != null) v.visit(mroTuple);
            if (basesTuple != null) v.visit(basesTuple);
            if (base != null) v.visit(base);
            v.visit(type);
        }
    }

    /** type_dealloc: tp_base, tp_dict, tp_bases, tp_mro. */
    @Override
    public void release(Releaser r) {
        if (!isHeapType()) return;
        PyType b = baseCounted ? base : null;
        baseCounted = false;
        PyDict d = dict;
        dict = null;
        PyTuple bt = basesTuple, mt = mroTuple;
        basesTuple = null;
        mroTuple = null;
        r.release(b);
        r.release(d);
        r.release(bt);
        r.release(mt);
    }

    /** type_clear (the collector's tp_clear): empties the dict and drops the MRO tuple. */
    @Override
    public boolean gcClear(Releaser r) {
        if (!isHeapType()) return false;
        modified();
        if (dict != null) dict.clear();
        PyTuple mt = mroTuple;
        mroTuple = null;
        r.release(mt);
        return false;
    }

    /** Whether {@link #base} holds a count (a heap type's until it is deallocated). */
    private boolean baseCounted = true;

    /** Calling a type: its metatype's __call__ (type_call unless overridden). */
    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (type == TYPE || type.special(SpecialMethod.__call__) == TYPE.lookup("__call__")) {
            return PyTypeMethods.call(this, args, start, nargs, kwnames);
        }
        PyObject f = type.special(SpecialMethod.__call__);
        PyObject[] full = new PyObject[nargs + 1 + (kwnames == null ? 0 : kwnames.size())];
        full[0] = this;
        System.arraycopy(args, start, full, 1, full.length - 1);
        return PyTypeMethods.callUnbound(f, full, nargs + 1, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
