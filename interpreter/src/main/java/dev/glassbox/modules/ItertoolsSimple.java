package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.GenericAlias;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * The infinite and filtering iterators of {@code itertools} (Modules/itertoolsmodule.c):
 * count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
 * starmap, islice, pairwise. Messages and reprs are CPython 3.11's.
 */
public final class ItertoolsSimple {
    private ItertoolsSimple() {}

    static final int NB_ADD = 0;

    /** PyNumber_Check: the type converts to a number. */
    static boolean isNumber(PyObject o) {
        PyType t = o.type;
        return t.special(SpecialMethod.__index__) != null || t.special(SpecialMethod.__int__) != null
                || t.special(SpecialMethod.__float__) != null || t.special(SpecialMethod.__complex__) != null;
    }

    @Exposed.Type(name = "count", module = "itertools", gc = true, basicSize = 48,
            doc = "Return a count object whose .__next__() method returns consecutive values.")
    public static final class Count extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Count.class);

        public Count(PyType t) { super(t, 2); } // 0 = current value, 1 = step

        @Exposed.StaticMethod(name = "__new__", sig = "($type, start=0, step=1)")
        public static PyObject __new__(PyObject cls, PyObject start, PyObject step) {
            if (!isNumber(start) || !isNumber(step)) throw Errors.typeError("a number is required");
            Count c = new Count((PyType) cls);
            // fast mode (both ints) keeps the start as a C integer: a bool start becomes an int
            if (start instanceof PyBool b && step instanceof PyInt) start = PyInt.of(b.value);
            c.set(0, start);
            c.set(1, step);
            return c;
        }

        @Override
        public PyObject next() {
            PyObject cur = get(0);
            PyObject step = get(1);
            PyObject nxt;
            if (cur instanceof PyInt a && step instanceof PyInt b && !a.isBig() && !b.isBig() && cur.type == PyInt.TYPE
                    && step.type == PyInt.TYPE) {
                long s = a.value + b.value;
                nxt = ((a.value ^ s) & (b.value ^ s)) < 0 ? PyInt.of(a.toBig().add(b.toBig())) : PyInt.of(s);
            } else {
                nxt = Abstract.binaryOp(cur, step, NB_ADD);
            }
            // cur may drop to count 0 here; it is queued, and the caller stores it before the next drain.
            set(0, nxt);
            return cur;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.Method
        public PyObject __repr__() {
            String name = type.qualname;
            PyObject step = get(1);
            if (step instanceof PyInt i && !i.isBig() && i.value == 1) {
                return PyStr.of(name + "(" + Abstract.repr(get(0)).value + ")");
            }
            return PyStr.of(name + "(" + Abstract.repr(get(0)).value + ", " + Abstract.repr(step).value + ")");
        }
    }

    @Exposed.Type(name = "cycle", module = "itertools", gc = true, basicSize = 48,
            doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.")
    public static final class Cycle extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Cycle.class);
        int index;
        boolean firstpass = true;

        public Cycle(PyType t) { super(t, 2); } // 0 = iterator, 1 = saved list

        @Exposed.StaticMethod(name = "__new__", sig = "($type, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject iterable) {
            Cycle c = new Cycle((PyType) cls);
            c.set(0, Abstract.getIter(iterable));
            c.set(1, new PyList());
            return c;
        }

        @Override
        public PyObject next() {
            PyList saved = (PyList) get(1);
            if (get(0) != null) {
                PyObject v = nextOf(0);
                if (v != null) {
                    if (firstpass) saved.append(v);
                    return v;
                }
                set(0, null);
            }
            if (saved.size() == 0) return null;
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "repeat", module = "itertools", gc = true, basicSize = 32,
            doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
                    + "for the specified number of times.  If not specified, returns the object\nendlessly.")
    public static final class Repeat extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Repeat.class);
        long cnt = -1; // -1 = forever

        public Repeat(PyType t) { super(t, 1); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, object, times=<unrepresentable>)", conv = Exposed.Convention.VARARGS)
        public static PyObject __new__(PyObject cls, PyObject obj, PyObject times) {
            Repeat r = new Repeat((PyType) cls);
            r.set(0, obj);
            if (times != null) {
                long n = Abstract.indexAsLong(times);
                r.cnt = Math.max(0, n);
            }
            return r;
        }

        @Override
        public PyObject next() {
            if (cnt == 0) return null;
            if (cnt > 0) cnt--;
            return get(0);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.Method
        public PyObject __length_hint__() {
            if (cnt == -1) throw Errors.typeError("len() of unsized object");
            return PyInt.of(cnt);
        }

        @Exposed.Method
        public PyObject __repr__() {
            String e = Abstract.repr(get(0)).value;
            return PyStr.of(type.qualname + "(" + e + (cnt == -1 ? "" : ", " + cnt) + ")");
        }
    }

    @Exposed.Type(name = "accumulate", module = "itertools", gc = true, basicSize = 56,
            doc = "Return series of accumulated sums (or other binary function results).")
    public static final class Accumulate extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Accumulate.class);

        public Accumulate(PyType t) { super(t, 4); } // iterator, func, total, initial

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, func=None, *, initial=None)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject func, PyObject initial) {
            Accumulate a = new Accumulate((PyType) cls);
            a.set(0, Abstract.getIter(iterable));
            if (func != PyNone.NONE) a.set(1, func);
            if (initial != PyNone.NONE) a.set(3, initial);
            return a;
        }

        @Override
        public PyObject next() {
            if (get(3) != null) {
                PyObject init = get(3);
                set(2, init);
                set(3, null);
                return get(2);
            }
            PyObject v = nextOf(0);
            if (v == null) return null;
            PyObject total = get(2);
            PyObject nt;
            if (total == null) nt = v;
            else if (get(1) == null) nt = Abstract.binaryOp(total, v, NB_ADD);
            else nt = Abstract.call(get(1), total, v);
            set(2, nt);
            return nt;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "chain", module = "itertools", gc = true, basicSize = 32,
            doc = "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
                    + "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.")
    public static final class Chain extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Chain.class);

        public Chain(PyType t) { super(t, 2); } // 0 = source (iterator over iterables), 1 = active

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *iterables)")
        public static PyObject __new__(PyObject cls, PyObject iterables) {
            Chain c = new Chain((PyType) cls);
            c.set(0, Abstract.getIter(iterables));
            return c;
        }

        @Exposed.ClassMethod(sig = "($type, iterable, /)", doc = "Alternative chain() constructor taking a single iterable argument that evaluates lazily.")
        public static PyObject from_iterable(PyObject cls, PyObject iterable) {
            Chain c = new Chain((PyType) cls);
            c.set(0, Abstract.getIter(iterable));
            return c;
        }

        @Override
        public PyObject next() {
            for (;;) {
                if (get(1) == null) {
                    if (get(0) == null) return null;
                    PyObject iterable = nextOf(0);
                    if (iterable == null) {
                        set(0, null);
                        return null;
                    }
                    set(1, Abstract.getIter(iterable));
                }
                PyObject v = nextOf(1);
                if (v != null) return v;
                set(1, null);
            }
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.ClassMethod(sig = "($type, item, /)")
        public static PyObject __class_getitem__(PyObject cls, PyObject item) { return GenericAlias.of(cls, item); }
    }

    @Exposed.Type(name = "compress", module = "itertools", gc = true, basicSize = 32,
            doc = "Return data elements corresponding to true selector elements.")
    public static final class Compress extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Compress.class);

        public Compress(PyType t) { super(t, 2); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, data, selectors)")
        public static PyObject __new__(PyObject cls, PyObject data, PyObject selectors) {
            Compress c = new Compress((PyType) cls);
            c.set(0, Abstract.getIter(data));
            c.set(1, Abstract.getIter(selectors));
            return c;
        }

        @Override
        public PyObject next() {
            for (;;) {
                PyObject d = nextOf(0);
                if (d == null) return null;
                PyObject s = nextOf(1);
                if (s == null) return null;
                if (Abstract.isTrue(s)) return d;
            }
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    /** dropwhile, takewhile, filterfalse: a predicate and an iterator. */
    abstract static class PredicateIter extends ItertoolsBase {
        boolean done;

        PredicateIter(PyType t, PyObject pred, PyObject iterable) {
            super(t, 2);
            set(0, pred);
            set(1, Abstract.getIter(iterable));
        }

        boolean test(PyObject v) {
            PyObject p = get(0);
            if (p == PyNone.NONE || p == PyBool.TYPE) return Abstract.isTrue(v);
            return Abstract.isTrue(Abstract.call(p, v));
        }
    }

    @Exposed.Type(name = "dropwhile", module = "itertools", gc = true, basicSize = 40,
            doc = "Drop items from the iterable while predicate(item) is true.\n\n"
                    + "Afterwards, return every element until the iterable is exhausted.")
    public static final class DropWhile extends PredicateIter {
        public static final PyType TYPE = PyType.fromClass(DropWhile.class);

        DropWhile(PyType t, PyObject p, PyObject i) { super(t, p, i); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, predicate, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject pred, PyObject iterable) {
            return new DropWhile((PyType) cls, pred, iterable);
        }

        @Override
        public PyObject next() {
            for (;;) {
                PyObject v = nextOf(1);
                if (v == null) return null;
                if (done) return v;
                if (!Abstract.isTrue(Abstract.call(get(0), v))) {
                    done = true;
                    return v;
                }
            }
        }
    }

    @Exposed.Type(name = "takewhile", module = "itertools", gc = true, basicSize = 40,
            doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.")
    public static final class TakeWhile extends PredicateIter {
        public static final PyType TYPE = PyType.fromClass(TakeWhile.class);

        TakeWhile(PyType t, PyObject p, PyObject i) { super(t, p, i); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, predicate, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject pred, PyObject iterable) {
            return new TakeWhile((PyType) cls, pred, iterable);
        }

        @Override
        public PyObject next() {
            if (done) return null;
            PyObject v = nextOf(1);
            if (v == null) return null;
            if (Abstract.isTrue(Abstract.call(get(0), v))) return v;
            done = true;
            return null;
        }
    }

    @Exposed.Type(name = "filterfalse", module = "itertools", gc = true, basicSize = 32,
            doc = "Return those items of iterable for which function(item) is false.\n\n"
                    + "If function is None, return the items that are false.")
    public static final class FilterFalse extends PredicateIter {
        public static final PyType TYPE = PyType.fromClass(FilterFalse.class);

        FilterFalse(PyType t, PyObject p, PyObject i) { super(t, p, i); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, function, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject func, PyObject iterable) {
            return new FilterFalse((PyType) cls, func, iterable);
        }

        @Override
        public PyObject next() {
            for (;;) {
                PyObject v = nextOf(1);
                if (v == null) return null;
                if (!test(v)) return v;
            }
        }
    }

    @Exposed.Type(name = "starmap", module = "itertools", gc = true, basicSize = 32,
            doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.")
    public static final class StarMap extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(StarMap.class);

        public StarMap(PyType t) { super(t, 2); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, function, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject func, PyObject iterable) {
            StarMap s = new StarMap((PyType) cls);
            s.set(0, func);
            s.set(1, Abstract.getIter(iterable));
            return s;
        }

        @Override
        public PyObject next() {
            PyObject args = nextOf(1);
            if (args == null) return null;
            PyTuple t = args instanceof PyTuple tt ? tt : PyTuple.fromIterable(args);
            return Abstract.callArgs(get(0), t, null);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "islice", module = "itertools", gc = true, basicSize = 56,
            doc = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
                    + "Return an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\n"
                    + "otherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step defines the number of values or\n"
                    + "skipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.")
    public static final class ISlice extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(ISlice.class);
        long next, stop, step, cnt;

        public ISlice(PyType t) { super(t, 1); }

        private static final String STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

        /** PyNumber_AsSsize_t with OverflowError, -1 for any failure (as islice_new clears it). */
        private static long ssize(PyObject o) {
            try {
                PyInt i = Abstract.index(o);
                if (i.isBig()) return -1;
                return i.value;
            } catch (PyException e) {
                return -1;
            }
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject argsObj, PyObject kwargs) {
            if (kwargs instanceof dev.glassbox.objects.PyDict d && d.size() > 0 && cls == TYPE) {
                throw Errors.typeError("islice() takes no keyword arguments");
            }
            PyTuple args = (PyTuple) argsObj;
            int n = args.size();
            if (n < 2) throw Errors.typeError("islice expected at least 2 arguments, got %d", n);
            if (n > 4) throw Errors.typeError("islice expected at most 4 arguments, got %d", n);
            long start = 0, stop = -1, step = 1;
            PyObject a1 = args.get(1);
            if (n == 2) {
                if (a1 != PyNone.NONE) {
                    stop = ssize(a1);
                    if (stop == -1) throw Errors.valueError(STOP_MSG);
                }
            } else {
                if (a1 != PyNone.NONE) start = ssize(a1);
                PyObject a2 = args.get(2);
                if (a2 != PyNone.NONE) {
                    stop = ssize(a2);
                    if (stop == -1) throw Errors.valueError(STOP_MSG);
                }
            }
            if (start < 0 || stop < -1) {
                throw Errors.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (n == 4 && args.get(3) != PyNone.NONE) step = ssize(args.get(3));
            if (step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            ISlice s = new ISlice((PyType) cls);
            s.set(0, Abstract.getIter(args.get(0)));
            s.next = start;
            s.stop = stop;
            s.step = step;
            return s;
        }

        @Override
        public PyObject next() {
            if (get(0) == null) return null;
            long stop = this.stop;
            while (cnt < next) {
                PyObject v = nextOf(0);
                if (v == null) {
                    set(0, null);
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                set(0, null);
                return null;
            }
            PyObject v = nextOf(0);
            if (v == null) {
                set(0, null);
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return v;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "pairwise", module = "itertools", gc = true, basicSize = 32,
            doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0, s1), (s1, s2), (s2, s3), ...")
    public static final class Pairwise extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(Pairwise.class);

        public Pairwise(PyType t) { super(t, 2); } // iterator, old

        @Exposed.StaticMethod(name = "__new__", sig = "($type, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject iterable) {
            Pairwise p = new Pairwise((PyType) cls);
            p.set(0, Abstract.getIter(iterable));
            return p;
        }

        @Override
        public PyObject next() {
            if (get(0) == null) return null;
            PyObject old = get(1);
            if (old == null) {
                old = nextOf(0);
                if (old == null) {
                    set(0, null);
                    return null;
                }
                set(1, old);
            }
            PyObject nw = nextOf(0);
            if (nw == null) {
                set(0, null);
                set(1, null);
                return null;
            }
            PyTuple r = PyTuple.of(get(1), nw);
            set(1, nw);
            return r;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
