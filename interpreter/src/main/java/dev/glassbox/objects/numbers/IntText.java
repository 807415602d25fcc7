package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * int to text: {@code str(int)}, {@code bin}, {@code oct}, {@code hex}, with CPython 3.11's
 * limit on decimal conversion of huge ints (Objects/longobject.c {@code long_to_decimal_string},
 * {@code long_format_binary}; the limit is {@code sys.int_info.default_max_str_digits}).
 *
 * <p>Values that fit in a long take Long's fast paths. BigInteger's decimal conversion is
 * divide and conquer (Schoenhage) for large values, so no further work is needed for speed;
 * the limit is checked from the bit length first so that refused values are never converted.
 */
public final class IntText {
    private IntText() {}

    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** sys.set_int_max_str_digits' limit (0: none); -X int_max_str_digits / PYTHONINTMAXSTRDIGITS set it at start. */
    public static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;
    /** sys.int_info.str_digits_check_threshold: limits below this are refused by set_int_max_str_digits. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;

    /** str(v) for a machine-sized int (never over the limit). */
    public static String toDecimal(long v) {
        return Long.toString(v);
    }

    /** str(v) under the default digit limit. */
    public static String toDecimal(BigInteger v) {
        return toDecimal(v, maxStrDigits);
    }

    /**
     * str(v); maxDigits is sys.get_int_max_str_digits() (0 = no limit). Throws ValueError
     * "Exceeds the limit (N digits) for integer string conversion; ..." past the limit.
     */
    public static String toDecimal(BigInteger v, int maxDigits) {
        if (v.bitLength() < 63) return Long.toString(v.longValue());
        if (maxDigits > 0) {
            // floor(bits * log10(2)) + 1 >= digits >= floor((bits - 1) * log10(2)) + 1
            long bits = v.bitLength();
            long lowDigits = (long) ((bits - 1) * 0.30102999566398114) + 1;
            if (lowDigits - 1 > maxDigits && lowDigits - 1 > STR_DIGITS_CHECK_THRESHOLD) throw tooManyDigitsToStr(maxDigits);
        }
        String s = v.toString();
        if (maxDigits > 0) {
            int digits = s.length() - (v.signum() < 0 ? 1 : 0);
            if (digits > STR_DIGITS_CHECK_THRESHOLD && digits > maxDigits) throw tooManyDigitsToStr(maxDigits);
        }
        return s;
    }

    static NumberError tooManyDigitsToStr(int maxDigits) {
        return NumberError.value("Exceeds the limit (" + maxDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** bin(v), e.g. "-0b101". */
    public static String bin(BigInteger v) { return withPrefix(v, 2, "0b"); }
    /** oct(v), e.g. "0o17". */
    public static String oct(BigInteger v) { return withPrefix(v, 8, "0o"); }
    /** hex(v), e.g. "-0xff". */
    public static String hex(BigInteger v) { return withPrefix(v, 16, "0x"); }

    public static String bin(long v) { return withPrefix(v, 2, "0b"); }
    public static String oct(long v) { return withPrefix(v, 8, "0o"); }
    public static String hex(long v) { return withPrefix(v, 16, "0x"); }

    private static String withPrefix(BigInteger v, int base, String prefix) {
        if (v.bitLength() < 63) return withPrefix(v.longValue(), base, prefix);
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static String withPrefix(long v, int base, String prefix) {
        String digits;
        if (v >= 0) {
            digits = base == 16 ? Long.toHexString(v) : base == 8 ? Long.toOctalString(v) : Long.toBinaryString(v);
            return prefix + digits;
        }
        if (v == Long.MIN_VALUE) return "-" + prefix + BigInteger.valueOf(v).negate().toString(base);
        return "-" + prefix + Long.toString(-v, base);
    }

    /** The magnitude of v in base (2, 8, 10 or 16), lower-case, without sign or prefix. */
    static String magnitude(BigInteger v, int base, int maxDigits) {
        if (v.bitLength() < 63) return magnitude(Math.abs(v.longValue()), base);
        if (base == 10) {
            String s = toDecimal(v.abs(), maxDigits);
            return s;
        }
        return v.abs().toString(base);
    }

    /** The magnitude in base of a non-negative long. */
    static String magnitude(long m, int base) {
        return switch (base) {
            case 16 -> Long.toHexString(m);
            case 8 -> Long.toOctalString(m);
            case 2 -> Long.toBinaryString(m);
            default -> Long.toString(m);
        };
    }
}
