package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** {@code traceback}: one frame an exception passed through (Python/traceback.c). */
@Exposed.Type(name = "traceback", baseType = false, gc = true, basicSize = 48)
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyTraceback.class);
    /** tb_next: settable from Python (tb_next_set), so not final. */
    public PyTraceback next;
    public final PyFrameObject frame;
    /** Byte offset of the instruction (tb_lasti). */
    public final int lasti;
    public final int lineno;

    PyTraceback(PyTraceback next, PyFrameObject frame, int lasti, int lineno) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        Heap.xincref(next);
        Heap.incref(frame);
    }

    /** This entry followed by {@code next}: the import system rebuilds a traceback without importlib's frames. */
    public PyTraceback withNext(PyTraceback next) {
        return next == this.next ? this : new PyTraceback(next, frame, lasti, lineno);
    }

    @Exposed.Getter(name = "tb_next") public PyObject tbNext() { return next == null ? PyNone.NONE : next; }
    /** tb_new: types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, /, tb_next, tb_frame, tb_lasti, tb_lineno)")
    public static PyObject __new__(PyObject type, PyObject tbNext, PyObject tbFrame, PyObject tbLasti, PyObject tbLineno) {
        PyTraceback n;
        if (tbNext == PyNone.NONE) n = null;
        else if (tbNext instanceof PyTraceback t) n = t;
        else throw dev.glassbox.objects.Errors.typeError("expected traceback object or None, got '%s'", tbNext.type.name);
        if (!(tbFrame instanceof PyFrameObject f)) {
            throw dev.glassbox.objects.Errors.typeError("traceback() argument 'tb_frame' must be frame, not %s", tbFrame.type.name);
        }
        int lasti = (int) dev.glassbox.objects.Abstract.indexAsLong(tbLasti);
        int lineno = (int) dev.glassbox.objects.Abstract.indexAsLong(tbLineno);
        return new PyTraceback(n, f, lasti, lineno);
    }

    /** tb_next_set: another traceback or None; a loop through this one is refused. */
    @Exposed.Setter(name = "tb_next")
    public void setTbNext(PyObject v) {
        if (v == null) throw dev.glassbox.objects.Errors.typeError("can't delete tb_next attribute");
        PyTraceback n;
        if (v == PyNone.NONE) n = null;
        else if (v instanceof PyTraceback t) n = t;
        else throw dev.glassbox.objects.Errors.typeError("expected traceback object, got '%s'", v.type.name);
        for (PyTraceback c = n; c != null; c = c.next) {
            if (c == this) throw dev.glassbox.objects.Errors.valueError("traceback loop detected");
        }
        PyTraceback old = next;
        next = n;
        Heap.xincref(n);
        Heap.xdecref(old);
    }

    @Exposed.Getter(name = "tb_frame") public PyObject tbFrame() { return frame; }
    @Exposed.Getter(name = "tb_lasti") public long tbLasti() { return lasti; }
    @Exposed.Getter(name = "tb_lineno") public long tbLineno() { return lineno; }

    @Override
    public void traverse(Visitor v) {
        if (next != null) v.visit(next);
        v.visit(frame);
    }

    @Override
    public void release(Releaser r) {
        r.release(next);
        r.release(frame);
    }
}
