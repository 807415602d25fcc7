package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code property} (Objects/descrobject.c): a data descriptor from fget/fset/fdel. */
@Exposed.Type(name = "property", doc = "Property attribute.")
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyProperty.class);
    PyObject fget, fset, fdel, doc;
    PyObject name;
    boolean getterDoc;

    public PyProperty(PyType t) {
        super(t);
    }

    @Exposed.Method(sig = "($self, /, fget=None, fset=None, fdel=None, doc=None)")
    public PyObject __init__(PyObject g, PyObject s, PyObject d, PyObject docArg) {
        fget = set(fget, g == PyNone.NONE ? null : g);
        fset = set(fset, s == PyNone.NONE ? null : s);
        fdel = set(fdel, d == PyNone.NONE ? null : d);
        if ((docArg == null || docArg == PyNone.NONE) && fget != null) {
            PyObject gd = Abstract.lookupAttr(fget, PyStr.intern("__doc__"));
            if (gd != null && gd != PyNone.NONE) {
                docArg = gd;
                getterDoc = true;
            }
        }
        doc = set(doc, docArg == PyNone.NONE ? null : docArg);
        if (type != TYPE && doc != null) Abstract.setAttr(this, PyStr.intern("__doc__"), doc);
        return PyNone.NONE;
    }

    private static PyObject set(PyObject old, PyObject v) {
        Heap.xincref(v);
        Heap.xdecref(old);
        return v;
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        if (fget == null) {
            throw Errors.attributeError("property %sof '%s' object has no getter", nameForError(), obj.type.qualname);
        }
        return Abstract.call(fget, obj);
    }

    private String nameForError() {
        return name == null ? "" : Abstract.repr(name).value + " ";
    }

    @Exposed.Method(sig = "($self, instance, value, /)")
    public PyObject __set__(PyObject obj, PyObject value) {
        if (fset == null) {
            throw Errors.attributeError("property %sof '%s' object has no setter", nameForError(), obj.type.qualname);
        }
        Abstract.call(fset, obj, value);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, instance, /)")
    public PyObject __delete__(PyObject obj) {
        if (fdel == null) {
            throw Errors.attributeError("property %sof '%s' object has no deleter", nameForError(), obj.type.qualname);
        }
        Abstract.call(fdel, obj);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, owner, name, /)")
    public PyObject __set_name__(PyObject owner, PyObject n) {
        name = set(name, n);
        return PyNone.NONE;
    }

    private PyObject copy(PyObject g, PyObject s, PyObject d) {
        PyObject docArg = getterDoc ? PyNone.NONE : (doc == null ? PyNone.NONE : doc);
        PyObject p = Abstract.call(type, g == null ? PyNone.NONE : g, s == null ? PyNone.NONE : s, d == null ? PyNone.NONE : d, docArg);
        if (p instanceof PyProperty pp && name != null) pp.name = set(pp.name, name);
        return p;
    }

    @Exposed.Method(sig = "($self, fget, /)")
    public PyObject getter(PyObject g) { return copy(g, fset, fdel); }

    @Exposed.Method(sig = "($self, fset, /)")
    public PyObject setter(PyObject s) { return copy(fget, s, fdel); }

    @Exposed.Method(sig = "($self, fdel, /)")
    public PyObject deleter(PyObject d) { return copy(fget, fset, d); }

    @Exposed.Getter(name = "fget") public PyObject getFget() { return fget == null ? PyNone.NONE : fget; }
    @Exposed.Getter(name = "fset") public PyObject getFset() { return fset == null ? PyNone.NONE : fset; }
    @Exposed.Getter(name = "fdel") public PyObject getFdel() { return fdel == null ? PyNone.NONE : fdel; }
    @Exposed.Getter(name = "__doc__") public PyObject getDoc() { return doc == null ? PyNone.NONE : doc; }
    @Exposed.Setter(name = "__doc__") public void setDoc(PyObject v) { doc = set(doc, v); }

    @Exposed.Getter(name = "__isabstractmethod__")
    public PyObject isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f == null) continue;
            PyObject a = Abstract.lookupAttr(f, PyStr.intern("__isabstractmethod__"));
            if (a != null && Abstract.isTrue(a)) return PyBool.TRUE;
        }
        return PyBool.FALSE;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : new PyObject[] {fget, fset, fdel, doc, name}) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        r.release(fget); r.release(fset); r.release(fdel); r.release(doc); r.release(name);
        fget = fset = fdel = doc = name = null;
        super.release(r);
    }
}
