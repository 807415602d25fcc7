package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code list_iterator} and {@code list_reverseiterator} (Objects/listobject.c): an index into
 * a counted list, re-checked against the list's current size on every step, so a list that
 * grows or shrinks during iteration is seen as CPython sees it. An exhausted iterator drops
 * its list and stays exhausted.
 */
public final class ListIter {
    private ListIter() {}

    /** iter(list). */
    @Exposed.Type(name = "list_iterator", baseType = false, gc = true, basicSize = 32)
    public static final class Forward extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(Forward.class);
        private PyList seq;
        private int index;

        Forward(PyList seq) {
            super(TYPE);
            this.seq = seq;
            Heap.incref(seq);
        }

        @Override
        public PyObject next() {
            PyList s = seq;
            if (s == null) return null;
            if (index < s.size) return s.items[index++];
            seq = null;
            Heap.decref(s);
            return null;
        }

        @Exposed.Method
        public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        @Exposed.Method(conv = Exposed.Convention.NOARGS)
        public long __length_hint__() {
            if (seq != null) {
                long len = seq.size - index;
                if (len >= 0) return len;
            }
            return 0;
        }

        @Exposed.Method(sig = "($self, state, /)")
        public void __setstate__(PyObject state) {
            long i = Abstract.indexAsLong(state);
            if (seq != null) {
                if (i < 0) i = 0;
                else if (i > seq.size) i = seq.size;
                index = (int) i;
            }
        }

        @Override public void traverse(Visitor v) { if (seq != null) v.visit(seq); }
        @Override public void release(Releaser r) { PyObject s = seq; seq = null; r.release(s); }
    }

    /** reversed(list). */
    @Exposed.Type(name = "list_reverseiterator", baseType = false, gc = true, basicSize = 32)
    public static final class Reverse extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(Reverse.class);
        private PyList seq;
        private int index;

        Reverse(PyList seq) {
            super(TYPE);
            this.seq = seq;
            this.index = seq.size - 1;
            Heap.incref(seq);
        }

        @Override
        public PyObject next() {
            PyList s = seq;
            if (s == null) return null;
            if (index >= 0 && index < s.size) return s.items[index--];
            index = -1;
            seq = null;
            Heap.decref(s);
            return null;
        }

        @Exposed.Method
        public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        @Exposed.Method(conv = Exposed.Convention.NOARGS)
        public long __length_hint__() {
            long len = index + 1L;
            if (seq == null || seq.size < len) return 0;
            return len;
        }

        @Exposed.Method(sig = "($self, state, /)")
        public void __setstate__(PyObject state) {
            long i = Abstract.indexAsLong(state);
            if (seq != null) {
                if (i < -1) i = -1;
                else if (i > seq.size - 1) i = seq.size - 1;
                index = (int) i;
            }
        }

        @Override public void traverse(Visitor v) { if (seq != null) v.visit(seq); }
        @Override public void release(Releaser r) { PyObject s = seq; seq = null; r.release(s); }
    }
}
