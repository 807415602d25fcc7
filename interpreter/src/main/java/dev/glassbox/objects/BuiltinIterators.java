package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The lazy iterator types of builtins: {@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed} (Objects/enumobject.c, Python/bltinmodule.c). Each holds
 * counted references to its iterators and function.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    /** Shared plumbing: counted fields, __iter__, __next__ over {@link Abstract.Iter#next}. */
    abstract static class Base extends PyObject implements Abstract.Iter {
        PyObject[] held = new PyObject[0];

        Base(PyType t) {
            super(t);
        }

        void hold(PyObject... objs) {
            for (PyObject o : objs) Heap.incref(o);
            held = objs;
        }

        @Override
        public void traverse(Visitor v) {
            for (PyObject o : held) if (o != null) v.visit(o);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PyObject[] h = held;
            held = new PyObject[0];
            for (PyObject o : h) r.release(o);
            super.release(r);
        }

        PyObject nextOrStop() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }
    }

    @Exposed.Type(name = "enumerate", doc = "Return an enumerate object.")
    public static final class Enumerate extends Base {
        public static final PyType TYPE = PyType.fromClass(Enumerate.class);
        long index;
        PyInt bigIndex;

        public Enumerate(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, /, iterable, start=0)")
        public static PyObject __new__(PyObject cls, PyObject iterable, PyObject start) {
            Enumerate e = new Enumerate((PyType) cls);
            e.hold(Abstract.getIter(iterable));
            PyInt s = Abstract.index(start);
            if (s.isBig()) e.bigIndex = s; else e.index = s.value;
            return e;
        }

        @Override
        public PyObject next() {
            PyObject v = Abstract.next(held[0]);
            if (v == null) return null;
            PyObject i;
            if (bigIndex != null) {
                i = bigIndex;
                bigIndex = PyInt.of(bigIndex.toBig().add(java.math.BigInteger.ONE));
            } else if (index == Long.MAX_VALUE) {
                i = PyInt.of(index);
                bigIndex = PyInt.of(java.math.BigInteger.valueOf(index).add(java.math.BigInteger.ONE));
            } else {
                i = PyInt.of(index++);
            }
            return PyTuple.of(i, v);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.ClassMethod(sig = "($type, item, /)")
        public static PyObject __class_getitem__(PyObject cls, PyObject item) { return GenericAlias.of(cls, item); }
    }

    @Exposed.Type(name = "zip", doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.")
    public static final class Zip extends Base {
        public static final PyType TYPE = PyType.fromClass(Zip.class);
        boolean strict;

        public Zip(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *iterables, strict=False)")
        public static PyObject __new__(PyObject cls, PyObject iterables, PyObject strict) {
            Zip z = new Zip((PyType) cls);
            PyTuple t = (PyTuple) iterables;
            PyObject[] its = new PyObject[t.size()];
            for (int i = 0; i < its.length; i++) {
                try {
                    its[i] = Abstract.getIter(t.get(i));
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.TypeError) && t.get(i).type.special(SpecialMethod.__iter__) == null) {
                        throw Errors.typeError("zip argument #%d must support iteration", i + 1);
                    }
                    throw e;
                }
            }
            z.hold(its);
            z.strict = strict != null && Abstract.isTrue(strict);
            return z;
        }

        @Override
        public PyObject next() {
            int n = held.length;
            if (n == 0) return null;
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = Abstract.next(held[i]);
                if (v == null) {
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
                        }
                        for (int j = 1; j < n; j++) {
                            if (Abstract.next(held[j]) != null) {
                                throw Errors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "map", doc = "map(func, *iterables) --> map object")
    public static final class MapIter extends Base {
        public static final PyType TYPE = PyType.fromClass(MapIter.class);

        public MapIter(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, func, /, *iterables)")
        public static PyObject __new__(PyObject cls, PyObject func, PyObject iterables) {
            PyTuple t = (PyTuple) iterables;
            if (t.size() == 0) throw Errors.typeError("map() must have at least two arguments.");
            MapIter m = new MapIter((PyType) cls);
            PyObject[] h = new PyObject[t.size() + 1];
            h[0] = func;
            for (int i = 0; i < t.size(); i++) h[i + 1] = Abstract.getIter(t.get(i));
            m.hold(h);
            return m;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[held.length - 1];
            for (int i = 0; i < args.length; i++) {
                PyObject v = Abstract.next(held[i + 1]);
                if (v == null) return null;
                args[i] = v;
            }
            return Abstract.call(held[0], args);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "filter", doc = "filter(function or None, iterable) --> filter object")
    public static final class Filter extends Base {
        public static final PyType TYPE = PyType.fromClass(Filter.class);

        public Filter(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, function, iterable, /)")
        public static PyObject __new__(PyObject cls, PyObject func, PyObject iterable) {
            Filter f = new Filter((PyType) cls);
            f.hold(func, Abstract.getIter(iterable));
            return f;
        }

        @Override
        public PyObject next() {
            for (;;) {
                PyObject v = Abstract.next(held[1]);
                if (v == null) return null;
                boolean ok = held[0] == PyNone.NONE || held[0] == PyBool.TYPE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(held[0], v));
                if (ok) return v;
            }
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    @Exposed.Type(name = "reversed", doc = "Return a reverse iterator over the values of the given sequence.")
    public static final class Reversed extends Base {
        public static final PyType TYPE = PyType.fromClass(Reversed.class);
        long index;

        public Reversed(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, sequence, /)")
        public static PyObject __new__(PyObject cls, PyObject seq) {
            PyObject rev = seq.type.special(SpecialMethod.__reversed__);
            if (rev == PyNone.NONE) throw Errors.typeError("'%s' object is not reversible", seq.type.qualname);
            if (rev != null && cls == TYPE) return Abstract.callSpecial(rev, seq);
            if (seq.type.special(SpecialMethod.__getitem__) == null || seq.type.special(SpecialMethod.__len__) == null
                    || seq instanceof PyDict) {
                throw Errors.typeError("'%s' object is not reversible", seq.type.qualname);
            }
            Reversed r = new Reversed((PyType) cls);
            r.hold(seq);
            r.index = Abstract.length(seq) - 1;
            return r;
        }

        @Override
        public PyObject next() {
            if (index < 0 || held.length == 0) return null;
            try {
                return Abstract.getItem(held[0], PyInt.of(index--));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method public long __length_hint__() { return Math.max(0, index + 1); }
    }
}
