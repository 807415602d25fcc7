package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * Shared plumbing of the iterator objects of {@code itertools} and {@code _collections}:
 * a fixed number of counted fields (each set through {@link #set}, which keeps the reference
 * count), traversal and release in field order, and {@code __next__} over
 * {@link Abstract.Iter#next} (null = exhausted). Subclasses are the per-type structs of
 * Modules/itertoolsmodule.c.
 */
public abstract class ItertoolsBase extends PyObject implements Abstract.Iter {
    private PyObject[] fields;

    protected ItertoolsBase(PyType t, int nfields) {
        super(t);
        fields = new PyObject[nfields];
    }

    protected final PyObject get(int i) {
        return fields[i];
    }

    /** Stores a counted reference in field i (null clears it). */
    protected final void set(int i, PyObject v) {
        fields[i] = Heap.replace(fields[i], v);
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : fields) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] h = fields;
        fields = new PyObject[h.length];
        for (PyObject o : h) r.release(o);
        super.release(r);
    }

    /** The __next__ slot: the next item or StopIteration. */
    protected final PyObject nextOrStop() {
        PyObject v = next();
        if (v == null) throw Errors.stopIteration();
        return v;
    }

    /** PyIter_Next on a counted field; null at exhaustion. */
    protected final PyObject nextOf(int i) {
        PyObject it = fields[i];
        return it == null ? null : Abstract.next(it);
    }
}
