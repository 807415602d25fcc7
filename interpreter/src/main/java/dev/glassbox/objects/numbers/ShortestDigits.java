package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * Shortest round-trip decimal digits of a finite double: the digit string CPython's
 * {@code _Py_dg_dtoa(x, 0, ...)} (mode 0, used by {@code float_repr}) returns.
 *
 * <p>The algorithm is Ulf Adams' Ryu (PLDI 2018): scale the rounding interval of the double
 * by a 125-bit approximation of a power of five so that all three bounds (low, value, high)
 * land in 64-bit integers, then drop decimal digits while the interval still holds a shorter
 * number. Among the shortest candidates it picks the one closest to the exact binary value,
 * ties to even, and the interval bounds are inclusive when the significand is even — exactly
 * David Gay's mode 0 under round-half-even, which is what CPython's repr is.
 *
 * <p>The power-of-five tables are computed once with BigInteger at class load (about 670
 * entries); {@code ShortestDigitsTest} checks the result against python3's repr.
 */
final class ShortestDigits {
    private ShortestDigits() {}

    /** A decimal {@code digits × 10^exponent}; digits has no trailing zeros unless it is 0. */
    record Decimal(long digits, int exponent) {}

    private static final int MANTISSA_BITS = 52;
    private static final int EXPONENT_BITS = 11;
    private static final int BIAS = 1023;
    private static final int POW5_INV_BITCOUNT = 125;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_TABLE_SIZE = 342;
    private static final int POW5_TABLE_SIZE = 326;

    // Each entry is a 125-bit number split into low and high 64-bit halves.
    private static final long[] POW5_LO = new long[POW5_TABLE_SIZE];
    private static final long[] POW5_HI = new long[POW5_TABLE_SIZE];
    private static final long[] POW5_INV_LO = new long[POW5_INV_TABLE_SIZE];
    private static final long[] POW5_INV_HI = new long[POW5_INV_TABLE_SIZE];

    static {
        BigInteger five = BigInteger.valueOf(5);
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger pow = BigInteger.ONE;
        int n = Math.max(POW5_TABLE_SIZE, POW5_INV_TABLE_SIZE);
        for (int i = 0; i < n; i++, pow = pow.multiply(five)) {
            int len = pow.bitLength();
            if (i < POW5_TABLE_SIZE) {
                // 5^i normalised to exactly POW5_BITCOUNT bits (truncated).
                int shift = len - POW5_BITCOUNT;
                BigInteger v = shift >= 0 ? pow.shiftRight(shift) : pow.shiftLeft(-shift);
                POW5_LO[i] = v.and(mask64).longValue();
                POW5_HI[i] = v.shiftRight(64).longValue();
            }
            if (i < POW5_INV_TABLE_SIZE) {
                // floor(2^(len - 1 + POW5_INV_BITCOUNT) / 5^i) + 1: an upper approximation of 1/5^i.
                int j = len - 1 + POW5_INV_BITCOUNT;
                BigInteger v = BigInteger.ONE.shiftLeft(j).divide(pow).add(BigInteger.ONE);
                POW5_INV_LO[i] = v.and(mask64).longValue();
                POW5_INV_HI[i] = v.shiftRight(64).longValue();
            }
        }
    }

    /** ceil(log2(5^e)) for e in [1, 3528]; 1 for e == 0. */
    private static int pow5bits(int e) {
        return ((e * 1217359) >>> 19) + 1;
    }

    /** floor(log10(2^e)) for e in [0, 1650]. */
    private static int log10Pow2(int e) {
        return (e * 78913) >>> 18;
    }

    /** floor(log10(5^e)) for e in [0, 2620]. */
    private static int log10Pow5(int e) {
        return (e * 732923) >>> 20;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        int count = 0;
        while (value > 0 && value % 5 == 0) {
            value /= 5;
            count++;
            if (count >= p) return true;
        }
        return count >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }

    /** High 64 bits of the unsigned 128-bit product a*b (Math.unsignedMultiplyHigh is Java 18+). */
    private static long umulhi(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** (m * (hi·2^64 + lo)) >> j, for m < 2^58 and a result that fits in 63 bits. */
    private static long mulShift(long m, long lo, long hi, int j) {
        long b0hi = umulhi(m, lo);
        long b2lo = m * hi;
        long b2hi = umulhi(m, hi);
        long sumLo = b0hi + b2lo;
        long sumHi = b2hi + (Long.compareUnsigned(sumLo, b0hi) < 0 ? 1 : 0);
        int s = j - 64;
        if (s >= 64) return sumHi >>> (s - 64);
        if (s == 0) return sumLo;
        return (sumLo >>> s) | (sumHi << (64 - s));
    }

    /** The shortest decimal that reads back as {@code bits}; x must be finite and non-zero. */
    static Decimal of(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long ieeeMantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int ieeeExponent = (int) ((bits >>> MANTISSA_BITS) & ((1 << EXPONENT_BITS) - 1));
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - BIAS - MANTISSA_BITS - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | ieeeMantissa;
        }
        // Round-half-even reading: an even significand owns both ends of its interval.
        boolean acceptBounds = (m2 & 1) == 0;
        long mv = 4 * m2;
        // The interval below is half as wide at a power of two (except for the smallest normal).
        int mmShift = (ieeeMantissa != 0 || ieeeExponent <= 1) ? 1 : 0;
        long mp = mv + 2;
        long mm = mv - 1 - mmShift;

        long vr, vp, vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            long lo = POW5_INV_LO[q], hi = POW5_INV_HI[q];
            vr = mulShift(mv, lo, hi, i);
            vp = mulShift(mp, lo, hi, i);
            vm = mulShift(mm, lo, hi, i);
            if (q <= 21) {
                // Only here can the scaled bounds be exact integers (5^q must divide them).
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mm, q);
                } else {
                    vp -= multipleOfPowerOf5(mp, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            long lo = POW5_LO[i], hi = POW5_HI[i];
            vr = mulShift(mv, lo, hi, j);
            vp = mulShift(mp, lo, hi, j);
            vm = mulShift(mm, lo, hi, j);
            if (q <= 1) {
                // mv * 5^i / 2^q with q <= 1: mv has at least 2 trailing zero bits, so exact.
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
            }
        }

        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            // Rare general case: track whether the dropped digits were all zero so that
            // exact bounds and exact halfway values are treated precisely.
            while (true) {
                long vpDiv10 = vp / 10;
                long vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) break;
                int vmMod10 = (int) (vm - 10 * vmDiv10);
                long vrDiv10 = vr / 10;
                int vrMod10 = (int) (vr - 10 * vrDiv10);
                vmIsTrailingZeros &= vmMod10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = vrMod10;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (true) {
                    long vmDiv10 = vm / 10;
                    int vmMod10 = (int) (vm - 10 * vmDiv10);
                    if (vmMod10 != 0) break;
                    long vpDiv10 = vp / 10;
                    long vrDiv10 = vr / 10;
                    int vrMod10 = (int) (vr - 10 * vrDiv10);
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = vrMod10;
                    vr = vrDiv10;
                    vp = vpDiv10;
                    vm = vmDiv10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4; // exactly halfway: round to even
            }
            boolean up = (vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5;
            output = vr + (up ? 1 : 0);
        } else {
            boolean roundUp = false;
            while (true) {
                long vpDiv10 = vp / 10;
                long vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) break;
                long vrDiv10 = vr / 10;
                int vrMod10 = (int) (vr - 10 * vrDiv10);
                roundUp = vrMod10 >= 5;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                removed++;
            }
            output = vr + ((vr == vm || roundUp) ? 1 : 0);
        }
        int exp = e10 + removed;
        // Ryu may leave trailing zeros when the value is an exact integer-ish decimal.
        while (output != 0 && output % 10 == 0) {
            output /= 10;
            exp++;
        }
        return new Decimal(output, exp);
    }

    /** Number of decimal digits of v (v > 0, v < 10^18). */
    static int decimalLength(long v) {
        // 64 - nlz(v) bits; 1233/4096 ~ log10(2) gives the length or one less.
        int guess = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return guess + (guess < 19 && v >= POW10[guess] ? 1 : 0);
    }

    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < 19; i++, p *= 10) POW10[i] = p;
    }
}
