package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code frame}: the Python view of an executing or finished {@link Frame}, made on demand
 * (by tracebacks, {@code sys._getframe}, tracers), as CPython 3.11 does.
 */
@Exposed.Type(name = "frame", baseType = false, gc = true, basicSize = 64)
public final class PyFrameObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyFrameObject.class);
    public final Frame frame;
    /** The line when the frame finished (frame objects outlive their execution). */
    int lastLine = -1;
    /** Set when the frame ended while this object was referenced: the locals are now ours. */
    boolean ownsLocals;
    PyFrameObject back;

    PyFrameObject(Frame frame) {
        super(TYPE);
        this.frame = frame;
        Heap.incref(frame.code);
        Heap.incref(frame.globals);
    }

    static PyFrameObject of(Frame f) {
        if (f.pyFrame == null) {
            f.pyFrame = new PyFrameObject(f);
            Heap.incref(f.pyFrame); // the frame keeps its object alive while it runs
        }
        return f.pyFrame;
    }

    @Exposed.Getter(name = "f_code") public PyObject code() { return frame.code; }
    @Exposed.Getter(name = "f_globals") public PyObject globals() { return frame.globals; }
    @Exposed.Getter(name = "f_builtins") public PyObject builtins() { return frame.builtins; }
    @Exposed.Getter(name = "f_lineno") public long lineno() { return lastLine >= 0 && frame.finished ? lastLine : frame.lineno(); }
    @Exposed.Getter(name = "f_lasti") public long lasti() { return Math.max(0, frame.ip - 1) * 2L; }

    @Exposed.Getter(name = "f_back")
    public PyObject fback() {
        Frame b = frame.back;
        return b == null ? PyNone.NONE : of(b);
    }

    @Exposed.Getter(name = "f_locals")
    public PyObject locals() {
        return Locals.snapshot(frame);
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(frame.code);
        v.visit(frame.globals);
        if (ownsLocals) for (PyObject o : frame.localsplus) if (o != null) v.visit(o);
    }

    @Override
    public void release(Releaser r) {
        if (ownsLocals) {
            ownsLocals = false;
            for (int i = 0; i < frame.localsplus.length; i++) {
                r.release(frame.localsplus[i]);
                frame.localsplus[i] = null;
            }
        }
        r.release(frame.code);
        r.release(frame.globals);
    }

    /** Builds f_locals / locals() snapshots. */
    static final class Locals {
        static PyObject snapshot(Frame f) {
            if (f.locals != null) return f.locals;
            PyDict d = new PyDict();
            for (int i = 0; i < f.localsplus.length; i++) {
                PyObject v = f.localsplus[i];
                if (v instanceof PyCell c && (f.code.unit.localsPlusKinds[i] & (dev.glassbox.bytecode.CodeUnit.CO_FAST_CELL | dev.glassbox.bytecode.CodeUnit.CO_FAST_FREE)) != 0) v = c.get();
                if (v != null) d.setItem(f.code.localsPlusNames[i], v);
            }
            return d;
        }
    }
}
