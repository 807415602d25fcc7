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
@Exposed.Type(name = "method", baseType = false, gc = true, basicSize = 48)
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

    /** method(function, instance): types.MethodType (method_new). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, function, instance, /)")
    public static PyObject __new__(PyObject cls, PyObject function, PyObject instance) {
        if (!(function instanceof dev.glassbox.objects.PyCallable) && function.type.special(dev.glassbox.objects.SpecialMethod.__call__) == null) {
            throw dev.glassbox.objects.Errors.typeError("first argument must be callable");
        }
        if (instance == dev.glassbox.objects.PyNone.NONE) {
            throw dev.glassbox.objects.Errors.typeError("instance must not be None");
        }
        return new PyMethod(function, instance);
    }

    @Exposed.Getter(name = "__func__") public PyObject getFunc() { return func; }

    /** Attributes not of the method itself come from the function (method_getattro). */
    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Abstract.attrName(name);
        PyObject v = Abstract.genericGetAttr(this, n, true);
        if (v != null) return v;
        return Abstract.getAttr(func, PyStr.intern(n));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyMethod m)) return dev.glassbox.objects.PyNotImplemented.NOT_IMPLEMENTED;
        return dev.glassbox.objects.PyBool.of(m.self == self && Abstract.richCompareBool(func, m.func, Abstract.EQ));
    }

    @Exposed.Method
    public long __hash__() {
        return dev.glassbox.objects.Hashing.identityHash(Heap.address(self)) ^ Abstract.hash(func);
    }
    @Exposed.Getter(name = "__self__") public PyObject getSelf() { return self; }

    @Exposed.Method
    public PyObject __repr__() {
        PyObject n = Abstract.lookupAttr(func, PyStr.intern("__qualname__"));
        return PyStr.of("<bound method " + (n == null ? "?" : n.toString()) + " of " + Abstract.repr(self) + ">");
    }

    @Override public void traverse(Visitor v) { v.visit(func); v.visit(self); }
    @Override public void release(Releaser r) { r.release(func); r.release(self); }

    /** {@code __call__} as Python code sees it; the VM calls through {@link dev.glassbox.objects.PyCallable}. */
    @Exposed.Method(name = "__call__", sig = "($self, /, *args, **kwargs)")
    public PyObject callDunder(PyObject args, PyObject kwargs) {
        return dev.glassbox.objects.Abstract.callArgs(this, (dev.glassbox.objects.PyTuple) args, (dev.glassbox.objects.PyDict) kwargs);
    }
}
