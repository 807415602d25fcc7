package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * The combinatoric iterators of {@code itertools} (Modules/itertoolsmodule.c): product,
 * permutations, combinations, combinations_with_replacement. Each keeps its pool as a tuple
 * (a counted field) and its position as Java index arrays, advancing as CPython's
 * {@code *_next} functions do, so results come out in the same lexicographic order.
 */
public final class ItertoolsCombinatoric {
    private ItertoolsCombinatoric() {}

    static PyObject[] pick(PyTuple pool, int[] idx, int r) {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) out[i] = pool.get(idx[i]);
        return out;
    }

    @Exposed.Type(name = "product", module = "itertools", gc = true, basicSize = 56,
            doc = "Cartesian product of input iterables.  Equivalent to nested for-loops.")
    public static final class Product extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Product.class);
        PyTuple[] pools;
        int[] indices;
        boolean started, stopped;

        public Product(PyType t) { super(t, 1); } // 0 = tuple of pools (keeps them counted)

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *iterables, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            long repeat = 1;
            if (kwargs instanceof PyDict d && d.size() > 0) {
                PyObject r = d.getItemStr("repeat");
                if (r == null || d.size() > 1) {
                    for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                        String k = ((PyStr) d.keyAt(e)).value;
                        if (!k.equals("repeat")) throw Errors.typeError("'%s' is an invalid keyword argument for product()", k);
                    }
                }
                repeat = Abstract.indexAsLong(r);
                if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
            }
            PyTuple a = (PyTuple) args;
            int n = a.size();
            if (repeat != 0 && n > 0 && repeat > Integer.MAX_VALUE / n) throw Errors.overflowError("repeat argument too large");
            int npools = (int) (n * repeat);
            PyTuple[] base = new PyTuple[n];
            for (int i = 0; i < n; i++) base[i] = PyTuple.fromIterable(a.get(i));
            PyTuple[] pools = new PyTuple[npools];
            PyObject[] held = new PyObject[npools];
            for (int i = 0; i < npools; i++) held[i] = pools[i] = base[i % n];
            Product p = new Product((PyType) cls);
            p.set(0, PyTuple.of(held));
            p.pools = pools;
            p.indices = new int[npools];
            return p;
        }

        @Override
        public PyObject next() {
            if (stopped) return null;
            int np = pools.length;
            if (!started) {
                started = true;
                for (PyTuple pool : pools) {
                    if (pool.size() == 0) {
                        stopped = true;
                        return null;
                    }
                }
            } else {
                int i = np - 1;
                for (; i >= 0; i--) {
                    indices[i]++;
                    if (indices[i] < pools[i].size()) break;
                    indices[i] = 0;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[np];
            for (int i = 0; i < np; i++) out[i] = pools[i].get(indices[i]);
            return PyTuple.of(out);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    static int rArg(PyObject r) {
        long v = Abstract.indexAsLong(r);
        if (v < 0) throw Errors.valueError("r must be non-negative");
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    @Exposed.Type(name = "combinations", module = "itertools", gc = true, basicSize = 64,
            doc = "Return successive r-length combinations of elements in the iterable.\n\n"
                    + "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)")
    public static final class Combinations extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Combinations.class);
        int[] indices;
        int r;
        boolean started, stopped;

        public Combinations(PyType t) { super(t, 1); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, r)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject rObj) {
            PyTuple pool = PyTuple.fromIterable(iterable);
            int r = rArg(rObj);
            Combinations c = new Combinations((PyType) cls);
            c.set(0, pool);
            c.r = r;
            c.indices = new int[r];
            for (int i = 0; i < r; i++) c.indices[i] = i;
            c.stopped = r > pool.size();
            return c;
        }

        @Override
        public PyObject next() {
            if (stopped) return null;
            PyTuple pool = (PyTuple) get(0);
            int n = pool.size();
            if (started) {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) i--;
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            }
            started = true;
            return PyTuple.of(pick(pool, indices, r));
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "combinations_with_replacement", module = "itertools", gc = true, basicSize = 64,
            doc = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\n"
                    + "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')")
    public static final class CombinationsWithReplacement extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(CombinationsWithReplacement.class);
        int[] indices;
        int r;
        boolean started, stopped;

        public CombinationsWithReplacement(PyType t) { super(t, 1); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, r)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject rObj) {
            PyTuple pool = PyTuple.fromIterable(iterable);
            int r = rArg(rObj);
            CombinationsWithReplacement c = new CombinationsWithReplacement((PyType) cls);
            c.set(0, pool);
            c.r = r;
            c.indices = new int[r];
            c.stopped = pool.size() == 0 && r > 0;
            return c;
        }

        @Override
        public PyObject next() {
            if (stopped) return null;
            PyTuple pool = (PyTuple) get(0);
            int n = pool.size();
            if (started) {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) i--;
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            }
            started = true;
            return PyTuple.of(pick(pool, indices, r));
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "permutations", module = "itertools", gc = true, basicSize = 72,
            doc = "Return successive r-length permutations of elements in the iterable.\n\n"
                    + "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)")
    public static final class Permutations extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Permutations.class);
        int[] indices, cycles;
        int r;
        boolean started, stopped;

        public Permutations(PyType t) { super(t, 1); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, r=None)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject rObj) {
            PyTuple pool = PyTuple.fromIterable(iterable);
            int n = pool.size();
            int r = n;
            if (rObj != PyNone.NONE) {
                if (!(rObj instanceof dev.glassbox.objects.PyInt)) throw Errors.typeError("Expected int as r");
                r = rArg(rObj);
            }
            Permutations p = new Permutations((PyType) cls);
            p.set(0, pool);
            p.r = r;
            p.indices = new int[n];
            for (int i = 0; i < n; i++) p.indices[i] = i;
            p.cycles = new int[Math.min(r, n)];
            for (int i = 0; i < p.cycles.length; i++) p.cycles[i] = n - i;
            p.stopped = r > n;
            return p;
        }

        @Override
        public PyObject next() {
            if (stopped) return null;
            PyTuple pool = (PyTuple) get(0);
            int n = pool.size();
            if (started) {
                if (n == 0) {
                    stopped = true;
                    return null;
                }
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            started = true;
            return PyTuple.of(pick(pool, indices, r));
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
