package dev.glassbox.objects;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.numbers.FloatFormat;
import dev.glassbox.objects.numbers.FloatHex;
import dev.glassbox.objects.numbers.FloatMath;
import dev.glassbox.objects.numbers.FloatParse;
import dev.glassbox.objects.numbers.FloatRepr;
import dev.glassbox.objects.numbers.FloatRound;
import dev.glassbox.objects.numbers.NumberError;

import java.math.BigInteger;

/**
 * The methods of {@code float} (Objects/floatobject.c: {@code float_new_impl},
 * {@code float_richcompare}, {@code float_rem}, {@code float_divmod}, {@code float_pow},
 * {@code float___round___impl}, ...). Operands may be floats or ints (converted with
 * OverflowError "int too large to convert to float"); anything else gives NotImplemented.
 * Comparisons with ints are exact, also for ints beyond 2**53.
 *
 * The arithmetic with CPython's special cases and messages is {@link FloatMath}'s.
 *
 * <p>Departures: a negative base with a non-integral exponent gives a complex in CPython; there
 * is no complex type yet, so it raises NotImplementedError (TODO). {@code Math.pow} may differ
 * from the C library's pow in the last bit for some arguments.
 */
public final class PyFloatMethods {
    private PyFloatMethods() {}

    private static double v(PyObject self) {
        return ((PyFloat) self).value;
    }

    /** The operand as a double, or NaN-free null marker: callers test {@link #isNumber} first. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double d(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).asDouble();
    }

    private static PyObject NI() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static PyException convert(NumberError e) {
        return IntOps.convert(e);
    }

    // ------------------------------------------------------------------ construction

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(cls, "float.__new__");
        if (!t.isSubtypeOf(PyFloat.TYPE)) {
            throw Errors.typeError("float.__new__(%s): %s is not a subtype of float", t.qualname, t.qualname);
        }
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0) throw Errors.typeError("float() takes no keyword arguments");
        if (a.size() > 1) throw Errors.typeError("float expected at most 1 argument, got %d", a.size());
        PyObject x = a.size() == 0 ? null : a.get(0);
        if (t == PyFloat.TYPE) return x == null ? PyFloat.of(0.0) : toFloat(x);
        return PyFloat.ofSubtype(t, x == null ? 0.0 : toFloat(x).value);
    }

    /** PyNumber_Float: float(x). */
    static PyFloat toFloat(PyObject x) {
        if (x.type == PyFloat.TYPE) return (PyFloat) x;
        PyObject f = x.type.special(SpecialMethod.__float__);
        if (f != null) {
            PyObject r = Abstract.callSpecial(f, x);
            if (r.type == PyFloat.TYPE) return (PyFloat) r;
            if (r instanceof PyFloat rf) return PyFloat.of(rf.value);
            throw Errors.typeError("%s.__float__ returned non-float (type %s)", x.type.name, r.type.name);
        }
        if (x.type.special(SpecialMethod.__index__) != null) return PyFloat.of(Abstract.index(x).asDouble());
        if (x instanceof PyStr s) {
            try {
                return PyFloat.of(FloatParse.parse(s.value));
            } catch (NumberError e) {
                throw convert(e);
            }
        }
        byte[] bytes = BytesOps.buffer(x);
        if (bytes != null) {
            double d = FloatParse.parseOrFail(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (d != d && Double.doubleToRawLongBits(d) == FloatParse.FAIL) {
                throw Errors.valueError("could not convert string to float: %s", Abstract.repr(x));
            }
            return PyFloat.of(d);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", x.type.name);
    }

    @Exposed.ClassMethod(sig = "($type, string, /)", doc = "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324")
    public static PyObject fromhex(PyObject type, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw Errors.typeError("bad argument type for built-in operation");
        }
        double d;
        try {
            d = FloatHex.fromHex(s.value);
        } catch (NumberError e) {
            throw convert(e);
        }
        if (type == PyFloat.TYPE) return PyFloat.of(d);
        return Abstract.call(type, PyFloat.of(d));
    }

    // ------------------------------------------------------------------ object protocol

    @Exposed.Method(doc = "Return repr(self).")
    public static String __repr__(PyObject self) {
        return FloatRepr.repr(v(self));
    }

    @Exposed.Method(doc = "Return hash(self).")
    public static long __hash__(PyObject self) {
        double x = v(self);
        return Hashing.hashDouble(x, x != x ? Heap.address(self) : 0);
    }

    @Exposed.Method(doc = "True if self else False")
    public static boolean __bool__(PyObject self) {
        return v(self) != 0.0;
    }

    @Exposed.Method(sig = "($self, format_spec, /)", doc = "Formats the float according to format_spec.")
    public static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not %s", spec.type.name);
        }
        if (s.value.isEmpty()) return Abstract.str(self);
        try {
            return PyStr.of(FloatFormat.format(v(self), s.value));
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject __getnewargs__(PyObject self) {
        return PyTuple.of(PyFloat.of(v(self)));
    }

    // ------------------------------------------------------------------ comparisons

    private static PyObject compare(PyObject self, PyObject other, int op) {
        double x = v(self);
        int c;
        if (other instanceof PyFloat f) {
            double y = f.value;
            if (x != x || y != y) return PyBool.of(op == Abstract.NE);
            c = x < y ? -1 : x > y ? 1 : 0;
        } else if (other instanceof PyInt i) {
            if (x != x) return PyBool.of(op == Abstract.NE);
            c = -IntOps.compareWithDouble(i, x);
        } else {
            return NI();
        }
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        });
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self==value.")
    public static PyObject __eq__(PyObject self, PyObject o) { return compare(self, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)", doc = "Return self!=value.")
    public static PyObject __ne__(PyObject self, PyObject o) { return compare(self, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)", doc = "Return self<value.")
    public static PyObject __lt__(PyObject self, PyObject o) { return compare(self, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)", doc = "Return self<=value.")
    public static PyObject __le__(PyObject self, PyObject o) { return compare(self, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)", doc = "Return self>value.")
    public static PyObject __gt__(PyObject self, PyObject o) { return compare(self, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)", doc = "Return self>=value.")
    public static PyObject __ge__(PyObject self, PyObject o) { return compare(self, o, Abstract.GE); }

    // ------------------------------------------------------------------ arithmetic

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self+value.")
    public static PyObject __add__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(v(self) + d(o)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value+self.")
    public static PyObject __radd__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(d(o) + v(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self-value.")
    public static PyObject __sub__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(v(self) - d(o)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value-self.")
    public static PyObject __rsub__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(d(o) - v(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self*value.")
    public static PyObject __mul__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(v(self) * d(o)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value*self.")
    public static PyObject __rmul__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(d(o) * v(self)) : NI();
    }

    static double div(double a, double b) {
        try {
            return FloatMath.divide(a, b);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self/value.")
    public static PyObject __truediv__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(div(v(self), d(o))) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value/self.")
    public static PyObject __rtruediv__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(div(d(o), v(self))) : NI();
    }

    static double mod(double vx, double wx) {
        try {
            return FloatMath.mod(vx, wx);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    static double floorDiv(double vx, double wx) {
        try {
            return FloatMath.floorDivide(vx, wx);
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self%value.")
    public static PyObject __mod__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(mod(v(self), d(o))) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value%self.")
    public static PyObject __rmod__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(mod(d(o), v(self))) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self//value.")
    public static PyObject __floordiv__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(floorDiv(v(self), d(o))) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value//self.")
    public static PyObject __rfloordiv__(PyObject self, PyObject o) {
        return isNumber(o) ? PyFloat.of(floorDiv(d(o), v(self))) : NI();
    }

    private static PyObject divmodTuple(double a, double b) {
        double[] r;
        try {
            r = FloatMath.divmod(a, b);
        } catch (NumberError e) {
            throw convert(e);
        }
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return divmod(self, value).")
    public static PyObject __divmod__(PyObject self, PyObject o) {
        return isNumber(o) ? divmodTuple(v(self), d(o)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return divmod(value, self).")
    public static PyObject __rdivmod__(PyObject self, PyObject o) {
        return isNumber(o) ? divmodTuple(d(o), v(self)) : NI();
    }

    /** float_pow for two doubles (special cases and the overflow check are in {@link FloatMath#pow}). */
    static double pow(double iv, double iw) {
        if (FloatMath.powIsComplex(iv, iw)) {
            // TODO: CPython returns a complex here (complex.__pow__); there is no complex type yet.
            throw Errors.notImplementedError("complex result of a negative number raised to a fractional power");
        }
        try {
            return FloatMath.pow(iv, iw);
        } catch (NumberError e) {
            if (e.kind() == NumberError.Kind.OVERFLOW_ERROR) {
                // math_error's errno form: OverflowError(34, 'Numerical result out of range')
                throw new PyException(PyBaseException.create(ExceptionTypes.OverflowError, PyInt.of(34),
                        PyStr.of("Numerical result out of range")));
            }
            throw convert(e);
        }
    }

    private static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (m != null && m != PyNone.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        double x = d(a), y = d(b);
        // float_pow hands a negative base with a fractional exponent to complex.__pow__.
        if (FloatMath.powIsComplex(x, y)) return PyComplex.of(x, 0.0).__pow__(PyComplex.of(y, 0.0), null);
        return PyFloat.of(pow(x, y));
    }

    @Exposed.Method(sig = "($self, value, mod=None, /)", doc = "Return pow(self, value, mod).")
    public static PyObject __pow__(PyObject self, PyObject o, PyObject m) {
        return isNumber(o) ? pow(self, o, m) : NI();
    }

    @Exposed.Method(sig = "($self, value, mod=None, /)", doc = "Return pow(value, self, mod).")
    public static PyObject __rpow__(PyObject self, PyObject o, PyObject m) {
        return isNumber(o) ? pow(o, self, m) : NI();
    }

    // ------------------------------------------------------------------ unary and conversions

    @Exposed.Method(doc = "-self")
    public static double __neg__(PyObject self) { return -v(self); }

    @Exposed.Method(doc = "+self")
    public static PyObject __pos__(PyObject self) { return exact(self); }

    @Exposed.Method(doc = "abs(self)")
    public static double __abs__(PyObject self) { return Math.abs(v(self)); }

    @Exposed.Method(doc = "float(self)")
    public static PyObject __float__(PyObject self) { return exact(self); }

    /** float_float: self when an exact float, else a float with its value. */
    private static PyObject exact(PyObject self) {
        return self.type == PyFloat.TYPE ? self : PyFloat.of(v(self));
    }

    @Exposed.Method(doc = "int(self)")
    public static PyObject __int__(PyObject self) { return PyIntMethods.fromDouble(v(self)); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return the Integral closest to x between 0 and x.")
    public static PyObject __trunc__(PyObject self) { return PyIntMethods.fromDouble(v(self)); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return the floor as an Integral.")
    public static PyObject __floor__(PyObject self) { return PyIntMethods.fromDouble(Math.floor(v(self))); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return the ceiling as an Integral.")
    public static PyObject __ceil__(PyObject self) { return PyIntMethods.fromDouble(Math.ceil(v(self))); }

    @Exposed.Method(sig = "($self, ndigits=None, /)", doc = "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).")
    public static PyObject __round__(PyObject self, PyObject ndigits) {
        double x = v(self);
        if (ndigits == null || ndigits == PyNone.NONE) return PyIntMethods.fromDouble(Math.rint(x));
        // PyNumber_AsSsize_t(o, NULL): huge ndigits are clamped.
        PyInt nd = Abstract.index(ndigits);
        long n = nd.isBig() ? (nd.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : nd.value;
        try {
            return PyFloat.of(FloatRound.round(x, n));
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return True if the float is an integer.")
    public static boolean is_integer(PyObject self) {
        return FloatMath.isInteger(v(self));
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)")
    public static PyObject as_integer_ratio(PyObject self) {
        BigInteger[] r;
        try {
            r = FloatMath.asIntegerRatio(v(self));
        } catch (NumberError e) {
            throw convert(e);
        }
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'")
    public static String hex(PyObject self) {
        return FloatHex.hex(v(self));
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return self, the complex conjugate of any float.")
    public static PyObject conjugate(PyObject self) { return exact(self); }

    @Exposed.Getter(name = "real", doc = "the real part of a complex number")
    public static PyObject real(PyObject self) { return exact(self); }

    @Exposed.Getter(name = "imag", doc = "the imaginary part of a complex number")
    public static PyObject imag(PyObject self) { return PyFloat.of(0.0); }

    @Exposed.ClassMethod(sig = "($type, typestr, /)", doc = "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr.")
    public static String __getformat__(PyObject type, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw Errors.typeError("__getformat__() argument must be str, not %s", typestr.type.name);
        }
        if (!s.value.equals("double") && !s.value.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }
}
