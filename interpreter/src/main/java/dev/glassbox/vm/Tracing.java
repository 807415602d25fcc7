package dev.glassbox.vm;

import dev.glassbox.bytecode.Opcode;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyBuiltinFunction;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyMethodDescr;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

/**
 * {@code sys.settrace} / {@code sys.setprofile} as CPython 3.11 runs them (Python/ceval.c's
 * call_trace, maybe_call_line_trace, C_TRACE; Python/sysmodule.c's trampolines). The eval loop
 * looks at {@link #on} once per instruction and calls in here only when it is set, so a
 * program without a tracer pays one predictable branch.
 */
public final class Tracing {
    private Tracing() {}

    public static final int CALL = 0, EXCEPTION = 1, LINE = 2, RETURN = 3, C_CALL = 4, C_EXCEPTION = 5,
            C_RETURN = 6, OPCODE = 7;
    private static final String[] NAMES = {"call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"};
    private static final PyStr[] WHAT = new PyStr[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) WHAT[i] = PyStr.intern(NAMES[i]);
    }

    /** cframe.use_tracing: a trace or profile function is set and none is running. */
    static boolean on;
    /** The global trace and profile functions (counted), or null. */
    static PyObject traceFunc, profileFunc;
    /** tstate->tracing: how many trace calls are running (events are not reported inside them). */
    static int tracing;
    /** tstate->tracing_what: the event being reported (PyTrace_CALL when none, as CPython starts). */
    static int what = CALL;

    private static void update() {
        on = tracing == 0 && (traceFunc != null || profileFunc != null);
    }

    public static void setTrace(PyObject fn) {
        traceFunc = Heap.replace(traceFunc, fn == null || fn == PyNone.NONE ? null : fn);
        update();
    }

    public static void setProfile(PyObject fn) {
        profileFunc = Heap.replace(profileFunc, fn == null || fn == PyNone.NONE ? null : fn);
        update();
    }

    public static PyObject getTrace() {
        return traceFunc == null ? PyNone.NONE : traceFunc;
    }

    public static PyObject getProfile() {
        return profileFunc == null ? PyNone.NONE : profileFunc;
    }

    /** _PyEval_CallTracing: calls {@code fn(*args)} with tracing re-enabled (what debuggers use). */
    public static PyObject callTracing(PyObject fn, PyTuple args) {
        // As 3.11: only the tracing count is reset; the loop's flag (use_tracing) stays as it was,
        // so inside a trace function the call still runs untraced.
        int saved = tracing;
        boolean savedOn = on;
        tracing = 0;
        try {
            return Abstract.callArgs(fn, args, null);
        } finally {
            tracing = saved;
            on = savedOn;
        }
    }

    // ------------------------------------------------------------------ reporting one event

    /** call_trace: reports {@code event} for frame {@code f} to the trace or the profile function. */
    static void call(boolean profile, Frame f, int event, PyObject arg) {
        if (tracing > 0) return;
        PyFrameObject fo = PyFrameObject.of(f);
        Heap.incref(fo);
        int oldWhat = what;
        what = event;
        tracing++;
        on = false;
        fo.traceLineno = f.code.lineAt(f.lasti);
        try {
            if (profile) profileTrampoline(fo, event, arg);
            else traceTrampoline(fo, event, arg);
        } finally {
            fo.traceLineno = 0;
            tracing--;
            update();
            what = oldWhat;
            Heap.decref(fo);
        }
    }

    private static void traceTrampoline(PyFrameObject fo, int event, PyObject arg) {
        PyObject cb = event == CALL ? traceFunc : fo.trace;
        if (cb == null) return;
        PyObject r;
        try {
            r = callTrampoline(cb, fo, event, arg);
        } catch (PyException e) {
            // A failing trace function is removed, as CPython does, and its error propagates.
            setTrace(null);
            fo.setTrace(null);
            throw e;
        }
        if (r != PyNone.NONE) fo.setTrace(r);
    }

    private static void profileTrampoline(PyFrameObject fo, int event, PyObject arg) {
        PyObject cb = profileFunc;
        if (cb == null) return;
        try {
            callTrampoline(cb, fo, event, arg);
        } catch (PyException e) {
            setProfile(null);
            throw e;
        }
    }

    private static PyObject callTrampoline(PyObject cb, PyFrameObject fo, int event, PyObject arg) {
        // Discard earlier changes to f_locals; after the call, write the tracer's changes back.
        if (fo.fastAsLocals) PyFrameObject.Locals.fastToLocals(fo.frame);
        Heap.incref(cb);
        try {
            return Abstract.call(cb, fo, WHAT[event], arg == null ? PyNone.NONE : arg);
        } finally {
            if (fo.fastAsLocals) PyFrameObject.Locals.localsToFast(fo, true);
            Heap.decref(cb);
        }
    }

    // ------------------------------------------------------------------ hooks of the eval loop

    /**
     * DO_TRACING before the instruction at {@code at}: the call event at RESUME, else line and
     * opcode events. Returns the instruction to run, which a jump (f_lineno) may have moved.
     */
    static int instruction(Frame f, int at) {
        byte[] code = f.code.unit.code;
        // The instruction after EXTENDED_ARG is not traced (DO_TRACING would lose its oparg).
        if (at > 0 && (code[2 * at - 2] & 0xff) == Opcode.EXTENDED_ARG) return at;
        if (at < f.code.firstTraceable()) return at;
        int prev = f.lasti;
        f.lasti = at;
        if ((code[2 * at] & 0xff) == Opcode.RESUME) {
            functionEntry(f);
            return at;
        }
        if (traceFunc == null) return at;
        PyFrameObject fo = f.pyFrame;
        if (fo == null || fo.trace == null) {
            // No local trace function: nothing to report (CPython would only make the frame object).
            return at;
        }
        PyCode c = f.code;
        int lastLine = prev <= c.firstTraceable() ? -1 : c.lineAt(prev);
        int line = c.lineAt(at);
        if (line != -1 && fo.traceLines) {
            // A new line, or a backward jump (except SEND's loop in yield from / await).
            if (line != lastLine || (at < prev && (code[2 * at] & 0xff) != Opcode.SEND)) call(false, f, LINE, PyNone.NONE);
        }
        if (fo.traceOpcodes) call(false, f, OPCODE, PyNone.NONE);
        return f.lasti;
    }

    /** TRACE_FUNCTION_ENTRY: the call event to the trace and profile functions. */
    static void functionEntry(Frame f) {
        if (traceFunc != null) call(false, f, CALL, PyNone.NONE);
        if (profileFunc != null) call(true, f, CALL, PyNone.NONE);
    }

    /** TRACE_FUNCTION_EXIT: the return event ({@code value} null while unwinding: None). */
    static void functionExit(Frame f, PyObject value) {
        if (traceFunc != null) call(false, f, RETURN, value);
        if (profileFunc != null) call(true, f, RETURN, value);
    }

    /** call_exc_trace: the exception event; returns the exception to go on with (the tracer's if it raised). */
    static PyException exception(Frame f, PyException e) {
        PyObject tb = e.value.traceback == null ? PyNone.NONE : e.value.traceback;
        try {
            call(false, f, EXCEPTION, PyTuple.of(e.value.type, e.value, tb));
            return e;
        } catch (PyException raised) {
            return raised;
        }
    }

    /** TRACE_FUNCTION_UNWIND: a frame left by an exception reports return None; a tracer's error replaces it. */
    static PyException unwind(Frame f, PyException e) {
        try {
            functionExit(f, null);
            return e;
        } catch (PyException raised) {
            return raised;
        }
    }

    /**
     * FOR_ITER's next under a tracer: an iterator ending with StopIteration set (a Python
     * __next__, a generator returning a value) reports it as an exception event, then it is cleared.
     */
    static PyObject forIterNext(Frame f, PyObject it) {
        if (traceFunc == null) return Abstract.next(it);
        if (it instanceof PyGenerator.Generator g) {
            PyObject v = g.resume(PyNone.NONE, null);
            if (v == null) {
                PyObject ret = g.lastReturn;
                g.lastReturn = null;
                if (ret != null && ret != PyNone.NONE) exception(f, PyGenerator.stopIteration(ret));
            }
            return v;
        }
        if (it instanceof Abstract.Iter fast) return fast.next();
        PyObject next = it.type.special(dev.glassbox.objects.SpecialMethod.__next__);
        if (next == null) return Abstract.next(it);
        try {
            return Abstract.callSpecial(next, it);
        } catch (PyException e) {
            if (!e.matches(dev.glassbox.objects.ExceptionTypes.StopIteration)) throw e;
            exception(f, e);
            return null;
        }
    }

    /**
     * Special methods CPython exposes as slot wrappers (wrapper_descriptor, method-wrapper), which
     * are not profiled as C calls; the runtime makes them method descriptors like any other.
     */
    private static final java.util.Set<String> SLOT_WRAPPERS = java.util.Set.of(
            "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__",
            "__str__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
            "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__", "__add__",
            "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__",
            "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__",
            "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
            "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__",
            "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__",
            "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__",
            "__rmatmul__", "__imatmul__", "__len__", "__setitem__", "__delitem__", "__contains__");

    private static boolean slotWrapper(PyObject callable) {
        String n = callable instanceof PyBuiltinFunction b ? (b.self != null && !(b.self instanceof dev.glassbox.objects.PyModule) ? b.name : null)
                : callable instanceof PyMethodDescr d ? d.name : null;
        return n != null && n.startsWith("__") && SLOT_WRAPPERS.contains(n);
    }

    /** trace_call_function: a call that is not inlined, with c_call/c_return/c_exception for built-ins. */
    static PyObject callFunction(Frame f, PyObject callable, PyObject[] args, int start, int nargs, PyTuple kw) {
        if (profileFunc != null && !slotWrapper(callable)) {
            if (callable instanceof PyBuiltinFunction) return cTrace(f, callable, callable, args, start, nargs, kw);
            if (callable instanceof PyMethodDescr && nargs > 0) {
                // The event's argument is the method bound to self, as CPython makes it.
                PyObject bound = Abstract.bindDescriptor(callable, args[start]);
                Heap.incref(bound);
                try {
                    return cTrace(f, bound, bound, args, start + 1, nargs - 1, kw);
                } finally {
                    Heap.decref(bound);
                }
            }
        }
        return Abstract.call(callable, args, start, nargs, kw);
    }

    /** do_call_core for CALL_FUNCTION_EX. */
    static PyObject callArgs(Frame f, PyObject callable, PyTuple args, PyDict kw) {
        if (profileFunc != null && (callable instanceof PyBuiltinFunction || (callable instanceof PyMethodDescr && args.size() > 0))) {
            PyObject[] items = args.array();
            int n = items.length;
            PyTuple names = null;
            if (kw != null && kw.size() > 0) {
                PyObject[] all = new PyObject[n + kw.size()];
                System.arraycopy(items, 0, all, 0, n);
                PyObject[] keys = new PyObject[kw.size()];
                int i = 0;
                for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1), i++) {
                    keys[i] = kw.keyAt(e);
                    all[n + i] = kw.valueAt(e);
                }
                items = all;
                names = PyTuple.of(keys);
            }
            return callFunction(f, callable, items, 0, n, names);
        }
        return Abstract.callArgs(callable, args, kw);
    }

    private static PyObject cTrace(Frame f, PyObject func, PyObject callable, PyObject[] args, int start, int nargs, PyTuple kw) {
        call(true, f, C_CALL, func);
        PyObject x;
        try {
            x = Abstract.call(callable, args, start, nargs, kw);
        } catch (PyException e) {
            if (profileFunc != null) call(true, f, C_EXCEPTION, func);
            throw e;
        }
        if (profileFunc != null) {
            Heap.incref(x);
            try {
                call(true, f, C_RETURN, func);
            } finally {
                if (--x.refcnt == 0) { x.refcnt = 1; Heap.decref(x); }
            }
        }
        return x;
    }
}
