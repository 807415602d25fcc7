package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * {@code float.hex()} and {@code float.fromhex()}: CPython's {@code float_hex} and
 * {@code float_fromhex} (Objects/floatobject.c).
 *
 * <p>hex writes 0x1.hhhhhhhhhhhhhp±e for normal values (13 fraction digits) and
 * 0x0.hhhhhhhhhhhhhp-1022 for subnormals. fromhex accepts
 * {@code [ws] [sign] ([0x] hex [. hex] | . hex) [p [sign] dec] [ws]} or inf/infinity/nan, and rounds
 * half-even on the exact value; the final rounding is Java's hex-literal parser, fed an exact
 * (shortened) coefficient and an exponent kept within range.
 */
public final class FloatHex {
    private FloatHex() {}

    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return FloatRepr.repr(x);
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        int biased = (int) ((bits >>> 52) & 0x7FF);
        String frac = String.format("%013x", mantissa);
        if (biased == 0) return sign + "0x0." + frac + "p-1022";
        int e = biased - 1023;
        return sign + "0x1." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** float.fromhex(s). */
    public static double fromHex(String s) {
        int n = s.length();
        int p = 0;
        while (p < n && IntParse.isCSpace(s.charAt(p))) p++;
        // inf / infinity / nan, with their own optional sign
        int q = p;
        boolean neg = false;
        if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
            neg = s.charAt(q) == '-';
            q++;
        }
        double special = Double.NaN;
        int specialEnd = -1;
        if (s.regionMatches(true, q, "infinity", 0, 8)) {
            special = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            specialEnd = q + 8;
        } else if (s.regionMatches(true, q, "inf", 0, 3)) {
            special = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            specialEnd = q + 3;
        } else if (s.regionMatches(true, q, "nan", 0, 3)) {
            special = Double.NaN;
            specialEnd = q + 3;
        }
        if (specialEnd >= 0) {
            p = specialEnd;
            while (p < n && IntParse.isCSpace(s.charAt(p))) p++;
            if (p != n) throw parseError();
            return special;
        }
        boolean negate = false;
        if (p < n && s.charAt(p) == '-') {
            negate = true;
            p++;
        } else if (p < n && s.charAt(p) == '+') {
            p++;
        }
        if (p + 1 < n && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) p += 2;
        StringBuilder coeff = new StringBuilder();
        while (p < n && hexValue(s.charAt(p)) >= 0) coeff.append(s.charAt(p++));
        long fdigits = 0;
        if (p < n && s.charAt(p) == '.') {
            p++;
            while (p < n && hexValue(s.charAt(p)) >= 0) {
                coeff.append(s.charAt(p++));
                fdigits++;
            }
        }
        if (coeff.length() == 0) throw parseError();
        long exp = 0;
        if (p < n && (s.charAt(p) == 'p' || s.charAt(p) == 'P')) {
            p++;
            boolean eneg = false;
            if (p < n && (s.charAt(p) == '-' || s.charAt(p) == '+')) eneg = s.charAt(p++) == '-';
            if (!(p < n && isDigit(s.charAt(p)))) throw parseError();
            while (p < n && isDigit(s.charAt(p))) {
                // strtol saturates; anything this large is overflow or zero anyway
                if (exp < 1L << 55) exp = exp * 10 + (s.charAt(p) - '0');
                p++;
            }
            if (eneg) exp = -exp;
        }
        int tail = p; // CPython reports overflow before it looks at what follows the number

        // Strip leading zeros; the value is coeff * 2^(exp - 4*fdigits).
        int lead = 0;
        while (lead < coeff.length() && coeff.charAt(lead) == '0') lead++;
        double x;
        if (lead == coeff.length()) {
            x = 0.0;
        } else {
            String digits = coeff.substring(lead);
            long e2 = exp - 4 * fdigits;
            // Exponent of the top bit plus one.
            long top = e2 + 4L * (digits.length() - 1) + (32 - Integer.numberOfLeadingZeros(hexValue(digits.charAt(0))));
            if (top < -1074) { // below half the smallest subnormal
                x = 0.0;
            } else if (top > 1024) {
                throw overflow();
            } else {
                // Keep at most 60 significant bits, folding the rest into a sticky bit, so the
                // literal is short and its exponent small; rounding is unchanged.
                BigInteger m = new BigInteger(digits, 16);
                int extra = m.bitLength() - 60;
                if (extra > 0) {
                    boolean sticky = m.getLowestSetBit() < extra;
                    m = m.shiftRight(extra);
                    m = m.shiftLeft(1);
                    if (sticky) m = m.setBit(0); // inexact: a 1 bit far below the rounding bit
                    e2 += extra - 1;
                }
                x = Double.parseDouble("0x" + m.toString(16) + "p" + e2);
                if (Double.isInfinite(x)) throw overflow();
            }
        }
        while (tail < n && IntParse.isCSpace(s.charAt(tail))) tail++;
        if (tail != n) throw parseError();
        return negate ? -x : x;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static NumberError parseError() {
        return NumberError.value("invalid hexadecimal floating-point string");
    }

    private static NumberError overflow() {
        return NumberError.overflow("hexadecimal value too large to represent as a float");
    }
}
