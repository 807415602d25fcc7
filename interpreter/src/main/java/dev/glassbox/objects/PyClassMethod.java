package dev.glassbox.objects;

/** {@code classmethod}: binds the wrapped callable to the class (funcobject.c). */
@Exposed.Type(name = "classmethod")
public class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyClassMethod.class);

    /** Makes bound methods; installed by the VM (its method type). */
    public interface Binder {
        PyObject bind(PyObject function, PyObject self);
    }

    public static Binder binder;

    PyObject fn;

    public PyClassMethod(PyType t) {
        super(t);
    }

    public static PyClassMethod wrap(PyObject f) {
        PyClassMethod s = new PyClassMethod(TYPE);
        s.fn = f;
        f.refcnt++;
        return s;
    }

    @Exposed.Method(sig = "($self, function, /)")
    public PyObject __init__(PyObject f) {
        PyObject old = fn;
        f.refcnt++;
        fn = f;
        if (old != null) dev.glassbox.memory.Heap.decref(old);
        PyStaticMethod.copyWraps(this, f);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        PyObject f = fn;
        if (f == null) throw Errors.runtimeError("uninitialized classmethod object");
        PyObject cls = owner == null || owner == PyNone.NONE ? obj.type : owner;
        PyObject get = f.type.special(SpecialMethod.__get__);
        if (get != null && !(f instanceof Abstract.MethodLike)) return Abstract.callSpecial(get, f, cls, cls.type);
        return binder.bind(f, cls);
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
        return PyStr.of("<classmethod(" + Abstract.repr(fn) + ")>");
    }
}
