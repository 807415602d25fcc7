package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.math.BigInteger;

/**
 * {@code range} (Objects/rangeobject.c): start, stop, step and the precomputed length as
 * ints of any size. Membership and {@code index} of an exact int are arithmetic; other values
 * fall back to a linear search by {@code ==}. Iteration uses {@code range_iterator} when
 * start, step and length fit a C long, else {@code longrange_iterator} on big ints, as
 * CPython's {@code range_iter} decides.
 */
@Exposed.Type(name = "range", baseType = false, basicSize = 48,
        doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
        + "Return an object that produces a sequence of integers from start (inclusive)\n"
        + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
        + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
        + "These are exactly the valid indices for a list of 4 elements.\n"
        + "When step is given, it specifies the increment (or decrement).")
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyRange.class);

    final PyInt start, stop, step, length;

    PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = PyInt.of(computeLength(start.toBig(), stop.toBig(), step.toBig()));
        Heap.incref(this.start);
        Heap.incref(this.stop);
        Heap.incref(this.step);
        Heap.incref(this.length);
    }

    /** compute_range_length: max(0, ceil((stop - start) / step)). */
    static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) return BigInteger.ZERO;
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        Abstract.checkTypeArg(type, "range.__new__");
        if (((PyDict) kwargs).size() > 0) throw Errors.typeError("range() takes no keyword arguments");
        PyTuple a = (PyTuple) args;
        int n = a.size();
        if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
        if (n > 3) throw Errors.typeError("range expected at most 3 arguments, got %d", n);
        if (n == 1) return new PyRange(PyInt.ZERO, exactInt(a.get(0)), PyInt.ONE);
        PyInt start = exactInt(a.get(0)), stop = exactInt(a.get(1));
        PyInt step = n == 3 ? exactInt(a.get(2)) : PyInt.ONE;
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    /** PyNumber_Index, as an exact int (a bool or int subclass becomes a plain int). */
    private static PyInt exactInt(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.type == PyInt.TYPE ? i : i.isBig() ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    @Exposed.Getter(name = "start") public PyObject getStart() { return start; }
    @Exposed.Getter(name = "stop") public PyObject getStop() { return stop; }
    @Exposed.Getter(name = "step") public PyObject getStep() { return step; }

    @Exposed.Method
    public PyObject __repr__() {
        if (step.toBig().equals(BigInteger.ONE)) return PyStr.of("range(" + start + ", " + stop + ")");
        return PyStr.of("range(" + start + ", " + stop + ", " + step + ")");
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @Exposed.Method
    public long __len__() {
        if (length.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return length.value;
    }

    @Exposed.Method
    public boolean __bool__() {
        return length.signum() != 0;
    }

    /** compute_item: start + i * step. */
    private BigInteger item(BigInteger i) {
        return start.toBig().add(i.multiply(step.toBig()));
    }

    @Exposed.Method(sig = "($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            // compute_slice: the slice's indices on the length, mapped through start and step.
            PyTuple idx = (PyTuple) s.indices(length);
            BigInteger sstart = ((PyInt) idx.get(0)).toBig(), sstop = ((PyInt) idx.get(1)).toBig();
            BigInteger sstep = ((PyInt) idx.get(2)).toBig();
            return new PyRange(PyInt.of(item(sstart)), PyInt.of(item(sstop)), PyInt.of(step.toBig().multiply(sstep)));
        }
        if (PyListMethods.isIndex(key)) {
            BigInteger i = Abstract.index(key).toBig();
            if (i.signum() < 0) i = i.add(length.toBig());
            if (i.signum() < 0 || i.compareTo(length.toBig()) >= 0) throw Errors.indexError("range object index out of range");
            return PyInt.of(item(i));
        }
        throw Errors.typeError("range indices must be integers or slices, not %s", key.type.qualname);
    }

    /** range_contains_long: arithmetic membership for exact ints and bools. */
    private boolean containsInt(PyInt v) {
        BigInteger x = v.toBig(), lo = start.toBig(), hi = stop.toBig(), st = step.toBig();
        if (st.signum() > 0) {
            if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) return false;
        } else {
            if (x.compareTo(lo) > 0 || x.compareTo(hi) <= 0) return false;
        }
        return x.subtract(lo).mod(st.abs()).signum() == 0;
    }

    private static boolean isExactInt(PyObject o) {
        return o.type == PyInt.TYPE || o.type == PyBool.TYPE;
    }

    @Exposed.Method(sig = "($self, key, /)")
    public boolean __contains__(PyObject o) {
        if (isExactInt(o)) return containsInt((PyInt) o);
        return iterSearch(o, false) >= 0;
    }

    /** _PySequence_IterSearch: the index of the first equal item (or the count), -1 when absent. */
    private long iterSearch(PyObject o, boolean count) {
        PyObject it = __iter__();
        Heap.incref(it);
        try {
            long i = 0, n = 0;
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), i++) {
                if (Abstract.richCompareBool(v, o, Abstract.EQ)) {
                    if (!count) return i;
                    n++;
                }
            }
            return count ? n : -1;
        } finally {
            Heap.decref(it);
        }
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject index(PyObject o) {
        if (isExactInt(o)) {
            if (!containsInt((PyInt) o)) throw Errors.valueError("%s is not in range", Abstract.repr(o));
            return PyInt.of(((PyInt) o).toBig().subtract(start.toBig()).divide(step.toBig()));
        }
        long i = iterSearch(o, false);
        if (i < 0) throw Errors.valueError("sequence.index(x): x not in sequence");
        return PyInt.of(i);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public long count(PyObject o) {
        if (isExactInt(o)) return containsInt((PyInt) o) ? 1 : 0;
        return iterSearch(o, true);
    }

    /** range_equals: equal as sequences (same length, and same start/step where they matter). */
    private boolean equalTo(PyRange o) {
        if (this == o) return true;
        if (!length.toBig().equals(o.length.toBig())) return false;
        if (length.signum() == 0) return true;
        if (!start.toBig().equals(o.start.toBig())) return false;
        if (length.toBig().equals(BigInteger.ONE)) return true;
        return step.toBig().equals(o.step.toBig());
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyRange r)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(equalTo(r));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject o) {
        if (!(o instanceof PyRange r)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(!equalTo(r));
    }

    /** range_hash: hash((len, start, step)) with None for the parts that do not matter. */
    @Exposed.Method
    public long __hash__() {
        PyObject s = PyNone.NONE, st = PyNone.NONE;
        if (length.signum() != 0) {
            s = start;
            if (!length.toBig().equals(BigInteger.ONE)) st = step;
        }
        return PyTupleMethods.hash(new PyObject[] {length, s, st});
    }

    private static boolean fitsLong(BigInteger b) {
        return b.bitLength() < 64;
    }

    @Exposed.Method
    public PyObject __iter__() {
        BigInteger s = start.toBig(), st = step.toBig(), n = length.toBig();
        if (fitsLong(s) && fitsLong(stop.toBig()) && fitsLong(st) && fitsLong(n)) {
            return new RangeIter(s.longValue(), st.longValue(), n.longValue());
        }
        return new LongRangeIter(s, st, n);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public PyObject __reversed__() {
        BigInteger n = length.toBig(), st = step.toBig();
        // The last item becomes the start and the step is negated.
        BigInteger last = item(n.subtract(BigInteger.ONE).max(BigInteger.ZERO));
        if (n.signum() == 0) last = start.toBig();
        BigInteger nst = st.negate();
        if (fitsLong(start.toBig()) && fitsLong(stop.toBig()) && fitsLong(last) && fitsLong(nst) && fitsLong(n)) {
            return new RangeIter(last.longValue(), nst.longValue(), n.longValue());
        }
        return new LongRangeIter(last, nst, n);
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(start);
        v.visit(stop);
        v.visit(step);
        v.visit(length);
    }

    @Override
    public void release(Releaser r) {
        r.release(start);
        r.release(stop);
        r.release(step);
        r.release(length);
    }

    /** {@code range_iterator}: C longs. */
    @Exposed.Type(name = "range_iterator", baseType = false, basicSize = 48)
    public static final class RangeIter extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(RangeIter.class);
        private final long start, step;
        private long len;
        private long index;

        RangeIter(long start, long step, long len) {
            super(TYPE);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyObject next() {
            if (index < len) return PyInt.of(start + (index++) * step);
            return null;
        }

        @Exposed.Method public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return len - index; }

        @Exposed.Method(sig = "($self, state, /)")
        public void __setstate__(PyObject state) {
            long i = Abstract.indexAsLong(state);
            if (i < 0) i = 0;
            else if (i > len) i = len;
            index = i;
        }
    }

    /** {@code longrange_iterator}: big ints. */
    @Exposed.Type(name = "longrange_iterator", baseType = false, basicSize = 48)
    public static final class LongRangeIter extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(LongRangeIter.class);
        private final BigInteger start, step, len;
        private BigInteger index = BigInteger.ZERO;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger len) {
            super(TYPE);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        @Override
        public PyObject next() {
            if (index.compareTo(len) >= 0) return null;
            BigInteger v = start.add(index.multiply(step));
            index = index.add(BigInteger.ONE);
            return PyInt.of(v);
        }

        @Exposed.Method public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        @Exposed.Method(conv = Exposed.Convention.NOARGS) public PyObject __length_hint__() { return PyInt.of(len.subtract(index)); }

        @Exposed.Method(sig = "($self, state, /)")
        public void __setstate__(PyObject state) {
            BigInteger i = Abstract.index(state).toBig();
            if (i.signum() < 0) i = BigInteger.ZERO;
            else if (i.compareTo(len) > 0) i = len;
            index = i;
        }
    }
}
