package dev.glassbox.objects.numbers;

import dev.glassbox.objects.unicode.StrRepr;

/**
 * {@code complex(str)}: CPython's {@code complex_subtype_from_string} and
 * {@code complex_from_string_inner} (Objects/complexobject.c).
 *
 * <p>After the same ASCII mapping and underscore rules as float(), the text is
 * {@code [ws] ['('] [ws] form [ws] [')' [ws]]} where form is {@code <float>},
 * {@code <float>j}, {@code <float><signed-float>j}, {@code <float><sign>j}, {@code <sign>j} or
 * {@code j}; a float is the longest prefix strtod accepts (sign, digits, point, exponent, or
 * inf/infinity/nan). Errors: "complex() arg is a malformed string", and for misplaced
 * underscores "could not convert string to complex: '...'".
 */
public final class ComplexParse {
    private ComplexParse() {}

    /** complex(s) as {real, imag}. */
    public static double[] parse(String s) {
        char[] a = IntParse.toAscii(s);
        if (new String(a).indexOf('_') >= 0) {
            a = stripUnderscores(a);
            if (a == null) throw NumberError.value("could not convert string to complex: " + StrRepr.repr(s));
        }
        double[] r = inner(a);
        if (r == null) throw NumberError.value("complex() arg is a malformed string");
        return r;
    }

    /** _Py_string_to_number_with_underscores: '_' only between digits. */
    private static char[] stripUnderscores(char[] a) {
        StringBuilder sb = new StringBuilder(a.length);
        char prev = 0;
        for (char c : a) {
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return null;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) return null;
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') return null;
        return sb.toString().toCharArray();
    }

    private static double[] inner(char[] a) {
        int n = a.length;
        int p = 0;
        while (p < n && IntParse.isCSpace(a[p])) p++;
        boolean bracket = false;
        if (p < n && a[p] == '(') {
            bracket = true;
            p++;
            while (p < n && IntParse.isCSpace(a[p])) p++;
        }
        double x = 0.0, y = 0.0;
        int[] end = new int[1];
        double z = floatPrefix(a, p, end);
        if (end[0] != p) {
            p = end[0];
            if (p < n && (a[p] == '+' || a[p] == '-')) {
                x = z;
                y = floatPrefix(a, p, end);
                if (end[0] != p) {
                    p = end[0];
                } else {
                    y = a[p] == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (a[p] == 'j' || a[p] == 'J'))) return null;
                p++;
            } else if (p < n && (a[p] == 'j' || a[p] == 'J')) {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (a[p] == '+' || a[p] == '-')) {
                y = a[p] == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (a[p] == 'j' || a[p] == 'J'))) return null;
            p++;
        }
        while (p < n && IntParse.isCSpace(a[p])) p++;
        if (bracket) {
            if (!(p < n && a[p] == ')')) return null;
            p++;
            while (p < n && IntParse.isCSpace(a[p])) p++;
        }
        return p == n ? new double[] {x, y} : null;
    }

    /** The longest float literal at a[p] (strtod); end[0] = p when there is none. */
    static double floatPrefix(char[] a, int p, int[] end) {
        int n = a.length;
        int q = p;
        boolean neg = false;
        if (q < n && (a[q] == '+' || a[q] == '-')) {
            neg = a[q] == '-';
            q++;
        }
        if (matches(a, q, "infinity")) {
            end[0] = q + 8;
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (matches(a, q, "inf")) {
            end[0] = q + 3;
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (matches(a, q, "nan")) {
            end[0] = q + 3;
            return Double.NaN;
        }
        int digits = 0;
        while (q < n && a[q] >= '0' && a[q] <= '9') {
            q++;
            digits++;
        }
        if (q < n && a[q] == '.') {
            q++;
            while (q < n && a[q] >= '0' && a[q] <= '9') {
                q++;
                digits++;
            }
        }
        if (digits == 0) {
            end[0] = p;
            return 0.0;
        }
        if (q < n && (a[q] == 'e' || a[q] == 'E')) {
            int e = q + 1;
            if (e < n && (a[e] == '+' || a[e] == '-')) e++;
            int start = e;
            while (e < n && a[e] >= '0' && a[e] <= '9') e++;
            if (e > start) q = e;
        }
        end[0] = q;
        return Double.parseDouble(new String(a, p, q - p));
    }

    private static boolean matches(char[] a, int p, String word) {
        if (p + word.length() > a.length) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = a[p + i];
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != word.charAt(i)) return false;
        }
        return true;
    }
}
