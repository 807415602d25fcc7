package dev.glassbox.memory;

import dev.glassbox.objects.PyObject;

import java.util.Arrays;

/**
 * Reference counting and deallocation (DESIGN.md §6, docs/references.md).
 *
 * <p>Every new object starts with count 0 and goes on the zero-count queue; {@link #incref} and
 * {@link #decref} keep the count for counted holders, and an object whose count drops to 0 is
 * queued again. The VM calls {@link #drain(int)} at instruction boundaries: each queued object
 * still at 0 is deallocated — finalizer, weak references, then the references it held are
 * released depth first (as CPython's recursive {@code tp_dealloc} would, but with an explicit
 * stack, so a million-node chain needs no Java recursion), its GC link and its allocator block
 * are freed. A nested eval loop drains only what was queued after it started, so objects the
 * outer Java code still borrows are not freed under it.
 *
 * <p>One runtime per process, driven by one thread at a time (the runtime's GIL), so this
 * state is static.
 */
public final class Heap {
    private Heap() {}

    // gcFlags bits
    public static final int IN_QUEUE = 1;
    public static final int DEAD = 1 << 1;
    public static final int FINALIZED = 1 << 2;
    public static final int IMMORTAL = 1 << 3;
    public static final int ALLOCATED = 1 << 4;
    public static final int TRACKED = 1 << 5;
    public static final int HAS_WEAKREFS = 1 << 6;
    /** Set on objects the collector found unreachable, while it works on them. */
    public static final int COLLECTING = 1 << 7;
    /**
     * Set once the collector's tp_clear has dropped every reference the object holds, so its
     * deallocation does not release them a second time.
     */
    public static final int CLEARED = 1 << 8;
    /** Counts used for immortal singletons: large, like CPython's count on None. */
    private static final int IMMORTAL_COUNT = 999_999_999;   // as CPython 3.11 initialises its static singletons

    public static final Allocator allocator = new Allocator();

    private static PyObject[] queue = new PyObject[1024];
    private static int queueSize;

    /** Hooks the runtime installs: finalizers and weak references need the VM. */
    public interface Hooks {
        /** Calls the object's {@code tp_finalize} ({@code __del__}); errors are reported, not thrown. */
        void finalize(PyObject o);
        /** Whether the object's type has a finalizer. */
        boolean hasFinalizer(PyObject o);
        /** Clears the weak references to {@code o} and calls their callbacks. */
        void clearWeakrefs(PyObject o);
        /** The object's request size for the allocator (CPython's basicsize + items + GC head). */
        long allocationSize(PyObject o);
        /** Whether instances of the object's type are GC containers. */
        boolean isGcType(PyObject o);
        /** Called after an object's references were released (e.g. to decref a heap type). */
        void afterRelease(PyObject o);
        /** The {@link FreeLists} list that keeps the object's block when it dies, or -1. */
        int freeList(PyObject o);
    }

    private static Hooks hooks;

    public static void install(Hooks h) {
        hooks = h;
    }

    // ---------------------------------------------------------------- allocation

    /** Called by every {@link PyObject} constructor: count 0, queued. */
    public static void allocated(PyObject o) {
        o.gcFlags = IN_QUEUE;
        push(o);
        if (hooks != null && hooks.isGcType(o)) Gc.track(o);
    }

    /** Marks an object that lives as long as the runtime (types, singletons, small ints). */
    public static void immortal(PyObject o) {
        o.gcFlags = IMMORTAL;
        o.refcnt = IMMORTAL_COUNT;
    }

    /**
     * Makes a live object immortal (a runtime-held identifier that user code interned first),
     * keeping its address and flags.
     */
    public static void promoteImmortal(PyObject o) {
        if ((o.gcFlags & IMMORTAL) != 0) return;
        o.gcFlags |= IMMORTAL;
        o.refcnt += IMMORTAL_COUNT;
    }

    /** The object's address ({@code id()}), allocating its block on first need. */
    public static long address(PyObject o) {
        if ((o.gcFlags & ALLOCATED) == 0) assignAddress(o);
        return o.address;
    }

    private static void assignAddress(PyObject o) {
        long size = hooks != null ? hooks.allocationSize(o) : 16;
        int list = hooks != null ? hooks.freeList(o) : -1;
        long reused = list >= 0 ? FreeLists.pop(list) : 0;
        o.address = reused != 0 ? reused : allocator.alloc(size);
        o.gcFlags |= ALLOCATED;
    }

    // ---------------------------------------------------------------- counting

    public static void incref(PyObject o) {
        o.refcnt++;
    }

    public static void xincref(PyObject o) {
        if (o != null) o.refcnt++;
    }

    public static void decref(PyObject o) {
        if (--o.refcnt == 0 && (o.gcFlags & (IN_QUEUE | IMMORTAL)) == 0) {
            o.gcFlags |= IN_QUEUE;
            push(o);
        }
    }

    public static void xdecref(PyObject o) {
        if (o != null) decref(o);
    }

    /** Replaces a counted field's value: increments the new one before decrementing the old. */
    public static PyObject replace(PyObject old, PyObject value) {
        if (value != null) value.refcnt++;
        if (old != null) decref(old);
        return value;
    }

    private static void push(PyObject o) {
        if (queueSize == queue.length) queue = Arrays.copyOf(queue, queueSize * 2);
        queue[queueSize++] = o;
    }

    /** The queue's current length: a nested eval loop's mark. */
    public static int mark() {
        return queueSize;
    }

    /** Whether objects were queued since {@code mark}. */
    public static boolean pending(int mark) {
        return queueSize > mark;
    }

    // ---------------------------------------------------------------- deallocation

    /** Deallocates every object queued since {@code mark} whose count is still zero. */
    public static void drain(int mark) {
        for (int i = mark; i < queueSize; i++) {
            PyObject o = queue[i];
            queue[i] = null;
            o.gcFlags &= ~IN_QUEUE;
            if (o.refcnt == 0 && (o.gcFlags & (DEAD | IMMORTAL)) == 0) deallocate(o);
            else if ((o.gcFlags & ALLOCATED) == 0 && (o.gcFlags & DEAD) == 0) assignAddress(o);
        }
        if (queueSize > mark) queueSize = mark;
        if (queue.length > 4096 && mark == 0) queue = new PyObject[1024];
        if (Gc.collectionDue()) Gc.collectAutomatically();
    }

    // Explicit stack for the depth-first release cascade.
    private static PyObject[][] relStack = new PyObject[64][];
    private static int[] relIndex = new int[64];
    private static int[] relLength = new int[64];
    private static PyObject[] relOwner = new PyObject[64];
    private static int relDepth;
    private static final Collector collector = new Collector();

    /** Collects released references into a reusable array. */
    private static final class Collector implements PyObject.Releaser {
        PyObject[] items = new PyObject[8];
        int n;

        @Override
        public void release(PyObject o) {
            if (o == null) return;
            if (n == items.length) items = Arrays.copyOf(items, n * 2);
            items[n++] = o;
        }
    }

    /**
     * Runs the deallocation of {@code root} (count 0) and every object that reaches 0 because of
     * it, depth first in CPython's order.
     */
    public static void deallocate(PyObject root) {
        if (!finalize(root)) return;
        int base = relDepth;
        pushReleased(root);
        while (relDepth > base) {
            int top = relDepth - 1;
            if (relIndex[top] == relLength[top]) {
                PyObject owner = relOwner[top];
                relStack[top] = null;
                relOwner[top] = null;
                relDepth--;
                finish(owner);
                continue;
            }
            PyObject child = relStack[top][relIndex[top]++];
            if (--child.refcnt == 0 && (child.gcFlags & (DEAD | IMMORTAL)) == 0 && finalize(child)) {
                pushReleased(child);
            }
        }
    }

    /** Calls the finalizer once (PEP 442); false if the object was resurrected. */
    private static boolean finalize(PyObject o) {
        if (hooks != null && (o.gcFlags & FINALIZED) == 0 && hooks.hasFinalizer(o)) {
            o.gcFlags |= FINALIZED;
            o.refcnt = 1; // the finalizer's own reference, as in PyObject_CallFinalizerFromDealloc
            hooks.finalize(o);
            if (--o.refcnt != 0) return false; // resurrected
        }
        if ((o.gcFlags & HAS_WEAKREFS) != 0 && hooks != null) {
            o.refcnt = 1;
            hooks.clearWeakrefs(o);
            if (--o.refcnt != 0) return false;
        }
        o.gcFlags |= DEAD;
        if ((o.gcFlags & TRACKED) != 0) Gc.untrackDead(o);
        return true;
    }

    private static void pushReleased(PyObject o) {
        Collector c = collector;
        int start = c.n;
        if ((o.gcFlags & CLEARED) == 0) o.release(c);
        int count = c.n - start;
        PyObject[] items = count == 0 ? EMPTY : Arrays.copyOfRange(c.items, start, c.n);
        Arrays.fill(c.items, start, c.n, null);
        c.n = start;
        if (relDepth == relStack.length) {
            int n = relDepth * 2;
            relStack = Arrays.copyOf(relStack, n);
            relIndex = Arrays.copyOf(relIndex, n);
            relLength = Arrays.copyOf(relLength, n);
            relOwner = Arrays.copyOf(relOwner, n);
        }
        relStack[relDepth] = items;
        relIndex[relDepth] = 0;
        relLength[relDepth] = count;
        relOwner[relDepth] = o;
        relDepth++;
    }

    private static final PyObject[] EMPTY = new PyObject[0];

    private static void finish(PyObject o) {
        if (hooks != null) hooks.afterRelease(o);
        if ((o.gcFlags & ALLOCATED) != 0) {
            long size = hooks != null ? hooks.allocationSize(o) : 16;
            int list = hooks != null ? hooks.freeList(o) : -1;
            if (list < 0 || !FreeLists.push(list, o.address, size)) allocator.free(o.address, size);
        }
        o.gcFlags &= ~ALLOCATED;
    }

    // ---------------------------------------------------------------- per-thread state

    /**
     * One Python thread's zero-count queue and release stack. Marks and the release cascade are
     * positions in the running thread's own queue, so a thread switch (at an instruction
     * boundary or a blocking call, under the GIL) swaps these in and out: objects queued by one
     * thread are drained by that thread, never under another thread's borrowed references.
     */
    public static final class ThreadQueue {
        PyObject[] queue = new PyObject[256];
        int size;
        PyObject[][] relStack = new PyObject[16][];
        int[] relIndex = new int[16];
        int[] relLength = new int[16];
        PyObject[] relOwner = new PyObject[16];
        int relDepth;
    }

    /** Saves the running thread's queue into {@code save} and makes {@code load}'s current. */
    public static void switchQueue(ThreadQueue save, ThreadQueue load) {
        if (save != null) {
            save.queue = queue;
            save.size = queueSize;
            save.relStack = relStack;
            save.relIndex = relIndex;
            save.relLength = relLength;
            save.relOwner = relOwner;
            save.relDepth = relDepth;
        }
        if (load != null) {
            queue = load.queue;
            queueSize = load.size;
            relStack = load.relStack;
            relIndex = load.relIndex;
            relLength = load.relLength;
            relOwner = load.relOwner;
            relDepth = load.relDepth;
        }
    }

    /** Number of objects waiting in the zero-count queue (for introspection). */
    public static int queued() {
        return queueSize;
    }
}
