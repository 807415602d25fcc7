package dev.glassbox.objects;

import dev.glassbox.objects.numbers.IntMath;
import dev.glassbox.objects.numbers.NumberError;

import java.math.BigInteger;

/**
 * Arithmetic on {@link PyInt} values (Objects/longobject.c's {@code long_add}, {@code l_divmod},
 * {@code long_pow}, {@code long_true_divide}, ...), on the values only: operand coercion and
 * {@code NotImplemented} are {@link PyIntMethods}' business.
 *
 * <p>Every operation has a fast path on two longs that detects overflow exactly
 * ({@code Math.addExact} and friends) and falls back to BigInteger; results are normalised by
 * {@link PyInt#of(BigInteger)}, so a value that fits a long is always held as one.
 */
final class IntOps {
    private IntOps() {}

    // ------------------------------------------------------------------ + - *

    static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            // overflow iff both operands have the sign opposite to the result's
            if (((a.value ^ r) & (b.value ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().add(b.toBig()));
    }

    static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().subtract(b.toBig()));
    }

    static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
        }
        return PyInt.of(a.toBig().multiply(b.toBig()));
    }

    static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return PyInt.of(-a.value);
        return PyInt.of(a.toBig().negate());
    }

    static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : plain(a);
    }

    /** The value as an exact int (not a subclass instance): int.__pos__, int.__int__. */
    static PyInt plain(PyInt a) {
        if (a.type == PyInt.TYPE) return a;
        return a.big == null ? PyInt.of(a.value) : PyInt.of(a.big);
    }

    // ------------------------------------------------------------------ division

    /** Floor division; b must be non-zero. */
    static PyInt floorDiv(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            if (!(a.value == Long.MIN_VALUE && b.value == -1)) return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBig().divideAndRemainder(b.toBig());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
        return PyInt.of(q);
    }

    /** Modulo with the sign of the divisor; b must be non-zero. */
    static PyInt mod(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            if (b.value == -1) return PyInt.ZERO;
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBig().mod(b.toBig().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.toBig());
        return PyInt.of(r);
    }

    /** a / b correctly rounded (long_true_divide, in {@link IntMath}). */
    static double trueDiv(PyInt a, PyInt b) {
        try {
            if (a.big == null && b.big == null) return IntMath.trueDivide(a.value, b.value);
            return IntMath.trueDivide(a.toBig(), b.toBig());
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    // ------------------------------------------------------------------ pow

    /** a ** b for b >= 0. */
    static PyInt pow(PyInt a, PyInt b) {
        if (b.big != null) {
            // Only 0, 1 and -1 survive a huge exponent.
            if (a.big == null && (a.value == 0 || a.value == 1)) return a.big == null ? PyInt.of(a.value) : a;
            if (a.big == null && a.value == -1) return b.toBig().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
            throw Errors.memoryError();
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            if (base == 0) return e == 0 ? PyInt.ONE : PyInt.ZERO;
            if (base == 1) return PyInt.ONE;
            if (base == -1) return (e & 1) == 0 ? PyInt.ONE : PyInt.MINUS_ONE;
            if (base == 2 && e < 63) return PyInt.of(1L << e);
            long r = 1, p = base;
            long n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(r, p), lo = r * p;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    r = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(p, p), lo = p * p;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    p = lo;
                }
            }
            if (!overflow) return PyInt.of(r);
        }
        long bits = a.toBig().abs().bitLength();
        if (e > Integer.MAX_VALUE || bits * e > Integer.MAX_VALUE) throw Errors.memoryError();
        return PyInt.of(a.toBig().pow((int) e));
    }

    /** pow(a, b, m) with ints (long_pow's modular branch, in {@link IntMath}). */
    static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        try {
            return PyInt.of(IntMath.powMod(a.toBig(), b.toBig(), m.toBig()));
        } catch (NumberError e) {
            throw convert(e);
        }
    }

    // ------------------------------------------------------------------ bits

    static PyInt invert(PyInt a) {
        if (a.big == null) return PyInt.of(~a.value);
        return PyInt.of(a.big.not());
    }

    static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (a.signum() == 0) return PyInt.ZERO;
        if (b.big != null || b.value > Integer.MAX_VALUE - 64) throw Errors.overflowError("too many digits in integer");
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long v = a.value;
            long r = v << n;
            if ((r >> n) == v) return PyInt.of(r);
        }
        return PyInt.of(a.toBig().shiftLeft(n));
    }

    static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (b.big != null || b.value >= Integer.MAX_VALUE) return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        if (a.big == null) return PyInt.of(b.value >= 63 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value & b.value);
        return PyInt.of(a.toBig().and(b.toBig()));
    }

    static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value | b.value);
        return PyInt.of(a.toBig().or(b.toBig()));
    }

    static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return PyInt.of(a.value ^ b.value);
        return PyInt.of(a.toBig().xor(b.toBig()));
    }

    /** int.bit_length(): bits of |a|. */
    static long bitLength(PyInt a) {
        if (a.big == null) {
            long v = a.value;
            if (v == Long.MIN_VALUE) return 64;
            return 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return a.big.abs().bitLength();
    }

    // ------------------------------------------------------------------ comparison

    static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.toBig().compareTo(b.toBig());
    }

    /**
     * Compares an int with a float exactly (float_richcompare's int branch); NaN is reported
     * as {@link Integer#MIN_VALUE} (unordered). The sign of the result is what matters.
     */
    static int compareWithDouble(PyInt a, double d) {
        if (Double.isNaN(d)) return Integer.MIN_VALUE;
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (a.big == null && Math.abs(a.value) < (1L << 53)) {
            double x = a.value; // exact
            return x > d ? 1 : x < d ? -1 : 0;
        }
        // Exact: compare a with floor(d), then the fraction decides ties.
        double fl = Math.floor(d);
        BigInteger fi = new java.math.BigDecimal(fl).toBigInteger();
        int c = a.toBig().compareTo(fi);
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }

    // ------------------------------------------------------------------ errors

    /** The Python exception for a failure reported by the numbers package. */
    static PyException convert(NumberError e) {
        PyType t = switch (e.kind()) {
            case VALUE_ERROR -> ExceptionTypes.ValueError;
            case OVERFLOW_ERROR -> ExceptionTypes.OverflowError;
            case TYPE_ERROR -> ExceptionTypes.TypeError;
            case ZERO_DIVISION_ERROR -> ExceptionTypes.ZeroDivisionError;
            case MEMORY_ERROR -> ExceptionTypes.MemoryError;
        };
        if (e.kind() == NumberError.Kind.MEMORY_ERROR) return Errors.raise(t);
        return Errors.raise(t, "%s", e.getMessage());
    }
}
