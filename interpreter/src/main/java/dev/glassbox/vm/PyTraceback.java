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
    public final PyTraceback next;
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
