package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

/**
 * {@code _heapq} (Modules/_heapqmodule.c): the heap operations on a list's storage with
 * CPython's siftdown/siftup (the same comparisons in the same order, so custom __lt__ sees
 * what CPython's does and the heaps come out identical), including the cache-friendly
 * heapify order for lists over 2500 items and the max-heap variants heapq.py uses.
 */
@Exposed.Module(name = "_heapq", doc = HeapqModule.DOC)
public final class HeapqModule {
    private HeapqModule() {}

    static final String DOC = "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n";

    public static PyModule create() {
        return ModuleBuilder.build(HeapqModule.class);
    }

    /** The subclass_of=&PyList_Type converter: "f() argument 1 must be list, not tuple" (METH_O: "argument"). */
    private static PyList list(PyObject o, String fname, boolean only) {
        if (o instanceof PyList l) return l;
        throw Errors.typeError("%s() argument%s must be list, not %s", fname, only ? "" : " 1", o.type.qualname);
    }

    private static boolean less(PyObject a, PyObject b) {
        Heap.incref(a);
        Heap.incref(b);
        try {
            return Abstract.richCompareBool(a, b, Abstract.LT);
        } finally {
            Heap.decref(a);
            Heap.decref(b);
        }
    }

    private static void siftdown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) throw Errors.indexError("index out of range");
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject[] arr = heap.storage();
            PyObject newitem = arr[pos], parent = arr[parentpos];
            boolean cmp = max ? less(parent, newitem) : less(newitem, parent);
            if (size != heap.size()) throw Errors.runtimeError("list changed size during iteration");
            if (!cmp) break;
            arr = heap.storage();
            PyObject p = arr[parentpos];
            arr[parentpos] = arr[pos];
            arr[pos] = p;
            pos = parentpos;
        }
    }

    private static void siftup(PyList heap, int pos, boolean max) {
        int endpos = heap.size(), startpos = pos;
        if (pos >= endpos) throw Errors.indexError("index out of range");
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                PyObject[] arr = heap.storage();
                boolean cmp = max ? less(arr[childpos + 1], arr[childpos]) : less(arr[childpos], arr[childpos + 1]);
                if (!cmp) childpos++;
                if (endpos != heap.size()) throw Errors.runtimeError("list changed size during iteration");
            }
            PyObject[] arr = heap.storage();
            PyObject t = arr[childpos];
            arr[childpos] = arr[pos];
            arr[pos] = t;
            pos = childpos;
        }
        siftdown(heap, startpos, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) throw Errors.indexError("index out of range");
        PyObject last = heap.removeAt(n - 1);   // the list's reference, now ours
        if (n - 1 == 0) {
            Heap.decref(last);
            return last;
        }
        PyObject top = heap.get(0);
        Heap.incref(top);
        heap.set(0, last);
        Heap.decref(last);
        try {
            siftup(heap, 0, max);
        } finally {
            Heap.decref(top);
        }
        return top;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) throw Errors.indexError("index out of range");
        PyObject top = heap.get(0);
        Heap.incref(top);
        heap.set(0, item);
        try {
            siftup(heap, 0, max);
        } finally {
            Heap.decref(top);
        }
        return top;
    }

    private static int keepTopBit(int n) {
        int i = 0;
        while (n > 1) {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    private static void heapify(PyList heap, boolean max) {
        int n = heap.size();
        if (n > 2500) {
            // cache_friendly_heapify: a parent is sifted as soon as both its children are heaps
            int m = n >> 1, leftmost = keepTopBit(m + 1) - 1, mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                for (int j = i; ; j >>= 1) {
                    siftup(heap, j, max);
                    if ((j & 1) == 0) break;
                }
            }
            for (int i = m - 1; i >= leftmost; i--) {
                for (int j = i; ; j >>= 1) {
                    siftup(heap, j, max);
                    if ((j & 1) == 0) break;
                }
            }
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
    }

    @Exposed.Function(sig = "($module, heap, item, /)", doc = "Push item onto heap, maintaining the heap invariant.")
    public static PyObject heappush(PyObject heapObj, PyObject item) {
        PyList heap = list(heapObj, "heappush", false);
        heap.append(item);
        siftdown(heap, 0, heap.size() - 1, false);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, heap, /)", conv = Exposed.Convention.O,
            doc = "Pop the smallest item off the heap, maintaining the heap invariant.")
    public static PyObject heappop(PyObject heap) {
        return pop(list(heap, "heappop", true), false);
    }

    @Exposed.Function(sig = "($module, heap, item, /)", doc = "Pop and return the current smallest value, and add the new item.\n\n"
            + "This is more efficient than heappop() followed by heappush(), and can be\n"
            + "more appropriate when using a fixed-size heap.  Note that the value\n"
            + "returned may be larger than item!  That constrains reasonable uses of\n"
            + "this routine unless written as part of a conditional replacement:\n\n"
            + "    if item > heap[0]:\n        item = heapreplace(heap, item)")
    public static PyObject heapreplace(PyObject heap, PyObject item) {
        return replace(list(heap, "heapreplace", false), item, false);
    }

    @Exposed.Function(sig = "($module, heap, item, /)", doc = "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
            + "The combined action runs more efficiently than heappush() followed by\na separate call to heappop().")
    public static PyObject heappushpop(PyObject heapObj, PyObject item) {
        PyList heap = list(heapObj, "heappushpop", false);
        if (heap.size() == 0) return item;
        if (!less(heap.get(0), item)) return item;
        return replace(heap, item, false);
    }

    @Exposed.Function(sig = "($module, heap, /)", conv = Exposed.Convention.O,
            doc = "Transform list into a heap, in-place, in O(len(heap)) time.")
    public static PyObject heapify(PyObject heap) {
        heapify(list(heap, "heapify", true), false);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, heap, /)", conv = Exposed.Convention.O, doc = "Maxheap variant of heappop.")
    public static PyObject _heappop_max(PyObject heap) {
        return pop(list(heap, "_heappop_max", true), true);
    }

    @Exposed.Function(sig = "($module, heap, /)", conv = Exposed.Convention.O, doc = "Maxheap variant of heapify.")
    public static PyObject _heapify_max(PyObject heap) {
        heapify(list(heap, "_heapify_max", true), true);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, heap, item, /)", doc = "Maxheap variant of heapreplace.")
    public static PyObject _heapreplace_max(PyObject heap, PyObject item) {
        return replace(list(heap, "_heapreplace_max", false), item, true);
    }
}
