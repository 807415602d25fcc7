package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

/** {@code _bisect} (Modules/_bisectmodule.c): binary search and insertion over any sequence, with key functions. */
@Exposed.Module(name = "_bisect", doc = "Bisection algorithms.\n\n"
        + "This module provides support for maintaining a list in sorted order without\n"
        + "having to sort the list after each insertion. For long lists of items with\n"
        + "expensive comparison operations, this can be an improvement over the more\ncommon approach.\n")
public final class BisectModule {
    private BisectModule() {}

    public static PyModule create() {
        return ModuleBuilder.build(BisectModule.class);
    }

    /** internal_bisect_right / internal_bisect_left. */
    private static long search(PyObject a, PyObject x, PyObject loObj, PyObject hiObj, PyObject key, boolean right) {
        long lo = loObj == null ? 0 : Args.ssize(loObj);
        long hi = -1;
        if (hiObj != null && hiObj != PyNone.NONE) {
            // the Py_ssize_t converter with accept={int, NoneType}
            if (hiObj.type.special(dev.glassbox.objects.SpecialMethod.__index__) == null) {
                throw Errors.typeError("argument should be integer or None, not '%s'", hiObj.type.qualname);
            }
            hi = Args.ssize(hiObj);
        }
        if (lo < 0) throw Errors.valueError("lo must be non-negative");
        if (hi == -1) hi = Abstract.length(a);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Abstract.getItem(a, PyInt.of(mid));
            if (key != null && key != PyNone.NONE) item = Abstract.call(key, item);
            boolean less = right ? Abstract.richCompareBool(x, item, Abstract.LT) : Abstract.richCompareBool(item, x, Abstract.LT);
            if (right == less) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static void insert(PyObject a, long index, PyObject x) {
        if (a.type == PyList.TYPE) ((PyList) a).insert((int) Math.min(index, Integer.MAX_VALUE), x);
        else Abstract.callMethod(a, "insert", PyInt.of(index), x);
    }

    private static final String SIG = "($module, /, a, x, lo=0, hi=None, *, key=None)";
    private static final String BOUNDS = "\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.";

    @Exposed.Function(sig = SIG, doc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
            + "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
            + "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
            + "insert just after the rightmost x already there." + BOUNDS)
    public static PyObject bisect_right(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key) {
        return PyInt.of(search(a, x, lo, hi, key, true));
    }

    @Exposed.Function(sig = SIG, doc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
            + "The return value i is such that all e in a[:i] have e < x, and all e in\n"
            + "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
            + "insert just before the leftmost x already there." + BOUNDS)
    public static PyObject bisect_left(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key) {
        return PyInt.of(search(a, x, lo, hi, key, false));
    }

    @Exposed.Function(sig = SIG, doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
            + "If x is already in a, insert it to the right of the rightmost x." + BOUNDS)
    public static PyObject insort_right(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key) {
        PyObject kx = key == null || key == PyNone.NONE ? x : Abstract.call(key, x);
        insert(a, search(a, kx, lo, hi, key, true), x);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = SIG, doc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
            + "If x is already in a, insert it to the left of the leftmost x." + BOUNDS)
    public static PyObject insort_left(PyObject a, PyObject x, PyObject lo, PyObject hi, PyObject key) {
        PyObject kx = key == null || key == PyNone.NONE ? x : Abstract.call(key, x);
        insert(a, search(a, kx, lo, hi, key, false), x);
        return PyNone.NONE;
    }
}
