package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** {@code cell}: a variable shared between a function and the closures that use it. */
@Exposed.Type(name = "cell", baseType = false)
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyCell.class);
    PyObject ref;

    public PyCell(PyObject value) {
        super(TYPE);
        Heap.xincref(value);
        ref = value;
    }

    public PyObject get() {
        return ref;
    }

    public void set(PyObject v) {
        PyObject old = ref;
        Heap.xincref(v);
        ref = v;
        Heap.xdecref(old);
    }

    @Exposed.Getter(name = "cell_contents")
    public PyObject contents() {
        if (ref == null) throw Errors.valueError("Cell is empty");
        return ref;
    }

    @Override public void traverse(Visitor v) { if (ref != null) v.visit(ref); }
    @Override public void release(Releaser r) { PyObject o = ref; ref = null; r.release(o); }
}
