package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code tuple_iterator} (Objects/tupleobject.c): an index into a counted tuple; an exhausted
 * iterator drops the tuple.
 */
@Exposed.Type(name = "tuple_iterator", baseType = false, gc = true, basicSize = 32)
public final class TupleIter extends PyObject implements Abstract.Iter {
    public static final PyType TYPE = PyType.fromClass(TupleIter.class);
    private PyTuple seq;
    private int index;

    TupleIter(PyTuple seq) {
        super(TYPE);
        this.seq = seq;
        Heap.incref(seq);
    }

    @Override
    public PyObject next() {
        PyTuple s = seq;
        if (s == null) return null;
        if (index < s.items.length) return s.items[index++];
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
        return seq == null ? 0 : seq.items.length - index;
    }

    @Exposed.Method(sig = "($self, state, /)")
    public void __setstate__(PyObject state) {
        long i = Abstract.indexAsLong(state);
        if (seq != null) {
            if (i < 0) i = 0;
            else if (i > seq.items.length) i = seq.items.length;
            index = (int) i;
        }
    }

    @Override public void traverse(Visitor v) { if (seq != null) v.visit(seq); }
    @Override public void release(Releaser r) { PyObject s = seq; seq = null; r.release(s); }
}
