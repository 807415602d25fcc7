package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * Python's float arithmetic where it differs from Java's: {@code %}, {@code //},
 * {@code divmod}, {@code /} by zero, {@code **}, and {@code as_integer_ratio} — CPython's
 * {@code float_rem}, {@code float_floor_div}, {@code float_divmod}, {@code float_div},
 * {@code float_pow} and {@code float_as_integer_ratio} (Objects/floatobject.c).
 *
 * <p>Java's {@code %} on doubles is C's fmod (exact, sign of the dividend); Python moves the
 * result to the sign of the divisor and snaps the floor quotient to an integer. Powers follow
 * float_pow's special cases (0**0, nan, infinities, negative bases) before calling Math.pow;
 * Math.pow and C's pow may differ in the last bit for some inputs.
 */
public final class FloatMath {
    private FloatMath() {}

    /** v / w (float_div). */
    public static double divide(double v, double w) {
        if (w == 0.0) throw NumberError.zeroDivision("float division by zero");
        return v / w;
    }

    /** v % w (float_rem): the result has the sign of w. */
    public static double mod(double v, double w) {
        if (w == 0.0) throw NumberError.zeroDivision("float modulo");
        double mod = v % w;
        if (mod != 0) {
            if ((w < 0) != (mod < 0)) mod += w;
        } else {
            mod = Math.copySign(0.0, w);
        }
        return mod;
    }

    /** v // w (float_floor_div). */
    public static double floorDivide(double v, double w) {
        if (w == 0.0) throw NumberError.zeroDivision("float floor division by zero");
        return divmod(v, w)[0];
    }

    /** divmod(v, w) as {floor quotient, remainder} (float_divmod). */
    public static double[] divmod(double v, double w) {
        if (w == 0.0) throw NumberError.zeroDivision("float divmod()");
        double mod = v % w;
        double div = (v - mod) / w;
        if (mod != 0) {
            if ((w < 0) != (mod < 0)) {
                mod += w;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, w);
        }
        double floordiv;
        if (div != 0) {
            // snap the quotient to the nearest integral value
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, v / w);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * True when v ** w has a complex result: a negative finite base and a finite non-integer
     * exponent (float_pow hands these to complex pow, see {@link ComplexMath#pow}).
     */
    public static boolean powIsComplex(double v, double w) {
        return v < 0 && !Double.isInfinite(v) && !Double.isNaN(w) && !Double.isInfinite(w)
                && w != 0 && w != Math.floor(w);
    }

    /**
     * v ** w for floats whose result is real (check {@link #powIsComplex} first).
     * ZeroDivisionError for 0.0 to a negative power; OverflowError
     * "(34, 'Numerical result out of range')" when a finite result overflows.
     */
    public static double pow(double v, double w) {
        if (w == 0) return 1.0;
        if (Double.isNaN(v)) return v;
        if (Double.isNaN(w)) return v == 1.0 ? 1.0 : w;
        if (Double.isInfinite(w)) {
            double a = Math.abs(v);
            if (a == 1.0) return 1.0;
            if ((w > 0.0) == (a > 1.0)) return Math.abs(w);
            return 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0) return odd ? v : Math.abs(v);
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0.0) {
            if (w < 0.0) throw NumberError.zeroDivision("0.0 cannot be raised to a negative power");
            return isOddInteger(w) ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0.0) {
            if (w != Math.floor(w)) throw new IllegalArgumentException("complex result: use ComplexMath.pow");
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) return negate ? -1.0 : 1.0;
        double r = Math.pow(v, w);
        if (Double.isInfinite(r)) throw NumberError.overflow("(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    /** DOUBLE_IS_ODD_INTEGER: w is an odd integer (huge doubles are even). */
    static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && w == Math.floor(w) && (((long) w) & 1) != 0;
    }

    /** float.is_integer(). */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && !Double.isNaN(x) && x == Math.floor(x);
    }

    /** float.as_integer_ratio(): {numerator, denominator} in lowest terms, denominator > 0. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) throw NumberError.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw NumberError.value("cannot convert NaN to integer ratio");
        if (x == 0) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -m : m);
        if (e >= 0) return new BigInteger[] {num.shiftLeft(e), BigInteger.ONE};
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-e)};
    }
}
