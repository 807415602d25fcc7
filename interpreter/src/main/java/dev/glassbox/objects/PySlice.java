package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.math.BigInteger;

/**
 * {@code slice} (Objects/sliceobject.c): start, stop and step as given, plus the index
 * arithmetic every sequence uses — {@link #unpack} ({@code PySlice_Unpack}: None becomes the
 * default, out-of-range ints clamp to the Py_ssize_t range) and {@link #adjustIndices}
 * ({@code PySlice_AdjustIndices}: clip to a length and count the items). {@code indices()}
 * follows {@code _PySlice_GetLongIndices}, which works on unbounded ints. Slices are
 * unhashable in 3.11 and compare as the tuple (start, stop, step).
 */
@Exposed.Type(name = "slice", baseType = false, unhashable = true, gc = true, basicSize = 40,
        doc = "slice(stop)\nslice(start, stop[, step])\n\n"
        + "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PySlice.class);

    public final PyObject start, stop, step;

    /** A slice of the given parts (null means None); counts them. */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
        Heap.incref(this.start);
        Heap.incref(this.stop);
        Heap.incref(this.step);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        Abstract.checkTypeArg(type, "slice.__new__");
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0) throw Errors.typeError("slice() takes no keyword arguments");
        int n = a.size();
        if (n < 1) throw Errors.typeError("slice expected at least 1 argument, got %d", n);
        if (n > 3) throw Errors.typeError("slice expected at most 3 arguments, got %d", n);
        if (n == 1) return new PySlice(null, a.get(0), null);
        return new PySlice(a.get(0), a.get(1), n == 3 ? a.get(2) : null);
    }

    @Exposed.Getter(name = "start") public PyObject getStart() { return start; }
    @Exposed.Getter(name = "stop") public PyObject getStop() { return stop; }
    @Exposed.Getter(name = "step") public PyObject getStep() { return step; }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("slice(" + Abstract.repr(start) + ", " + Abstract.repr(stop) + ", " + Abstract.repr(step) + ")");
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    // slice_richcompare: slices compare as (start, stop, step) tuples.
    private PyObject compare(PyObject other, int op) {
        if (!(other instanceof PySlice o)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (this == other && (op == Abstract.EQ || op == Abstract.NE)) return PyBool.of(op == Abstract.EQ);
        PyTuple a = PyTuple.of(start, stop, step), b = PyTuple.of(o.start, o.stop, o.step);
        return Abstract.richCompare(a, b, op);
    }

    @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, Abstract.GE); }

    /** S.indices(len) -> (start, stop, stride), on unbounded ints (_PySlice_GetLongIndices). */
    @Exposed.Method(sig = "($self, length, /)")
    public PyObject indices(PyObject lengthArg) {
        BigInteger length = Abstract.index(lengthArg).toBig();
        if (length.signum() < 0) throw Errors.valueError("length should not be negative");
        BigInteger st = BigInteger.ONE;
        if (step != PyNone.NONE) {
            st = sliceIndexBig(step);
            if (st.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.subtract(BigInteger.ONE) : length;
        BigInteger b = clampBig(start, neg ? upper : lower, length, lower, upper);
        BigInteger e = clampBig(stop, neg ? lower : upper, length, lower, upper);
        return PyTuple.of(PyInt.of(b), PyInt.of(e), PyInt.of(st));
    }

    private static BigInteger clampBig(PyObject v, BigInteger dflt, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v == PyNone.NONE) return dflt;
        BigInteger x = sliceIndexBig(v);
        if (x.signum() < 0) {
            x = x.add(length);
            if (x.compareTo(lower) < 0) x = lower;
        } else if (x.compareTo(upper) > 0) {
            x = upper;
        }
        return x;
    }

    private static BigInteger sliceIndexBig(PyObject v) {
        if (!(v instanceof PyInt) && v.type.special(SpecialMethod.__index__) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).toBig();
    }

    // ------------------------------------------------------------------ sequence helpers

    /**
     * _PyEval_SliceIndex: an int-like as a Py_ssize_t, clamped to the range (so {@code a[:10**100]}
     * works); {@code dflt} when {@code v} is None.
     */
    public static long sliceIndex(PyObject v, long dflt) {
        if (v == PyNone.NONE) return dflt;
        return sliceIndexNotNone(v, "slice indices must be integers or None or have an __index__ method");
    }

    /** _PyEval_SliceIndexNotNone: for index(x, start, stop) arguments. */
    public static long sliceIndexNotNone(PyObject v, String message) {
        if (!(v instanceof PyInt) && v.type.special(SpecialMethod.__index__) == null) {
            throw Errors.typeError(message);
        }
        PyInt i = Abstract.index(v);
        if (i.isBig()) return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return i.value;
    }

    /** PySlice_Unpack: {start, stop, step} with defaults; ValueError for a zero step. */
    public long[] unpack() {
        long st = 1;
        if (step != PyNone.NONE) {
            st = sliceIndex(step, 1);
            if (st == 0) throw Errors.valueError("slice step cannot be zero");
            if (st < -Long.MAX_VALUE) st = -Long.MAX_VALUE;
        }
        long b = sliceIndex(start, st < 0 ? Long.MAX_VALUE : 0);
        long e = sliceIndex(stop, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new long[] {b, e, st};
    }

    /** PySlice_AdjustIndices: clips {@code sss} (from {@link #unpack}) to {@code length}; returns the item count. */
    public static int adjustIndices(long length, long[] sss) {
        long start = sss[0], stop = sss[1], step = sss[2];
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        sss[0] = start;
        sss[1] = stop;
        if (step < 0) {
            if (stop < start) return (int) ((start - stop - 1) / (-step) + 1);
        } else if (start < stop) {
            return (int) ((stop - start - 1) / step + 1);
        }
        return 0;
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(start);
        v.visit(stop);
        v.visit(step);
    }

    @Override
    public void release(Releaser r) {
        // slice_dealloc: step, start, stop.
        r.release(step);
        r.release(start);
        r.release(stop);
    }
}
