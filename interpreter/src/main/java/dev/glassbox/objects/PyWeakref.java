package dev.glassbox.objects;

import dev.glassbox.memory.Heap;
import dev.glassbox.memory.Weakrefs;

/**
 * {@code weakref.ReferenceType} (Objects/weakrefobject.c): a reference that does not count.
 * The heap clears it when the referent dies and then calls its callback with the dead
 * reference; {@link Weakrefs} keeps the per-object lists.
 */
@Exposed.Type(name = "ReferenceType", module = "weakref", gc = true, basicSize = 64)
public class PyWeakref extends PyObject implements PyCallable {
    public static final PyType TYPE = PyType.fromClass(PyWeakref.class);

    /** The referent, or null once it died. Not counted. */
    public PyObject referent;
    /** The callback (counted), or null. */
    public PyObject callback;
    private long hash = -1;

    public PyWeakref(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, object, callback=None, /)")
    public static PyObject __new__(PyObject cls, PyObject obj, PyObject callback) {
        PyType t = (PyType) cls;
        Weakrefs.checkSupported(obj);
        if ((callback == null || callback == PyNone.NONE) && t == TYPE) {
            PyWeakref basic = Weakrefs.basicRef(obj, TYPE);
            if (basic != null) return basic;
        }
        PyWeakref r = (PyWeakref) t.allocate();
        r.referent = obj;
        if (callback != null && callback != PyNone.NONE) {
            Heap.incref(callback);
            r.callback = callback;
        }
        Weakrefs.add(obj, r);
        return r;
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __init__(PyObject args, PyObject kwargs) {
        return PyNone.NONE;
    }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs != 0 || kwnames != null) {
            throw Errors.typeError("weakref() takes no arguments (%d given)", nargs);
        }
        return referent == null ? PyNone.NONE : referent;
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject args, PyObject kwargs) {
        if (((PyTuple) args).size() != 0) throw Errors.typeError("__call__() takes exactly 0 positional arguments (%d given)", ((PyTuple) args).size());
        return referent == null ? PyNone.NONE : referent;
    }

    @Exposed.Method
    public PyObject __hash__() {
        if (hash != -1) return PyInt.of(hash);
        if (referent == null) throw Errors.typeError("weak object has gone away");
        hash = Abstract.hash(referent);
        return PyInt.of(hash);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyWeakref o)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (referent == null || o.referent == null) return PyBool.of(this == o);
        return Abstract.richCompare(referent, o.referent, Abstract.EQ);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyWeakref o)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (referent == null || o.referent == null) return PyBool.of(this != o);
        return Abstract.richCompare(referent, o.referent, Abstract.NE);
    }

    @Exposed.Method
    public PyObject __repr__() {
        String at = String.format("%012x", Heap.address(this));
        if (referent == null) return PyStr.of("<weakref at 0x" + at + "; dead>");
        PyObject name = Abstract.lookupAttr(referent, PyStr.intern("__name__"));
        String what = "'" + referent.type.qualname + "'";
        String to = "to " + what + " at 0x" + String.format("%012x", Heap.address(referent));
        if (name instanceof PyStr n) to += " (" + n.value + ")";
        return PyStr.of("<weakref at 0x" + at + "; " + to + ">");
    }

    @Exposed.Getter(name = "__callback__")
    public PyObject getCallback() {
        return callback == null ? PyNone.NONE : callback;
    }

    @Exposed.ClassMethod(sig = "($type, item, /)")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return GenericAlias.of(cls, item);
    }

    @Override
    public void traverse(Visitor v) {
        if (callback != null) v.visit(callback);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        if (referent != null) Weakrefs.remove(referent, this);
        referent = null;
        PyObject cb = callback;
        callback = null;
        r.release(cb);
        super.release(r);
    }
}
