package dev.glassbox.objects.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code round(float[, ndigits])} and {@code int(float)}: CPython's {@code float___round___impl},
 * {@code double_round} (Objects/floatobject.c) and {@code PyLong_FromDouble}.
 *
 * <p>CPython rounds with dtoa mode 3 (correctly rounded, half-even, on the exact binary value)
 * and reads the decimal string back; BigDecimal gives the same exact decimal and
 * BigDecimal.doubleValue reads it back correctly rounded.
 */
public final class FloatRound {
    private FloatRound() {}

    /** ndigits above this leave x unchanged: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103. */
    static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    /** ndigits below this round to ±0.0: -(DBL_MAX_EXP + 1) * 0.30103. */
    static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /** round(x, ndigits) for a float x (ndigits already an index, clamped to a long by the caller). */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (ndigits > NDIGITS_MAX) return x;
        if (ndigits < NDIGITS_MIN) return 0.0 * x;
        if (x == 0) return x;
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) throw NumberError.overflow("rounded value too large to represent");
        return d == 0 ? Math.copySign(0.0, x) : d;
    }

    /** round(x) with no ndigits, as a float value: half to even (the caller makes it an int). */
    public static double roundHalfEven(double x) {
        return Math.rint(x);
    }

    /** round(x) as an int: half to even, with int()'s errors for inf and nan. */
    public static BigInteger roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /**
     * int(x) for a float: truncation toward zero. OverflowError "cannot convert float infinity
     * to integer", ValueError "cannot convert float NaN to integer".
     */
    public static BigInteger toInt(double x) {
        if (Double.isNaN(x)) throw NumberError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw NumberError.overflow("cannot convert float infinity to integer");
        if (Math.abs(x) < 0x1p63) return BigInteger.valueOf((long) x);
        return new BigDecimal(x).toBigInteger();
    }
}
