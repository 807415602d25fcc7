package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/** {@code method}: a function bound to an instance (Objects/classobject.c). */
@Exposed.Type(name = "method", baseType = false)
public final class PyMethod extends PyObject implements PyCallable {
    public static final PyType TYPE = PyType.fromClass(PyMethod.class);
    final PyObject func, self;

    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
        Heap.incref(func);
        Heap.incref(self);
    }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] full = new PyObject[total + 1];
        full[0] = self;
        System.arraycopy(args, start, full, 1, total);
        return Abstract.call(func, full, 0, nargs + 1, kwnames);
    }

    @Exposed.Getter(name = "__func__") public PyObject getFunc() { return func; }
    @Exposed.Getter(name = "__self__") public PyObject getSelf() { return self; }

    @Exposed.Method
    public PyObject __repr__() {
        PyObject n = Abstract.lookupAttr(func, PyStr.intern("__qualname__"));
        return PyStr.of("<bound method " + (n == null ? "?" : n.toString()) + " of " + Abstract.repr(self) + ">");
    }

    @Override public void traverse(Visitor v) { v.visit(func); v.visit(self); }
    @Override public void release(Releaser r) { r.release(func); r.release(self); }
}
