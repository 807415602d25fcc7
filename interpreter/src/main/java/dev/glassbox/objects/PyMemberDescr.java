package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code member_descriptor}: a {@code __slots__} entry, stored in {@link PyObject#slots}. */
@Exposed.Type(name = "member_descriptor", baseType = false, gc = true, basicSize = 48)
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyMemberDescr.class);
    public final String name;
    public final PyType objclass;
    public final int index;

    PyMemberDescr(PyType objclass, String name, int index) {
        super(TYPE);
        this.name = name;
        this.objclass = objclass;
        this.index = index;
        dev.glassbox.memory.Heap.incref(objclass);   // d_type
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        check(obj);
        PyObject v = obj.slots == null || index >= obj.slots.length ? null : obj.slots[index];
        if (v == null) throw Errors.attributeError("'%s' object has no attribute '%s'", obj.type.qualname, name);
        return v;
    }

    @Exposed.Method(sig = "($self, instance, value, /)")
    public PyObject __set__(PyObject obj, PyObject value) {
        check(obj);
        if (obj.slots == null) obj.slots = new PyObject[obj.type.slotNames.length];
        PyObject old = obj.slots[index];
        Heap.incref(value);
        obj.slots[index] = value;
        Heap.xdecref(old);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, instance, /)")
    public PyObject __delete__(PyObject obj) {
        check(obj);
        PyObject old = obj.slots == null ? null : obj.slots[index];
        if (old == null) throw Errors.attributeError("%s", name); // member_set's bare name, as 3.11
        obj.slots[index] = null;
        Heap.decref(old);
        return PyNone.NONE;
    }

    private void check(PyObject obj) {
        if (!obj.type.isSubtypeOf(objclass)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, objclass.qualname, obj.type.qualname);
        }
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<member '" + name + "' of '" + objclass.qualname + "' objects>");
    }

    @Exposed.Getter(name = "__name__") public PyObject getName() { return PyStr.of(name); }
    @Exposed.Getter(name = "__objclass__") public PyObject getObjclass() { return objclass; }

    @Override public void traverse(Visitor v) { v.visit(objclass); }
    @Override public void release(Releaser r) { r.release(objclass); }
}
