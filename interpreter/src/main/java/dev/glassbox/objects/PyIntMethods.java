package dev.glassbox.objects;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.numbers.FloatRound;
import dev.glassbox.objects.numbers.NumberError;
import dev.glassbox.objects.numbers.FormatSpec;
import dev.glassbox.objects.numbers.IntBytes;
import dev.glassbox.objects.numbers.IntFormat;
import dev.glassbox.objects.numbers.IntParse;
import dev.glassbox.objects.numbers.IntText;

import java.math.BigInteger;

/**
 * The methods of {@code int} (Objects/longobject.c: {@code long_new_impl}, the
 * {@code long_as_number} slots, {@code int_*_impl}). The arithmetic itself is in {@link IntOps}.
 *
 * <p>Binary operators accept int (and bool) operands only and return NotImplemented otherwise,
 * as CPython's {@code CHECK_BINOP} does: {@code 1 + 1.5} is float's {@code __radd__}. Results
 * are always exact ints, also for subclass operands. Departures: no DeprecationWarning for
 * {@code __trunc__} delegation or {@code __int__} returning an int subclass (no warnings module
 * yet); int/str conversion uses the default digit limit (no sys.set_int_max_str_digits yet).
 */
public final class PyIntMethods {
    private PyIntMethods() {}

    private static PyObject NI() {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyInt self(PyObject o) {
        return (PyInt) o;
    }

    // ------------------------------------------------------------------ construction

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(cls, "int.__new__");
        if (!t.isSubtypeOf(PyInt.TYPE)) {
            throw Errors.typeError("int.__new__(%s): %s is not a subtype of int", t.qualname, t.qualname);
        }
        PyType staticBase = t;
        while (staticBase.isHeapType()) staticBase = staticBase.base;
        if (staticBase != PyInt.TYPE) {
            // tp_new_wrapper: a built-in subtype with its own __new__ (bool) must use it.
            throw Errors.typeError("int.__new__(%s) is not safe, use %s.__new__()", t.qualname, staticBase.qualname);
        }
        PyTuple a = (PyTuple) args;
        PyDict kw = (PyDict) kwargs;
        int n = a.size();
        if (n + kw.size() > 2) throw Errors.typeError("int() takes at most 2 arguments (%d given)", n + kw.size());
        PyObject x = n > 0 ? a.get(0) : null, base = n > 1 ? a.get(1) : null;
        for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
            String key = kw.keyAt(e).toString();
            if (!key.equals("base")) throw Errors.typeError("'%s' is an invalid keyword argument for int()", key);
            if (base != null) throw Errors.typeError("argument for int() given by name ('base') and position (2)");
            base = kw.valueAt(e);
        }
        PyInt v = newInt(x, base);
        if (t == PyInt.TYPE) return v;
        return PyInt.ofSubtype(t, v);
    }

    /** int(x, base) for the exact type (long_new_impl). */
    static PyInt newInt(PyObject x, PyObject base) {
        if (base == null) {
            if (x == null) return PyInt.ZERO;
            return toInt(x);
        }
        if (x == null) throw Errors.typeError("int() missing string argument");
        PyInt b = Abstract.index(base);
        if (b.isBig() || b.value > 36 || (b.value != 0 && b.value < 2)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) return parse(s.value, (int) b.value);
        byte[] bytes = BytesOps.buffer(x);
        if (bytes == null) throw Errors.typeError("int() can't convert non-string with explicit base");
        return parseBytes(x, bytes, (int) b.value);
    }

    /** int(bytes, base): the bytes read as Latin-1 (non-ASCII never parses); errors show the bytes' repr. */
    private static PyInt parseBytes(PyObject x, byte[] bytes, int base) {
        try {
            Number n = IntParse.parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), base);
            return n instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) n);
        } catch (NumberError e) {
            if (e.getMessage().startsWith("invalid literal")) {
                throw Errors.valueError("invalid literal for int() with base %d: %s", base, Abstract.repr(x));
            }
            throw IntOps.convert(e);
        }
    }

    static PyInt parse(String text, int base) {
        try {
            Number n = IntParse.parse(text, base);
            return n instanceof Long l ? PyInt.of(l) : PyInt.of((BigInteger) n);
        } catch (NumberError e) {
            throw IntOps.convert(e);
        }
    }

    /** PyNumber_Long: int(x) for one argument. */
    static PyInt toInt(PyObject x) {
        if (x.type == PyInt.TYPE) return (PyInt) x;
        if (x instanceof PyFloat f && x.type == PyFloat.TYPE) return fromDouble(f.value);
        PyObject f = x.type.special(SpecialMethod.__int__);
        if (f != null) {
            PyObject r = Abstract.callSpecial(f, x);
            if (r instanceof PyInt ri) return IntOps.plain(ri);
            throw Errors.typeError("__int__ returned non-int (type %s)", r.type.name);
        }
        if (x.type.special(SpecialMethod.__index__) != null) return IntOps.plain(Abstract.index(x));
        PyObject tr = x.type.special(SpecialMethod.__trunc__);
        if (tr != null) {
            PyObject r = Abstract.callSpecial(tr, x);
            if (r instanceof PyInt ri) return IntOps.plain(ri);
            if (r.type.special(SpecialMethod.__index__) == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type %s)", r.type.name);
            }
            return IntOps.plain(Abstract.index(r));
        }
        if (x instanceof PyStr s) return parse(s.value, 10);
        byte[] bytes = BytesOps.buffer(x);
        if (bytes != null) return parseBytes(x, bytes, 10);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.type.name);
    }

    /** int(x) for a float: truncation, with int()'s errors for nan and infinities. */
    static PyInt fromDouble(double d) {
        if (Math.abs(d) < 0x1p63) return PyInt.of((long) d);
        try {
            return PyInt.of(FloatRound.toInt(d));
        } catch (NumberError e) {
            throw IntOps.convert(e);
        }
    }

    // ------------------------------------------------------------------ object protocol

    @Exposed.Method(doc = "Return repr(self).")
    public static PyObject __repr__(PyObject self) {
        PyInt v = self(self);
        if (v.big == null) return PyStr.of(Long.toString(v.value));
        try {
            return PyStr.of(IntText.toDecimal(v.big));
        } catch (NumberError e) {
            throw IntOps.convert(e);
        }
    }

    @Exposed.Method(doc = "Return hash(self).")
    public static long __hash__(PyObject self) {
        return self(self).hash();
    }

    @Exposed.Method(doc = "True if self else False")
    public static boolean __bool__(PyObject self) {
        return self(self).signum() != 0;
    }

    @Exposed.Method(sig = "($self, format_spec, /)")
    public static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not %s", spec.type.name);
        }
        PyInt v = self(self);
        if (s.value.isEmpty()) return Abstract.str(self);
        try {
            String typeName = self.type.name;
            FormatSpec f = FormatSpec.parse(s.value, 'd', '>', typeName);
            return PyStr.of(IntFormat.format(v.toBig(), f, IntText.maxStrDigits, typeName));
        } catch (NumberError e) {
            throw IntOps.convert(e);
        }
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Returns size in memory, in bytes.")
    public static long __sizeof__(PyObject self) {
        // 3.11: ob_base and ob_size (24 bytes) plus at least one 30-bit digit.
        long bits = IntOps.bitLength(self(self));
        return 24 + 4 * Math.max(1, (bits + 29) / 30);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject __getnewargs__(PyObject self) {
        return PyTuple.of(IntOps.plain(self(self)));
    }

    // ------------------------------------------------------------------ comparisons

    private static PyObject compare(PyObject self, PyObject other, int op) {
        if (!(other instanceof PyInt o)) return NI();
        int c = IntOps.compare(self(self), o);
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
        return o instanceof PyInt b ? IntOps.add(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value+self.")
    public static PyObject __radd__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.add(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self-value.")
    public static PyObject __sub__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.sub(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value-self.")
    public static PyObject __rsub__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.sub(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self*value.")
    public static PyObject __mul__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.mul(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value*self.")
    public static PyObject __rmul__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.mul(a, self(self)) : NI();
    }

    private static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("integer division or modulo by zero");
        return IntOps.floorDiv(a, b);
    }

    private static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("integer modulo by zero");
        return IntOps.mod(a, b);
    }

    private static PyObject divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("integer division or modulo by zero");
        return PyTuple.of(IntOps.floorDiv(a, b), IntOps.mod(a, b));
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self//value.")
    public static PyObject __floordiv__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? floorDiv(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value//self.")
    public static PyObject __rfloordiv__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? floorDiv(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self%value.")
    public static PyObject __mod__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? mod(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value%self.")
    public static PyObject __rmod__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? mod(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return divmod(self, value).")
    public static PyObject __divmod__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? divmod(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return divmod(value, self).")
    public static PyObject __rdivmod__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? divmod(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self/value.")
    public static PyObject __truediv__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? PyFloat.of(IntOps.trueDiv(self(self), b)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value/self.")
    public static PyObject __rtruediv__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? PyFloat.of(IntOps.trueDiv(a, self(self))) : NI();
    }

    /** long_pow: a ** b [% m]; a negative exponent without modulus gives a float. */
    static PyObject pow(PyInt a, PyInt b, PyObject m) {
        if (m == null || m == PyNone.NONE) {
            if (b.signum() < 0) return PyFloat.of(PyFloatMethods.pow(a.asDouble(), b.asDouble()));
            return IntOps.pow(a, b);
        }
        if (!(m instanceof PyInt mi)) return NI();
        return IntOps.powMod(a, b, mi);
    }

    @Exposed.Method(sig = "($self, value, mod=None, /)", doc = "Return pow(self, value, mod).")
    public static PyObject __pow__(PyObject self, PyObject o, PyObject m) {
        return o instanceof PyInt b ? pow(self(self), b, m) : NI();
    }

    @Exposed.Method(sig = "($self, value, mod=None, /)", doc = "Return pow(value, self, mod).")
    public static PyObject __rpow__(PyObject self, PyObject o, PyObject m) {
        return o instanceof PyInt a ? pow(a, self(self), m) : NI();
    }

    // ------------------------------------------------------------------ bits

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self<<value.")
    public static PyObject __lshift__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.lshift(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value<<self.")
    public static PyObject __rlshift__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.lshift(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self>>value.")
    public static PyObject __rshift__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.rshift(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value>>self.")
    public static PyObject __rrshift__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.rshift(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self&value.")
    public static PyObject __and__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.and(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value&self.")
    public static PyObject __rand__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.and(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self|value.")
    public static PyObject __or__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.or(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value|self.")
    public static PyObject __ror__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.or(a, self(self)) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self^value.")
    public static PyObject __xor__(PyObject self, PyObject o) {
        return o instanceof PyInt b ? IntOps.xor(self(self), b) : NI();
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value^self.")
    public static PyObject __rxor__(PyObject self, PyObject o) {
        return o instanceof PyInt a ? IntOps.xor(a, self(self)) : NI();
    }

    // ------------------------------------------------------------------ unary and conversions

    @Exposed.Method(doc = "-self")
    public static PyObject __neg__(PyObject self) { return IntOps.neg(self(self)); }

    @Exposed.Method(doc = "+self")
    public static PyObject __pos__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(doc = "abs(self)")
    public static PyObject __abs__(PyObject self) { return IntOps.abs(self(self)); }

    @Exposed.Method(doc = "~self")
    public static PyObject __invert__(PyObject self) { return IntOps.invert(self(self)); }

    @Exposed.Method(doc = "Return self converted to an integer, if self is suitable for use as an index into a list.")
    public static PyObject __index__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(doc = "int(self)")
    public static PyObject __int__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(doc = "float(self)")
    public static double __float__(PyObject self) { return self(self).asDouble(); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Truncating an Integral returns itself.")
    public static PyObject __trunc__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Flooring an Integral returns itself.")
    public static PyObject __floor__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Ceiling of an Integral returns itself.")
    public static PyObject __ceil__(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Returns self, the complex conjugate of any int.")
    public static PyObject conjugate(PyObject self) { return IntOps.plain(self(self)); }

    /** int.__round__: ndigits >= 0 returns the int; negative ndigits rounds half to even. */
    @Exposed.Method(sig = "($self, ndigits=<unrepresentable>, /)", doc = "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.")
    public static PyObject __round__(PyObject self, PyObject ndigits) {
        PyInt v = self(self);
        if (ndigits == null) return IntOps.plain(v); // round(x, None) never passes None here
        PyInt nd = Abstract.index(ndigits);
        if (nd.signum() >= 0) return IntOps.plain(v);
        // Rounding to 10**k with 10**k > 2|v| gives 0 (CPython computes the power regardless).
        PyInt k = IntOps.neg(nd);
        if (k.isBig() || k.value > IntOps.bitLength(v) / 3 + 2) return PyInt.ZERO;
        PyInt p = IntOps.pow(PyInt.of(10), k);
        PyInt q = IntOps.floorDiv(v, p), r = IntOps.mod(v, p);
        int c = IntOps.compare(IntOps.add(r, r), p);
        if (c > 0 || (c == 0 && IntOps.and(q, PyInt.ONE).signum() != 0)) q = IntOps.add(q, PyInt.ONE);
        return IntOps.mul(q, p);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6")
    public static long bit_length(PyObject self) {
        return IntOps.bitLength(self(self));
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3")
    public static long bit_count(PyObject self) {
        PyInt v = self(self);
        if (v.big == null) return v.value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(v.value));
        return v.big.abs().bitCount();
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)")
    public static PyObject as_integer_ratio(PyObject self) {
        return PyTuple.of(IntOps.plain(self(self)), PyInt.ONE);
    }

    @Exposed.Getter(name = "real", doc = "the real part of a complex number")
    public static PyObject real(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Getter(name = "imag", doc = "the imaginary part of a complex number")
    public static PyObject imag(PyObject self) { return PyInt.ZERO; }

    @Exposed.Getter(name = "numerator", doc = "the numerator of a rational number in lowest terms")
    public static PyObject numerator(PyObject self) { return IntOps.plain(self(self)); }

    @Exposed.Getter(name = "denominator", doc = "the denominator of a rational number in lowest terms")
    public static PyObject denominator(PyObject self) { return PyInt.ONE; }

    // ------------------------------------------------------------------ bytes

    private static boolean littleEndian(PyObject byteorder) {
        String s = byteorder instanceof PyStr p ? p.value : null;
        if (s == null) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not %s", byteorder.type.name);
        }
        if (s.equals("little")) return true;
        if (s.equals("big")) return false;
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    @Exposed.Method(sig = "($self, /, length=1, byteorder='big', *, signed=False)", doc = "Return an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised.")
    public static PyObject to_bytes(PyObject self, PyObject length, PyObject byteorder, PyObject signed) {
        long n = Abstract.indexAsLong(length);
        boolean little = littleEndian(byteorder);
        byte[] out;
        try {
            out = IntBytes.toBytes(self(self).toBig(), n, little, Abstract.isTrue(signed));
        } catch (NumberError e) {
            throw IntOps.convert(e);
        }
        return PyBytes.wrap(out);
    }

    @Exposed.ClassMethod(sig = "($type, /, bytes, byteorder='big', *, signed=False)", doc = "Return the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer.")
    public static PyObject from_bytes(PyObject type, PyObject bytes, PyObject byteorder, PyObject signed) {
        boolean little;
        String s = byteorder instanceof PyStr p ? p.value : null;
        if (s == null) throw Errors.typeError("from_bytes() argument 'byteorder' must be str, not %s", byteorder.type.name);
        if (s.equals("little")) little = true;
        else if (s.equals("big")) little = false;
        else throw Errors.valueError("byteorder must be either 'little' or 'big'");
        // PyObject_Bytes: a bytes-like object, or an iterable of ints in range(256).
        byte[] data = BytesOps.buffer(bytes);
        if (data == null) {
            PyObject it = bytes instanceof PyStr ? null : Abstract.getIterOrNull(bytes);
            if (it == null) throw Errors.typeError("cannot convert '%s' object to bytes", bytes.type.qualname);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Heap.incref(it);
            try {
                for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                    out.write(BytesOps.byteValue(item, "bytes must be in range(0, 256)"));
                }
            } finally {
                Heap.decref(it);
            }
            data = out.toByteArray();
        }
        PyInt r = PyInt.of(IntBytes.fromBytes(data, little, Abstract.isTrue(signed)));
        if (type == PyInt.TYPE) return r;
        return Abstract.call(type, r);
    }
}
