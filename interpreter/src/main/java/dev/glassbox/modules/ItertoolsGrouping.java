package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code itertools} iterators that share state between objects (Modules/itertoolsmodule.c):
 * groupby and its _grouper, tee (_tee over linked _tee_dataobject blocks of 57 values, so a
 * block is freed once every tee has moved past it), and zip_longest.
 */
public final class ItertoolsGrouping {
    private ItertoolsGrouping() {}

    @Exposed.Type(name = "groupby", module = "itertools", gc = true, basicSize = 64,
            doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n"
                    + "  iterable\n    Elements to divide into groups according to the key function.\n"
                    + "  key\n    A function for computing the group category for each element.\n"
                    + "    If the key function is not specified or is None, the element itself\n    is used for grouping.")
    public static final class GroupBy extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(GroupBy.class);
        static final int IT = 0, KEY = 1, TGT = 2, CURKEY = 3, CURVAL = 4;
        /** The grouper that may still advance (borrowed, compared by identity as in CPython). */
        Grouper current;

        public GroupBy(PyType t) { super(t, 5); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, key=None)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject key) {
            GroupBy g = new GroupBy((PyType) cls);
            g.set(KEY, key);
            g.set(IT, Abstract.getIter(iterable));
            return g;
        }

        /** groupby_step: false at exhaustion. */
        boolean step() {
            PyObject v = nextOf(IT);
            if (v == null) return false;
            PyObject k = get(KEY) == PyNone.NONE ? v : Abstract.call(get(KEY), v);
            set(CURVAL, v);
            set(CURKEY, k);
            return true;
        }

        @Override
        public PyObject next() {
            current = null;
            for (;;) {
                if (get(CURKEY) != null) {
                    if (get(TGT) == null) break;
                    if (!Abstract.richCompareBool(get(TGT), get(CURKEY), Abstract.EQ)) break;
                }
                if (!step()) return null;
            }
            set(TGT, get(CURKEY));
            Grouper gr = new Grouper(Grouper.TYPE, this, get(TGT));
            current = gr;
            return PyTuple.of(get(CURKEY), gr);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "_grouper", module = "itertools", gc = true, basicSize = 32, baseType = false)
    public static final class Grouper extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Grouper.class);

        public Grouper(PyType t) { super(t, 2); }

        Grouper(PyType t, GroupBy parent, PyObject tgtkey) {
            super(t, 2);
            set(0, parent);
            set(1, tgtkey);
        }

        @Override
        public PyObject next() {
            GroupBy g = (GroupBy) get(0);
            if (g.current != this) return null;
            if (g.get(GroupBy.CURVAL) == null) {
                if (!g.step()) return null;
            }
            if (!Abstract.richCompareBool(get(1), g.get(GroupBy.CURKEY), Abstract.EQ)) return null;
            PyObject r = g.get(GroupBy.CURVAL);
            // r may drop to count 0 (queued); the caller stores it before the next drain.
            g.set(GroupBy.CURVAL, null);
            g.set(GroupBy.CURKEY, null);
            return r;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    static final int LINKCELLS = 57;

    /** A block of up to 57 values read from the shared iterator, linked to the next block. */
    @Exposed.Type(name = "_tee_dataobject", module = "itertools", gc = true, basicSize = 504, baseType = false,
            doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.")
    public static final class TeeData extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(TeeData.class);
        boolean running;

        public TeeData(PyType t) { super(t, 3); } // 0 = iterator, 1 = values (list), 2 = next block

        static TeeData create(PyObject it) {
            TeeData d = new TeeData(TYPE);
            d.set(0, it);
            d.set(1, new PyList());
            return d;
        }

        PyList values() { return (PyList) get(1); }

        TeeData nextBlock() {
            if (get(2) == null) set(2, create(get(0)));
            return (TeeData) get(2);
        }

        /** The value at index i, reading from the iterator when i is the lead position. */
        PyObject getItem(int i) {
            PyList vals = values();
            if (i < vals.size()) return vals.get(i);
            if (running) throw Errors.runtimeError("cannot re-enter the tee iterator");
            running = true;
            PyObject v;
            try {
                v = Abstract.next(get(0));
            } finally {
                running = false;
            }
            if (v == null) return null;
            vals.append(v);
            return v;
        }

        @Override
        public PyObject next() { return null; }
    }

    @Exposed.Type(name = "_tee", module = "itertools", gc = true, basicSize = 40,
            doc = "Iterator wrapped to make it copyable.")
    public static final class Tee extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Tee.class);
        int index;

        public Tee(PyType t) { super(t, 1); } // 0 = current data block

        @Exposed.StaticMethod(name = "__new__", sig = "($type, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject iterable) {
            return fromIterable(iterable);
        }

        static Tee fromIterable(PyObject iterable) {
            PyObject it = Abstract.getIter(iterable);
            if (it instanceof Tee t) return t.copy();
            Tee t = new Tee(TYPE);
            t.set(0, TeeData.create(it));
            return t;
        }

        Tee copy() {
            Tee t = new Tee(TYPE);
            t.set(0, get(0));
            t.index = index;
            return t;
        }

        @Override
        public PyObject next() {
            TeeData d = (TeeData) get(0);
            if (index >= LINKCELLS) {
                set(0, d.nextBlock());
                d = (TeeData) get(0);
                index = 0;
            }
            PyObject v = d.getItem(index);
            if (v == null) return null;
            index++;
            return v;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(doc = "Returns an independent iterator.") public PyObject __copy__() { return copy(); }
    }

    /** tee(iterable, n=2): n independent iterators over one iterable. */
    static PyObject tee(PyObject iterable, long n) {
        if (n < 0) throw Errors.valueError("n must be >= 0");
        PyObject[] out = new PyObject[(int) n];
        if (n == 0) return PyTuple.EMPTY;
        PyObject it = Abstract.getIter(iterable);
        PyObject copyable = Abstract.lookupAttr(it, PyStr.intern("__copy__")) != null ? it : Tee.fromIterable(it);
        out[0] = copyable;
        dev.glassbox.memory.Heap.incref(copyable);
        try {
            for (int i = 1; i < n; i++) out[i] = Abstract.callMethod(copyable, "__copy__");
        } finally {
            dev.glassbox.memory.Heap.decref(copyable);
        }
        return PyTuple.of(out);
    }

    @Exposed.Type(name = "zip_longest", module = "itertools", gc = true, basicSize = 56,
            doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
                    + "Return a zip_longest object whose .__next__() method returns a tuple where\n"
                    + "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
                    + "method continues until the longest iterable in the argument sequence\n"
                    + "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
                    + "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
                    + "defaults to None or can be specified by a keyword argument.\n")
    public static final class ZipLongest extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(ZipLongest.class);
        int active;

        public ZipLongest(PyType t) { super(t, 2); } // 0 = list of iterators (None when exhausted), 1 = fillvalue

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            PyObject fill = PyNone.NONE;
            if (kwargs instanceof PyDict d && d.size() > 0) {
                fill = d.size() == 1 ? d.getItemStr("fillvalue") : null;
                if (fill == null) throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            PyTuple a = (PyTuple) args;
            PyList its = new PyList();
            for (int i = 0; i < a.size(); i++) its.append(Abstract.getIter(a.get(i)));
            ZipLongest z = new ZipLongest((PyType) cls);
            z.set(0, its);
            z.set(1, fill);
            z.active = a.size();
            return z;
        }

        @Override
        public PyObject next() {
            PyList its = (PyList) get(0);
            int n = its.size();
            if (n == 0 || active == 0) return null;
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject it = its.get(i);
                PyObject v;
                if (it == PyNone.NONE) {
                    v = get(1);
                } else {
                    v = Abstract.next(it);
                    if (v == null) {
                        active--;
                        if (active == 0) return null;
                        its.set(i, PyNone.NONE);
                        v = get(1);
                    }
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
