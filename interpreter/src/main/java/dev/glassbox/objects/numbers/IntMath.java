package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * int arithmetic that needs care beyond BigInteger (Objects/longobject.c): true division
 * correctly rounded to a float ({@code long_true_divide}), floor division and modulo with
 * Python's signs and errors ({@code l_divmod}), three-argument pow with negative exponents and
 * moduli ({@code long_pow}), {@code round(int, ndigits)} ({@code long_round}), int to float
 * with CPython's overflow error, and the exact scaling of a wide quotient to a double.
 */
public final class IntMath {
    private IntMath() {}

    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    /** float(n): correctly rounded; OverflowError "int too large to convert to float". */
    public static double toDouble(BigInteger n) {
        double d = n.doubleValue();
        if (Double.isInfinite(d)) throw NumberError.overflow("int too large to convert to float");
        return d;
    }

    /** a / b for ints of machine size. */
    public static double trueDivide(long a, long b) {
        if (b == 0) throw NumberError.zeroDivision("division by zero");
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53) && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b; // both exact, so one correctly rounded operation
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * a / b correctly rounded (half-even), including subnormal results.
     * ZeroDivisionError "division by zero"; OverflowError "integer division result too large
     * for a float".
     */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw NumberError.zeroDivision("division by zero");
        if (a.signum() == 0) return b.signum() < 0 ? -0.0 : 0.0;
        boolean negative = a.signum() != b.signum();
        BigInteger x = a.abs(), y = b.abs();
        if (x.compareTo(TWO_53) <= 0 && y.compareTo(TWO_53) <= 0) {
            double r = x.doubleValue() / y.doubleValue();
            return negative ? -r : r;
        }
        // Scale so that the integer quotient has 62 or 63 bits, keeping a sticky bit.
        int shift = 62 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
                : x.divideAndRemainder(y.shiftLeft(-shift));
        long q = qr[0].longValueExact();
        boolean sticky = qr[1].signum() != 0;
        double r = scale(q, -(long) shift, sticky);
        if (Double.isInfinite(r)) throw NumberError.overflow("integer division result too large for a float");
        return negative ? -r : r;
    }

    /**
     * (q + δ) · 2^exp rounded half-even to a double, where 0 < q < 2^63 and δ is 0 when
     * sticky is false and strictly between 0 and 1 otherwise. Returns infinity on overflow.
     */
    static double scale(long q, long exp, boolean sticky) {
        int bits = 64 - Long.numberOfLeadingZeros(q);
        long top = bits + exp; // value in [2^(top-1), 2^top)
        if (top > 1024) return Double.POSITIVE_INFINITY;
        long lsb = Math.max(top - 53, -1074); // exponent of the result's last place
        long s = lsb - exp; // bits of q to drop
        if (s <= 0) {
            return Math.scalb((double) q, (int) exp); // exact: q has at most 53 significant bits here
        }
        if (s > 64) return 0.0;
        long m = s == 64 ? 0 : q >>> s;
        long rem = s == 64 ? q : q & ((1L << s) - 1);
        long half = 1L << (s - 1);
        if (Long.compareUnsigned(rem, half) > 0 || (rem == half && (sticky || (m & 1) == 1))) m++;
        return Math.scalb((double) m, (int) lsb);
    }

    /** a // b, rounding toward negative infinity. */
    public static BigInteger floorDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw NumberError.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    /** a % b, with the sign of b. */
    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw NumberError.zeroDivision("integer modulo by zero");
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    /** divmod(a, b) as {a // b, a % b}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw NumberError.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(b)};
        }
        return qr;
    }

    /** a ** b for b < 0 without modulus: a float, computed as float ** float (as CPython does). */
    public static double powNegative(BigInteger a, BigInteger b) {
        return FloatMath.pow(toDouble(a), toDouble(b));
    }

    /**
     * pow(a, b, m). ValueError "pow() 3rd argument cannot be 0"; a negative exponent uses the
     * modular inverse (ValueError "base is not invertible for the given modulus"); the result
     * has the sign of m.
     */
    public static BigInteger powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) throw NumberError.value("pow() 3rd argument cannot be 0");
        boolean negativeOutput = m.signum() < 0;
        BigInteger c = m.abs();
        if (c.equals(BigInteger.ONE)) return BigInteger.ZERO;
        BigInteger base = a.mod(c);
        BigInteger e = b;
        if (e.signum() < 0) {
            try {
                base = base.modInverse(c);
            } catch (ArithmeticException notInvertible) {
                throw NumberError.value("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger z = base.modPow(e, c);
        return negativeOutput && z.signum() != 0 ? z.subtract(c) : z;
    }

    /** round(n, ndigits) for an int: unchanged for ndigits >= 0, else to a multiple of 10^-ndigits, ties to even. */
    public static BigInteger round(BigInteger n, long ndigits) {
        if (ndigits >= 0) return n;
        if (-ndigits > Integer.MAX_VALUE) return BigInteger.ZERO;
        BigInteger pow10 = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = divmod(n, pow10);
        int cmp = qr[1].shiftLeft(1).compareTo(pow10);
        if (cmp > 0 || (cmp == 0 && qr[0].testBit(0))) qr[0] = qr[0].add(BigInteger.ONE);
        return qr[0].multiply(pow10);
    }
}
