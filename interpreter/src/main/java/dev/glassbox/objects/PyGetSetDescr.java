package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code getset_descriptor}: an attribute of a built-in type computed by Java getter/setter methods. */
@Exposed.Type(name = "getset_descriptor", baseType = false, gc = true, basicSize = 48)
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyGetSetDescr.class);

    public final String name;
    public final PyType objclass;
    JavaCallable getter, setter;
    String doc;

    PyGetSetDescr(PyType objclass, String name) {
        super(TYPE, true);
        this.name = name;
        this.objclass = objclass;
    }

    /** A descriptor of a heap type: mortal, and holding its type counted (d_type), as CPython's. */
    private PyGetSetDescr(PyType objclass, String name, boolean heap) {
        super(TYPE);
        this.name = name;
        this.objclass = objclass;
        Heap.incref(objclass);
    }

    @Override
    public void traverse(Visitor v) {
        if (objclass.isHeapType()) v.visit(objclass);
    }

    @Override
    public void release(Releaser r) {
        if (objclass.isHeapType() && (gcFlags & Heap.IMMORTAL) == 0) r.release(objclass);
    }

    private java.util.function.Function<PyObject, PyObject> fget;
    private java.util.function.BiConsumer<PyObject, PyObject> fset;

    /** A getset defined by Java functions (heap types' {@code __dict__} and {@code __weakref__}). */
    public static PyGetSetDescr ofFunctions(PyType owner, String name, java.util.function.Function<PyObject, PyObject> get,
                                            java.util.function.BiConsumer<PyObject, PyObject> set, String doc) {
        PyGetSetDescr d = owner.isHeapType() ? new PyGetSetDescr(owner, name, true) : new PyGetSetDescr(owner, name);
        d.fget = get;
        d.fset = set;
        d.doc = doc;
        return d;
    }

    public PyObject get(PyObject obj) {
        check(obj);
        if (fget != null) return fget.apply(obj);
        if (getter == null) throw Errors.attributeError("attribute '%s' of '%s' objects is not readable", name, objclass.qualname);
        return getter.invoke(new PyObject[] {obj});
    }

    /** Sets, or deletes when {@code value} is null. */
    public void set(PyObject obj, PyObject value) {
        check(obj);
        if (fset != null) {
            fset.accept(obj, value);
            return;
        }
        if (setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, objclass.name);
        }
        setter.invoke(new PyObject[] {obj, value});
    }

    private void check(PyObject obj) {
        if (!objclass.acceptsLayout(obj) || !obj.type.isSubtypeOf(objclass)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, objclass.qualname, obj.type.qualname);
        }
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        return get(obj);
    }

    @Exposed.Method(sig = "($self, instance, value, /)")
    public PyObject __set__(PyObject obj, PyObject value) {
        set(obj, value);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, instance, /)")
    public PyObject __delete__(PyObject obj) {
        set(obj, null);
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<attribute '" + name + "' of '" + objclass.qualname + "' objects>");
    }

    @Exposed.Getter(name = "__name__")
    public PyObject getName() { return PyStr.of(name); }

    @Exposed.Getter(name = "__objclass__")
    public PyObject getObjclass() { return objclass; }

    @Exposed.Getter(name = "__doc__")
    public PyObject getDoc() { return doc == null ? PyNone.NONE : PyStr.of(doc); }
}
