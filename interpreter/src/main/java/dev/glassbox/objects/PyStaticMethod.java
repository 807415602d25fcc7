package dev.glassbox.objects;

/** {@code staticmethod}: returns the wrapped callable unchanged when accessed (funcobject.c). */
@Exposed.Type(name = "staticmethod")
public class PyStaticMethod extends PyObject implements PyCallable {
    public static final PyType TYPE = PyType.fromClass(PyStaticMethod.class);

    PyObject fn;

    public PyStaticMethod(PyType t) {
        super(t);
    }

    public static PyStaticMethod wrap(PyObject f) {
        PyStaticMethod s = new PyStaticMethod(TYPE);
        s.fn = f;
        f.refcnt++;
        return s;
    }

    public PyObject callable() {
        return fn;
    }

    @Exposed.Method(sig = "($self, function, /)")
    public PyObject __init__(PyObject f) {
        PyObject old = fn;
        f.refcnt++;
        fn = f;
        if (old != null) dev.glassbox.memory.Heap.decref(old);
        copyWraps(this, f);
        return PyNone.NONE;
    }

    static void copyWraps(PyObject self, PyObject f) {
        PyDict d = Abstract.instanceDict(self);
        for (String a : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Abstract.lookupAttr(f, PyStr.intern(a));
            if (v != null) d.setItem(a, v);
        }
        d.setItem("__wrapped__", f);
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (fn == null) throw Errors.runtimeError("uninitialized staticmethod object");
        return fn;
    }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        return Abstract.call(fn, args, start, nargs, kwnames);
    }

    @Exposed.Getter(name = "__func__") public PyObject func() { return fn; }

    @Exposed.Getter(name = "__isabstractmethod__")
    public PyObject isAbstract() {
        PyObject a = Abstract.lookupAttr(fn, PyStr.intern("__isabstractmethod__"));
        return a == null ? PyBool.FALSE : a;
    }

    @Override
    public void traverse(Visitor v) {
        if (fn != null) v.visit(fn);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject f = fn;
        fn = null;
        r.release(f);
        super.release(r);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<staticmethod(" + Abstract.repr(fn) + ")>");
    }
}
