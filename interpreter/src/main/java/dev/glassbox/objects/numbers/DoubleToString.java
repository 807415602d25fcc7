package dev.glassbox.objects.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Double to text under a format code, as CPython's {@code PyOS_double_to_string} and
 * {@code format_float_short} (Python/pystrtod.c) do it.
 *
 * <p>Digits come from one of two sources, as in CPython's use of {@code _Py_dg_dtoa}:
 * code 'r' takes the shortest round-trip digits ({@link ShortestDigits}, dtoa mode 0); 'e' and
 * 'g' take a fixed number of significant digits (mode 2) and 'f' a fixed number of digits after
 * the point (mode 3), both correctly rounded half-even on the exact binary value via
 * BigDecimal. Then one layout routine places the digits, the point, padding zeros and the
 * exponent exactly as {@code format_float_short} does.
 */
public final class DoubleToString {
    private DoubleToString() {}

    /** Always write a sign ('+' for non-negative). */
    public static final int SIGN = 1;
    /** Write "1.0", not "1", for an integral value without exponent ('r', and 'g' for format()). */
    public static final int ADD_DOT_0 = 2;
    /** The '#' alternate form: keep the point and (for 'g') trailing zeros. */
    public static final int ALT = 4;
    /** The 3.11 'z' option: a value that rounds to zero is written without '-'. */
    public static final int NO_NEG_0 = 8;

    /**
     * x formatted with code 'e', 'E', 'f', 'F', 'g', 'G' or 'r' and the given precision (ignored
     * for 'r'), like PyOS_double_to_string. Infinities and NaNs are "inf"/"nan" (upper case for
     * the upper-case codes), with a sign only for negative infinity or when SIGN is set.
     */
    public static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = upper ? (char) (code + 32) : code;
        boolean negative = (Double.doubleToRawLongBits(x) < 0) && !Double.isNaN(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String body = Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
            if (negative) return "-" + body;
            return (flags & SIGN) != 0 ? "+" + body : body;
        }
        String digits;
        int decpt;
        switch (lower) {
            case 'r': {
                if (x == 0) {
                    digits = "0";
                    decpt = 1;
                } else {
                    ShortestDigits.Decimal d = ShortestDigits.of(x);
                    digits = Long.toString(d.digits());
                    decpt = digits.length() + d.exponent();
                }
                break;
            }
            case 'e':
                precision++; // e-format's precision counts digits after the first one
                // fall through
            case 'g': {
                if (lower == 'g' && precision == 0) precision = 1;
                if (x == 0) {
                    digits = "0";
                    decpt = 1;
                    break;
                }
                // Fast paths from the shortest digits D (n of them), for normal doubles:
                // (1) n <= precision <= 15: D is the correctly rounded result (the double's error,
                // under 2^-53 relative, is below half a unit in the 15th digit);
                // (2) n >= precision + 2: rounding D gives the same as rounding x, because a
                // rounding boundary between them would be a shorter number in x's interval.
                if (Math.abs(x) >= Double.MIN_NORMAL) {
                    ShortestDigits.Decimal d = ShortestDigits.of(x);
                    int n = ShortestDigits.decimalLength(d.digits());
                    if (n <= precision && precision <= 15) {
                        digits = Long.toString(d.digits());
                        decpt = n + d.exponent();
                        break;
                    }
                    if (n >= precision + 2) {
                        String all = Long.toString(d.digits());
                        decpt = n + d.exponent();
                        String r = roundPrefix(all, precision);
                        if (r.length() > precision) decpt++; // 99.9 -> 100
                        digits = stripZeros(r.length() > precision ? r.substring(0, precision) : r);
                        break;
                    }
                }
                BigDecimal r = new BigDecimal(Math.abs(x)).round(new MathContext(precision, RoundingMode.HALF_EVEN));
                digits = r.unscaledValue().toString();
                decpt = digits.length() - r.scale();
                digits = stripZeros(digits);
                break;
            }
            case 'f': {
                if (Math.abs(x) >= Double.MIN_NORMAL) {
                    // The same fast paths: D itself when it ends at or before the requested
                    // position with at most 15 significant digits; D rounded when it has at
                    // least two more digits than the result.
                    ShortestDigits.Decimal d = ShortestDigits.of(x);
                    int n = ShortestDigits.decimalLength(d.digits());
                    int dp = n + d.exponent();
                    if (d.exponent() >= -precision && dp + precision <= 15) {
                        digits = Long.toString(d.digits());
                        decpt = dp;
                        break;
                    }
                    int keep = dp + precision;
                    if (keep >= 1 && n >= keep + 2) {
                        String r = roundPrefix(Long.toString(d.digits()), keep);
                        decpt = r.length() > keep ? dp + 1 : dp;
                        digits = stripZeros(r.length() > keep ? r.substring(0, keep) : r);
                        break;
                    }
                    long fixed = smallFixed(Math.abs(x), precision);
                    if (fixed >= 0) {
                        if (fixed == 0) {
                            digits = "0";
                            decpt = 1;
                        } else {
                            digits = Long.toString(fixed);
                            decpt = digits.length() - precision;
                            digits = stripZeros(digits);
                        }
                        break;
                    }
                }
                BigDecimal r = new BigDecimal(Math.abs(x)).setScale(precision, RoundingMode.HALF_EVEN);
                if (r.signum() == 0) {
                    digits = "0";
                    decpt = 1;
                } else {
                    digits = r.unscaledValue().toString();
                    decpt = digits.length() - r.scale();
                    digits = stripZeros(digits);
                }
                break;
            }
            default:
                throw new IllegalArgumentException("bad format code " + code);
        }
        if (negative && (flags & NO_NEG_0) != 0 && digits.equals("0")) negative = false;
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) sb.append('-');
        else if ((flags & SIGN) != 0) sb.append('+');
        layout(sb, digits, decpt, lower, precision, flags, upper);
        return sb.toString();
    }

    private static final long[] POW5 = {1, 5, 25, 125, 625};
    private static final double[] POW10D = {1, 10, 100, 1000, 10000};

    /**
     * round-half-even(x * 10^precision) computed exactly in a long, or -1 when that is not
     * possible (precision over 4, or a value that does not fit). x = m * 2^e, so
     * x * 10^p = m * 5^p * 2^(e + p), and m * 5^4 < 2^63.
     */
    static long smallFixed(double x, int precision) {
        if (precision > 4 || x * POW10D[precision] >= 0x1p62) return -1;
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52);
        long m = bits & 0xF_FFFF_FFFF_FFFFL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long n = m * POW5[precision];
        int shift = -(e + precision);
        if (shift <= 0) {
            return n << -shift; // exact, and below 2^62 by the check above
        }
        if (shift >= 64) return 0; // n < 2^63 <= half of 2^shift
        long q = n >>> shift;
        long r = n & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (r > half || (r == half && (q & 1) == 1)) q++;
        return q;
    }

    /**
     * The first keep digits of all, rounded by the digits after them (never an exact tie
     * here, as at least two digits follow and the last is not 0). A carry out of the first
     * digit gives a string one longer, "1000...".
     */
    static String roundPrefix(String all, int keep) {
        char[] c = all.substring(0, keep).toCharArray();
        if (all.charAt(keep) >= '5') {
            int i = keep - 1;
            while (i >= 0 && c[i] == '9') c[i--] = '0';
            if (i < 0) return "1" + new String(c);
            c[i]++;
        }
        return new String(c);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return end == digits.length() ? digits : digits.substring(0, end);
    }

    /**
     * Places digits (value 0.DIGITS × 10^decpt) as format_float_short does: the output is a
     * slice [start, end) of the digits padded with zeros on both sides, with the point after
     * position decpt and an optional exponent.
     */
    static void layout(StringBuilder sb, String digits, int decpt, char code, int precision,
                       int flags, boolean upper) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int len = digits.length();
        int end = len;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) end = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
            default:
                throw new IllegalArgumentException();
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) end = Math.max(end, decpt + 1);
        else end = Math.max(end, decpt);

        if (decpt <= 0) {
            zeros(sb, decpt - start);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -start);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(digits, 0, decpt);
            sb.append('.');
            sb.append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, end - decpt);
        } else {
            zeros(sb, end - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) sb.setLength(sb.length() - 1);
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append('0');
    }
}
