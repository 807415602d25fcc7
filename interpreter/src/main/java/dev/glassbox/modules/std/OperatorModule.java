package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNotImplemented;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code _operator} (Modules/_operator.c): the operator functions over the runtime's own
 * protocols (binary_op, rich comparison, the sequence and mapping operations), call,
 * length_hint, the timing-safe _compare_digest, and the itemgetter, attrgetter and
 * methodcaller types ({@link OperatorTypes}). CPython's operator.py imports all of it.
 */
@Exposed.Module(name = "_operator", doc = OperatorModule.DOC)
public final class OperatorModule {
    private OperatorModule() {}

    static final String DOC = "Operator interface.\n\n"
            + "This module exports a set of functions implemented in C corresponding\n"
            + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
            + "is equivalent to the expression x+y.  The function names are those\n"
            + "used for special methods; variants without leading and trailing\n"
            + "'__' are also provided for convenience.";

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(OperatorModule.class);
        m.dict().setItem("itemgetter", OperatorTypes.ItemGetter.TYPE);
        m.dict().setItem("attrgetter", OperatorTypes.AttrGetter.TYPE);
        m.dict().setItem("methodcaller", OperatorTypes.MethodCaller.TYPE);
        return m;
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a + b.")
    public static PyObject add(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 0);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a & b.")
    public static PyObject and_(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 1);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a // b.")
    public static PyObject floordiv(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 2);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a << b.")
    public static PyObject lshift(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 3);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a @ b.")
    public static PyObject matmul(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 4);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a * b.")
    public static PyObject mul(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 5);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a % b.")
    public static PyObject mod(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 6);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a | b.")
    public static PyObject or_(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 7);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a ** b.")
    public static PyObject pow(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 8);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a >> b.")
    public static PyObject rshift(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 9);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a - b.")
    public static PyObject sub(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 10);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a / b.")
    public static PyObject truediv(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 11);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a ^ b.")
    public static PyObject xor(PyObject a, PyObject b) {
        return Abstract.binaryOp(a, b, 12);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a += b.")
    public static PyObject iadd(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 0);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a &= b.")
    public static PyObject iand(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 1);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a //= b.")
    public static PyObject ifloordiv(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 2);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a <<= b.")
    public static PyObject ilshift(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 3);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a @= b.")
    public static PyObject imatmul(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 4);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a *= b.")
    public static PyObject imul(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 5);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a %= b.")
    public static PyObject imod(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 6);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a |= b.")
    public static PyObject ior(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 7);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a **= b.")
    public static PyObject ipow(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 8);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a >>= b.")
    public static PyObject irshift(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 9);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a -= b.")
    public static PyObject isub(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 10);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a /= b.")
    public static PyObject itruediv(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 11);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a ^= b.")
    public static PyObject ixor(PyObject a, PyObject b) {
        return Abstract.inplaceOp(a, b, 12);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a < b.")
    public static PyObject lt(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.LT);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a <= b.")
    public static PyObject le(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.LE);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a == b.")
    public static PyObject eq(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.EQ);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a != b.")
    public static PyObject ne(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.NE);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a > b.")
    public static PyObject gt(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.GT);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a >= b.")
    public static PyObject ge(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, Abstract.GE);
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as abs(a).")
    public static PyObject abs(PyObject a) {
        return Abstract.unaryOp(a, SpecialMethod.__abs__, "abs()");
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as -a.")
    public static PyObject neg(PyObject a) {
        return Abstract.unaryOp(a, SpecialMethod.__neg__, "unary -");
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as +a.")
    public static PyObject pos(PyObject a) {
        return Abstract.unaryOp(a, SpecialMethod.__pos__, "unary +");
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as ~a.")
    public static PyObject inv(PyObject a) {
        return Abstract.unaryOp(a, SpecialMethod.__invert__, "unary ~");
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as ~a.")
    public static PyObject invert(PyObject a) {
        return Abstract.unaryOp(a, SpecialMethod.__invert__, "unary ~");
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Return True if a is true, False otherwise.")
    public static PyObject truth(PyObject a) {
        return PyBool.of(Abstract.isTrue(a));
    }

    @Exposed.Function(name = "not_", sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as not a.")
    public static PyObject not(PyObject a) {
        return PyBool.of(!Abstract.isTrue(a));
    }

    @Exposed.Function(sig = "($module, a, /)", conv = Exposed.Convention.O, doc = "Same as a.__index__()")
    public static PyObject index(PyObject a) {
        // PyNumber_Index returns an exact int (True becomes 1)
        PyInt i = Abstract.index(a);
        return i.type == PyInt.TYPE ? i : i.isBig() ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    @Exposed.Function(name = "is_", sig = "($module, a, b, /)", doc = "Same as a is b.")
    public static PyObject is(PyObject a, PyObject b) {
        return PyBool.of(a == b);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a is not b.")
    public static PyObject is_not(PyObject a, PyObject b) {
        return PyBool.of(a != b);
    }

    /** Whether a type has sq_concat (the built-in sequences that define + on themselves). */
    private static boolean hasConcat(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray
                || o instanceof dev.glassbox.modules.Deque;
    }

    /** PySequence_Check: __getitem__ and not a dict. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.type.special(SpecialMethod.__getitem__) != null;
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a + b, for a and b sequences.")
    public static PyObject concat(PyObject a, PyObject b) {
        if (hasConcat(a)) return Abstract.binaryOp(a, b, 0);
        if (isSequence(a) && isSequence(b)) {
            PyObject r = Abstract.binaryOp1(a, b, 0);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        throw Errors.typeError("'%s' object can't be concatenated", a.type.qualname);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a += b, for a and b sequences.")
    public static PyObject iconcat(PyObject a, PyObject b) {
        if (hasConcat(a)) return Abstract.inplaceOp(a, b, 0);
        if (isSequence(a) && isSequence(b)) {
            PyObject f = a.type.special(SpecialMethod.__iadd__);
            if (f != null) {
                PyObject r = Abstract.callSpecial(f, a, b);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
            PyObject r = Abstract.binaryOp1(a, b, 0);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        throw Errors.typeError("'%s' object can't be concatenated", a.type.qualname);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as b in a (note reversed operands).")
    public static PyObject contains(PyObject a, PyObject b) {
        return PyBool.of(Abstract.contains(a, b));
    }

    /** _PySequence_IterSearch: the count of items equal to b, or the index of the first one. */
    private static long iterSearch(PyObject seq, PyObject obj, boolean count) {
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) throw Errors.typeError("argument of type '%s' is not iterable", seq.type.qualname);
            throw e;
        }
        Heap.incref(it);
        try {
            long n = 0;
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (Abstract.richCompareBool(v, obj, Abstract.EQ)) {
                    if (!count) return n;
                    n++;
                } else if (!count) {
                    n++;
                }
            }
            if (!count) throw Errors.valueError("sequence.index(x): x not in sequence");
            return n;
        } finally {
            Heap.decref(it);
        }
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Return the first index of b in a.")
    public static PyObject indexOf(PyObject a, PyObject b) {
        return PyInt.of(iterSearch(a, b, false));
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Return the number of items in a which are, or which equal, b.")
    public static PyObject countOf(PyObject a, PyObject b) {
        return PyInt.of(iterSearch(a, b, true));
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as a[b].")
    public static PyObject getitem(PyObject a, PyObject b) {
        return Abstract.getItem(a, b);
    }

    @Exposed.Function(sig = "($module, a, b, c, /)", doc = "Same as a[b] = c.")
    public static void setitem(PyObject a, PyObject b, PyObject c) {
        Abstract.setItem(a, b, c);
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Same as del a[b].")
    public static void delitem(PyObject a, PyObject b) {
        Abstract.delItem(a, b);
    }

    @Exposed.Function(sig = "($module, obj, /, *args, **kwargs)", doc = "Same as obj(*args, **kwargs).")
    public static PyObject call(PyObject obj, PyObject args, PyObject kwargs) {
        return Abstract.callArgs(obj, (PyTuple) args, (PyDict) kwargs);
    }

    @Exposed.Function(sig = "($module, obj, default=0, /)", doc = "Return an estimate of the number of items in obj.\n\n"
            + "This is useful for presizing containers when building from an iterable.\n\n"
            + "If the object supports len(), the result will be exact.\n"
            + "Otherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.")
    public static PyObject length_hint(PyObject obj, PyObject dflt) {
        long d = Args.ssize(dflt);
        return PyInt.of(lengthHint(obj, d));
    }

    /** PyObject_LengthHint. */
    static long lengthHint(PyObject o, long dflt) {
        if (o.type.special(SpecialMethod.__len__) != null) {
            try {
                return Abstract.length(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) throw e;
            }
        }
        PyObject hint = o.type.special(SpecialMethod.__length_hint__);
        if (hint == null) return dflt;
        PyObject r;
        try {
            r = Abstract.callSpecial(hint, o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) return dflt;
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) return dflt;
        if (!(r instanceof PyInt ri)) throw Errors.typeError("__length_hint__ must be an integer, not %s", r.type.qualname);
        if (ri.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        if (ri.value < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return ri.value;
    }

    @Exposed.Function(sig = "($module, a, b, /)", doc = "Return 'a == b'.\n\n"
            + "This function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\n"
            + "a and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\n"
            + "Note: If a and b are of different lengths, or if an error occurs,\n"
            + "a timing attack could theoretically reveal information about the\n"
            + "types and lengths of a and b--but not their values.")
    public static PyObject _compare_digest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!sa.isAscii() || !sb.isAscii()) throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            x = sa.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = sb.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            if (!BufferAccess.isBuffer(a) && !BufferAccess.isBuffer(b)) {
                throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'", a.type.name, b.type.name);
            }
            x = Args.buffer(a);
            y = Args.buffer(b);
        }
        // timing-safe: the loop runs over b's length whatever a holds
        int result = x.length == y.length ? 0 : 1;
        byte[] left = x.length == y.length ? x : y;
        for (int i = 0; i < y.length; i++) result |= left[i] ^ y[i];
        return PyBool.of(result == 0);
    }
}
