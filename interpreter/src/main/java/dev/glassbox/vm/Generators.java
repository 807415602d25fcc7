package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.SpecialMethod;

/** The delegation and async instructions: SEND, GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR. */
final class Generators {
    private Generators() {}

    /** SEND: resume the receiver below TOS with TOS; on return, push its value and jump. */
    static void send(Frame f, int oparg) {
        PyObject v = Interpreter.pop(f);
        PyObject receiver = f.stack[f.sp - 1];
        PyObject r;
        try {
            if (receiver instanceof PyGenerator g) {
                r = g.resume(v, null);
                if (r == null) {
                    PyObject ret = g.lastReturn == null ? PyNone.NONE : g.lastReturn;
                    g.lastReturn = null;
                    // Under a tracer, SEND goes through send() (or tp_iternext for a generator sent
                    // None), which sets StopIteration unless the generator's iternext returned None.
                    if (Tracing.traceFunc != null && (!(v == PyNone.NONE && g instanceof PyGenerator.Generator) || ret != PyNone.NONE)) {
                        PyException stop = PyGenerator.stopIteration(ret);
                        PyException seen = Tracing.exception(f, stop);
                        if (seen != stop) throw seen;
                    }
                    finish(f, ret, oparg);
                    return;
                }
            } else {
                try {
                    if (v == PyNone.NONE && receiver.type.special(SpecialMethod.__next__) != null) {
                        r = Abstract.callSpecial(receiver.type.special(SpecialMethod.__next__), receiver);
                    } else {
                        r = Abstract.callMethod(receiver, "send", v);
                    }
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.StopIteration)) throw e;
                    if (Tracing.traceFunc != null) {
                        PyException seen = Tracing.exception(f, e);
                        if (seen != e) throw seen;
                    }
                    PyObject ret = Abstract.getAttr(e.value, PyStr.intern("value"));
                    finish(f, ret, oparg);
                    return;
                }
            }
            Interpreter.push(f, r);
        } finally {
            Heap.decref(v);
        }
    }

    private static void finish(Frame f, PyObject ret, int oparg) {
        Heap.decref(Interpreter.pop(f));
        Interpreter.push(f, ret);
        f.ip += oparg;
    }

    /** GET_AWAITABLE: the iterator of an awaitable (_PyCoro_GetAwaitableIter). */
    static void getAwaitable(Frame f, int oparg) {
        PyObject o = Interpreter.pop(f);
        try {
            PyObject it;
            if (o instanceof PyGenerator.Coroutine c) {
                if (c.frame.yieldFrom() != PyNone.NONE) throw Errors.runtimeError("coroutine is being awaited already");
                it = o;
            } else if (o instanceof PyGenerator.Generator g && (g.frame.code.unit.flags & dev.glassbox.bytecode.CodeUnit.CO_ITERABLE_COROUTINE) != 0) {
                it = o;
            } else {
                PyObject aw = o.type.special(SpecialMethod.__await__);
                if (aw == null) {
                    String what = oparg == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: %s"
                            : oparg == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: %s"
                            : "object %s can't be used in 'await' expression";
                    throw Errors.typeError(what, o.type.qualname);
                }
                it = Abstract.callSpecial(aw, o);
                if (it instanceof PyGenerator.Coroutine) throw Errors.typeError("__await__() returned a coroutine");
                if (it.type.special(SpecialMethod.__next__) == null) {
                    throw Errors.typeError("__await__() returned non-iterator of type '%s'", it.type.qualname);
                }
            }
            Interpreter.push(f, it);
        } finally {
            Heap.decref(o);
        }
    }

    static void getAiter(Frame f) {
        PyObject o = Interpreter.pop(f);
        try {
            PyObject m = o.type.special(SpecialMethod.__aiter__);
            if (m == null) {
                throw Errors.typeError("'async for' requires an object with __aiter__ method, got %s", o.type.qualname);
            }
            PyObject it = Abstract.callSpecial(m, o);
            if (it.type.special(SpecialMethod.__anext__) == null) {
                throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                        it.type.qualname);
            }
            Interpreter.push(f, it);
        } finally {
            Heap.decref(o);
        }
    }

    static void getAnext(Frame f) {
        PyObject it = f.stack[f.sp - 1];
        PyObject m = it.type.special(SpecialMethod.__anext__);
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got %s", it.type.qualname);
        }
        PyObject aw = Abstract.callSpecial(m, it);
        Interpreter.push(f, aw);
        getAwaitable(f, 0);
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is re-raised. */
    static void endAsyncFor(Interpreter in, Frame f) {
        PyObject exc = Interpreter.pop(f);
        PyObject prev = Interpreter.pop(f); // previous exc_info pushed by PUSH_EXC_INFO? (3.11: [aiter, exc])
        if (exc.type.isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
            Heap.decref(exc);
            Heap.decref(prev);
            return;
        }
        Heap.decref(prev);
        throw new PyException((PyBaseException) exc);
    }

    /** ASYNC_GEN_WRAP: the value about to be yielded is marked as the generator's own (AsyncGenOps). */
    static void asyncGenWrap(Frame f) {
        PyObject v = f.stack[f.sp - 1];
        PyObject w = new AsyncGenOps.Wrapped(v);
        Heap.incref(w);
        f.stack[f.sp - 1] = w;
        Heap.decref(v);
    }
}
