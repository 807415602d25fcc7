package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SpecialMethod;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math} (Modules/mathmodule.c): the float functions with CPython's error rules
 * (math_1: a NaN from a non-NaN argument is "math domain error", an infinity from a finite
 * one is "math range error" where the function can overflow and a domain error where it
 * cannot), the rounding functions through {@code __floor__}/{@code __ceil__}/{@code __trunc__},
 * exact fsum (Shewchuk's partials with CPython's final half-even correction), hypot/dist
 * by CPython's vector_norm, and log of arbitrarily large ints. Integer functions are in
 * {@link MathInts}; gamma, lgamma, erf, erfc and the inverse hyperbolics in {@link MathSpecial}.
 */
@Exposed.Module(name = "math", doc = "This module provides access to the mathematical functions\ndefined by the C standard.")
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(MathModule.class);
        ModuleBuilder.addFunctions(m, MathInts.class);
        PyDict d = m.dict();
        d.setItem("pi", PyFloat.of(Math.PI));
        d.setItem("e", PyFloat.of(Math.E));
        d.setItem("tau", PyFloat.of(2 * Math.PI));
        d.setItem("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        d.setItem("nan", PyFloat.of(Double.NaN));
        return m;
    }

    static dev.glassbox.objects.PyException domain() { return Errors.valueError("math domain error"); }
    static dev.glassbox.objects.PyException range() { return Errors.overflowError("math range error"); }

    static double dbl(PyObject o) { return Abstract.asDouble(o); }

    /** math_1: errors inferred from the result, plus those the function reported through errno. */
    static PyObject one(PyObject arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = dbl(arg);
        MathSpecial.errno = 0;
        double r = f.applyAsDouble(x);
        int err = MathSpecial.errno;
        if (Double.isNaN(r) && !Double.isNaN(x)) err = MathSpecial.EDOM;
        else if (Double.isInfinite(r) && Double.isFinite(x)) err = canOverflow ? MathSpecial.ERANGE : MathSpecial.EDOM;
        check(err, r);
        return PyFloat.of(r);
    }

    /** math_1a: only the errors the function itself reported. */
    static PyObject oneA(PyObject arg, DoubleUnaryOperator f) {
        double x = dbl(arg);
        MathSpecial.errno = 0;
        double r = f.applyAsDouble(x);
        check(MathSpecial.errno, r);
        return PyFloat.of(r);
    }

    /** is_error: EDOM always; ERANGE only for overflow (an underflow's tiny result stands). */
    static void check(int err, double r) {
        if (err == MathSpecial.EDOM) throw domain();
        if (err == MathSpecial.ERANGE && Math.abs(r) >= 1.5) throw range();
    }

    static PyObject two(PyObject a, PyObject b, DoubleBinaryOperator f) {
        double x = dbl(a), y = dbl(b);
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw range();
        return PyFloat.of(r);
    }

    // ---------------------------------------------------------------- one-argument functions

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.")
    public static PyObject acos(PyObject x) { return one(x, Math::acos, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the inverse hyperbolic cosine of x.")
    public static PyObject acosh(PyObject x) { return one(x, MathSpecial::acosh, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")
    public static PyObject asin(PyObject x) { return one(x, Math::asin, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the inverse hyperbolic sine of x.")
    public static PyObject asinh(PyObject x) { return one(x, MathSpecial::asinh, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")
    public static PyObject atan(PyObject x) { return one(x, Math::atan, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the inverse hyperbolic tangent of x.")
    public static PyObject atanh(PyObject x) { return one(x, MathSpecial::atanh, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the cube root of x.")
    public static PyObject cbrt(PyObject x) { return one(x, Math::cbrt, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the cosine of x (measured in radians).")
    public static PyObject cos(PyObject x) { return one(x, Math::cos, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the hyperbolic cosine of x.")
    public static PyObject cosh(PyObject x) { return one(x, MathSpecial::cosh, true); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Error function at x.")
    public static PyObject erf(PyObject x) { return oneA(x, MathSpecial::erf); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Complementary error function at x.")
    public static PyObject erfc(PyObject x) { return oneA(x, MathSpecial::erfc); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return e raised to the power of x.")
    public static PyObject exp(PyObject x) { return one(x, Math::exp, true); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return 2 raised to the power of x.")
    public static PyObject exp2(PyObject x) { return one(x, v -> Math.pow(2.0, v), true); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")
    public static PyObject expm1(PyObject x) { return one(x, Math::expm1, true); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the absolute value of the float x.")
    public static PyObject fabs(PyObject x) { return one(x, Math::abs, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Gamma function at x.")
    public static PyObject gamma(PyObject x) { return oneA(x, MathSpecial::gamma); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Natural logarithm of absolute value of Gamma function at x.")
    public static PyObject lgamma(PyObject x) { return oneA(x, MathSpecial::lgamma); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.")
    public static PyObject log1p(PyObject x) { return one(x, Math::log1p, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the sine of x (measured in radians).")
    public static PyObject sin(PyObject x) { return one(x, Math::sin, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the hyperbolic sine of x.")
    public static PyObject sinh(PyObject x) { return one(x, Math::sinh, true); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the square root of x.")
    public static PyObject sqrt(PyObject x) { return one(x, Math::sqrt, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the tangent of x (measured in radians).")
    public static PyObject tan(PyObject x) { return one(x, Math::tan, false); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return the hyperbolic tangent of x.")
    public static PyObject tanh(PyObject x) { return one(x, Math::tanh, false); }

    @Exposed.Function(sig = "($module, x, /)", doc = "Convert angle x from radians to degrees.")
    public static PyObject degrees(PyObject x) { return PyFloat.of(dbl(x) * (180.0 / Math.PI)); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Convert angle x from degrees to radians.")
    public static PyObject radians(PyObject x) { return PyFloat.of(dbl(x) * (Math.PI / 180.0)); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")
    public static PyObject isfinite(PyObject x) { return PyBool.of(Double.isFinite(dbl(x))); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return True if x is a positive or negative infinity, and False otherwise.")
    public static PyObject isinf(PyObject x) { return PyBool.of(Double.isInfinite(dbl(x))); }
    @Exposed.Function(sig = "($module, x, /)", doc = "Return True if x is a NaN (not a number), and False otherwise.")
    public static PyObject isnan(PyObject x) { return PyBool.of(Double.isNaN(dbl(x))); }

    // ---------------------------------------------------------------- two-argument functions

    @Exposed.Function(sig = "($module, y, x, /)", doc = "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.")
    public static PyObject atan2(PyObject y, PyObject x) { return two(y, x, MathModule::atan2); }

    @Exposed.Function(sig = "($module, x, y, /)", doc = "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n")
    public static PyObject copysign(PyObject x, PyObject y) { return PyFloat.of(Math.copySign(dbl(x), dbl(y))); }

    @Exposed.Function(sig = "($module, x, y, /)", doc = "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.")
    public static PyObject remainder(PyObject x, PyObject y) {
        double a = dbl(x), b = dbl(y);
        if (Double.isNaN(a)) return PyFloat.of(a);
        if (Double.isNaN(b)) return PyFloat.of(b);
        if (Double.isInfinite(a) || b == 0) throw domain();
        if (Double.isInfinite(b)) return PyFloat.of(a);
        return PyFloat.of(Math.IEEEremainder(a, b));
    }

    @Exposed.Function(sig = "($module, x, y, /)", doc = "Return fmod(x, y), according to platform C.\n\nx % y may differ.")
    public static PyObject fmod(PyObject x, PyObject y) {
        double a = dbl(x), b = dbl(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) return PyFloat.of(a);
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) throw domain();
        return PyFloat.of(r);
    }

    @Exposed.Function(sig = "($module, x, y, /)", doc = "Return x**y (x to the power of y).")
    public static PyObject pow(PyObject xo, PyObject yo) {
        double x = dbl(xo), y = dbl(yo), r;
        if (y == 0.0) return PyFloat.of(1.0); // x**0 is 1 for every x, NaN and infinities included
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (Double.isNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (x > 0) r = y > 0 ? x : 0.0;
                else r = y > 0 ? (oddY ? x : -x) : (oddY ? Math.copySign(0.0, x) : 0.0);
            } else {
                if (Math.abs(x) == 1.0) r = 1.0;
                else if (y > 0 && Math.abs(x) > 1.0) r = y;
                else if (y < 0 && Math.abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return PyFloat.of(r);
        }
        r = Math.pow(x, y);
        if (Double.isNaN(r)) throw domain();
        if (Double.isInfinite(r)) throw x == 0.0 ? domain() : range();
        return PyFloat.of(r);
    }

    @Exposed.Function(sig = "($module, x, y, /)", doc = "Return the next floating-point value after x towards y.")
    public static PyObject nextafter(PyObject x, PyObject y) {
        double a = dbl(x), b = dbl(y);
        if (Double.isNaN(a) || Double.isNaN(b)) return PyFloat.of(Double.NaN);
        if (a == b) return PyFloat.of(b);
        return PyFloat.of(Math.nextAfter(a, b));
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the value of the least significant bit of the float x.")
    public static PyObject ulp(PyObject xo) {
        double x = dbl(xo);
        if (Double.isNaN(x)) return PyFloat.of(x);
        x = Math.abs(x);
        if (Double.isInfinite(x)) return PyFloat.of(x);
        double x2 = Math.nextAfter(x, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextAfter(x, Double.NEGATIVE_INFINITY);
            return PyFloat.of(x - x2);
        }
        return PyFloat.of(x2 - x);
    }

    @Exposed.Function(sig = "($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
            doc = "Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.")
    public static PyObject isclose(PyObject ao, PyObject bo, PyObject relo, PyObject abso) {
        double a = dbl(ao), b = dbl(bo), rel = dbl(relo), abs = dbl(abso);
        if (rel < 0.0 || abs < 0.0) throw Errors.valueError("tolerances must be non-negative");
        if (a == b) return PyBool.TRUE;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return PyBool.FALSE;
        double diff = Math.abs(b - a);
        return PyBool.of(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    }

    static final double PI_HI = 3.141592653589793, PI_LO = 1.2246467991473532e-16;
    static final double PI_2_HI = 1.5707963267948966, PI_2_LO = 6.123233995736766e-17;

    /**
     * atan2 from atan of the smaller-over-larger ratio, adding the multiple of pi/2 in
     * double-double: fdlibm's pi - (z - pi_lo) rounds the wrong way near +-pi/2, where C's
     * (correctly rounded) atan2 does not.
     */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0.0 || y == 0.0) {
            return StrictMath.atan2(y, x);
        }
        if (Math.abs(y) > Math.abs(x)) {
            double z = Math.atan(x / y);
            return y > 0 ? (PI_2_HI + (PI_2_LO - z)) : -(PI_2_HI + (PI_2_LO + z));
        }
        double z = Math.atan(y / x);
        if (x > 0) return z;
        return y > 0 ? (PI_HI + (PI_LO + z)) : -(PI_HI + (PI_LO - z));
    }

    // ---------------------------------------------------------------- float decomposition

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.")
    public static PyObject frexp(PyObject xo) {
        double x = dbl(xo);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return PyTuple.of(PyFloat.of(x), PyInt.ZERO);
        int adj = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            x *= 0x1p54;
            adj = -54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e)), PyInt.of(e + adj));
    }

    @Exposed.Function(sig = "($module, x, i, /)", doc = "Return x * (2**i).\n\nThis is essentially the inverse of frexp().")
    public static PyObject ldexp(PyObject xo, PyObject io) {
        double x = dbl(xo);
        if (!(io instanceof PyInt i)) throw Errors.typeError("Expected an int as second argument to ldexp.");
        if (x == 0.0 || !Double.isFinite(x)) return PyFloat.of(x);
        long e;
        if (i.isBig()) e = i.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        else e = i.value;
        if (e > 100000) throw range();
        if (e < -100000) return PyFloat.of(Math.copySign(0.0, x));
        double r = Math.scalb(x, (int) e);
        if (Double.isInfinite(r)) throw range();
        return PyFloat.of(r);
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.")
    public static PyObject modf(PyObject xo) {
        double x = dbl(xo);
        if (Double.isInfinite(x)) return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        if (Double.isNaN(x)) return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
    }

    // ---------------------------------------------------------------- rounding to int

    /** PyLong_FromDouble. */
    static PyObject toInt(double d) {
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static PyObject rounding(PyObject x, SpecialMethod m, DoubleUnaryOperator f) {
        if (x.type == PyFloat.TYPE) return toInt(f.applyAsDouble(((PyFloat) x).value));
        if (x.type == PyInt.TYPE) return x;
        if (x instanceof PyBool b) return PyInt.of(b.value);
        PyObject meth = x.type.special(m);
        if (meth != null) return Abstract.callSpecial(meth, x);
        return toInt(f.applyAsDouble(dbl(x)));
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.")
    public static PyObject floor(PyObject x) { return rounding(x, SpecialMethod.__floor__, Math::floor); }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.")
    public static PyObject ceil(PyObject x) { return rounding(x, SpecialMethod.__ceil__, Math::ceil); }

    @Exposed.Function(sig = "($module, x, /)", doc = "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.")
    public static PyObject trunc(PyObject x) {
        if (x.type == PyFloat.TYPE) {
            double d = ((PyFloat) x).value;
            return toInt(d < 0 ? Math.ceil(d) : Math.floor(d));
        }
        PyObject meth = x.type.special(SpecialMethod.__trunc__);
        if (meth == null) throw Errors.typeError("type %s doesn't define __trunc__ method", x.type.name);
        return Abstract.callSpecial(meth, x);
    }

    // ---------------------------------------------------------------- logarithms

    interface Log { double apply(double x); }

    static double mLog(double x, Log f) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return f.apply(x);
            MathSpecial.errno = MathSpecial.EDOM;
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0) return x;
        MathSpecial.errno = MathSpecial.EDOM;
        return Double.NaN;
    }

    static final double INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

    /**
     * log2 with the exponent split off exactly and log(m)/ln 2 formed in double-double, so the
     * result is exact for powers of two and within an ulp elsewhere (C's log2 is nearly
     * correctly rounded; dividing Math.log by ln 2 is not).
     */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return Math.log(x);
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, -Math.getExponent(x));
        } else {
            x = Math.scalb(x, -e);
        }
        if (x > 1.4142135623730951) { // keep m in [sqrt(1/2), sqrt(2)) so log(m) is small
            x *= 0.5;
            e++;
        }
        double l = Math.log(x);
        double r = l * INV_LN2_HI;
        double rlo = Math.fma(l, INV_LN2_HI, -r) + l * INV_LN2_LO;
        double sum = e + r;
        double err = ((e - sum) + r) + rlo;
        return sum + err;
    }

    /** loghelper: ints too big for a double go through frexp, so log(10**1000) works. */
    static double logHelper(PyObject arg, Log f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            if (i.isBig() && Double.isInfinite(i.toBig().doubleValue())) {
                BigInteger b = i.toBig();
                int e = b.bitLength();
                // x = m * 2**e with 0.5 <= m < 1, m rounded to 53 bits
                double m = new BigDecimal(b.shiftRight(e - 64)).doubleValue() / 0x1p64;
                return f.apply(m) + f.apply(2.0) * e;
            }
        }
        double x = dbl(arg);
        MathSpecial.errno = 0;
        double r = mLog(x, f);
        int err = MathSpecial.errno;
        if (Double.isNaN(r) && !Double.isNaN(x)) err = MathSpecial.EDOM;
        else if (Double.isInfinite(r) && Double.isFinite(x)) err = MathSpecial.EDOM;
        check(err, r);
        return r;
    }

    @Exposed.Function(sig = "($module, x, base=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.")
    public static PyObject log(PyObject x, PyObject base) {
        double num = logHelper(x, Math::log);
        if (base == null) return PyFloat.of(num);
        double den = logHelper(base, Math::log);
        if (den == 0.0) throw Errors.zeroDivisionError("float division by zero");
        return PyFloat.of(num / den);
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the base 2 logarithm of x.")
    public static PyObject log2(PyObject x) { return PyFloat.of(logHelper(x, MathModule::log2)); }

    @Exposed.Function(sig = "($module, x, /)", doc = "Return the base 10 logarithm of x.")
    public static PyObject log10(PyObject x) { return PyFloat.of(logHelper(x, StrictMath::log10)); }

    // ---------------------------------------------------------------- sums and norms

    @Exposed.Function(sig = "($module, seq, /)", doc = "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.")
    public static PyObject fsum(PyObject seq) {
        PyObject it = Abstract.getIter(seq);
        Heap.incref(it);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        try {
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                double x = dbl(item);
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) p[i++] = lo;
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        // a nonfinite x may come from a finite input overflowing
                        if (Double.isFinite(xsave)) throw Errors.overflowError("intermediate overflow in fsum");
                        if (Double.isInfinite(xsave)) infSum += xsave;
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                        p[n++] = x;
                    }
                }
            }
        } finally {
            Heap.decref(it);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return PyFloat.of(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // round half even when the remaining partials push the last bit
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return PyFloat.of(hi);
    }

    /** CPython's vector_norm: scaled, with compensated squares and a final correction. */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        final double t27 = 134217729.0;
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        int maxE = Math.getExponent(max) + 1;
        if (Math.getExponent(max) < Double.MIN_EXPONENT) maxE = Math.getExponent(max * 0x1p54) + 1 - 54;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    @Exposed.Function(sig = "($module, *coordinates)", conv = Exposed.Convention.VARARGS,
            doc = "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n")
    public static PyObject hypot(PyObject args) {
        PyTuple t = (PyTuple) args;
        int n = t.size();
        double[] v = new double[n];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(floatArg(t.get(i)));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.of(vectorNorm(v, n, max, nan));
    }

    /** ASSIGN_DOUBLE: floats and ints only (no __float__), as hypot and dist convert them. */
    static double floatArg(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.asDouble();
        throw Errors.typeError("must be real number, not %s", o.type.qualname);
    }

    @Exposed.Function(sig = "($module, p, q, /)", doc = "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))")
    public static PyObject dist(PyObject p, PyObject q) {
        PyTuple pt = p instanceof PyTuple a ? a : PyTuple.fromIterable(p);
        PyTuple qt = q instanceof PyTuple b ? b : PyTuple.fromIterable(q);
        int n = pt.size();
        if (n != qt.size()) throw Errors.valueError("both points must have the same number of dimensions");
        double[] v = new double[n];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(floatArg(pt.get(i)) - floatArg(qt.get(i)));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.of(vectorNorm(v, n, max, nan));
    }

    @Exposed.Function(sig = "($module, iterable, /, *, start=1)", doc = "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.")
    public static PyObject prod(PyObject iterable, PyObject start) {
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        PyObject acc = start;
        Heap.incref(acc);
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                PyObject r = Abstract.binaryOp(acc, v, 5); // NB_MULTIPLY
                Heap.incref(r);
                Heap.decref(acc);
                acc = r;
            }
        } catch (RuntimeException e) {
            Heap.decref(acc);
            throw e;
        } finally {
            Heap.decref(it);
        }
        acc.refcnt--; // hand back uncounted; queued again if nothing stores it
        if (acc.refcnt == 0) {
            acc.refcnt = 1;
            Heap.decref(acc);
        }
        return acc;
    }

    static PyObject none() { return PyNone.NONE; }
}
