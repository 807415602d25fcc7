package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** {@code cell}: a variable shared between a function and the closures that use it. */
@Exposed.Type(name = "cell", baseType = false, gc = true, basicSize = 24)
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

    @Exposed.StaticMethod(name = "__new__", sig = "($type, contents=<unrepresentable>, /)")
    public static PyObject __new__(PyObject cls, PyObject contents) {
        return new PyCell(contents);
    }

    /** cell_richcompare: by contents; an empty cell orders before a full one. */
    private PyObject compare(PyObject other, int op) {
        if (!(other instanceof PyCell c)) return dev.glassbox.objects.PyNotImplemented.NOT_IMPLEMENTED;
        if (ref != null && c.ref != null) return dev.glassbox.objects.Abstract.richCompare(ref, c.ref, op);
        int a = c.ref == null ? 1 : 0, b = ref == null ? 1 : 0;   // compares (other empty) with (self empty)
        boolean r = switch (op) {
            case dev.glassbox.objects.Abstract.LT -> a < b;
            case dev.glassbox.objects.Abstract.LE -> a <= b;
            case dev.glassbox.objects.Abstract.EQ -> a == b;
            case dev.glassbox.objects.Abstract.NE -> a != b;
            case dev.glassbox.objects.Abstract.GT -> a > b;
            default -> a >= b;
        };
        return dev.glassbox.objects.PyBool.of(r);
    }

    @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, dev.glassbox.objects.Abstract.GE); }

    @Exposed.Method
    public PyObject __repr__() {
        String at = String.format("%012x", Heap.address(this));
        if (ref == null) return dev.glassbox.objects.PyStr.of("<cell at 0x" + at + ": empty>");
        return dev.glassbox.objects.PyStr.of("<cell at 0x" + at + ": " + ref.type.qualname + " object at 0x"
                + String.format("%012x", Heap.address(ref)) + ">");
    }

    @Exposed.Getter(name = "cell_contents")
    public PyObject contents() {
        if (ref == null) throw Errors.valueError("Cell is empty");
        return ref;
    }

    @Exposed.Setter(name = "cell_contents")
    public void setContents(PyObject v) {
        set(v);
    }

    @Override public void traverse(Visitor v) { if (ref != null) v.visit(ref); }
    @Override public void release(Releaser r) { PyObject o = ref; ref = null; r.release(o); }
}
