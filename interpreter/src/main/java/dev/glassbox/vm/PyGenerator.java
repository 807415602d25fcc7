package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * Generators, coroutines and async generators own their frame (Objects/genobject.c):
 * resuming runs the frame in a nested eval loop until it yields or returns; suspending is
 * returning from that loop with the frame kept.
 */
public abstract class PyGenerator extends PyObject implements dev.glassbox.objects.Abstract.Iter {
    final Frame frame;
    PyStr name, qualname;
    boolean running;
    /** The exception being handled inside the generator, kept across suspensions (gi_exc_state). */
    PyBaseException excState;

    PyGenerator(PyType type, Frame frame, PyStr name, PyStr qualname) {
        super(type);
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        Heap.incref(name);
        Heap.incref(qualname);
        frame.generator = this;
    }

    /** What the generator's kind is called in messages ("generator", "coroutine", ...). */
    abstract String kind();

    /** gen_send_ex: resumes with {@code value} (or throws {@code exc} into it); null when it returned. */
    PyObject resume(PyObject value, PyException exc) {
        if (running) throw Errors.valueError("%s already executing", kind());
        if (frame.finished) {
            if (exc != null) throw exc;
            if (this instanceof Coroutine) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            return null;
        }
        if (frame.ip == 1 && value != PyNone.NONE && exc == null && !frame.started) {
            throw Errors.typeError("can't send non-None value to a just-started %s", kind());
        }
        frame.started = true;
        running = true;
        try {
            return Interpreter.current().resume(this, value, exc);
        } finally {
            running = false;
        }
    }

    @Override
    public PyObject next() {
        PyObject v = resume(PyNone.NONE, null);
        if (v == null) lastReturn = null;
        return v;
    }

    /** The value of the last return (StopIteration.value), for yield from/await. */
    PyObject lastReturn;

    PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) {
            PyObject ret = lastReturn == null ? PyNone.NONE : lastReturn;
            lastReturn = null;
            throw stopIteration(ret);
        }
        return r;
    }

    static PyException stopIteration(PyObject value) {
        if (value == PyNone.NONE) return Errors.raise(ExceptionTypes.StopIteration);
        return new PyException(PyBaseException.create(ExceptionTypes.StopIteration, value));
    }

    PyObject throwInto(PyObject typ, PyObject val, PyObject tb) {
        // _gen_throw: a suspended yield from / await passes the exception to its sub-iterator first.
        PyObject yf = frame.yieldFrom();
        if (yf != PyNone.NONE && !running) {
            PyObject r;
            running = true;
            try {
                if (yf instanceof PyGenerator sub) {
                    r = sub.throwInto(typ, val, tb);
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, PyStr.intern("throw"));
                    if (meth == null) {
                        running = false;
                        return throwHere(typ, val, tb);
                    }
                    r = Abstract.call(meth, typ, val == null ? PyNone.NONE : val, tb == null ? PyNone.NONE : tb);
                }
            } catch (PyException e) {
                running = false;
                if (e.matches(ExceptionTypes.StopIteration)) {
                    PyObject ret = Abstract.getAttr(e.value, PyStr.intern("value"));
                    Heap.incref(ret);
                    try {
                        leaveDelegation();
                        return send(ret);
                    } finally {
                        Heap.decref(ret);
                    }
                }
                PyObject r2 = resume(PyNone.NONE, e);
                if (r2 == null) {
                    PyObject ret = lastReturn == null ? PyNone.NONE : lastReturn;
                    lastReturn = null;
                    throw stopIteration(ret);
                }
                return r2;
            }
            running = false;
            return r;
        }
        return throwHere(typ, val, tb);
    }

    /** Ends a suspended SEND loop as if the sub-iterator returned: pop it and jump past the loop. */
    private void leaveDelegation() {
        byte[] code = frame.code.unit.code;
        int jump = frame.ip + 1; // RESUME at ip, then JUMP_BACKWARD_NO_INTERRUPT back to SEND
        int back = code[2 * jump + 1] & 0xff;
        int send = jump + 1 - back;
        int delta = code[2 * send + 1] & 0xff;
        PyObject receiver = frame.stack[--frame.sp];
        frame.stack[frame.sp] = null;
        Heap.decref(receiver);
        frame.ip = send + 1 + delta;
    }

    private PyObject throwHere(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException e = Interpreter.makeException(typ, val);
        if (tb != null && tb != PyNone.NONE) e.setTraceback(tb);
        PyObject r = resume(PyNone.NONE, new PyException(e));
        if (r == null) {
            PyObject ret = lastReturn == null ? PyNone.NONE : lastReturn;
            lastReturn = null;
            throw stopIteration(ret);
        }
        return r;
    }

    /** Whether deallocation must close it first (a suspended frame may have finally blocks). */
    public boolean needsFinalize() {
        return frame.started && !frame.finished;
    }

    /** tp_finalize: close a suspended generator; errors are unraisable. */
    public void finalizeForDealloc() {
        close();
    }

    PyObject close() {
        if (frame.finished) return PyNone.NONE;
        if (!frame.started) {
            Interpreter.releaseFrame(frame);
            frame.finished = true;
            return PyNone.NONE;
        }
        try {
            PyObject r = resume(PyNone.NONE, Errors.raise(ExceptionTypes.GeneratorExit));
            if (r != null) throw Errors.runtimeError("%s ignored GeneratorExit", kind());
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit) || e.matches(ExceptionTypes.StopIteration)) return PyNone.NONE;
            throw e;
        }
        return PyNone.NONE;
    }

    @Override
    public void traverse(Visitor v) {
        if (!frame.finished) {
            for (PyObject o : frame.localsplus) if (o != null) v.visit(o);
            for (int i = 0; i < frame.sp; i++) if (frame.stack[i] != null) v.visit(frame.stack[i]);
            if (frame.localsDict != null) v.visit(frame.localsDict);
        }
        v.visit(frame.code);
        v.visit(name);
        v.visit(qualname);
    }

    @Override
    public void release(Releaser r) {
        if (!frame.finished) {
            frame.finished = true;
            for (int i = 0; i < frame.localsplus.length; i++) { r.release(frame.localsplus[i]); frame.localsplus[i] = null; }
            for (int i = 0; i < frame.sp; i++) { r.release(frame.stack[i]); frame.stack[i] = null; }
            frame.sp = 0;
            PyObject d = frame.localsDict;
            frame.localsDict = null;
            r.release(d);
        }
        r.release(name);
        r.release(qualname);
    }

    String repr(String what) {
        return "<" + what + " object " + qualname + " at 0x" + String.format("%012x", Heap.address(this)) + ">";
    }

    // ------------------------------------------------------------------ the three kinds

    @Exposed.Type(name = "generator", baseType = false, gc = true, basicSize = 88)
    public static final class Generator extends PyGenerator {
        public static final PyType TYPE = PyType.fromClass(Generator.class);

        Generator(Frame f, PyStr n, PyStr q) { super(TYPE, f, n, q); }

        @Override String kind() { return "generator"; }

        @Exposed.Method public PyObject __iter__() { return this; }

        @Exposed.Method
        public PyObject __next__() {
            PyObject v = resume(PyNone.NONE, null);
            if (v == null) {
                PyObject ret = lastReturn == null ? PyNone.NONE : lastReturn;
                lastReturn = null;
                throw stopIteration(ret);
            }
            return v;
        }

        @Exposed.Method(sig = "($self, value, /)") public PyObject send(PyObject v) { return super.send(v); }

        @Exposed.Method(name = "throw", sig = "($self, typ, val=None, tb=None, /)")
        public PyObject throw_(PyObject t, PyObject v, PyObject tb) { return throwInto(t, v, tb); }

        @Exposed.Method(name = "close") public PyObject close_() { return close(); }

        @Exposed.Method public PyObject __repr__() { return PyStr.of(repr("generator")); }

        @Exposed.Getter(name = "gi_frame") public PyObject giFrame() { return frame.finished ? PyNone.NONE : PyFrameObject.of(frame); }
        @Exposed.Getter(name = "gi_running") public PyObject giRunning() { return PyBool.of(running); }
        @Exposed.Getter(name = "gi_suspended") public PyObject giSuspended() { return PyBool.of(frame.started && !running && !frame.finished); }
        @Exposed.Getter(name = "gi_code") public PyObject giCode() { return frame.code; }
        @Exposed.Getter(name = "gi_yieldfrom") public PyObject giYieldfrom() { return frame.yieldFrom(); }
        @Exposed.Getter(name = "__name__") public PyObject getName() { return name; }
        @Exposed.Getter(name = "__qualname__") public PyObject getQualname() { return qualname; }
    }

    @Exposed.Type(name = "coroutine", baseType = false, gc = true, basicSize = 88)
    public static final class Coroutine extends PyGenerator {
        public static final PyType TYPE = PyType.fromClass(Coroutine.class);

        Coroutine(Frame f, PyStr n, PyStr q) { super(TYPE, f, n, q); }

        @Override String kind() { return "coroutine"; }

        @Exposed.Method public PyObject __await__() { return new CoroutineWrapper(this); }

        @Exposed.Method(sig = "($self, value, /)") public PyObject send(PyObject v) { return super.send(v); }

        @Exposed.Method(name = "throw", sig = "($self, typ, val=None, tb=None, /)")
        public PyObject throw_(PyObject t, PyObject v, PyObject tb) { return throwInto(t, v, tb); }

        @Exposed.Method(name = "close") public PyObject close_() { return close(); }

        @Exposed.Method public PyObject __repr__() { return PyStr.of(repr("coroutine")); }

        @Exposed.Getter(name = "cr_frame") public PyObject crFrame() { return frame.finished ? PyNone.NONE : PyFrameObject.of(frame); }
        @Exposed.Getter(name = "cr_running") public PyObject crRunning() { return PyBool.of(running); }
        @Exposed.Getter(name = "cr_suspended") public PyObject crSuspended() { return PyBool.of(frame.started && !running && !frame.finished); }
        @Exposed.Getter(name = "cr_code") public PyObject crCode() { return frame.code; }
        @Exposed.Getter(name = "cr_await") public PyObject crAwait() { return frame.yieldFrom(); }
        @Exposed.Getter(name = "__name__") public PyObject getName() { return name; }
        @Exposed.Getter(name = "__qualname__") public PyObject getQualname() { return qualname; }
    }

    /** {@code coroutine_wrapper}: what {@code coro.__await__()} returns. */
    @Exposed.Type(name = "coroutine_wrapper", baseType = false)
    public static final class CoroutineWrapper extends PyObject implements Abstract.Iter {
        public static final PyType TYPE = PyType.fromClass(CoroutineWrapper.class);
        final Coroutine coro;

        CoroutineWrapper(Coroutine c) {
            super(TYPE);
            coro = c;
            Heap.incref(c);
        }

        @Override public PyObject next() { return coro.next(); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return coro.send(PyNone.NONE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject send(PyObject v) { return coro.send(v); }

        @Exposed.Method(name = "throw", sig = "($self, typ, val=None, tb=None, /)")
        public PyObject throw_(PyObject t, PyObject v, PyObject tb) { return coro.throwInto(t, v, tb); }

        @Exposed.Method(name = "close") public PyObject close_() { return coro.close(); }

        @Override public void traverse(Visitor v) { v.visit(coro); }
        @Override public void release(Releaser r) { r.release(coro); }
    }

    @Exposed.Type(name = "async_generator", baseType = false)
    public static final class AsyncGenerator extends PyGenerator {
        public static final PyType TYPE = PyType.fromClass(AsyncGenerator.class);

        AsyncGenerator(Frame f, PyStr n, PyStr q) { super(TYPE, f, n, q); }

        @Override String kind() { return "async generator"; }

        @Exposed.Method public PyObject __repr__() { return PyStr.of(repr("async_generator")); }
        @Exposed.Getter(name = "ag_code") public PyObject agCode() { return frame.code; }
        @Exposed.Getter(name = "ag_frame") public PyObject agFrame() { return frame.finished ? PyNone.NONE : PyFrameObject.of(frame); }
        @Exposed.Getter(name = "ag_running") public PyObject agRunning() { return PyBool.of(running); }
        @Exposed.Method public PyObject __aiter__() { return this; }
        @Exposed.Method public PyObject __anext__() { initHooks(); return new AsyncGenOps.ASend(this, PyNone.NONE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject asend(PyObject v) { initHooks(); return new AsyncGenOps.ASend(this, v); }
        @Exposed.Method(sig = "($self, typ, val=None, tb=None, /)")
        public PyObject athrow(PyObject t, PyObject v, PyObject tb) { initHooks(); return new AsyncGenOps.AThrow(this, t, v, tb); }
        @Exposed.Method public PyObject aclose() { initHooks(); return new AsyncGenOps.AThrow(this, null, null, null); }

        /** sys.set_asyncgen_hooks' finalizer when the generator first ran (counted), or null. */
        private PyObject finalizer;
        private boolean hooksInited;

        /**
         * async_gen_init_hooks: on first use the generator takes the running thread's
         * finalizer and is passed to its firstiter hook (asyncio's loop tracks it this way).
         */
        void initHooks() {
            if (hooksInited) return;
            hooksInited = true;
            ThreadState ts = Interpreter.current().threadState();
            if (ts.asyncgenFinalizer != null) {
                finalizer = ts.asyncgenFinalizer;
                Heap.incref(finalizer);
            }
            PyObject first = ts.asyncgenFirstiter;
            if (first != null) {
                Heap.incref(first);
                Heap.incref(this);
                try {
                    Heap.decref(dev.glassbox.objects.Abstract.call(first, this));
                } finally {
                    Heap.decref(this);
                    Heap.decref(first);
                }
            }
        }

        /** _PyGen_Finalize: with a finalizer hook the loop closes the generator (aclose()) itself. */
        @Override
        public void finalizeForDealloc() {
            if (finalizer != null && !frame.finished) {
                PyObject f = finalizer;
                Heap.decref(dev.glassbox.objects.Abstract.call(f, this));
                return;
            }
            super.finalizeForDealloc();
        }

        @Override
        public boolean needsFinalize() {
            return super.needsFinalize() || (finalizer != null && !frame.finished && frame.started);
        }

        @Override
        public void traverse(Visitor v) {
            super.traverse(v);
            if (finalizer != null) v.visit(finalizer);
        }

        @Override
        public void release(Releaser r) {
            super.release(r);
            PyObject f = finalizer;
            finalizer = null;
            r.release(f);
        }

        @Exposed.Getter(name = "__name__") public PyObject getName() { return name; }
        @Exposed.Getter(name = "__qualname__") public PyObject getQualname() { return qualname; }
    }
}
