package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code iterator}: iteration by {@code __getitem__} with 0, 1, 2, ... until IndexError (PySeqIter). */
@Exposed.Type(name = "iterator", baseType = false)
public final class SeqIter extends PyObject implements Abstract.Iter {
    public static final PyType TYPE = PyType.fromClass(SeqIter.class);
    private PyObject seq;
    private long index;

    SeqIter(PyObject seq) {
        super(TYPE);
        this.seq = seq;
        Heap.incref(seq);
    }

    @Override
    public PyObject next() {
        if (seq == null) return null;
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                PyObject s = seq;
                seq = null;
                Heap.decref(s);
                return null;
            }
            throw e;
        }
    }

    @Exposed.Method
    public PyObject __iter__() { return this; }

    @Exposed.Method
    public PyObject __next__() {
        PyObject v = next();
        if (v == null) throw Errors.stopIteration();
        return v;
    }

    @Override
    public void traverse(Visitor v) { if (seq != null) v.visit(seq); }

    @Override
    public void release(Releaser r) { PyObject s = seq; seq = null; r.release(s); }
}
