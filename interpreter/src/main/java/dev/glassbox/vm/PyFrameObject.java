package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * {@code frame}: the Python view of an executing or finished {@link Frame}, made on demand
 * (by tracebacks, {@code sys._getframe}, tracers), as CPython 3.11 does (Objects/frameobject.c).
 */
@Exposed.Type(name = "frame", baseType = false, gc = true, basicSize = 64)
public final class PyFrameObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyFrameObject.class);
    public final Frame frame;
    /** The line when the frame finished (frame objects outlive their execution). */
    int lastLine = -1;
    /** Set when the frame ended while this object was referenced: the locals are now ours. */
    boolean ownsLocals;
    /** The caller's frame object, linked when the frame finished while referenced (take_ownership). */
    PyFrameObject back;
    /** The local trace function (f_trace), counted; null for None. */
    PyObject trace;
    boolean traceLines = true, traceOpcodes;
    /** f_lineno while a trace function runs, or set by a jump; 0 means "from the instruction". */
    int traceLineno;
    /** f_locals was read: a trace call refreshes it before and writes it back after (f_fast_as_locals). */
    boolean fastAsLocals;

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
    @Exposed.Getter(name = "f_lasti") public long lasti() { return frame.lasti * 2L; }

    /** PyFrame_GetLineNumber: the trace-time or jumped-to line, else the instruction's line. */
    int line() {
        if (traceLineno != 0) return traceLineno;
        return lastLine >= 0 && frame.finished ? lastLine : frame.lineno();
    }

    @Exposed.Getter(name = "f_lineno")
    public PyObject lineno() {
        int l = line();
        return l < 0 ? PyNone.NONE : PyInt.of(l);
    }

    @Exposed.Setter(name = "f_lineno")
    public void setLineno(PyObject v) {
        if (v == null) throw Errors.attributeError("cannot delete attribute");
        FrameJump.setLineno(this, v);
    }

    @Exposed.Getter(name = "f_back")
    public PyObject fback() {
        if (back != null) return back;
        Frame b = frame.back;
        return b == null || frame.finished ? PyNone.NONE : of(b);
    }

    @Exposed.Getter(name = "f_locals")
    public PyObject locals() {
        PyObject d = Locals.fastToLocals(frame);
        fastAsLocals = true;
        return d;
    }

    @Exposed.Getter(name = "f_trace")
    public PyObject getTrace() {
        return trace == null ? PyNone.NONE : trace;
    }

    @Exposed.Setter(name = "f_trace")
    public void setTrace(PyObject v) {
        trace = Heap.replace(trace, v == null || v == PyNone.NONE ? null : v);
    }

    @Exposed.Getter(name = "f_trace_lines") public PyObject getTraceLines() { return PyBool.of(traceLines); }
    @Exposed.Setter(name = "f_trace_lines") public void setTraceLines(PyObject v) { traceLines = boolMember(v); }
    @Exposed.Getter(name = "f_trace_opcodes") public PyObject getTraceOpcodes() { return PyBool.of(traceOpcodes); }
    @Exposed.Setter(name = "f_trace_opcodes") public void setTraceOpcodes(PyObject v) { traceOpcodes = boolMember(v); }

    /** A T_BOOL member's setter (Python/structmember.c). */
    private static boolean boolMember(PyObject v) {
        if (v == null) throw Errors.typeError("can't delete numeric/char attribute");
        if (!(v instanceof PyBool b)) throw Errors.typeError("attribute value type must be bool");
        return b == PyBool.TRUE;
    }

    @Exposed.Method(sig = "($self, /)", doc = "F.clear(): clear most references held by the frame")
    public PyObject clear() {
        if (!frame.finished && frame.generator != null) {
            if (frame.generator.running) throw Errors.runtimeError("cannot clear an executing frame");
            frame.generator.finalizeForDealloc();
            return PyNone.NONE;
        }
        if (!frame.finished) throw Errors.runtimeError("cannot clear an executing frame");
        trace = Heap.replace(trace, null);
        if (ownsLocals) {
            for (int i = 0; i < frame.localsplus.length; i++) {
                PyObject o = frame.localsplus[i];
                frame.localsplus[i] = null;
                if (o != null) Heap.decref(o);
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, /)", doc = "F.__sizeof__() -> size of F in memory, in bytes")
    public PyObject __sizeof__() {
        return PyInt.of(120 + 8L * (frame.localsplus.length + frame.code.unit.stacksize));
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of(String.format("<frame at 0x%x, file %s, line %d, code %s>", Heap.address(this),
                Abstract.repr(PyStr.of(frame.code.unit.filename)), line(), frame.code.unit.name));
    }

    @Override
    public void traverse(Visitor v) {
        if (back != null) v.visit(back);
        if (trace != null) v.visit(trace);
        v.visit(frame.code);
        v.visit(frame.globals);
        if (ownsLocals) {
            for (PyObject o : frame.localsplus) if (o != null) v.visit(o);
            if (frame.localsDict != null) v.visit(frame.localsDict);
        }
    }

    @Override
    public void release(Releaser r) {
        if (ownsLocals) {
            ownsLocals = false;
            for (int i = 0; i < frame.localsplus.length; i++) {
                r.release(frame.localsplus[i]);
                frame.localsplus[i] = null;
            }
            PyObject d = frame.localsDict;
            frame.localsDict = null;
            r.release(d);
        }
        PyObject b = back, t = trace;
        back = null;
        trace = null;
        r.release(b);
        r.release(t);
        r.release(frame.code);
        r.release(frame.globals);
    }

    /** f_locals and locals(): the frame's locals dict, synchronised with its fast locals. */
    static final class Locals {
        private Locals() {}

        private static boolean skip(Frame f, int kind) {
            // Free variables of unoptimised code (class bodies) must not leak into its namespace.
            return (kind & CodeUnit.CO_FAST_FREE) != 0 && (f.code.unit.flags & CodeUnit.CO_OPTIMIZED) == 0;
        }

        /** _PyFrame_FastToLocalsWithError: copies bound fast locals (and cell contents) into the dict. */
        static PyObject fastToLocals(Frame f) {
            PyObject locals = f.locals;
            if (locals == null) {
                if (f.localsDict == null) {
                    f.localsDict = new PyDict();
                    Heap.incref(f.localsDict);
                }
                locals = f.localsDict;
            }
            byte[] kinds = f.code.unit.localsPlusKinds;
            for (int i = 0; i < f.localsplus.length; i++) {
                int kind = kinds[i];
                if (skip(f, kind)) continue;
                PyStr name = f.code.localsPlusNames[i];
                PyObject v = f.localsplus[i];
                if (v instanceof PyCell c && (kind & (CodeUnit.CO_FAST_CELL | CodeUnit.CO_FAST_FREE)) != 0) v = c.get();
                if (v == null) {
                    try {
                        Abstract.delItem(locals, name);
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.KeyError)) throw e;
                    }
                } else {
                    Abstract.setItem(locals, name, v);
                }
            }
            return locals;
        }

        /** PyFrame_LocalsToFast after a trace call: the dict's values back into the fast locals. */
        static void localsToFast(PyFrameObject fo, boolean clear) {
            Frame f = fo.frame;
            fo.fastAsLocals = false;
            PyObject locals = f.locals != null ? f.locals : f.localsDict;
            if (locals == null || (f.finished && !fo.ownsLocals)) return;
            byte[] kinds = f.code.unit.localsPlusKinds;
            for (int i = 0; i < f.localsplus.length; i++) {
                int kind = kinds[i];
                if (skip(f, kind)) continue;
                PyObject value;
                try {
                    value = locals instanceof PyDict d ? d.getItem(f.code.localsPlusNames[i]) : Abstract.getItem(locals, f.code.localsPlusNames[i]);
                } catch (PyException e) {
                    value = null;
                }
                if (value == null && !clear) continue;
                PyObject old = f.localsplus[i];
                if (old instanceof PyCell c && (kind & (CodeUnit.CO_FAST_CELL | CodeUnit.CO_FAST_FREE)) != 0) {
                    if (value != c.get()) c.set(value);
                } else if (value != old) {
                    f.localsplus[i] = value;
                    Heap.xincref(value);
                    Heap.xdecref(old);
                }
            }
        }
    }
}
