package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code set_iterator} (Objects/setobject.c, {@code setiter_iternext}): a slot position in a
 * counted set, and the set's size when iteration began. A change of size raises
 * "Set changed size during iteration", and the error is sticky; an exhausted iterator drops
 * its set.
 */
@Exposed.Type(name = "set_iterator", baseType = false, gc = true, basicSize = 48)
public final class SetIter extends PyObject implements Abstract.Iter {
    public static final PyType TYPE = PyType.fromClass(SetIter.class);
    private SetObject set;
    private int usedAtStart;
    private int pos;
    private int len;

    SetIter(SetObject set) {
        super(TYPE);
        this.set = set;
        this.usedAtStart = set.used;
        this.len = set.used;
        Heap.incref(set);
    }

    @Override
    public PyObject next() {
        SetObject so = set;
        if (so == null) return null;
        if (usedAtStart != so.used) {
            usedAtStart = -1; // make the error sticky
            throw Errors.runtimeError("Set changed size during iteration");
        }
        int i = pos;
        PyObject[] ks = so.keys;
        while (i <= so.mask && ks[i] == null) i++;
        pos = i + 1;
        if (i > so.mask) {
            set = null;
            Heap.decref(so);
            return null;
        }
        len--;
        return ks[i];
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
        return set != null && usedAtStart == set.used ? len : 0;
    }

    @Override public void traverse(Visitor v) { if (set != null) v.visit(set); }
    @Override public void release(Releaser r) { PyObject s = set; set = null; r.release(s); }
}
