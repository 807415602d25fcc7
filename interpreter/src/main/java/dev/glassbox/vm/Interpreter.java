package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ExceptionTable;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyMethodDescr;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

import static dev.glassbox.bytecode.Opcode.*;

/**
 * The evaluation loop (CPython's Python/ceval.c, 3.11): one instruction at a time on the
 * frame's value stack. A call from Python to a Python function pushes a frame and continues
 * in the same loop; only Java code calling back into Python enters a nested loop (guarded by
 * the recursion limit). Rare instructions live in {@link Ops} to keep this method small
 * enough for the JIT (DESIGN.md §4).
 *
 * <p>Stack discipline: every value on the stack is a counted reference; a pop hands the
 * reference to the Java local, which must store it or decref it.
 */
public final class Interpreter implements Abstract.Runner {
    private static final Interpreter INSTANCE = new Interpreter();

    int depth;
    public int recursionLimit = 1000;
    Frame current;
    /** The exception being handled (sys.exc_info()), or null. */
    PyBaseException excInfo;
    /**
     * CPython's eval_breaker: set from any thread when the running one must stop at the next
     * check (RESUME, backward jumps) — a signal to handle (the kernel's interrupt is SIGINT),
     * or another thread waiting for the GIL. {@link #breaker} finds out which.
     */
    public volatile boolean evalBreaker;
    /** The running Python thread (the GIL holder); its saved state while others run. */
    private ThreadState ts;
    /** RERAISE must not add a traceback entry. */
    boolean reraising;
    /** The RERAISE that restored a saved lasti: where handlers are looked up (-1: f.lasti). */
    int reraiseAt = -1;
    /** A frame whose return trace call raised: it exits without a traceback entry or handler (exit_unwind). */
    Frame exitUnwind;

    public static Interpreter current() {
        return INSTANCE;
    }

    private Interpreter() {}

    public Frame currentFrame() {
        return current;
    }

    public PyBaseException handledException() {
        return excInfo;
    }

    // ------------------------------------------------------------------ entry points

    /** Runs code with the given namespaces (module bodies, exec, class bodies). */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        PyObject builtins = Builtins.forGlobals(globals);
        Frame f = new Frame(code, globals, builtins, locals);
        return run(f);
    }

    /** Runs a prepared frame in a nested loop (class bodies, exec). */
    PyObject runFrame(Frame f) {
        return run(f);
    }

    /** The globals of the innermost running frame, or null. */
    public PyDict currentGlobals() {
        return current == null ? null : current.globals;
    }

    /** locals() of the innermost running frame: its mapping, or a snapshot of a function's locals. */
    public PyObject currentLocals() {
        if (current == null) return null;
        return PyFrameObject.Locals.fastToLocals(current);
    }

    /** sys._getframe(depth). */
    /** The current Python call depth (what the recursion limit counts). */
    public int depth() {
        return depth;
    }

    public PyObject getFrame(int depth) {
        Frame f = current;
        while (depth-- > 0 && f != null) f = f.back;
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        return PyFrameObject.of(f);
    }

    /** Calls a Python function from Java (a nested loop), or makes its generator. */
    public PyObject callFunction(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Frame f = newFrame(fn, args, start, nargs, kwnames);
        if ((fn.code.unit.flags & GEN_FLAGS) != 0) return makeGenerator(fn, f);
        return run(f);
    }

    static final int GEN_FLAGS = CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR;

    private static PyObject makeGenerator(PyFunction fn, Frame f) {
        // Run the prologue up to RETURN_GENERATOR (MAKE_CELL / COPY_FREE_VARS may precede it); the
        // first resume then pushes the sent value for the POP_TOP that follows.
        byte[] code = f.code.unit.code;
        for (int i = 0; i < code.length / 2; i++) {
            int op = code[2 * i] & 0xff, arg = code[2 * i + 1] & 0xff;
            if (op == MAKE_CELL) {
                PyObject init = f.localsplus[arg];
                PyCell c = new PyCell(init);
                Heap.incref(c);
                f.localsplus[arg] = c;
                if (init != null) Heap.decref(init);
            } else if (op == RETURN_GENERATOR) {
                f.ip = i + 1;
                f.lasti = i;
                break;
            }
        }
        int flags = fn.code.unit.flags;
        if ((flags & CodeUnit.CO_COROUTINE) != 0) return new PyGenerator.Coroutine(f, fn.name, fn.qualname);
        if ((flags & CodeUnit.CO_ASYNC_GENERATOR) != 0) return new PyGenerator.AsyncGenerator(f, fn.name, fn.qualname);
        return new PyGenerator.Generator(f, fn.name, fn.qualname);
    }

    private PyObject run(Frame f) {
        enterRecursiveCall("");
        f.back = current;
        Frame saved = current;
        int mark = Heap.mark();
        try {
            return eval(f, mark, null);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        } finally {
            current = saved;
            depth--;
        }
    }

    /** Resumes a generator's frame; returns the yielded value, or null when it returned. */
    PyObject resume(PyGenerator gen, PyObject value, PyException exc) {
        Frame f = gen.frame;
        enterRecursiveCall("");
        f.back = current;
        Frame saved = current;
        PyBaseException savedExc = excInfo;
        excInfo = gen.excState;
        int mark = Heap.mark();
        try {
            if (exc == null) {
                Heap.incref(value);
                f.stack[f.sp++] = value;
            } else if (Tracing.on) {
                // TRACE_FUNCTION_THROW_ENTRY: a throw() reports the call first; its error ends the frame.
                try {
                    Tracing.functionEntry(f);
                } catch (PyException te) {
                    exc = te;
                    exitUnwind = f;
                }
            }
            PyObject r = eval(f, mark, exc);
            if (f.finished) {
                gen.lastReturn = r;
                return null;
            }
            return r;
        } catch (PyException e) {
            if (!f.finished) { f.finished = true; releaseFrame(f); }
            if (e.matches(ExceptionTypes.StopIteration) && (gen.frame.code.unit.flags & GEN_FLAGS) != 0) {
                // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                String what = gen instanceof PyGenerator.Coroutine ? "coroutine" : gen instanceof PyGenerator.AsyncGenerator ? "async generator" : "generator";
                PyException re = Errors.runtimeError("%s raised StopIteration", what);
                re.value.setCause(e.value);
                re.value.setContext(e.value);
                throw re;
            }
            throw e;
        } finally {
            if (!f.finished) f.back = null; // a suspended frame has no caller
            gen.excState = excInfo;
            excInfo = savedExc;
            current = saved;
            depth--;
        }
    }

    /** A new frame for {@code fn} with its arguments bound (CPython's initialize_locals). */
    Frame newFrame(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, null);
        ArgBinder.bind(fn, f.localsplus, args, start, nargs, kwnames);
        if (fn.closure != null) {
            int n = fn.closure.size();
            int base = f.localsplus.length - n;
            for (int i = 0; i < n; i++) {
                PyObject c = fn.closure.get(i);
                Heap.incref(c);
                f.localsplus[base + i] = c;
            }
        }
        return f;
    }

    static void releaseFrame(Frame f) {
        f.finished = true;
        if (f.pyFrame != null) f.pyFrame.lastLine = f.lineno();
        if (f.pyFrame != null && f.pyFrame.refcnt > 1) {
            // A frame object outlives its execution (a traceback holds it): like CPython's
            // take_ownership, it keeps the locals until it dies itself, and links its caller.
            PyFrameObject po = f.pyFrame;
            po.ownsLocals = true;
            if (po.back == null && f.back != null && !f.back.finished) {
                po.back = PyFrameObject.of(f.back);
                Heap.incref(po.back);
            }
        } else {
            releaseLocals(f);
            if (f.localsDict != null) {
                PyObject d = f.localsDict;
                f.localsDict = null;
                Heap.decref(d);
            }
        }
        while (f.sp > 0) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (o != null) Heap.decref(o);
        }
        if (f.pyFrame != null) {
            PyFrameObject po = f.pyFrame;
            Heap.decref(po);
        }
    }

    /** Drops a frame's locals in slot order (frame_dealloc order). */
    static void releaseLocals(Frame f) {
        for (int i = 0; i < f.localsplus.length; i++) {
            PyObject o = f.localsplus[i];
            if (o != null) {
                f.localsplus[i] = null;
                Heap.decref(o);
            }
        }
    }

    // ------------------------------------------------------------------ the loop and unwinding

    private PyObject eval(Frame f, int mark, PyException pending) {
        current = f;
        Frame entry = f;
        PyException exc = pending;
        for (;;) {
            if (exc != null) {
                f = handle(exc, entry);
                current = f;
                exc = null;
            }
            try {
                return loop(f, entry, mark);
            } catch (PyException e) {
                exc = e;
                f = current;
            } catch (RuntimeException e) {
                // A bug in the runtime surfaces as Python's SystemError in the frame that hit it,
                // so the program (or the kernel's cell) sees a Python exception and traceback.
                exc = internalError(e);
                f = current;
            }
        }
    }

    /** SystemError for a Java exception escaping a built-in (GLASSBOX_DEBUG=1 prints its Java stack). */
    static PyException internalError(RuntimeException e) {
        if (System.getenv("GLASSBOX_DEBUG") != null) e.printStackTrace();
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length > 0 ? " (at " + st[0].getClassName() + "." + st[0].getMethodName() + ")" : "";
        return Errors.systemError("glassbox internal error: %s%s", e.toString(), where);
    }

    /**
     * The error path for exception {@code e} raised in the current frame: chain the context,
     * add a traceback entry, and find a handler here or in a caller (up to {@code entry}).
     * Returns the frame to continue in, or rethrows when {@code entry} has no handler.
     */
    private Frame handle(PyException e, Frame entry) {
        Frame f = current;
        boolean addTb = !reraising;
        reraising = false;
        int lookupAt = reraiseAt;
        reraiseAt = -1;
        if (!e.seenByVm) {
            e.seenByVm = true;
            chainContext(e.value);
        }
        for (;;) {
            if (exitUnwind == f) {
                exitUnwind = null;
            } else {
                if (addTb) {
                    addTraceback(e.value, f);
                    if (Tracing.traceFunc != null) e = Tracing.exception(f, e);
                }
                int offset = (lookupAt >= 0 ? lookupAt : f.lasti) * 2;
                lookupAt = -1;
                for (ExceptionTable.Entry h : f.code.unit.exceptionEntries()) {
                    if (offset >= h.start() && offset < h.end()) {
                        while (f.sp > h.depth()) {
                            PyObject o = f.stack[--f.sp];
                            f.stack[f.sp] = null;
                            if (o != null) Heap.decref(o);
                        }
                        if (h.lasti()) push(f, PyInt.of(f.lasti)); // in code units, as frame->prev_instr - first_instr
                        push(f, e.value);
                        f.ip = h.target() / 2;
                        return f;
                    }
                }
                if (Tracing.on) e = Tracing.unwind(f, e);
            }
            addTb = true;
            if (f == entry) {
                if (f.generator == null) releaseFrame(f);
                throw e;
            }
            Frame back = f.back;
            releaseFrame(f);
            depth--;
            f = back;
            current = f;
        }
    }

    /** _PyErr_SetObject's context chaining: the handled exception becomes __context__, avoiding cycles. */
    void chainContext(PyBaseException value) {
        PyBaseException ctx = excInfo;
        if (ctx == null || ctx == value) return;
        // Break a cycle in the context chain before linking.
        PyBaseException o = ctx;
        while (o != null) {
            PyBaseException next = o.context;
            if (next == value) {
                o.setContext(null);
                break;
            }
            o = next;
        }
        if (value.context == null) value.setContext(ctx);
    }

    private void addTraceback(PyBaseException value, Frame f) {
        PyFrameObject fo = PyFrameObject.of(f);
        PyObject old = value.traceback;
        PyTraceback tb = new PyTraceback(old instanceof PyTraceback t ? t : null, fo, f.lasti * 2, f.lineno());
        value.setTraceback(tb);
    }

    static void push(Frame f, PyObject o) {
        o.refcnt++;
        f.stack[f.sp++] = o;
    }

    static PyObject pop(Frame f) {
        PyObject o = f.stack[--f.sp];
        f.stack[f.sp] = null;
        return o;
    }

    /** The main loop; returns when {@code entry} returns or (a generator frame) yields. */
    private PyObject loop(Frame f, Frame entry, int mark) {
        byte[] code = f.code.unit.code;
        int oparg = 0;
        for (;;) {
            if (Heap.pending(mark)) Heap.drain(mark);
            int at = f.ip;
            if (Tracing.on) at = Tracing.instruction(f, at);
            int op = code[at * 2] & 0xff;
            oparg = (oparg << 8) | (code[at * 2 + 1] & 0xff);
            f.ip = at + 1;
            if (op == EXTENDED_ARG) continue;
            f.lasti = at;
            switch (op) {
                case NOP, CACHE -> { }
                case RESUME -> { if (evalBreaker) breaker(); }
                case POP_TOP -> Heap.decref(pop(f));
                case PUSH_NULL -> f.stack[f.sp++] = null;
                case LOAD_CONST -> push(f, f.code.consts[oparg]);
                case LOAD_FAST -> {
                    PyObject v = f.localsplus[oparg];
                    if (v == null) throw Ops.unboundLocal(f, oparg);
                    push(f, v);
                }
                case STORE_FAST -> {
                    PyObject old = f.localsplus[oparg];
                    f.localsplus[oparg] = pop(f);
                    if (old != null) Heap.decref(old);
                }
                case LOAD_GLOBAL -> {
                    if ((oparg & 1) != 0) f.stack[f.sp++] = null;
                    push(f, Ops.loadGlobal(f, f.code.names[oparg >> 1]));
                    f.ip += 5;
                }
                case BINARY_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    PyObject r = Ops.binaryOp(a, b, oparg);
                    push(f, r);
                    Heap.decref(a);
                    Heap.decref(b);
                    f.ip += 1;
                }
                case COMPARE_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    PyObject r = Ops.compare(a, b, oparg);
                    push(f, r);
                    Heap.decref(a);
                    Heap.decref(b);
                    f.ip += 2;
                }
                case JUMP_FORWARD -> f.ip += oparg;
                case JUMP_BACKWARD -> {
                    f.ip -= oparg;
                    if (evalBreaker) breaker();
                }
                case JUMP_BACKWARD_NO_INTERRUPT -> f.ip -= oparg;
                case POP_JUMP_FORWARD_IF_FALSE -> { if (!Ops.popTruth(f)) f.ip += oparg; }
                case POP_JUMP_FORWARD_IF_TRUE -> { if (Ops.popTruth(f)) f.ip += oparg; }
                case POP_JUMP_BACKWARD_IF_FALSE -> { if (!Ops.popTruth(f)) { f.ip -= oparg; if (evalBreaker) breaker(); } }
                case POP_JUMP_BACKWARD_IF_TRUE -> { if (Ops.popTruth(f)) { f.ip -= oparg; if (evalBreaker) breaker(); } }
                case FOR_ITER -> {
                    PyObject v = Tracing.on ? Tracing.forIterNext(f, f.stack[f.sp - 1]) : Abstract.next(f.stack[f.sp - 1]);
                    if (v != null) push(f, v);
                    else {
                        Heap.decref(pop(f));
                        f.ip += oparg;
                    }
                }
                case LOAD_ATTR -> {
                    PyObject o = pop(f);
                    push(f, Abstract.getAttr(o, f.code.names[oparg]));
                    Heap.decref(o);
                    f.ip += 4;
                }
                case LOAD_METHOD -> {
                    Ops.loadMethod(f, f.code.names[oparg]);
                    f.ip += 10;
                }
                case PRECALL -> f.ip += 1;
                case KW_NAMES -> f.kwnames = (PyTuple) f.code.consts[oparg];
                case CALL -> {
                    PyTuple kw = f.kwnames;
                    f.kwnames = null;
                    int base = f.sp - oparg;
                    PyObject callable = f.stack[base - 1];
                    int start = base, nargs = oparg - (kw == null ? 0 : kw.size());
                    PyObject method = f.stack[base - 2];
                    if (method != null) {
                        callable = method;
                        start = base - 1;
                        nargs += 1;
                    }
                    f.ip += 4;
                    if (callable instanceof PyFunction fn && (fn.code.unit.flags & GEN_FLAGS) == 0) {
                        Frame nf = newFrame(fn, f.stack, start, nargs, kw);
                        Ops.clearCall(f, base);
                        enterRecursiveCall("");
                        nf.back = f;
                        f = nf;
                        current = f;
                        code = f.code.unit.code;
                        oparg = 0;
                        continue;
                    }
                    PyObject r = Tracing.on ? Tracing.callFunction(f, callable, f.stack, start, nargs, kw)
                            : Abstract.call(callable, f.stack, start, nargs, kw);
                    Ops.clearCall(f, base);
                    push(f, r);
                }
                case RETURN_VALUE -> {
                    PyObject r = pop(f);
                    if (Tracing.on) traceExit(f, r);
                    if (f == entry) {
                        if (f.generator != null) {
                            releaseFrame(f);
                        } else {
                            releaseFrame(f);
                        }
                        // The caller receives the reference the stack held: let it go to a fresh count.
                        if (--r.refcnt == 0) { r.refcnt = 1; Heap.decref(r); }
                        return r;
                    }
                    Frame back = f.back;
                    releaseFrame(f);
                    depth--;
                    f = back;
                    current = f;
                    code = f.code.unit.code;
                    f.stack[f.sp++] = r; // the stack's reference moves to the caller's stack
                }
                case YIELD_VALUE -> {
                    PyObject r = pop(f);
                    if (Tracing.on) traceExit(f, r);
                    if (--r.refcnt == 0) { r.refcnt = 1; Heap.decref(r); }
                    return r;
                }
                case RERAISE -> {
                    PyObject e = pop(f);
                    // CPython sets prev_instr from the saved lasti (f_lineno and trace events see that
                    // line), but unwinding looks up the RERAISE itself ("we can't use frame->f_lasti here");
                    // this frame's traceback entry exists.
                    if (oparg != 0 && f.stack[f.sp - oparg] instanceof PyInt li) {
                        reraiseAt = at;
                        f.lasti = (int) li.value;
                    }
                    reraising = true;
                    throw new PyException((PyBaseException) e);
                }
                default -> Ops.execute(this, f, op, oparg);
            }
            oparg = 0;
        }
    }

    /** TRACE_FUNCTION_EXIT: a return or yield reports its value; a tracer's error ends the frame. */
    private void traceExit(Frame f, PyObject r) {
        try {
            Tracing.functionExit(f, r);
        } catch (PyException e) {
            Heap.decref(r);
            exitUnwind = f;
            throw e;
        }
    }

    // ------------------------------------------------------------------ the eval breaker and threads

    /**
     * The slow path of an eval-breaker check (eval_frame_handle_pending): hand the GIL to a
     * thread that asked for it, then run the Python handlers of pending signals (the main
     * thread only; a handler's exception is raised here).
     */
    void breaker() {
        evalBreaker = false;
        if (Gil.dropRequest) Gil.yieldToWaiter();
        if (Signals.pending() && threadState().isMain()) Signals.runHandlers();
    }

    /** The kernel's interrupt: SIGINT as ipykernel delivers it (thread-safe, never blocks). */
    public void requestInterrupt() {
        Signals.trip(Signals.SIGINT);
    }

    public ThreadState threadState() {
        ThreadState t = ts;
        if (t == null) ts = t = ThreadState.main();
        return t;
    }

    void saveState(ThreadState t) {
        t.current = current;
        t.depth = depth;
        t.excInfo = excInfo;
        t.reraising = reraising;
        Heap.switchQueue(t.heap, null);
    }

    void restoreState(ThreadState t) {
        ts = t;
        current = t.current;
        depth = t.depth;
        excInfo = t.excInfo;
        reraising = t.reraising;
        Heap.switchQueue(null, t.heap);
        if (Signals.pending() && t.isMain()) evalBreaker = true;
    }

    void clearState() {
        ts = null;
        current = null;
        depth = 0;
        excInfo = null;
        reraising = false;
    }

    /** RAISE_VARARGS' argument to an exception instance (do_raise). */
    static PyBaseException makeException(PyObject typ, PyObject val) {
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject inst;
            if (val == null || val == PyNone.NONE) inst = Abstract.call(t);
            else if (val instanceof PyBaseException && val.type.isSubtypeOf(t)) inst = val;
            else if (val instanceof PyTuple tv) inst = Abstract.call(t, tv.array(), 0, tv.size(), null);
            else inst = Abstract.call(t, val);
            if (!(inst instanceof PyBaseException be)) {
                throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t), inst.type.qualname);
            }
            return be;
        }
        if (typ instanceof PyBaseException be) {
            if (val != null && val != PyNone.NONE) throw Errors.typeError("instance exception may not have a separate value");
            return be;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    // ------------------------------------------------------------------ Abstract.Runner

    @Override
    public PyObject callSlow(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject f = callable.type.special(SpecialMethod.__call__);
        if (f == null) throw Errors.typeError("'%s' object is not callable", callable.type.qualname);
        if (f instanceof PyMethodDescr md) return md.callMethod(callable, args, start, nargs, kwnames);
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] full = new PyObject[total + 1];
        full[0] = callable;
        System.arraycopy(args, start, full, 1, total);
        if (f instanceof Abstract.MethodLike m) return m.call(full, 0, nargs + 1, kwnames);
        return Abstract.call(Abstract.bindDescriptor(f, callable), args, start, nargs, kwnames);
    }

    @Override
    public void enterRecursiveCall(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded%s", where);
        }
    }

    @Override
    public void leaveRecursiveCall() {
        depth--;
    }

    /** For PyCallable implementations of PyFunction. */
    static boolean isCallable(PyObject o) {
        return o instanceof PyCallable || o.type.special(SpecialMethod.__call__) != null;
    }

    static PyBool bool(boolean b) {
        return PyBool.of(b);
    }

    static PyStr str(String s) {
        return PyStr.of(s);
    }
}
