package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyMethodDescr;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySlice;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

import static dev.glassbox.bytecode.Opcode.*;

/**
 * The instructions the main loop does not handle inline (ceval.c's TARGET blocks), as
 * static helpers. Each follows the stack discipline of {@link Interpreter}: popped values
 * are owned by the helper and decremented when done.
 */
final class Ops {
    private Ops() {}

    static void execute(Interpreter in, Frame f, int op, int oparg) {
        switch (op) {
            case LOAD_NAME -> Interpreter.push(f, loadName(f, f.code.names[oparg]));
            case STORE_NAME -> {
                PyObject v = Interpreter.pop(f);
                try {
                    storeName(f, f.code.names[oparg], v);
                } finally {
                    Heap.decref(v);
                }
            }
            case DELETE_NAME -> {
                PyStr name = f.code.names[oparg];
                if (f.locals == null) throw Errors.systemError("no locals when deleting %s", Abstract.repr(name));
                try {
                    Abstract.delItem(f.locals, name);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.KeyError)) throw nameError(name);
                    throw e;
                }
            }
            case STORE_GLOBAL -> {
                PyObject v = Interpreter.pop(f);
                f.globals.setItem(f.code.names[oparg], v);
                Heap.decref(v);
            }
            case DELETE_GLOBAL -> {
                PyObject old = f.globals.pop(f.code.names[oparg]);
                if (old == null) throw nameError(f.code.names[oparg]);
                Heap.decref(old);
            }
            case DELETE_FAST -> {
                PyObject old = f.localsplus[oparg];
                if (old == null) throw unboundLocal(f, oparg);
                f.localsplus[oparg] = null;
                Heap.decref(old);
            }
            case IS_OP -> {
                PyObject b = Interpreter.pop(f), a = Interpreter.pop(f);
                Interpreter.push(f, PyBool.of((a == b) ^ (oparg == 1)));
                Heap.decref(a);
                Heap.decref(b);
            }
            case CONTAINS_OP -> {
                PyObject b = Interpreter.pop(f), a = Interpreter.pop(f);
                try {
                    Interpreter.push(f, PyBool.of(Abstract.contains(b, a) ^ (oparg == 1)));
                } finally {
                    Heap.decref(a);
                    Heap.decref(b);
                }
            }
            case UNARY_NOT -> {
                PyObject a = Interpreter.pop(f);
                try {
                    Interpreter.push(f, PyBool.of(!Abstract.isTrue(a)));
                } finally {
                    Heap.decref(a);
                }
            }
            case UNARY_NEGATIVE -> unary(f, SpecialMethod.__neg__, "unary -");
            case UNARY_POSITIVE -> unary(f, SpecialMethod.__pos__, "unary +");
            case UNARY_INVERT -> unary(f, SpecialMethod.__invert__, "unary ~");
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean t = Abstract.isTrue(f.stack[f.sp - 1]);
                if (t == (op == JUMP_IF_TRUE_OR_POP)) f.ip += oparg;
                else Heap.decref(Interpreter.pop(f));
            }
            case POP_JUMP_FORWARD_IF_NONE -> { if (popIsNone(f)) f.ip += oparg; }
            case POP_JUMP_FORWARD_IF_NOT_NONE -> { if (!popIsNone(f)) f.ip += oparg; }
            case POP_JUMP_BACKWARD_IF_NONE -> { if (popIsNone(f)) { f.ip -= oparg; if (in.evalBreaker) in.breaker(); } }
            case POP_JUMP_BACKWARD_IF_NOT_NONE -> { if (!popIsNone(f)) { f.ip -= oparg; if (in.evalBreaker) in.breaker(); } }
            case BUILD_TUPLE -> {
                PyObject[] items = popN(f, oparg);
                Interpreter.push(f, PyTuple.of(items));
                for (PyObject o : items) Heap.decref(o);
            }
            case BUILD_LIST -> {
                PyObject[] items = popN(f, oparg);
                PyList l = PyList.of(items);
                Interpreter.push(f, l);
                for (PyObject o : items) Heap.decref(o);
            }
            case BUILD_SET -> {
                PyObject[] items = popN(f, oparg);
                try {
                    PyObject s = Abstract.call(setType(), PyTuple.of(items));
                    Interpreter.push(f, s);
                } finally {
                    for (PyObject o : items) Heap.decref(o);
                }
            }
            case BUILD_MAP -> {
                PyObject[] items = popN(f, 2 * oparg);
                PyDict d = PyDict.presized(oparg);
                try {
                    for (int i = 0; i < oparg; i++) d.setItem(items[2 * i], items[2 * i + 1]);
                    Interpreter.push(f, d);
                } finally {
                    for (PyObject o : items) Heap.decref(o);
                }
            }
            case BUILD_CONST_KEY_MAP -> {
                PyTuple keys = (PyTuple) Interpreter.pop(f);
                PyObject[] values = popN(f, oparg);
                PyDict d = PyDict.presized(oparg);
                try {
                    for (int i = 0; i < oparg; i++) d.setItem(keys.get(i), values[i]);
                    Interpreter.push(f, d);
                } finally {
                    Heap.decref(keys);
                    for (PyObject o : values) Heap.decref(o);
                }
            }
            case BUILD_STRING -> {
                PyObject[] parts = popN(f, oparg);
                StringBuilder b = new StringBuilder();
                for (PyObject p : parts) b.append(((PyStr) p).value);
                Interpreter.push(f, PyStr.of(b.toString()));
                for (PyObject o : parts) Heap.decref(o);
            }
            case BUILD_SLICE -> {
                PyObject step = oparg == 3 ? Interpreter.pop(f) : null;
                PyObject stop = Interpreter.pop(f), start = Interpreter.pop(f);
                Interpreter.push(f, new PySlice(start, stop, step == null ? PyNone.NONE : step));
                Heap.decref(start);
                Heap.decref(stop);
                Heap.xdecref(step);
            }
            case LIST_APPEND -> {
                PyObject v = Interpreter.pop(f);
                ((PyList) f.stack[f.sp - oparg]).append(v);
                Heap.decref(v);
            }
            case SET_ADD -> {
                PyObject v = Interpreter.pop(f);
                try {
                    Abstract.callMethod(f.stack[f.sp - oparg], "add", v);
                } finally {
                    Heap.decref(v);
                }
            }
            case MAP_ADD -> {
                PyObject v = Interpreter.pop(f), k = Interpreter.pop(f);
                try {
                    ((PyDict) f.stack[f.sp - oparg]).setItem(k, v);
                } finally {
                    Heap.decref(k);
                    Heap.decref(v);
                }
            }
            case LIST_EXTEND -> {
                PyObject it = Interpreter.pop(f);
                try {
                    PyList l = (PyList) f.stack[f.sp - oparg];
                    PyObject[] items;
                    try {
                        items = Abstract.toArray(it);
                    } catch (PyException e) {
                        if (e.matches(ExceptionTypes.TypeError) && it.type.special(SpecialMethod.__iter__) == null
                                && it.type.special(SpecialMethod.__getitem__) == null) {
                            throw Errors.typeError("Value after * must be an iterable, not %s", it.type.qualname);
                        }
                        throw e;
                    }
                    for (PyObject o : items) l.append(o);
                } finally {
                    Heap.decref(it);
                }
            }
            case SET_UPDATE -> {
                PyObject it = Interpreter.pop(f);
                try {
                    Abstract.callMethod(f.stack[f.sp - oparg], "update", it);
                } finally {
                    Heap.decref(it);
                }
            }
            case DICT_UPDATE -> {
                PyObject m = Interpreter.pop(f);
                try {
                    dictUpdate((PyDict) f.stack[f.sp - oparg], m, false, null);
                } finally {
                    Heap.decref(m);
                }
            }
            case DICT_MERGE -> {
                PyObject m = Interpreter.pop(f);
                try {
                    dictUpdate((PyDict) f.stack[f.sp - oparg], m, true, f.stack[f.sp - oparg - 2]);
                } finally {
                    Heap.decref(m);
                }
            }
            case LIST_TO_TUPLE -> {
                PyList l = (PyList) Interpreter.pop(f);
                Interpreter.push(f, PyTuple.of(l.toArray()));
                Heap.decref(l);
            }
            case BINARY_SUBSCR -> {
                PyObject k = Interpreter.pop(f), c = Interpreter.pop(f);
                try {
                    Interpreter.push(f, Abstract.getItem(c, k));
                } finally {
                    Heap.decref(c);
                    Heap.decref(k);
                }
                f.ip += 4;
            }
            case STORE_SUBSCR -> {
                PyObject k = Interpreter.pop(f), c = Interpreter.pop(f), v = Interpreter.pop(f);
                try {
                    Abstract.setItem(c, k, v);
                } finally {
                    Heap.decref(k);
                    Heap.decref(c);
                    Heap.decref(v);
                }
                f.ip += 1;
            }
            case DELETE_SUBSCR -> {
                PyObject k = Interpreter.pop(f), c = Interpreter.pop(f);
                try {
                    Abstract.delItem(c, k);
                } finally {
                    Heap.decref(k);
                    Heap.decref(c);
                }
            }
            case GET_ITER -> {
                PyObject v = Interpreter.pop(f);
                try {
                    Interpreter.push(f, Abstract.getIter(v));
                } finally {
                    Heap.decref(v);
                }
            }
            case GET_YIELD_FROM_ITER -> {
                PyObject v = f.stack[f.sp - 1];
                if (v instanceof PyGenerator.Coroutine) {
                    if ((f.code.unit.flags & (CodeUnit.CO_COROUTINE | CodeUnit.CO_ITERABLE_COROUTINE)) == 0) {
                        throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                } else if (!(v instanceof PyGenerator.Generator)) {
                    Interpreter.pop(f);
                    try {
                        Interpreter.push(f, Abstract.getIter(v));
                    } finally {
                        Heap.decref(v);
                    }
                }
            }
            case STORE_ATTR -> {
                PyObject o = Interpreter.pop(f), v = Interpreter.pop(f);
                try {
                    Abstract.setAttr(o, f.code.names[oparg], v);
                } finally {
                    Heap.decref(o);
                    Heap.decref(v);
                }
                f.ip += 4;
            }
            case DELETE_ATTR -> {
                PyObject o = Interpreter.pop(f);
                try {
                    Abstract.setAttr(o, f.code.names[oparg], null);
                } finally {
                    Heap.decref(o);
                }
            }
            case MAKE_FUNCTION -> makeFunction(f, oparg);
            case MAKE_CELL -> {
                PyObject init = f.localsplus[oparg];
                PyCell c = new PyCell(init);
                Heap.incref(c);
                f.localsplus[oparg] = c;
                if (init != null) Heap.decref(init);
            }
            case LOAD_CLOSURE -> Interpreter.push(f, f.localsplus[oparg]);
            case LOAD_DEREF -> {
                PyObject v = ((PyCell) f.localsplus[oparg]).get();
                if (v == null) throw unboundDeref(f, oparg);
                Interpreter.push(f, v);
            }
            case LOAD_CLASSDEREF -> {
                PyStr name = f.code.localsPlusNames[oparg];
                PyObject v = f.locals instanceof PyDict d ? d.getItemStr(name) : null;
                if (v == null) v = ((PyCell) f.localsplus[oparg]).get();
                if (v == null) throw unboundDeref(f, oparg);
                Interpreter.push(f, v);
            }
            case STORE_DEREF -> {
                PyObject v = Interpreter.pop(f);
                ((PyCell) f.localsplus[oparg]).set(v);
                Heap.decref(v);
            }
            case DELETE_DEREF -> {
                PyCell c = (PyCell) f.localsplus[oparg];
                if (c.get() == null) throw unboundDeref(f, oparg);
                c.set(null);
            }
            case COPY_FREE_VARS -> { /* done when the frame was made (closure copied into localsplus) */ }
            case COPY -> Interpreter.push(f, f.stack[f.sp - oparg]);
            case SWAP -> {
                PyObject t = f.stack[f.sp - 1];
                f.stack[f.sp - 1] = f.stack[f.sp - oparg];
                f.stack[f.sp - oparg] = t;
            }
            case UNPACK_SEQUENCE -> {
                unpack(f, oparg, -1);
                f.ip += 1;
            }
            case UNPACK_EX -> unpack(f, oparg & 0xff, oparg >> 8);
            case FORMAT_VALUE -> formatValue(f, oparg);
            case RAISE_VARARGS -> raise(in, f, oparg);
            case PUSH_EXC_INFO -> {
                // exc_info is a counted holder: its reference to the previous exception moves to the
                // stack, and it takes a new reference to the one being handled.
                PyObject v = Interpreter.pop(f);
                if (in.excInfo != null) f.stack[f.sp++] = in.excInfo;
                else Interpreter.push(f, PyNone.NONE);
                Heap.incref(v);
                in.excInfo = (PyBaseException) v;
                f.stack[f.sp++] = v; // the stack keeps the reference popped above
            }
            case POP_EXCEPT -> {
                PyBaseException old = in.excInfo;
                PyObject prev = Interpreter.pop(f); // the stack's reference moves to exc_info
                if (prev == PyNone.NONE) {
                    in.excInfo = null;
                    Heap.decref(prev);
                } else {
                    in.excInfo = (PyBaseException) prev;
                }
                if (old != null) Heap.decref(old);
            }
            case CHECK_EXC_MATCH -> {
                PyObject t = Interpreter.pop(f);
                try {
                    checkExceptTarget(t, false);
                    Interpreter.push(f, PyBool.of(exceptionMatches(f.stack[f.sp - 1], t)));
                } finally {
                    Heap.decref(t);
                }
            }
            case CHECK_EG_MATCH -> ExceptStar.checkEgMatch(f);
            case PREP_RERAISE_STAR -> ExceptStar.prepReraise(f);
            case LOAD_ASSERTION_ERROR -> Interpreter.push(f, ExceptionTypes.AssertionError);
            case BEFORE_WITH -> beforeWith(f, false);
            case BEFORE_ASYNC_WITH -> beforeWith(f, true);
            case WITH_EXCEPT_START -> {
                // stack: exit_func, lasti, prev_exc, val → push exit(type(val), val, tb)
                PyObject val = f.stack[f.sp - 1];
                PyObject exit = f.stack[f.sp - 4];
                PyObject tb = val instanceof PyBaseException be && be.traceback != null ? be.traceback : PyNone.NONE;
                Interpreter.push(f, Abstract.call(exit, val.type, val, tb));
            }
            case LOAD_BUILD_CLASS -> {
                PyObject bc = Builtins.lookup(f, "__build_class__");
                if (bc == null) throw Errors.nameError("__build_class__ not found");
                Interpreter.push(f, bc);
            }
            case SETUP_ANNOTATIONS -> {
                if (f.locals instanceof PyDict d) {
                    if (d.getItemStr("__annotations__") == null) d.setItem("__annotations__", new PyDict());
                } else {
                    try {
                        Abstract.getItem(f.locals, PyStr.intern("__annotations__"));
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.KeyError)) throw e;
                        Abstract.setItem(f.locals, PyStr.intern("__annotations__"), new PyDict());
                    }
                }
            }
            case PRINT_EXPR -> {
                PyObject v = Interpreter.pop(f);
                try {
                    PyObject hook = Builtins.sysAttr("displayhook");
                    if (hook == null) throw Errors.runtimeError("lost sys.displayhook");
                    Abstract.call(hook, v);
                } finally {
                    Heap.decref(v);
                }
            }
            case IMPORT_NAME -> {
                PyObject fromlist = Interpreter.pop(f), level = Interpreter.pop(f);
                try {
                    Interpreter.push(f, Builtins.importName(f, f.code.names[oparg], fromlist, level));
                } finally {
                    Heap.decref(fromlist);
                    Heap.decref(level);
                }
            }
            case IMPORT_FROM -> Interpreter.push(f, Builtins.importFrom(f.stack[f.sp - 1], f.code.names[oparg]));
            case IMPORT_STAR -> {
                PyObject m = Interpreter.pop(f);
                try {
                    Builtins.importStar(f, m);
                } finally {
                    Heap.decref(m);
                }
            }
            case CALL_FUNCTION_EX -> callFunctionEx(f, oparg);
            case RETURN_GENERATOR -> throw Errors.systemError("RETURN_GENERATOR outside a generator call");
            case SEND -> Generators.send(f, oparg);
            case GET_AWAITABLE -> Generators.getAwaitable(f, oparg);
            case GET_AITER -> Generators.getAiter(f);
            case GET_ANEXT -> Generators.getAnext(f);
            case END_ASYNC_FOR -> Generators.endAsyncFor(in, f);
            case ASYNC_GEN_WRAP -> Generators.asyncGenWrap(f);
            case GET_LEN -> Interpreter.push(f, PyInt.of(Abstract.length(f.stack[f.sp - 1])));
            case MATCH_MAPPING -> Interpreter.push(f, PyBool.of((f.stack[f.sp - 1].type.flags & PyType.MAPPING) != 0));
            case MATCH_SEQUENCE -> Interpreter.push(f, PyBool.of((f.stack[f.sp - 1].type.flags & PyType.SEQUENCE) != 0));
            case MATCH_KEYS -> Match.matchKeys(f);
            case MATCH_CLASS -> Match.matchClass(f, oparg);
            default -> throw Errors.systemError("unknown opcode %d (%s)", op, name(op));
        }
    }

    // ------------------------------------------------------------------ helpers used by the loop

    static PyException unboundLocal(Frame f, int oparg) {
        return Errors.unboundLocalError("cannot access local variable '%s' where it is not associated with a value",
                f.code.localsPlusNames[oparg]);
    }

    static PyException unboundDeref(Frame f, int oparg) {
        PyStr name = f.code.localsPlusNames[oparg];
        if ((f.code.unit.localsPlusKinds[oparg] & CodeUnit.CO_FAST_FREE) != 0) {
            return Errors.nameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        }
        return unboundLocalErrorFor(name);
    }

    private static PyException unboundLocalErrorFor(PyStr name) {
        return Errors.unboundLocalError("cannot access local variable '%s' where it is not associated with a value", name);
    }

    static PyException nameError(PyStr name) {
        PyException e = Errors.nameError("name '%s' is not defined", name);
        if (e.value instanceof dev.glassbox.objects.ExcFields.NameError ne) ne.setName(name);
        return e;
    }

    static PyObject loadGlobal(Frame f, PyStr name) {
        PyObject v = f.globals.getItemStr(name);
        if (v != null) return v instanceof dev.glassbox.imports.LazyImport lazy ? lazy.reifyInto(f.globals, name) : v;
        v = Builtins.lookupIn(f.builtins, name);
        if (v != null) return v;
        throw nameError(name);
    }

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        if (f.locals == null) throw Errors.systemError("no locals when loading %s", Abstract.repr(name));
        if (f.locals instanceof PyDict d && d.type == PyDict.TYPE) v = d.getItemStr(name);
        else {
            try {
                v = Abstract.getItem(f.locals, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KeyError)) throw e;
                v = null;
            }
        }
        if (v != null) {
            if (v instanceof dev.glassbox.imports.LazyImport lazy && f.locals instanceof PyDict d) return lazy.reifyInto(d, name);
            return v;
        }
        return loadGlobal(f, name);
    }

    static void storeName(Frame f, PyStr name, PyObject v) {
        if (f.locals == null) throw Errors.systemError("no locals found when storing %s", Abstract.repr(name));
        if (f.locals instanceof PyDict d && d.type == PyDict.TYPE) d.setItem(name, name.hash(), v);
        else Abstract.setItem(f.locals, name, v);
    }

    static PyObject binaryOp(PyObject a, PyObject b, int oparg) {
        // Fast paths for exact ints and floats (what BINARY_OP_ADD_INT etc. specialise).
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (!x.isBig() && !y.isBig()) {
                long p = x.value, q = y.value;
                switch (oparg) {
                    case 0, 13: { long r = p + q; if (((p ^ r) & (q ^ r)) >= 0) return PyInt.of(r); break; }
                    case 10, 23: { long r = p - q; if (((p ^ q) & (p ^ r)) >= 0) return PyInt.of(r); break; }
                    case 5, 18: {
                        long hi = Math.multiplyHigh(p, q), lo = p * q;
                        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                        break;
                    }
                    default: break;
                }
            }
        } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
            double p = ((PyFloat) a).value, q = ((PyFloat) b).value;
            switch (oparg) {
                case 0, 13: return PyFloat.of(p + q);
                case 10, 23: return PyFloat.of(p - q);
                case 5, 18: return PyFloat.of(p * q);
                default: break;
            }
        }
        return oparg < 13 ? Abstract.binaryOp(a, b, oparg) : Abstract.inplaceOp(a, b, oparg - 13);
    }

    static PyObject compare(PyObject a, PyObject b, int op) {
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            long p = ((PyInt) a).value, q = ((PyInt) b).value;
            return PyBool.of(switch (op) {
                case 0 -> p < q;
                case 1 -> p <= q;
                case 2 -> p == q;
                case 3 -> p != q;
                case 4 -> p > q;
                default -> p >= q;
            });
        }
        return Abstract.richCompare(a, b, op);
    }

    static boolean popTruth(Frame f) {
        PyObject v = Interpreter.pop(f);
        if (v == PyBool.TRUE) { v.refcnt--; return true; }
        if (v == PyBool.FALSE) { v.refcnt--; return false; }
        try {
            return Abstract.isTrue(v);
        } finally {
            Heap.decref(v);
        }
    }

    private static boolean popIsNone(Frame f) {
        PyObject v = Interpreter.pop(f);
        boolean r = v == PyNone.NONE;
        Heap.decref(v);
        return r;
    }

    /** LOAD_METHOD: [NULL, bound] in general; [function, self] when the attribute is a plain method. */
    static void loadMethod(Frame f, PyStr name) {
        PyObject o = Interpreter.pop(f);
        try {
            PyType t = o.type;
            if (t.special(SpecialMethod.__getattribute__) == objectGetattribute()) {
                PyObject descr = t.lookup(name);
                if ((descr instanceof PyFunction || descr instanceof PyMethodDescr)
                        && (o.dict == null || o.dict.getItemStr(name) == null)) {
                    Interpreter.push(f, descr);
                    Interpreter.push(f, o);
                    return;
                }
            }
            PyObject m = Abstract.getAttr(o, name);
            f.stack[f.sp++] = null;
            Interpreter.push(f, m);
        } finally {
            Heap.decref(o);
        }
    }

    private static PyObject objectGetattribute;

    private static PyObject objectGetattribute() {
        if (objectGetattribute == null) {
            objectGetattribute = dev.glassbox.objects.PyBaseObject.TYPE.ready().dict.getItemStr("__getattribute__");
        }
        return objectGetattribute;
    }

    /** Drops callable, self/NULL and arguments of a finished CALL. */
    static void clearCall(Frame f, int base) {
        while (f.sp > base - 2) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (o != null) Heap.decref(o);
        }
    }

    private static PyObject[] popN(Frame f, int n) {
        PyObject[] items = new PyObject[n];
        for (int i = n - 1; i >= 0; i--) items[i] = Interpreter.pop(f);
        return items;
    }

    private static void unary(Frame f, SpecialMethod m, String what) {
        PyObject a = Interpreter.pop(f);
        try {
            Interpreter.push(f, Abstract.unaryOp(a, m, what));
        } finally {
            Heap.decref(a);
        }
    }

    private static PyType setType;

    static PyType setType() {
        if (setType == null) {
            PyObject s = Builtins.builtinsDict().getItemStr("set");
            if (!(s instanceof PyType t)) throw Errors.systemError("set type not available");
            setType = t;
        }
        return setType;
    }

    private static void dictUpdate(PyDict target, PyObject m, boolean merge, PyObject callable) {
        if (m instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject k = d.keyAt(e);
                if (merge && target.contains(k)) {
                    throw Errors.typeError("%s got multiple values for keyword argument '%s'", funcDesc(callable), k.toString());
                }
                target.setItem(k, d.valueAt(e));
            }
            return;
        }
        PyObject keysFn = Abstract.lookupAttr(m, PyStr.intern("keys"));
        if (keysFn == null) {
            if (merge) throw Errors.typeError("%s argument after ** must be a mapping, not %s", funcDesc(callable), m.type.qualname);
            throw Errors.typeError("'%s' object is not a mapping", m.type.qualname);
        }
        for (PyObject k : Abstract.toArray(Abstract.call(keysFn))) {
            if (merge && target.contains(k)) {
                throw Errors.typeError("%s got multiple values for keyword argument '%s'", funcDesc(callable), k.toString());
            }
            target.setItem(k, Abstract.getItem(m, k));
        }
    }

    /** CPython's _PyObject_FunctionStr: "f()" / "module.f()" for error messages. */
    static String funcDesc(PyObject callable) {
        if (callable == null) return "function";
        PyObject qn = Abstract.lookupAttr(callable, PyStr.intern("__qualname__"));
        if (qn == null) return Abstract.str(callable).value;
        PyObject mod = Abstract.lookupAttr(callable, PyStr.intern("__module__"));
        if (mod instanceof PyStr ms && !ms.value.equals("builtins")) return ms.value + "." + qn + "()";
        return qn + "()";
    }

    private static void makeFunction(Frame f, int oparg) {
        PyCode c = (PyCode) Interpreter.pop(f);
        PyFunction fn = new PyFunction(c, f.globals, f.builtins);
        Heap.decref(c);
        if ((oparg & 8) != 0) fn.closure = (PyTuple) Interpreter.pop(f);
        if ((oparg & 4) != 0) fn.annotations = Interpreter.pop(f);
        if ((oparg & 2) != 0) fn.kwdefaults = (PyDict) Interpreter.pop(f);
        if ((oparg & 1) != 0) fn.defaults = (PyTuple) Interpreter.pop(f);
        PyObject modName = f.globals.getItemStr("__name__");
        if (modName != null) fn.setModule(modName);
        Interpreter.push(f, fn);
    }

    private static void unpack(Frame f, int before, int after) {
        PyObject seq = Interpreter.pop(f);
        try {
            PyObject[] items;
            if (seq instanceof PyTuple t) items = t.array();
            else if (seq instanceof PyList l && after < 0) items = l.toArray();
            else {
                PyObject it;
                try {
                    it = Abstract.getIter(seq);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.TypeError)) {
                        throw Errors.typeError("cannot unpack non-iterable %s object", seq.type.qualname);
                    }
                    throw e;
                }
                items = Abstract.toArray(it);
            }
            int n = items.length;
            if (after < 0) {
                if (n != before) {
                    if (n < before) throw Errors.valueError("not enough values to unpack (expected %d, got %d)", before, n);
                    throw Errors.valueError("too many values to unpack (expected %d)", before);
                }
                for (int i = n - 1; i >= 0; i--) Interpreter.push(f, items[i]);
                return;
            }
            if (n < before + after) {
                throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
            }
            for (int i = n - 1; i >= n - after; i--) Interpreter.push(f, items[i]);
            PyObject[] mid = java.util.Arrays.copyOfRange(items, before, n - after);
            Interpreter.push(f, PyList.of(mid));
            for (int i = before - 1; i >= 0; i--) Interpreter.push(f, items[i]);
        } finally {
            Heap.decref(seq);
        }
    }

    private static void formatValue(Frame f, int oparg) {
        PyObject spec = (oparg & 4) != 0 ? Interpreter.pop(f) : null;
        PyObject v = Interpreter.pop(f);
        try {
            PyObject conv = switch (oparg & 3) {
                case 1 -> Abstract.str(v);
                case 2 -> Abstract.repr(v);
                case 3 -> Builtins.ascii(v);
                default -> v;
            };
            PyObject r;
            if (conv instanceof PyStr s && conv.type == PyStr.TYPE && (spec == null || ((PyStr) spec).length() == 0)) r = s;
            else r = Builtins.format(conv, spec == null ? PyStr.EMPTY : spec);
            Interpreter.push(f, r);
        } finally {
            Heap.decref(v);
            Heap.xdecref(spec);
        }
    }

    private static void raise(Interpreter in, Frame f, int oparg) {
        PyObject cause = oparg == 2 ? Interpreter.pop(f) : null;
        PyObject exc = oparg >= 1 ? Interpreter.pop(f) : null;
        try {
            if (exc == null) {
                if (in.excInfo == null) throw Errors.runtimeError("No active exception to reraise");
                PyException e = new PyException(in.excInfo);
                e.seenByVm = true;
                in.reraising = true; // a bare raise adds no traceback entry (do_raise returns to exception_unwind)
                throw e;
            }
            PyBaseException value = Interpreter.makeException(exc, null);
            if (cause != null) {
                if (cause == PyNone.NONE) {
                    value.setCause(null);
                } else {
                    PyBaseException c;
                    if (cause instanceof PyType ct && ct.isSubtypeOf(ExceptionTypes.BaseException)) {
                        c = Interpreter.makeException(ct, null);
                    } else if (cause instanceof PyBaseException cb) {
                        c = cb;
                    } else {
                        throw Errors.typeError("exception causes must derive from BaseException");
                    }
                    value.setCause(c);
                }
                value.suppressContext = true;
            }
            throw new PyException(value);
        } finally {
            Heap.xdecref(cause);
            Heap.xdecref(exc);
        }
    }

    static void checkExceptTarget(PyObject t, boolean star) {
        if (t instanceof PyTuple tt) {
            for (PyObject x : tt.array()) checkExceptTarget(x, star);
            return;
        }
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && pt.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    static boolean exceptionMatches(PyObject exc, PyObject t) {
        if (t instanceof PyTuple tt) {
            for (PyObject x : tt.array()) if (exceptionMatches(exc, x)) return true;
            return false;
        }
        return exc.type.isSubtypeOf((PyType) t);
    }

    private static void beforeWith(Frame f, boolean async) {
        PyObject mgr = Interpreter.pop(f);
        try {
            SpecialMethod enterName = async ? SpecialMethod.__aenter__ : SpecialMethod.__enter__;
            SpecialMethod exitName = async ? SpecialMethod.__aexit__ : SpecialMethod.__exit__;
            PyObject enter = mgr.type.special(enterName);
            if (enter == null) {
                throw Errors.typeError("'%s' object does not support the %scontext manager protocol", mgr.type.qualname,
                        async ? "asynchronous " : "");
            }
            PyObject exit = mgr.type.special(exitName);
            if (exit == null) {
                throw Errors.typeError("'%s' object does not support the %scontext manager protocol (missed __%sexit__ method)",
                        mgr.type.qualname, async ? "asynchronous " : "", async ? "a" : "");
            }
            Interpreter.push(f, Abstract.bindDescriptor(exit, mgr));
            PyObject r = Abstract.callSpecial(enter, mgr);
            if (async) {
                Interpreter.push(f, r);
                Generators.getAwaitable(f, 1);
                PyObject aw = Interpreter.pop(f);
                f.stack[f.sp++] = aw;
            } else {
                Interpreter.push(f, r);
            }
        } finally {
            Heap.decref(mgr);
        }
    }

    private static void callFunctionEx(Frame f, int oparg) {
        PyObject kwargs = (oparg & 1) != 0 ? Interpreter.pop(f) : null;
        PyObject args = Interpreter.pop(f);
        PyObject callable = Interpreter.pop(f);
        PyObject nul = Interpreter.pop(f);
        try {
            PyTuple targs;
            if (args instanceof PyTuple t) targs = t;
            else {
                try {
                    targs = PyTuple.fromIterable(args);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.TypeError) && args.type.special(SpecialMethod.__iter__) == null) {
                        throw Errors.typeError("%s argument after * must be an iterable, not %s", funcDesc(callable), args.type.qualname);
                    }
                    throw e;
                }
            }
            PyDict kw = null;
            if (kwargs != null) {
                if (kwargs instanceof PyDict d && d.type == PyDict.TYPE) kw = d;
                else {
                    kw = new PyDict();
                    dictUpdate(kw, kwargs, true, callable);
                }
            }
            Interpreter.push(f, Tracing.on ? Tracing.callArgs(f, callable, targs, kw) : Abstract.callArgs(callable, targs, kw));
        } finally {
            Heap.xdecref(kwargs);
            Heap.decref(args);
            Heap.decref(callable);
            Heap.xdecref(nul);
        }
    }
}
