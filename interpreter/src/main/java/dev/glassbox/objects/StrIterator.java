package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The iterators of str (Objects/unicodeobject.c's {@code unicodeiter_*} and, new in 3.11,
 * {@code unicode_ascii_iter_*}): {@code str_ascii_iterator} for pure-ASCII strings and
 * {@code str_iterator} for the rest. Both yield one-character strings; CPython keeps two
 * types only to speed up the ASCII case, but the type names are visible, so both exist here.
 */
abstract class StrIterator extends PyObject implements Abstract.Iter {
    /** The string being iterated, or null once exhausted (CPython drops it then). */
    private PyStr seq;
    private int index;

    StrIterator(PyType type, PyStr seq) {
        super(type);
        this.seq = seq;
        Heap.incref(seq);
    }

    /** iter(s): the iterator type CPython 3.11 would choose. */
    static StrIterator of(PyStr s) {
        return s.isAscii() ? new Ascii(s) : new Unicode(s);
    }

    @Override
    public PyObject next() {
        PyStr s = seq;
        if (s == null) return null;
        if (index < s.length()) return PyStr.ofCodePoint(s.codePointAt(index++));
        seq = null;
        Heap.decref(s);
        return null;
    }

    PyObject iter() {
        return this;
    }

    PyObject nextOrStop() {
        PyObject v = next();
        if (v == null) throw Errors.stopIteration();
        return v;
    }

    long lengthHint() {
        return seq == null ? 0 : seq.length() - index;
    }

    /** __setstate__(index): clamps to [0, len] as unicodeiter_setstate does. */
    void setState(PyObject state) {
        long i = Abstract.indexAsLong(state);
        if (seq != null) {
            if (i < 0) i = 0;
            else if (i > seq.length()) i = seq.length();
            index = (int) i;
        }
    }

    @Override
    public void traverse(Visitor v) {
        if (seq != null) v.visit(seq);
    }

    @Override
    public void release(Releaser r) {
        PyStr s = seq;
        seq = null;
        if (s != null) r.release(s);
    }

    /** {@code str_ascii_iterator}. */
    @Exposed.Type(name = "str_ascii_iterator", baseType = false, gc = true, basicSize = 32)
    static final class Ascii extends StrIterator {
        static final PyType TYPE = PyType.fromClass(Ascii.class);

        Ascii(PyStr s) {
            super(TYPE, s);
        }

        @Exposed.Method public PyObject __iter__() { return iter(); }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(doc = "Private method returning an estimate of len(list(it)).")
        public long __length_hint__() { return lengthHint(); }
        @Exposed.Method(sig = "($self, state, /)", doc = "Set state information for unpickling.")
        public void __setstate__(PyObject state) { setState(state); }
    }

    /** {@code str_iterator}. */
    @Exposed.Type(name = "str_iterator", baseType = false, gc = true, basicSize = 32)
    static final class Unicode extends StrIterator {
        static final PyType TYPE = PyType.fromClass(Unicode.class);

        Unicode(PyStr s) {
            super(TYPE, s);
        }

        @Exposed.Method public PyObject __iter__() { return iter(); }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(doc = "Private method returning an estimate of len(list(it)).")
        public long __length_hint__() { return lengthHint(); }
        @Exposed.Method(sig = "($self, state, /)", doc = "Set state information for unpickling.")
        public void __setstate__(PyObject state) { setState(state); }
    }
}
