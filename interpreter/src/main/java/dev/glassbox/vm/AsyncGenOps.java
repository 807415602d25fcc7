package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * The async generator protocol (Objects/genobject.c): a value the generator yields is wrapped
 * by ASYNC_GEN_WRAP ({@link Wrapped}) so that the awaitables {@code __anext__()}/{@code asend()}
 * ({@link ASend}) and {@code athrow()}/{@code aclose()} ({@link AThrow}) can tell it from a
 * value an inner {@code await} passes up to the event loop: a wrapped value ends the await
 * with StopIteration(value), an unwrapped one is passed through, the generator's return ends
 * it with StopAsyncIteration.
 */
final class AsyncGenOps {
    private AsyncGenOps() {}

    /** {@code _PyAsyncGenWrappedValue}: a yielded value on its way out of the generator. */
    @Exposed.Type(name = "async_generator_wrapped_value", baseType = false, gc = true)
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.fromClass(Wrapped.class);
        PyObject value;

        Wrapped(PyObject value) {
            super(TYPE);
            this.value = value;
            Heap.incref(value);
        }

        @Override public void traverse(Visitor v) { if (value != null) v.visit(value); }
        @Override public void release(Releaser r) { PyObject x = value; value = null; r.release(x); }
    }

    /** The outcome of one step of the generator, as an awaitable reports it. */
    static PyObject unwrap(PyGenerator.AsyncGenerator gen, PyObject r) {
        if (r == null) {
            gen.lastReturn = null;
            throw Errors.raise(ExceptionTypes.StopAsyncIteration);
        }
        // The yielded object comes back borrowed (YIELD_VALUE hands it to the drain queue).
        if (r instanceof Wrapped w) throw PyGenerator.stopIteration(w.value);
        return r;
    }

    static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** {@code async_generator_asend}: what {@code __anext__()} and {@code asend(v)} return. */
    @Exposed.Type(name = "async_generator_asend", baseType = false, gc = true)
    static final class ASend extends PyObject implements Abstract.Iter {
        static final PyType TYPE = PyType.fromClass(ASend.class);
        PyGenerator.AsyncGenerator gen;
        PyObject sendval;
        int state = INIT;

        ASend(PyGenerator.AsyncGenerator gen, PyObject sendval) {
            super(TYPE);
            this.gen = gen;
            this.sendval = sendval;
            Heap.incref(gen);
            Heap.incref(sendval);
        }

        @Override public PyObject next() { return send(PyNone.NONE); }

        @Exposed.Method public PyObject __next__() { return send(PyNone.NONE); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __await__() { return this; }

        @Exposed.Method(sig = "($self, value, /)")
        public PyObject send(PyObject v) {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (state == INIT) {
                if (v == PyNone.NONE) v = sendval;
                state = ITER;
            }
            try {
                return unwrap(gen, gen.resume(v, null));
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @Exposed.Method(name = "throw", sig = "($self, typ, val=None, tb=None, /)")
        public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            PyBaseException e = Interpreter.makeException(typ, val);
            if (tb != null && tb != PyNone.NONE) e.setTraceback(tb);
            try {
                return unwrap(gen, gen.resume(PyNone.NONE, new PyException(e)));
            } catch (PyException x) {
                state = CLOSED;
                throw x;
            }
        }

        @Exposed.Method public PyObject close() { state = CLOSED; return PyNone.NONE; }

        @Override public void traverse(Visitor v) { if (gen != null) v.visit(gen); if (sendval != null) v.visit(sendval); }
        @Override public void release(Releaser r) { PyObject a = gen, b = sendval; gen = null; sendval = null; r.release(a); r.release(b); }
    }

    /** {@code async_generator_athrow}: what {@code athrow(...)} and {@code aclose()} return. */
    @Exposed.Type(name = "async_generator_athrow", baseType = false, gc = true)
    static final class AThrow extends PyObject implements Abstract.Iter {
        static final PyType TYPE = PyType.fromClass(AThrow.class);
        PyGenerator.AsyncGenerator gen;
        PyObject typ, val, tb;   // null typ: aclose()
        int state = INIT;

        AThrow(PyGenerator.AsyncGenerator gen, PyObject typ, PyObject val, PyObject tb) {
            super(TYPE);
            this.gen = gen;
            this.typ = typ;
            this.val = val;
            this.tb = tb;
            Heap.incref(gen);
            if (typ != null) Heap.incref(typ);
            if (val != null) Heap.incref(val);
            if (tb != null) Heap.incref(tb);
        }

        private boolean closing() { return typ == null; }

        @Override public PyObject next() { return send(PyNone.NONE); }

        @Exposed.Method public PyObject __next__() { return send(PyNone.NONE); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __await__() { return this; }

        /** After aclose()'s GeneratorExit: a wrapped yield is an error, the generator's end is success. */
        private PyObject outcome(PyObject r) {
            if (closing()) {
                if (r == null) { state = CLOSED; throw Errors.raise(ExceptionTypes.StopIteration); }
                if (r instanceof Wrapped) {
                    state = CLOSED;
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                return r;
            }
            return unwrap(gen, r);
        }

        private PyObject guarded(java.util.function.Supplier<PyObject> step) {
            try {
                return outcome(step.get());
            } catch (PyException e) {
                state = CLOSED;
                if (closing() && (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit))) {
                    throw Errors.raise(ExceptionTypes.StopIteration);
                }
                throw e;
            }
        }

        @Exposed.Method(sig = "($self, value, /)")
        public PyObject send(PyObject v) {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (state == INIT) {
                state = ITER;
                if (gen.frame.finished || (closing() && !gen.frame.started)) {
                    state = CLOSED;
                    if (closing()) {
                        gen.frame.finished = true;
                        throw Errors.raise(ExceptionTypes.StopIteration);
                    }
                    throw Errors.raise(ExceptionTypes.StopAsyncIteration);
                }
                PyBaseException e = closing() ? PyBaseException.create(ExceptionTypes.GeneratorExit)
                        : Interpreter.makeException(typ, val == null ? PyNone.NONE : val);
                if (!closing() && tb != null && tb != PyNone.NONE) e.setTraceback(tb);
                return guarded(() -> gen.resume(PyNone.NONE, new PyException(e)));
            }
            return guarded(() -> gen.resume(v, null));
        }

        @Exposed.Method(name = "throw", sig = "($self, typ, val=None, tb=None, /)")
        public PyObject throw_(PyObject t, PyObject v, PyObject traceback) {
            if (state == CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            PyBaseException e = Interpreter.makeException(t, v);
            if (traceback != null && traceback != PyNone.NONE) e.setTraceback(traceback);
            return guarded(() -> gen.resume(PyNone.NONE, new PyException(e)));
        }

        @Exposed.Method public PyObject close() { state = CLOSED; return PyNone.NONE; }

        @Override public void traverse(Visitor v) {
            if (gen != null) v.visit(gen);
            if (typ != null) v.visit(typ);
            if (val != null) v.visit(val);
            if (tb != null) v.visit(tb);
        }

        @Override public void release(Releaser r) {
            PyObject a = gen, b = typ, c = val, d = tb;
            gen = null; typ = null; val = null; tb = null;
            r.release(a); r.release(b); r.release(c); r.release(d);
        }
    }
}
