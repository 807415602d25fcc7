package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;

/** min() and max() (min_max in Python/bltinmodule.c). */
final class MinMax {
    private MinMax() {}

    static PyObject minmax(PyTuple args, PyObject key, PyObject dflt, int op, String name) {
        PyObject iterable;
        if (args.size() == 0) throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        if (args.size() == 1) {
            iterable = args.get(0);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            iterable = args;
        }
        if (key == PyNone.NONE) key = null;
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        PyObject best = null, bestKey = null;
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                PyObject k = key == null ? v : Abstract.call(key, v);
                if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                    Heap.incref(v);
                    Heap.incref(k);
                    if (best != null) { Heap.decref(best); Heap.decref(bestKey); }
                    best = v;
                    bestKey = k;
                }
            }
        } finally {
            Heap.decref(it);
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError("%s() arg is an empty sequence", name);
        }
        Heap.decref(bestKey);
        best.refcnt--;
        if (best.refcnt == 0) { best.refcnt = 1; Heap.decref(best); }
        return best;
    }
}
