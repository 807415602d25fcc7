package dev.glassbox.objects;

import dev.glassbox.objects.numbers.ComplexFormat;
import dev.glassbox.objects.numbers.ComplexMath;
import dev.glassbox.objects.numbers.ComplexParse;
import dev.glassbox.objects.numbers.NumberError;

/**
 * {@code complex} (Objects/complexobject.c): a pair of doubles. Arithmetic, parsing and
 * formatting follow CPython's algorithms in {@code dev.glassbox.objects.numbers}.
 */
@Exposed.Type(name = "complex", basicSize = 32, doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
        + "This is equivalent to (real + imag*1j) where imag defaults to 0.")
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyComplex.class);

    public double real, imag;

    public PyComplex(PyType t) {
        super(t);
    }

    public static PyComplex of(double re, double im) {
        PyComplex c = new PyComplex(TYPE);
        c.real = re;
        c.imag = im;
        return c;
    }

    private static PyComplex of(double[] r) {
        return of(r[0], r[1]);
    }

    private static PyException convert(NumberError e) {
        return switch (e.kind()) {
            case ZERO_DIVISION_ERROR -> Errors.zeroDivisionError("%s", e.getMessage());
            case OVERFLOW_ERROR -> Errors.overflowError("%s", e.getMessage());
            case TYPE_ERROR -> Errors.typeError("%s", e.getMessage());
            case MEMORY_ERROR -> Errors.memoryError();
            default -> Errors.valueError("%s", e.getMessage());
        };
    }

    /** The operand as {re, im}, or null when it is not a number complex arithmetic accepts. */
    static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0.0};
        if (o instanceof PyInt i) return new double[] {i.asDouble(), 0.0};
        return null;
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, real=<unrepresentable>, imag=<unrepresentable>)")
    public static PyObject __new__(PyObject cls, PyObject real, PyObject imag) {
        PyType t = (PyType) cls;
        double re, im;
        if (real instanceof PyStr s) {
            if (imag != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            try {
                double[] r = ComplexParse.parse(s.value);
                re = r[0];
                im = r[1];
            } catch (NumberError e) {
                throw convert(e);
            }
        } else {
            if (imag instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
            double[] a = real == null ? new double[] {0, 0} : toComplex(real, "first");
            double[] b = imag == null ? new double[] {0, 0} : toComplex(imag, "second");
            // complex_new: the parts combine only when an argument is itself complex, so the
            // sign of a zero survives (complex(0, -0.0) is -0j).
            boolean aComplex = real != null && !(a[1] == 0 && !(real instanceof PyComplex) && real.type.special(SpecialMethod.__complex__) == null);
            boolean bComplex = imag != null && (imag instanceof PyComplex || imag.type.special(SpecialMethod.__complex__) != null);
            re = bComplex ? a[0] - b[1] : a[0];
            im = aComplex && imag != null ? a[1] + b[0] : imag != null ? b[0] : a[1];
            if (real instanceof PyComplex rc && imag == null && t == TYPE && real.type == TYPE) return rc;
        }
        if (t == TYPE) return of(re, im);
        PyComplex c = (PyComplex) t.allocate();
        c.real = re;
        c.imag = im;
        return c;
    }

    private static double[] toComplex(PyObject o, String which) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (which.equals("second") && o.type.special(SpecialMethod.__float__) == null && o.type.special(SpecialMethod.__index__) == null
                && !(o instanceof PyFloat) && !(o instanceof PyInt)) {
            // PyNumber_Check: __complex__ alone does not make the imaginary part a number.
            throw Errors.typeError("complex() second argument must be a number, not '%s'", o.type.qualname);
        }
        PyObject cm = o.type.special(SpecialMethod.__complex__);
        if (cm != null) {
            PyObject r = Abstract.callSpecial(cm, o);
            if (!(r instanceof PyComplex rc)) {
                throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type.qualname);
            }
            return new double[] {rc.real, rc.imag};
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type.special(SpecialMethod.__float__) != null
                || o.type.special(SpecialMethod.__index__) != null) {
            return new double[] {Abstract.asDouble(o), 0.0};
        }
        throw Errors.typeError("complex() %s argument must be a string or a number, not '%s'", which, o.type.qualname);
    }

    @Exposed.Method
    public PyObject __repr__() { return PyStr.of(ComplexFormat.repr(real, imag)); }

    @Exposed.Method(sig = "($self, format_spec, /)")
    public PyObject __format__(PyObject spec) {
        if (!(spec instanceof PyStr s)) throw Errors.typeError("argument must be str, not %s", spec.type.qualname);
        if (s.length() == 0) return Abstract.str(this);
        try {
            return PyStr.of(ComplexFormat.format(real, imag, s.value));
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method
    public long __hash__() {
        long hr = Hashing.hashDouble(real, dev.glassbox.memory.Heap.address(this));
        long hi = Hashing.hashDouble(imag, dev.glassbox.memory.Heap.address(this));
        long h = hr + Hashing.IMAG * hi;
        return h == -1 ? -2 : h;
    }

    private PyObject binop(PyObject other, boolean reflected, char op) {
        double[] b = operand(other);
        if (b == null) return PyNotImplemented.NOT_IMPLEMENTED;
        double ar = real, ai = imag, br = b[0], bi = b[1];
        if (reflected) { double t = ar; ar = br; br = t; t = ai; ai = bi; bi = t; }
        try {
            return switch (op) {
                case '+' -> of(ar + br, ai + bi);
                case '-' -> of(ar - br, ai - bi);
                case '*' -> of(ComplexMath.multiply(ar, ai, br, bi));
                case '/' -> of(ComplexMath.divide(ar, ai, br, bi));
                default -> of(ComplexMath.pow(ar, ai, br, bi));
            };
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    @Exposed.Method(sig = "($self, value, /)") public PyObject __add__(PyObject o) { return binop(o, false, '+'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __radd__(PyObject o) { return binop(o, true, '+'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __sub__(PyObject o) { return binop(o, false, '-'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __rsub__(PyObject o) { return binop(o, true, '-'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __mul__(PyObject o) { return binop(o, false, '*'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __rmul__(PyObject o) { return binop(o, true, '*'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __truediv__(PyObject o) { return binop(o, false, '/'); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __rtruediv__(PyObject o) { return binop(o, true, '/'); }

    @Exposed.Method(sig = "($self, value, mod=None, /)")
    public PyObject __pow__(PyObject o, PyObject mod) {
        if (mod != null && mod != PyNone.NONE) throw Errors.valueError("complex modulo");
        return binop(o, false, '^');
    }

    @Exposed.Method(sig = "($self, value, mod=None, /)")
    public PyObject __rpow__(PyObject o, PyObject mod) {
        if (mod != null && mod != PyNone.NONE) throw Errors.valueError("complex modulo");
        return binop(o, true, '^');
    }


    @Exposed.Method public PyObject __neg__() { return of(-real, -imag); }
    @Exposed.Method public PyObject __pos__() { return of(real, imag); }

    @Exposed.Method
    public PyObject __abs__() {
        double r = ComplexMath.abs(real, imag);
        if (Double.isInfinite(r) && !Double.isInfinite(real) && !Double.isInfinite(imag)) {
            throw Errors.overflowError("absolute value too large");
        }
        return PyFloat.of(r);
    }

    @Exposed.Method public boolean __bool__() { return real != 0.0 || imag != 0.0; }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject o) {
        if (o instanceof PyInt i) {
            if (imag != 0.0) return PyBool.FALSE;
            return Abstract.richCompare(PyFloat.of(real), i, Abstract.EQ);
        }
        double[] b = operand(o);
        if (b == null) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(real == b[0] && imag == b[1]);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject o) {
        PyObject r = __eq__(o);
        return r == PyNotImplemented.NOT_IMPLEMENTED ? r : PyBool.of(r == PyBool.FALSE);
    }

    @Exposed.Method public PyObject conjugate() { return of(real, -imag); }
    @Exposed.Method public PyObject __complex__() { return type == TYPE ? this : of(real, imag); }
    @Exposed.Method public PyObject __getnewargs__() { return PyTuple.of(PyFloat.of(real), PyFloat.of(imag)); }

    @Exposed.Getter(name = "real") public PyObject getReal() { return PyFloat.of(real); }
    @Exposed.Getter(name = "imag") public PyObject getImag() { return PyFloat.of(imag); }
}
