package dev.glassbox.objects.numbers;

import dev.glassbox.objects.unicode.StrRepr;

/**
 * {@code float(str)}: CPython's {@code PyFloat_FromString}, {@code _Py_string_to_number_with_underscores}
 * and {@code _PyOS_ascii_strtod} (Objects/floatobject.c, Python/pystrtod.c).
 *
 * <p>Unicode whitespace and decimal digits are first mapped to ASCII (as for int()), the text is
 * stripped of C-locale whitespace, underscores are accepted only between two digits, and the
 * rest must be a decimal literal ({@code [sign] digits [. digits] [e [sign] digits]}) or
 * {@code [sign] inf|infinity|nan} in any case. The checked ASCII literal is then converted by
 * Double.parseDouble, which is correctly rounded (as David Gay's strtod is); overflow gives
 * ±inf, as in CPython.
 */
public final class FloatParse {
    private FloatParse() {}

    /** The bits of the NaN that {@link #parseOrFail} returns for text that is not a float literal. */
    public static final long FAIL = 0x7FF8_DEAD_0000_0001L;

    /** float(s); throws ValueError "could not convert string to float: 'x'". */
    public static double parse(String s) {
        double d = parseOrFail(s);
        if (d != d && Double.doubleToRawLongBits(d) == FAIL) {
            throw NumberError.value("could not convert string to float: " + StrRepr.repr(s));
        }
        return d;
    }

    /**
     * float(s) without an exception: the value, or the NaN with bits {@link #FAIL} when s is not
     * a literal (a "nan" literal gives the ordinary Double.NaN, whose bits differ).
     */
    public static double parseOrFail(String s) {
        String t = clean(s);
        switch (parseAscii(t)) {
            case 1: return Double.parseDouble(t);
            case 2: return Double.NaN;
            case 3: return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default: return Double.longBitsToDouble(FAIL);
        }
    }

    /** ASCII-mapped, stripped text with valid underscores removed; null if malformed. */
    private static String clean(String s) {
        char[] a = IntParse.toAscii(s);
        int start = 0, end = a.length;
        while (start < end && IntParse.isCSpace(a[start])) start++;
        while (end > start && IntParse.isCSpace(a[end - 1])) end--;
        boolean underscores = false;
        for (int i = start; i < end; i++) {
            if (a[i] == '_') {
                underscores = true;
                break;
            }
        }
        if (!underscores) return new String(a, start, end - start);
        StringBuilder sb = new StringBuilder(end - start);
        char prev = 0;
        for (int i = start; i < end; i++) {
            char c = a[i];
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return null;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) return null;
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') return null;
        return sb.toString();
    }

    /** 0: malformed, 1: decimal literal, 2: nan, 3: infinity. */
    static int parseAscii(String t) {
        if (t == null) return 0;
        int n = t.length();
        int p = 0;
        if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) p++;
        String rest = t.substring(p);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) return 3;
        if (rest.equalsIgnoreCase("nan")) return 2;
        int digits = 0;
        while (p < n && isDigit(t.charAt(p))) {
            p++;
            digits++;
        }
        if (p < n && t.charAt(p) == '.') {
            p++;
            while (p < n && isDigit(t.charAt(p))) {
                p++;
                digits++;
            }
        }
        if (digits == 0) return 0;
        if (p < n && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
            p++;
            if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) p++;
            int e = 0;
            while (p < n && isDigit(t.charAt(p))) {
                p++;
                e++;
            }
            if (e == 0) return 0;
        }
        return p == n ? 1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
