package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The iterators of bytes and bytearray ({@code striter_*} in Objects/bytesobject.c and
 * {@code bytearrayiter_*} in Objects/bytearrayobject.c): each yields the ints of the value.
 * A bytearray iterator reads the live object, so it sees changes made while iterating.
 */
abstract class BytesIter extends PyObject implements Abstract.Iter {
    /** The sequence, or null once exhausted (CPython drops it then). */
    private BytesLike seq;
    private int index;

    BytesIter(PyType type, BytesLike seq) {
        super(type);
        this.seq = seq;
        Heap.incref(seq);
    }

    static BytesIter of(BytesLike s) {
        return s instanceof PyByteArray ? new OfByteArray(s) : new OfBytes(s);
    }

    @Override
    public PyObject next() {
        BytesLike s = seq;
        if (s == null) return null;
        if (index < s.size()) return PyInt.of(s.at(index++));
        seq = null;
        Heap.decref(s);
        return null;
    }

    PyObject nextOrStop() {
        PyObject v = next();
        if (v == null) throw Errors.stopIteration();
        return v;
    }

    long lengthHint() {
        return seq == null ? 0 : Math.max(0, seq.size() - index);
    }

    void setState(PyObject state) {
        long i = Abstract.indexAsLong(state);
        if (seq != null) index = (int) Math.max(0, Math.min(i, seq.size()));
    }

    @Override
    public void traverse(Visitor v) {
        if (seq != null) v.visit(seq);
    }

    @Override
    public void release(Releaser r) {
        BytesLike s = seq;
        seq = null;
        if (s != null) r.release(s);
    }

    @Exposed.Type(name = "bytes_iterator", baseType = false, gc = true, basicSize = 32)
    static final class OfBytes extends BytesIter {
        static final PyType TYPE = PyType.fromClass(OfBytes.class);

        OfBytes(BytesLike s) { super(TYPE, s); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(doc = "Private method returning an estimate of len(list(it)).")
        public long __length_hint__() { return lengthHint(); }
        @Exposed.Method(sig = "($self, state, /)", doc = "Set state information for unpickling.")
        public void __setstate__(PyObject state) { setState(state); }
    }

    @Exposed.Type(name = "bytearray_iterator", baseType = false, gc = true, basicSize = 32)
    static final class OfByteArray extends BytesIter {
        static final PyType TYPE = PyType.fromClass(OfByteArray.class);

        OfByteArray(BytesLike s) { super(TYPE, s); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(doc = "Private method returning an estimate of len(list(it)).")
        public long __length_hint__() { return lengthHint(); }
        @Exposed.Method(sig = "($self, state, /)", doc = "Set state information for unpickling.")
        public void __setstate__(PyObject state) { setState(state); }
    }
}
