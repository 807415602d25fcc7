package dev.glassbox.vm;

import dev.glassbox.bytecode.ExceptionTable;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

import java.util.List;

import static dev.glassbox.bytecode.Opcode.*;

/**
 * The evaluation loop (CPython's Python/ceval.c, 3.11): one instruction at a time on the
 * frame's value stack. A call from Python to a Python function pushes a frame and continues
 * in the same loop; only Java code calling back into Python enters a nested loop.
 *
 * <p>Stack discipline: every value on the stack is a counted reference; a pop hands the
 * reference to the Java local, which must store it or decref it.
 */
public final class Interpreter implements Abstract.Runner {
    private static final Interpreter INSTANCE = new Interpreter();
    int depth;
    int recursionLimit = 1000;
    Frame current;

    public static Interpreter current() {
        return INSTANCE;
    }

    private Interpreter() {}

    // ------------------------------------------------------------------ entry points

    /** Runs module-level code with the given namespace. */
    public PyObject runModule(PyCode code, PyDict globals, PyObject builtins) {
        Frame f = new Frame(code, globals, builtins, globals);
        return run(f);
    }

    /** Calls a Python function from Java (nested loop). */
    public PyObject callFunction(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Frame f = newFrame(fn, args, start, nargs, kwnames);
        return run(f);
    }

    private PyObject run(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            releaseFrame(f);
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        int mark = Heap.mark();
        f.back = current;
        Frame saved = current;
        try {
            return eval(f, mark);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        } finally {
            current = saved;
            depth--;
        }
    }

    /** A new frame for {@code fn} with its arguments bound (CPython's initialize_locals). */
    Frame newFrame(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, null);
        ArgBinder.bind(fn, f.localsplus, args, start, nargs, kwnames);
        if (fn.closure != null) {
            int n = fn.code.unit.freevars().length;
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
        // Locals in slot order, then what is left on the stack (frame_dealloc order).
        for (int i = 0; i < f.localsplus.length; i++) {
            PyObject o = f.localsplus[i];
            if (o != null) {
                f.localsplus[i] = null;
                Heap.decref(o);
            }
        }
        while (f.sp > 0) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (o != null) Heap.decref(o);
        }
    }

    // ------------------------------------------------------------------ the loop

    private PyObject eval(Frame f, int mark) {
        current = f;
        Frame entry = f;
        for (;;) {
            try {
                PyObject r = loop(f, entry, mark);
                return r;
            } catch (PyException e) {
                Frame handler = unwind(e, entry);
                if (handler == null) throw e;
                f = handler;
                current = f;
            }
        }
    }

    /** Finds a handler for {@code e} in the current frame or its callers up to {@code entry}. */
    private Frame unwind(PyException e, Frame entry) {
        Frame f = current;
        for (;;) {
            int offset = f.ip - 1;
            for (ExceptionTable.Entry h : f.code.unit.exceptionEntries()) {
                if (offset >= h.start() && offset < h.end()) {
                    while (f.sp > h.depth()) {
                        PyObject o = f.stack[--f.sp];
                        f.stack[f.sp] = null;
                        if (o != null) Heap.decref(o);
                    }
                    if (h.lasti()) push(f, PyInt.of(offset));
                    push(f, e.value);
                    f.ip = h.target();
                    return f;
                }
            }
            if (f == entry) {
                releaseFrame(f);
                return null;
            }
            Frame back = f.back;
            releaseFrame(f);
            depth--;
            f = back;
            current = f;
        }
    }

    private static void push(Frame f, PyObject o) {
        o.refcnt++;
        f.stack[f.sp++] = o;
    }

    private static PyObject pop(Frame f) {
        PyObject o = f.stack[--f.sp];
        f.stack[f.sp] = null;
        return o;
    }

    /** The main loop; returns when {@code entry} returns. */
    private PyObject loop(Frame f, Frame entry, int mark) {
        byte[] code = f.code.unit.code;
        PyObject[] stack = f.stack;
        int oparg = 0;
        for (;;) {
            if (Heap.pending(mark)) Heap.drain(mark);
            int op = code[f.ip * 2] & 0xff;
            oparg = (oparg << 8) | (code[f.ip * 2 + 1] & 0xff);
            f.ip++;
            switch (op) {
                case EXTENDED_ARG -> { continue; }
                case NOP, RESUME, CACHE -> { }
                case POP_TOP -> Heap.decref(pop(f));
                case PUSH_NULL -> f.stack[f.sp++] = null;
                case LOAD_CONST -> push(f, f.code.consts[oparg]);
                case LOAD_FAST -> {
                    PyObject v = f.localsplus[oparg];
                    if (v == null) {
                        throw Errors.unboundLocalError("cannot access local variable '%s' where it is not associated with a value",
                                f.code.localsPlusNames[oparg]);
                    }
                    push(f, v);
                }
                case STORE_FAST -> {
                    PyObject old = f.localsplus[oparg];
                    f.localsplus[oparg] = pop(f);
                    if (old != null) Heap.decref(old);
                }
                case DELETE_FAST -> {
                    PyObject old = f.localsplus[oparg];
                    if (old == null) {
                        throw Errors.unboundLocalError("cannot access local variable '%s' where it is not associated with a value",
                                f.code.localsPlusNames[oparg]);
                    }
                    f.localsplus[oparg] = null;
                    Heap.decref(old);
                }
                case LOAD_NAME -> push(f, loadName(f, f.code.names[oparg]));
                case STORE_NAME -> {
                    PyObject v = pop(f);
                    storeName(f.locals, f.code.names[oparg], v);
                    Heap.decref(v);
                }
                case LOAD_GLOBAL -> {
                    if ((oparg & 1) != 0) f.stack[f.sp++] = null;
                    push(f, loadGlobal(f, f.code.names[oparg >> 1]));
                    f.ip += caches(LOAD_GLOBAL);
                }
                case STORE_GLOBAL -> {
                    PyObject v = pop(f);
                    f.globals.setItem(f.code.names[oparg], v);
                    Heap.decref(v);
                }
                case BINARY_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    PyObject r = oparg < 13 ? Abstract.binaryOp(a, b, oparg) : Abstract.inplaceOp(a, b, oparg - 13);
                    push(f, r);
                    Heap.decref(a);
                    Heap.decref(b);
                    f.ip += caches(BINARY_OP);
                }
                case COMPARE_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    PyObject r = Abstract.richCompare(a, b, oparg);
                    push(f, r);
                    Heap.decref(a);
                    Heap.decref(b);
                    f.ip += caches(COMPARE_OP);
                }
                case IS_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    push(f, PyBool.of((a == b) ^ (oparg == 1)));
                    Heap.decref(a);
                    Heap.decref(b);
                }
                case CONTAINS_OP -> {
                    PyObject b = pop(f), a = pop(f);
                    push(f, PyBool.of(Abstract.contains(b, a) ^ (oparg == 1)));
                    Heap.decref(a);
                    Heap.decref(b);
                }
                case UNARY_NOT -> {
                    PyObject a = pop(f);
                    push(f, PyBool.of(!Abstract.isTrue(a)));
                    Heap.decref(a);
                }
                case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT -> {
                    PyObject a = pop(f);
                    SpecialMethod m = op == UNARY_NEGATIVE ? SpecialMethod.__neg__ : op == UNARY_POSITIVE ? SpecialMethod.__pos__ : SpecialMethod.__invert__;
                    push(f, Abstract.unaryOp(a, m, op == UNARY_NEGATIVE ? "unary -" : op == UNARY_POSITIVE ? "unary +" : "unary ~"));
                    Heap.decref(a);
                }
                case JUMP_FORWARD -> f.ip += oparg;
                case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> f.ip -= oparg;
                case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE -> {
                    PyObject v = pop(f);
                    boolean t = Abstract.isTrue(v);
                    Heap.decref(v);
                    boolean want = op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE;
                    if (t == want) f.ip += (op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_FORWARD_IF_TRUE) ? oparg : -oparg;
                }
                case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                    PyObject v = pop(f);
                    boolean isNone = v == PyNone.NONE;
                    Heap.decref(v);
                    boolean want = op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE;
                    if (isNone == want) f.ip += (op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_FORWARD_IF_NOT_NONE) ? oparg : -oparg;
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    PyObject v = f.stack[f.sp - 1];
                    boolean t = Abstract.isTrue(v);
                    if (t == (op == JUMP_IF_TRUE_OR_POP)) f.ip += oparg;
                    else Heap.decref(pop(f));
                }
                case BUILD_TUPLE -> {
                    PyObject[] items = new PyObject[oparg];
                    for (int i = oparg - 1; i >= 0; i--) items[i] = pop(f);
                    PyTuple t = PyTuple.of(items);
                    push(f, t);
                    for (PyObject o : items) Heap.decref(o);
                }
                case BUILD_LIST -> {
                    PyObject[] items = new PyObject[oparg];
                    for (int i = oparg - 1; i >= 0; i--) items[i] = pop(f);
                    PyList l = PyList.of(items);
                    push(f, l);
                    for (PyObject o : items) Heap.decref(o);
                }
                case LIST_APPEND -> {
                    PyObject v = pop(f);
                    ((PyList) f.stack[f.sp - oparg]).append(v);
                    Heap.decref(v);
                }
                case BINARY_SUBSCR -> {
                    PyObject k = pop(f), c = pop(f);
                    push(f, Abstract.getItem(c, k));
                    Heap.decref(c);
                    Heap.decref(k);
                    f.ip += caches(BINARY_SUBSCR);
                }
                case STORE_SUBSCR -> {
                    PyObject k = pop(f), c = pop(f), v = pop(f);
                    try {
                        Abstract.setItem(c, k, v);
                    } finally {
                        Heap.decref(k);
                        Heap.decref(c);
                        Heap.decref(v);
                    }
                    f.ip += caches(STORE_SUBSCR);
                }
                case GET_ITER -> {
                    PyObject v = pop(f);
                    push(f, Abstract.getIter(v));
                    Heap.decref(v);
                }
                case FOR_ITER -> {
                    PyObject it = f.stack[f.sp - 1];
                    PyObject v = Abstract.next(it);
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
                    f.ip += caches(LOAD_ATTR);
                }
                case STORE_ATTR -> {
                    PyObject o = pop(f), v = pop(f);
                    try {
                        Abstract.setAttr(o, f.code.names[oparg], v);
                    } finally {
                        Heap.decref(o);
                        Heap.decref(v);
                    }
                    f.ip += caches(STORE_ATTR);
                }
                case LOAD_METHOD -> {
                    // Pushes NULL, bound-method (plain case) — the method/self split is a later specialisation.
                    PyObject o = pop(f);
                    PyObject m = Abstract.getAttr(o, f.code.names[oparg]);
                    f.stack[f.sp++] = null;
                    push(f, m);
                    Heap.decref(o);
                    f.ip += caches(LOAD_METHOD);
                }
                case KW_NAMES -> f.kwnames = (PyTuple) f.code.consts[oparg];
                case PRECALL -> f.ip += caches(PRECALL);
                case CALL -> {
                    PyTuple kw = f.kwnames;
                    f.kwnames = null;
                    int total = oparg;
                    int base = f.sp - total;
                    PyObject callable = f.stack[base - 1];
                    PyObject self = f.stack[base - 2];
                    int start = base, nargs = oparg - (kw == null ? 0 : kw.size());
                    if (self != null) {
                        // [method, self, args...]: LOAD_METHOD's unbound-method form; self is the first argument.
                        callable = self;
                        start = base - 1;
                        nargs += 1;
                    }
                    PyObject r;
                    if (callable instanceof PyFunction fn) {
                        Frame nf = newFrame(fn, stack, start, nargs, kw);
                        f.ip += caches(CALL);
                        clearCall(f, base);
                        nf.back = f;
                        if (++depth > recursionLimit) {
                            depth--;
                            releaseFrame(nf);
                            throw Errors.recursionError("maximum recursion depth exceeded");
                        }
                        f = nf;
                        current = f;
                        code = f.code.unit.code;
                        stack = f.stack;
                        oparg = 0;
                        continue;
                    }
                    r = Abstract.call(callable, stack, start, nargs, kw);
                    clearCall(f, base);
                    push(f, r);
                    f.ip += caches(CALL);
                }
                case MAKE_FUNCTION -> {
                    PyCode c = (PyCode) pop(f);
                    PyFunction fn = new PyFunction(c, f.globals, f.builtins);
                    Heap.decref(c);
                    if ((oparg & 8) != 0) fn.closure = (PyTuple) pop(f);
                    if ((oparg & 4) != 0) Heap.decref(pop(f)); // annotations: stored in a later change
                    if ((oparg & 2) != 0) fn.kwdefaults = (PyDict) pop(f);
                    if ((oparg & 1) != 0) fn.defaults = (PyTuple) pop(f);
                    push(f, fn);
                }
                case RETURN_VALUE -> {
                    PyObject r = pop(f);
                    Frame back = f.back;
                    releaseFrame(f);
                    if (f == entry) {
                        r.refcnt--; // the caller receives a fresh reference (count 0 if nobody else holds it)
                        if (r.refcnt == 0) { r.refcnt = 1; Heap.decref(r); }
                        return r;
                    }
                    depth--;
                    f = back;
                    current = f;
                    code = f.code.unit.code;
                    stack = f.stack;
                    f.stack[f.sp++] = r; // the returned reference moves onto the caller's stack
                }
                case COPY -> push(f, f.stack[f.sp - oparg]);
                case SWAP -> {
                    PyObject t = f.stack[f.sp - 1];
                    f.stack[f.sp - 1] = f.stack[f.sp - oparg];
                    f.stack[f.sp - oparg] = t;
                }
                default -> throw Errors.systemError("unknown opcode %d (%s)", op, name(op));
            }
            oparg = 0;
        }
    }

    /** Drops callable, self/NULL and arguments of a finished CALL. */
    private static void clearCall(Frame f, int base) {
        while (f.sp > base - 2) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (o != null) Heap.decref(o);
        }
    }

    private static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        if (f.locals instanceof PyDict d) v = d.getItemStr(name);
        else v = lookupMapping(f.locals, name);
        if (v != null) return v;
        v = f.globals.getItemStr(name);
        if (v != null) return v;
        v = builtin(f, name);
        if (v != null) return v;
        throw nameError(name);
    }

    private static PyObject lookupMapping(PyObject m, PyStr name) {
        try {
            return Abstract.getItem(m, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) return null;
            throw e;
        }
    }

    private static void storeName(PyObject locals, PyStr name, PyObject v) {
        if (locals instanceof PyDict d && d.type == PyDict.TYPE) d.setItem(name, name.hash(), v);
        else Abstract.setItem(locals, name, v);
    }

    private static PyObject loadGlobal(Frame f, PyStr name) {
        PyObject v = f.globals.getItemStr(name);
        if (v != null) return v;
        v = builtin(f, name);
        if (v != null) return v;
        throw nameError(name);
    }

    private static PyObject builtin(Frame f, PyStr name) {
        if (f.builtins instanceof PyDict d) return d.getItemStr(name);
        return null;
    }

    private static PyException nameError(PyStr name) {
        PyException e = Errors.nameError("name '%s' is not defined", name);
        return e;
    }

    // ------------------------------------------------------------------ Abstract.Runner

    @Override
    public PyObject callSlow(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject f = callable.type.special(SpecialMethod.__call__);
        if (f == null) throw Errors.typeError("'%s' object is not callable", callable.type.qualname);
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] full = new PyObject[total + 1];
        full[0] = callable;
        System.arraycopy(args, start, full, 1, total);
        if (f instanceof PyCallable c && !(f instanceof PyType)) {
            if (f instanceof dev.glassbox.objects.PyMethodDescr md) return md.callMethod(callable, args, start, nargs, kwnames);
            return c.call(full, 0, nargs + 1, kwnames);
        }
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

    static List<ExceptionTable.Entry> handlers(PyCode c) {
        return c.unit.exceptionEntries();
    }
}
