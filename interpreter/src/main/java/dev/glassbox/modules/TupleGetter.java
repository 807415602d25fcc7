package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.Abstract;

/**
 * {@code _collections._tuplegetter} (Modules/_collectionsmodule.c, tuplegetter_*): the
 * read-only data descriptor namedtuple uses for its fields — item {@code index} of a tuple
 * instance, "can't set attribute" on assignment, with a writable {@code __doc__}.
 */
@Exposed.Type(name = "_tuplegetter", module = "_collections", gc = true, basicSize = 32)
public final class TupleGetter extends PyObject {
    public static final PyType TYPE = PyType.fromClass(TupleGetter.class);
    long index;
    PyObject doc;

    public TupleGetter(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, index, doc, /)")
    public static PyObject __new__(PyObject cls, PyObject index, PyObject doc) {
        TupleGetter g = new TupleGetter((PyType) cls);
        g.index = Abstract.indexAsLong(index);
        g.doc = Heap.replace(null, doc);
        return g;
    }

    @Override
    public void traverse(Visitor v) {
        if (doc != null) v.visit(doc);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject d = doc;
        doc = null;
        r.release(d);
        super.release(r);
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        if (!(obj instanceof PyTuple t)) {
            throw Errors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                    index, obj.type.qualname);
        }
        if (index >= t.size()) throw Errors.indexError("tuple index out of range");
        return t.get((int) index);
    }

    @Exposed.Method(sig = "($self, instance, value, /)")
    public PyObject __set__(PyObject obj, PyObject value) {
        throw Errors.attributeError("can't set attribute");
    }

    @Exposed.Method(sig = "($self, instance, /)")
    public PyObject __delete__(PyObject obj) {
        throw Errors.attributeError("can't delete attribute");
    }

    @Exposed.Getter(name = "__doc__") public PyObject getDoc() { return doc == null ? PyNone.NONE : doc; }
    @Exposed.Setter(name = "__doc__") public void setDoc(PyObject v) { doc = Heap.replace(doc, v); }

    @Exposed.Method
    public PyObject __repr__() {
        return dev.glassbox.objects.PyStr.of(type.qualname + "(" + index + ", " + Abstract.repr(getDoc()).value + ")");
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public PyObject __reduce__() {
        return PyTuple.of(type, PyTuple.of(PyInt.of(index), getDoc()));
    }
}
