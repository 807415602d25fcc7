package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.Arrays;

/**
 * The methods of {@code list} (Objects/listobject.c), over the {@link PyList} layout. Sizes,
 * growth and the order in which references are dropped follow CPython: {@code list_resize}
 * for appends and slice assignment, exact allocation for copies, items removed by a slice
 * assignment are released after the list is consistent again (a {@code __del__} sees the
 * new contents). Every comparison holds a counted reference to the item it compares, since
 * {@code __eq__} may mutate the list; loops re-read the size after each call.
 */
public final class PyListMethods {
    private PyListMethods() {}

    // ------------------------------------------------------------------ creation

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "list.__new__");
        if (!t.isSubtypeOf(PyList.TYPE)) {
            throw Errors.typeError("list.__new__(%s): %s is not a subtype of list", t.name, t.name);
        }
        return t.allocate();
    }

    /** list___init__: empties the list, then extends it from the optional iterable. */
    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __init__(PyList self, PyObject args, PyObject kwargs) {
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0 && (self.type == PyList.TYPE
                || self.type.special(SpecialMethod.__new__) == PyList.TYPE.lookup("__new__"))) {
            throw Errors.typeError("list() takes no keyword arguments");
        }
        if (a.size() > 1) throw Errors.typeError("list expected at most 1 argument, got %d", a.size());
        if (self.items != PyTuple.NO_ITEMS) clearItems(self);
        if (a.size() == 1) extend(self, a.get(0));
        return PyNone.NONE;
    }

    private static boolean hasLen(PyObject o) {
        return o.type.special(SpecialMethod.__len__) != null;
    }

    /** _list_clear: drops the items last to first and frees the storage. */
    static void clearItems(PyList self) {
        // A list without storage (also a list being sorted) is left as it is.
        if (self.items == PyTuple.NO_ITEMS) return;
        PyObject[] a = self.items;
        int n = self.size;
        self.items = PyTuple.NO_ITEMS;
        self.size = 0;
        self.allocated = 0;
        for (int i = n - 1; i >= 0; i--) Heap.decref(a[i]);
    }

    /** A new list holding {@code a[lo:hi]}, allocated exactly (list_slice). */
    static PyList slice(PyList a, int lo, int hi) {
        PyObject[] items = Arrays.copyOfRange(a.items, lo, hi);
        return PyList.wrap(items, items.length);
    }

    // ------------------------------------------------------------------ repr, len

    @Exposed.Method
    public static PyObject __repr__(PyList self) {
        if (self.size == 0) return PyStr.of("[]");
        if (!ReprGuard.enter(self)) return PyStr.of("[...]");
        try {
            StringBuilder b = new StringBuilder("[");
            // The list may change while its items' reprs run: re-read the size each time.
            for (int i = 0; i < self.size; i++) {
                if (i > 0) b.append(", ");
                PyObject item = self.items[i];
                Heap.incref(item);
                try {
                    b.append(Abstract.repr(item).value);
                } finally {
                    Heap.decref(item);
                }
            }
            return PyStr.of(b.append(']').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }

    @Exposed.Method
    public static long __len__(PyList self) {
        return self.size;
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static long __sizeof__(PyList self) {
        // list___sizeof__: the type's basic size (a subclass adds its slots) plus the item array.
        return self.type.basicSize + 8L * self.allocated;
    }

    // ------------------------------------------------------------------ indexing

    /** PyNumber_AsSsize_t(key, PyExc_IndexError) for an object known to have __index__. */
    static long indexValue(PyObject key) {
        PyInt i = Abstract.index(key);
        if (i.isBig()) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        return i.value;
    }

    static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type.special(SpecialMethod.__index__) != null;
    }

    @Exposed.Method(sig = "($self, key, /)", conv = Exposed.Convention.O)
    public static PyObject __getitem__(PyList self, PyObject key) {
        if (isIndex(key)) {
            long i = indexValue(key);
            if (i < 0) i += self.size;
            if (i < 0 || i >= self.size) throw Errors.indexError("list index out of range");
            return self.items[(int) i];
        }
        if (key instanceof PySlice s) {
            long[] sss = s.unpack();
            int n = PySlice.adjustIndices(self.size, sss);
            if (n <= 0) return new PyList();
            if (sss[2] == 1) return slice(self, (int) sss[0], (int) sss[0] + n);
            PyObject[] out = new PyObject[n];
            long cur = sss[0];
            for (int k = 0; k < n; k++, cur += sss[2]) out[k] = self.items[(int) cur];
            return PyList.wrap(out, n);
        }
        throw Errors.typeError("list indices must be integers or slices, not %s", key.type.qualname);
    }

    @Exposed.Method(sig = "($self, key, value, /)")
    public static void __setitem__(PyList self, PyObject key, PyObject value) {
        assignSubscript(self, key, value);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public static void __delitem__(PyList self, PyObject key) {
        assignSubscript(self, key, null);
    }

    /** list_ass_subscript: value null deletes. */
    static void assignSubscript(PyList self, PyObject key, PyObject value) {
        if (isIndex(key)) {
            long i = indexValue(key);
            if (i < 0) i += self.size;
            if (i < 0 || i >= self.size) throw Errors.indexError("list assignment index out of range");
            if (value == null) Heap.decref(self.removeAt((int) i));
            else self.set((int) i, value);
            return;
        }
        if (!(key instanceof PySlice s)) {
            throw Errors.typeError("list indices must be integers or slices, not %s", key.type.qualname);
        }
        long[] sss = s.unpack();
        int slicelength = PySlice.adjustIndices(self.size, sss);
        long start = sss[0], stop = sss[1], step = sss[2];
        if (step == 1) {
            assignSlice(self, start, stop, value);
            return;
        }
        // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
        if (value == null) {
            deleteExtended(self, start, step, slicelength);
            return;
        }
        PyObject[] seq;
        if (value == self) seq = self.toArray();
        else seq = fastSequence(value, "must assign iterable to extended slice");
        if (seq.length != slicelength) {
            throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                    seq.length, slicelength);
        }
        if (slicelength == 0) return;
        PyObject[] garbage = new PyObject[slicelength];
        long cur = start;
        for (int k = 0; k < slicelength; k++, cur += step) {
            garbage[k] = self.items[(int) cur];
            Heap.incref(seq[k]);
            self.items[(int) cur] = seq[k];
        }
        for (PyObject g : garbage) Heap.decref(g);
    }

    private static void deleteExtended(PyList self, long start, long step, int slicelength) {
        if (slicelength <= 0) return;
        if (step < 0) {
            // Delete the same items walking forwards.
            start = start + step * (slicelength - 1);
            step = -step;
        }
        PyObject[] garbage = new PyObject[slicelength];
        PyObject[] a = self.items;
        int n = self.size;
        int dst = (int) start, k = 0;
        for (int src = (int) start; src < n; src++) {
            if (k < slicelength && src == start + step * k) {
                garbage[k++] = a[src];
            } else {
                a[dst++] = a[src];
            }
        }
        for (int i = dst; i < n; i++) a[i] = null;
        self.resize(n - slicelength);
        for (PyObject g : garbage) Heap.decref(g);
    }

    /** PySequence_Fast: the items of a list or tuple, else of list(iterable); TypeError {@code message} if not iterable. */
    static PyObject[] fastSequence(PyObject v, String message) {
        if (v instanceof PyList l) return l.toArray();
        if (v instanceof PyTuple t) return t.items.clone();
        PyObject it = Abstract.getIterOrNull(v);
        if (it == null) throw Errors.typeError(message);
        return Abstract.toArray(it);
    }

    /** list_ass_slice: replaces {@code a[ilow:ihigh]} by the items of {@code v} (null deletes). */
    static void assignSlice(PyList a, long ilow, long ihigh, PyObject v) {
        PyObject[] vitems = NO_ITEMS;
        if (v != null) {
            vitems = v == a ? a.toArray() : fastSequence(v, "can only assign an iterable");
        }
        int size = a.size;
        if (ilow < 0) ilow = 0;
        else if (ilow > size) ilow = size;
        if (ihigh < ilow) ihigh = ilow;
        else if (ihigh > size) ihigh = size;
        int lo = (int) ilow, hi = (int) ihigh;
        int n = vitems.length;
        int norig = hi - lo;
        int d = n - norig;
        if (size + d == 0) {
            clearItems(a);
            return;
        }
        PyObject[] recycle = Arrays.copyOfRange(a.items, lo, hi);
        for (PyObject o : vitems) Heap.incref(o);
        if (d < 0) {
            System.arraycopy(a.items, hi, a.items, hi + d, size - hi);
            for (int i = size + d; i < size; i++) a.items[i] = null;
            a.resize(size + d);
        } else if (d > 0) {
            a.resize(size + d);
            System.arraycopy(a.items, hi, a.items, hi + d, size - hi);
        }
        System.arraycopy(vitems, 0, a.items, lo, n);
        // Released last to first, once the list is consistent.
        for (int k = norig - 1; k >= 0; k--) Heap.decref(recycle[k]);
    }

    private static final PyObject[] NO_ITEMS = new PyObject[0];

    // ------------------------------------------------------------------ searching

    @Exposed.Method(sig = "($self, key, /)")
    public static boolean __contains__(PyList self, PyObject value) {
        for (int i = 0; i < self.size; i++) {
            if (equalsHeld(self.items[i], value)) return true;
        }
        return false;
    }

    /** item == value with a counted reference to item across the comparison. */
    static boolean equalsHeld(PyObject item, PyObject value) {
        if (item == value) return true;
        Heap.incref(item);
        try {
            return Abstract.richCompareBool(item, value, Abstract.EQ);
        } finally {
            Heap.decref(item);
        }
    }

    @Exposed.Method(sig = "($self, value, start=0, stop=sys.maxsize, /)")
    public static long index(PyList self, PyObject value, PyObject startArg, PyObject stopArg) {
        long start = startArg == null ? 0 : PySlice.sliceIndexNotNone(startArg, INDEX_MESSAGE);
        long stop = stopArg == null ? Long.MAX_VALUE : PySlice.sliceIndexNotNone(stopArg, INDEX_MESSAGE);
        if (start < 0) {
            start += self.size;
            if (start < 0) start = 0;
        }
        if (stop < 0) {
            stop += self.size;
            if (stop < 0) stop = 0;
        }
        for (long i = start; i < stop && i < self.size; i++) {
            if (equalsHeld(self.items[(int) i], value)) return i;
        }
        throw Errors.valueError("%s is not in list", Abstract.repr(value));
    }

    static final String INDEX_MESSAGE = "slice indices must be integers or have an __index__ method";

    @Exposed.Method(sig = "($self, value, /)")
    public static long count(PyList self, PyObject value) {
        long n = 0;
        for (int i = 0; i < self.size; i++) {
            if (equalsHeld(self.items[i], value)) n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ mutation

    @Exposed.Method(sig = "($self, object, /)")
    public static void append(PyList self, PyObject object) {
        self.append(object);
    }

    @Exposed.Method(sig = "($self, index, object, /)")
    public static void insert(PyList self, PyObject index, PyObject object) {
        long where = Abstract.indexAsLong(index);
        int n = self.size;
        if (where < 0) {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        self.insert((int) where, object);
    }

    /**
     * list_extend: exact lists and tuples (and the list itself) are copied at once, anything
     * else is iterated after a length hint. A list without storage (CPython's ob_item ==
     * NULL, here the shared empty array) is first allocated exactly, rounded up to even.
     */
    @Exposed.Method(sig = "($self, iterable, /)")
    public static void extend(PyList self, PyObject iterable) {
        if ((iterable instanceof PyList && iterable.type == PyList.TYPE)
                || (iterable instanceof PyTuple && iterable.type == PyTuple.TYPE) || iterable == self) {
            PyObject[] src = iterable instanceof PyList l ? l.toArray() : ((PyTuple) iterable).items;
            int n = src.length;
            if (n == 0) return;
            int m = self.size;
            if (self.items == PyTuple.NO_ITEMS) {
                preallocateExact(self, n);
                self.size = n;
            } else {
                self.resize(m + n);
            }
            for (int i = 0; i < n; i++) {
                Heap.incref(src[i]);
                self.items[m + i] = src[i];
            }
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        try {
            long hint = lengthHint(iterable, 8);
            int m = self.size;
            if (m + hint > Integer.MAX_VALUE) {
                // The hint may lie: ignore it.
            } else if (self.items == PyTuple.NO_ITEMS) {
                if (hint > 0) preallocateExact(self, (int) hint);
            } else {
                self.resize((int) (m + hint));
                self.size = m;
            }
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (self.size < self.allocated) {
                    Heap.incref(v);
                    self.items[self.size++] = v;
                } else {
                    self.append(v);
                }
            }
            // Cut back if the guess was too large.
            if (self.size < self.allocated) self.resize(self.size);
        } finally {
            Heap.decref(it);
        }
    }

    /** list_preallocate_exact: room for n items, rounded up to an even count (pymalloc's 16-byte granularity). */
    private static void preallocateExact(PyList self, int n) {
        int size = (n + 1) & ~1;
        self.items = new PyObject[size];
        self.allocated = size;
    }

    /** PyObject_LengthHint. */
    static long lengthHint(PyObject o, long dflt) {
        if (hasLen(o)) {
            try {
                return Abstract.length(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) throw e;
            }
        }
        PyObject hint = o.type.special(SpecialMethod.__length_hint__);
        if (hint == null) return dflt;
        PyObject r;
        try {
            r = Abstract.callSpecial(hint, o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) return dflt;
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) return dflt;
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type.qualname);
        }
        if (ri.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        if (ri.value < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return ri.value;
    }

    @Exposed.Method(sig = "($self, index=-1, /)")
    public static PyObject pop(PyList self, PyObject indexArg) {
        long i = indexArg == null ? -1 : Abstract.indexAsLong(indexArg);
        if (self.size == 0) throw Errors.indexError("pop from empty list");
        if (i < 0) i += self.size;
        if (i < 0 || i >= self.size) throw Errors.indexError("pop index out of range");
        PyObject v = self.removeAt((int) i);
        // The list's reference goes away once the caller has stored the result.
        Heap.decref(v);
        return v;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static void remove(PyList self, PyObject value) {
        for (int i = 0; i < self.size; i++) {
            if (equalsHeld(self.items[i], value)) {
                if (i < self.size) Heap.decref(self.removeAt(i));
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static void clear(PyList self) {
        clearItems(self);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject copy(PyList self) {
        return slice(self, 0, self.size);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static void reverse(PyList self) {
        reverseRange(self.items, 0, self.size);
    }

    static void reverseRange(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    @Exposed.Method(sig = "($self, /, *, key=None, reverse=False)")
    public static void sort(PyList self, PyObject key, PyObject reverse) {
        boolean rev = reverse != null && reverse != PyBool.FALSE && intValue(reverse) != 0;
        ListSort.sort(self, key == PyNone.NONE ? null : key, rev);
    }

    /** _PyLong_AsInt for the reverse flag. */
    private static long intValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return i.value;
    }

    // ------------------------------------------------------------------ operators

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __add__(PyList self, PyObject other) {
        // list_concat is sq_concat: for other types binary_op1 falls through to the error.
        if (!(other instanceof PyList o)) return PyNotImplemented.NOT_IMPLEMENTED;
        int n = self.size, m = o.size;
        PyObject[] out = new PyObject[n + m];
        System.arraycopy(self.items, 0, out, 0, n);
        System.arraycopy(o.items, 0, out, n, m);
        return PyList.wrap(out, n + m);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __iadd__(PyList self, PyObject other) {
        extend(self, other);
        return self;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __mul__(PyList self, PyObject n) {
        if (!isIndex(n)) return nonIntRepeat(n);
        long count = repeatCount(n);
        int size = self.size;
        if (count <= 0 || size == 0) return new PyList();
        if (count > Integer.MAX_VALUE / size) throw Errors.memoryError();
        int total = (int) (size * count);
        PyObject[] out = new PyObject[total];
        for (int k = 0; k < count; k++) System.arraycopy(self.items, 0, out, k * size, size);
        return PyList.wrap(out, total);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rmul__(PyList self, PyObject n) {
        return __mul__(self, n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __imul__(PyList self, PyObject n) {
        if (!isIndex(n)) return nonIntRepeat(n);
        long count = repeatCount(n);
        int size = self.size;
        if (size == 0 || count == 1) return self;
        if (count <= 0) {
            clearItems(self);
            return self;
        }
        if (count > Integer.MAX_VALUE / size) throw Errors.memoryError();
        int total = (int) (size * count);
        self.resize(total);
        for (int k = 1; k < count; k++) {
            System.arraycopy(self.items, 0, self.items, k * size, size);
        }
        for (int i = size; i < total; i++) Heap.incref(self.items[i]);
        return self;
    }

    /**
     * sequence * n for an n without __index__. CPython tries the number slots first (so a
     * class's __rmul__ wins) and then sq_repeat, which raises; we return NotImplemented only
     * when n's class could still answer, and otherwise raise sq_repeat's error ourselves.
     */
    static PyObject nonIntRepeat(PyObject n) {
        if (n.type.isHeapType() && n.type.special(SpecialMethod.__rmul__) != null) return PyNotImplemented.NOT_IMPLEMENTED;
        throw Errors.typeError("can't multiply sequence by non-int of type '%s'", n.type.qualname);
    }

    /** The repeat count of sequence * n: PyNumber_AsSsize_t(n, OverflowError). */
    static long repeatCount(PyObject n) {
        PyInt i = Abstract.index(n);
        if (i.isBig()) {
            if (i.signum() < 0) return 0;
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    // ------------------------------------------------------------------ comparisons

    /** list_richcompare: lexicographic, after the first pair of items that are not equal. */
    static PyObject compare(PyList v, PyObject other, int op) {
        if (!(other instanceof PyList w)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (v.size != w.size && (op == Abstract.EQ || op == Abstract.NE)) return PyBool.of(op == Abstract.NE);
        int i;
        for (i = 0; i < v.size && i < w.size; i++) {
            PyObject vi = v.items[i], wi = w.items[i];
            if (vi == wi) continue;
            Heap.incref(vi);
            Heap.incref(wi);
            boolean eq;
            try {
                eq = Abstract.richCompareBool(vi, wi, Abstract.EQ);
            } finally {
                Heap.decref(vi);
                Heap.decref(wi);
            }
            if (!eq) break;
        }
        if (i >= v.size || i >= w.size) return PyBool.of(compareSizes(v.size, w.size, op));
        if (op == Abstract.EQ) return PyBool.FALSE;
        if (op == Abstract.NE) return PyBool.TRUE;
        PyObject vi = v.items[i], wi = w.items[i];
        Heap.incref(vi);
        Heap.incref(wi);
        try {
            return Abstract.richCompare(vi, wi, op);
        } finally {
            Heap.decref(vi);
            Heap.decref(wi);
        }
    }

    static boolean compareSizes(int a, int b, int op) {
        return switch (op) {
            case Abstract.LT -> a < b;
            case Abstract.LE -> a <= b;
            case Abstract.EQ -> a == b;
            case Abstract.NE -> a != b;
            case Abstract.GT -> a > b;
            default -> a >= b;
        };
    }

    @Exposed.Method(sig = "($self, value, /)") public static PyObject __eq__(PyList s, PyObject o) { return compare(s, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __ne__(PyList s, PyObject o) { return compare(s, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __lt__(PyList s, PyObject o) { return compare(s, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __le__(PyList s, PyObject o) { return compare(s, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __gt__(PyList s, PyObject o) { return compare(s, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") public static PyObject __ge__(PyList s, PyObject o) { return compare(s, o, Abstract.GE); }

    // ------------------------------------------------------------------ iteration, generics

    @Exposed.Method
    public static PyObject __iter__(PyList self) {
        return new ListIter.Forward(self);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject __reversed__(PyList self) {
        return new ListIter.Reverse(self);
    }

    @Exposed.ClassMethod(sig = "($type, item, /)")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return GenericAlias.of(cls, item);
    }
}
