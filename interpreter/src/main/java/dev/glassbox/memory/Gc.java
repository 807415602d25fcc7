package dev.glassbox.memory;

import dev.glassbox.objects.PyObject;

/**
 * The generational cycle collector's state (CPython's {@code Modules/gcmodule.c}, 3.11):
 * three generations of tracked containers as doubly linked lists, their counts and thresholds
 * (700, 10, 10). The young count is container allocations minus deallocations. The collection
 * algorithm itself lives in {@link CycleCollector}.
 */
public final class Gc {
    private Gc() {}

    public static final int NUM_GENERATIONS = 3;

    /** A generation: a list head (sentinel) plus count and threshold. */
    public static final class Generation {
        public final PyObject head = new ListHead();
        public int threshold;
        public int count;

        Generation(int threshold) {
            this.threshold = threshold;
            head.gcPrev = head;
            head.gcNext = head;
        }
    }

    /** Sentinel node of a generation list; not a Python object anyone can see. */
    static final class ListHead extends PyObject {
        ListHead() {
            super(null, true);
        }
    }

    public static final Generation[] generations = {
            new Generation(700), new Generation(10), new Generation(10)};
    /** Objects moved out of collection by gc.freeze(). */
    public static final Generation permanent = new Generation(0);

    public static boolean enabled = true;
    public static boolean collecting;
    /** CPython's long_lived_total / long_lived_pending, for the 25% rule of full collections. */
    public static long longLivedTotal, longLivedPending;

    /** Adds a new container to generation 0 (PyObject_GC_Track at allocation). */
    public static void track(PyObject o) {
        if ((o.gcFlags & Heap.TRACKED) != 0) return;
        link(o, generations[0].head);
        o.gcFlags |= Heap.TRACKED;
        generations[0].count++;
    }

    /** Tracks an object again after an untrack (no count change), as PyObject_GC_Track does. */
    public static void retrack(PyObject o) {
        if ((o.gcFlags & Heap.TRACKED) != 0) return;
        link(o, generations[0].head);
        o.gcFlags |= Heap.TRACKED;
    }

    public static void untrack(PyObject o) {
        if ((o.gcFlags & Heap.TRACKED) == 0) return;
        unlink(o);
        o.gcFlags &= ~Heap.TRACKED;
    }

    /** Untracks a container that lives inside another object (an instance's inline attributes). */
    public static void untrackDetached(PyObject o) {
        if ((o.gcFlags & Heap.TRACKED) == 0) return;
        unlink(o);
        o.gcFlags &= ~Heap.TRACKED;
        if (generations[0].count > 0) generations[0].count--;
    }

    /** Untracks a dying container and takes it off the young count (PyObject_GC_Del). */
    static void untrackDead(PyObject o) {
        untrack(o);
        if (generations[0].count > 0) generations[0].count--;
    }

    public static boolean isTracked(PyObject o) {
        return (o.gcFlags & Heap.TRACKED) != 0;
    }

    static void link(PyObject o, PyObject head) {
        PyObject last = head.gcPrev;
        o.gcPrev = last;
        o.gcNext = head;
        last.gcNext = o;
        head.gcPrev = o;
    }

    static void unlink(PyObject o) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        o.gcPrev = null;
        o.gcNext = null;
    }

    /** Moves every object of list {@code from} to the end of list {@code to}. */
    static void merge(PyObject from, PyObject to) {
        if (from.gcNext == from) return;
        PyObject first = from.gcNext, last = from.gcPrev, tail = to.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = to;
        to.gcPrev = last;
        from.gcNext = from;
        from.gcPrev = from;
    }

    /** Moves every object of {@code from} into {@code to} (gc.freeze / unfreeze). */
    public static void moveAll(Generation from, Generation to) {
        merge(from.head, to.head);
    }

    public static int size(Generation g) {
        return size(g.head);
    }

    static int size(PyObject head) {
        int n = 0;
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) n++;
        return n;
    }

    /** Whether generation 0 passed its threshold (checked after draining). */
    static boolean collectionDue() {
        return enabled && !collecting && generations[0].threshold != 0
                && generations[0].count > generations[0].threshold;
    }

    /** Runs an automatic collection of the oldest generation whose count is over threshold. */
    static void collectAutomatically() {
        CycleCollector.collectGenerations();
    }
}
