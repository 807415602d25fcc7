package dev.glassbox.objects;

import java.util.Arrays;

/**
 * The methods of {@code tuple} (Objects/tupleobject.c) over the {@link PyTuple} layout: the
 * 3.11 xxHash-based {@code tuplehash}, CPython's shortcuts that return the tuple itself (a
 * full slice, {@code t * 1}, {@code t + ()} of exact tuples), and the same lexicographic
 * comparison as lists. Items of a tuple cannot change, so comparisons need not hold extra
 * references to them: the tuple, held by the caller, keeps them alive.
 */
public final class PyTupleMethods {
    private PyTupleMethods() {}

    // xxHash-64 primes and rotation used by tuplehash on 64-bit builds.
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "tuple.__new__");
        if (!t.isSubtypeOf(PyTuple.TYPE)) {
            throw Errors.typeError("tuple.__new__(%s): %s is not a subtype of tuple", t.name, t.name);
        }
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0 && (t == PyTuple.TYPE
                || t.special(SpecialMethod.__init__) == PyBaseObject.TYPE.lookup("__init__"))) {
            throw Errors.typeError("tuple() takes no keyword arguments");
        }
        if (a.size() > 1) throw Errors.typeError("tuple expected at most 1 argument, got %d", a.size());
        if (t == PyTuple.TYPE) return a.size() == 0 ? PyTuple.EMPTY : PyTuple.fromIterable(a.get(0));
        PyObject[] items = a.size() == 0 ? PyTuple.NO_ITEMS : Abstract.toArray(a.get(0));
        return PyTuple.ofSubtype(t, items.length == 0 ? PyTuple.NO_ITEMS : items.clone());
    }

    @Exposed.Method
    public static PyObject __repr__(PyTuple self) {
        int n = self.items.length;
        if (n == 0) return PyStr.of("()");
        if (!ReprGuard.enter(self)) return PyStr.of("(...)");
        try {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < n; i++) {
                if (i > 0) b.append(", ");
                b.append(Abstract.repr(self.items[i]).value);
            }
            if (n == 1) b.append(',');
            return PyStr.of(b.append(')').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }

    /** tuplehash: xxHash's accumulator over the items' hashes, then the length. */
    @Exposed.Method
    public static long __hash__(PyTuple self) {
        return hash(self.items);
    }

    static long hash(PyObject[] items) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) return 1546275796;
        return acc;
    }

    @Exposed.Method
    public static long __len__(PyTuple self) {
        return self.items.length;
    }

    @Exposed.Method(sig = "($self, key, /)")
    public static PyObject __getitem__(PyTuple self, PyObject key) {
        int size = self.items.length;
        if (PyListMethods.isIndex(key)) {
            long i = PyListMethods.indexValue(key);
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Errors.indexError("tuple index out of range");
            return self.items[(int) i];
        }
        if (key instanceof PySlice s) {
            long[] sss = s.unpack();
            int n = PySlice.adjustIndices(size, sss);
            if (n <= 0) return PyTuple.EMPTY;
            if (sss[0] == 0 && sss[2] == 1 && n == size && self.type == PyTuple.TYPE) return self;
            PyObject[] out = new PyObject[n];
            long cur = sss[0];
            for (int k = 0; k < n; k++, cur += sss[2]) out[k] = self.items[(int) cur];
            return PyTuple.wrap(out);
        }
        throw Errors.typeError("tuple indices must be integers or slices, not %s", key.type.qualname);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public static boolean __contains__(PyTuple self, PyObject value) {
        for (PyObject item : self.items) {
            if (item == value || Abstract.richCompareBool(item, value, Abstract.EQ)) return true;
        }
        return false;
    }

    @Exposed.Method
    public static PyObject __iter__(PyTuple self) {
        return new TupleIter(self);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __add__(PyTuple self, PyObject other) {
        if (!(other instanceof PyTuple o)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (o.items.length == 0 && self.type == PyTuple.TYPE) return self;
        if (self.items.length == 0 && o.type == PyTuple.TYPE) return o;
        PyObject[] out = Arrays.copyOf(self.items, self.items.length + o.items.length);
        System.arraycopy(o.items, 0, out, self.items.length, o.items.length);
        return PyTuple.wrap(out);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __mul__(PyTuple self, PyObject n) {
        if (!PyListMethods.isIndex(n)) return PyListMethods.nonIntRepeat(n);
        long count = PyListMethods.repeatCount(n);
        int size = self.items.length;
        if (self.type == PyTuple.TYPE && count == 1) return self;
        if (size == 0 || count <= 0) return PyTuple.EMPTY;
        if (count > Integer.MAX_VALUE / size) throw Errors.memoryError();
        PyObject[] out = new PyObject[(int) (size * count)];
        for (int k = 0; k < count; k++) System.arraycopy(self.items, 0, out, k * size, size);
        return PyTuple.wrap(out);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rmul__(PyTuple self, PyObject n) {
        return __mul__(self, n);
    }

    /** tuplerichcompare. */
    static PyObject compare(PyTuple v, PyObject other, int op) {
        if (!(other instanceof PyTuple w)) return PyNotImplemented.NOT_IMPLEMENTED;
        int vlen = v.items.length, wlen = w.items.length;
        int i;
        for (i = 0; i < vlen && i < wlen; i++) {
            if (!Abstract.richCompareBool(v.items[i], w.items[i], Abstract.EQ)) break;
        }
        if (i >= vlen || i >= wlen) return PyBool.of(PyListMethods.compareSizes(vlen, wlen, op));
        if (op == Abstract.EQ) return PyBool.FALSE;
        if (op == Abstract.NE) return PyBool.TRUE;
        return Abstract.richCompare(v.items[i], w.items[i], op);
    }

    @Exposed.Method(sig = "($self, value, /)") public static PyObject __eq__(PyTuple s, PyObject o) { return compare(s, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __ne__(PyTuple s, PyObject o) { return compare(s, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __lt__(PyTuple s, PyObject o) { return compare(s, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __le__(PyTuple s, PyObject o) { return compare(s, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __gt__(PyTuple s, PyObject o) { return compare(s, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __ge__(PyTuple s, PyObject o) { return compare(s, o, Abstract.GE); }

    @Exposed.Method(sig = "($self, value, start=0, stop=sys.maxsize, /)")
    public static long index(PyTuple self, PyObject value, PyObject startArg, PyObject stopArg) {
        int size = self.items.length;
        long start = startArg == null ? 0 : PySlice.sliceIndexNotNone(startArg, PyListMethods.INDEX_MESSAGE);
        long stop = stopArg == null ? Long.MAX_VALUE : PySlice.sliceIndexNotNone(stopArg, PyListMethods.INDEX_MESSAGE);
        if (start < 0) {
            start += size;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += size;
        } else if (stop > size) {
            stop = size;
        }
        for (long i = start; i < stop; i++) {
            PyObject item = self.items[(int) i];
            if (item == value || Abstract.richCompareBool(item, value, Abstract.EQ)) return i;
        }
        throw Errors.valueError("tuple.index(x): x not in tuple");
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static long count(PyTuple self, PyObject value) {
        long n = 0;
        for (PyObject item : self.items) {
            if (item == value || Abstract.richCompareBool(item, value, Abstract.EQ)) n++;
        }
        return n;
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject __getnewargs__(PyTuple self) {
        PyTuple copy = self.type == PyTuple.TYPE ? self : PyTuple.of(self.items);
        return PyTuple.of(copy);
    }

    @Exposed.ClassMethod(sig = "($type, item, /)")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return GenericAlias.of(cls, item);
    }
}
