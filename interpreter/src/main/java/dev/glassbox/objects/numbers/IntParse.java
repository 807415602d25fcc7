package dev.glassbox.objects.numbers;

import dev.glassbox.objects.unicode.StrRepr;
import dev.glassbox.objects.unicode.UnicodeDatabase;
import java.math.BigInteger;

/**
 * {@code int(str, base)}: CPython's {@code PyLong_FromUnicodeObject} and
 * {@code PyLong_FromString} (Objects/longobject.c).
 *
 * <p>First every non-ASCII character becomes ASCII as {@code _PyUnicode_TransformDecimalAndSpaceToASCII}
 * does (Unicode whitespace → ' ', Unicode decimal digits → '0'..'9', anything else ends the
 * text), then the ASCII grammar is applied: optional C-locale whitespace, sign, a 0x/0o/0b
 * prefix (base 0 or the matching base) optionally followed by one '_', digits with single
 * underscores between them, whitespace. Base 0 refuses leading zeros of a non-zero value.
 * Outside power-of-two bases, more than maxDigits digits (underscores not counted) is
 * refused before conversion (3.11's int/str limit).
 */
public final class IntParse {
    private IntParse() {}

    /** int(s, base) under the default digit limit: a Long when it fits, else a BigInteger. */
    public static Number parse(String s, int base) {
        return parse(s, base, IntText.maxStrDigits);
    }

    /**
     * int(s, base); maxDigits is sys.get_int_max_str_digits() (0 = no limit).
     * @throws NumberError ValueError with CPython's message
     */
    public static Number parse(String s, int base, int maxDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw NumberError.value("int() base must be >= 2 and <= 36, or 0");
        }
        char[] a = toAscii(s);
        int n = a.length;
        int p = 0;
        while (p < n && isCSpace(a[p])) p++;
        boolean negative = false;
        if (p < n && a[p] == '+') p++;
        else if (p < n && a[p] == '-') {
            negative = true;
            p++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            if (p >= n || a[p] != '0') b = 10;
            else if (p + 1 < n && (a[p + 1] == 'x' || a[p + 1] == 'X')) b = 16;
            else if (p + 1 < n && (a[p + 1] == 'o' || a[p + 1] == 'O')) b = 8;
            else if (p + 1 < n && (a[p + 1] == 'b' || a[p + 1] == 'B')) b = 2;
            else {
                errorIfNonzero = true; // C-style octal "010" is invalid, but "00" is zero
                b = 10;
            }
        }
        if (p + 1 < n && a[p] == '0' && ((b == 16 && (a[p + 1] == 'x' || a[p + 1] == 'X'))
                || (b == 8 && (a[p + 1] == 'o' || a[p + 1] == 'O'))
                || (b == 2 && (a[p + 1] == 'b' || a[p + 1] == 'B')))) {
            p += 2;
            if (p < n && a[p] == '_') p++;
        }
        if (p < n && a[p] == '_') throw invalid(s, base);
        int start = p;
        int digits = 0;
        char prev = 0;
        while (p < n && (digitValue(a[p]) < b || a[p] == '_')) {
            if (a[p] == '_') {
                if (prev == '_') throw invalid(s, base);
            } else {
                digits++;
            }
            prev = a[p++];
        }
        if (prev == '_') throw invalid(s, base);
        boolean binaryBase = (b & (b - 1)) == 0;
        if (!binaryBase && maxDigits > 0 && digits > IntText.STR_DIGITS_CHECK_THRESHOLD && digits > maxDigits) {
            throw NumberError.value("Exceeds the limit (" + maxDigits + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        int end = p;
        if (end == start) throw invalid(s, base);
        while (p < n && isCSpace(a[p])) p++;
        if (p != n) throw invalid(s, base);
        Number value = convert(a, start, end, digits, b, negative);
        if (errorIfNonzero && !isZero(value)) throw invalid(s, base);
        return value;
    }

    private static boolean isZero(Number v) {
        return v instanceof Long ? v.longValue() == 0 : ((BigInteger) v).signum() == 0;
    }

    private static Number convert(char[] a, int start, int end, int digits, int base, boolean negative) {
        // 12 digits of base 36 fit in 63 bits, and so do 18 decimal digits.
        if (digits <= 12 || (base <= 10 && digits <= 18)) {
            long v = 0;
            for (int i = start; i < end; i++) {
                if (a[i] != '_') v = v * base + digitValue(a[i]);
            }
            return negative ? -v : v;
        }
        StringBuilder sb = new StringBuilder(digits + 1);
        if (negative) sb.append('-');
        for (int i = start; i < end; i++) if (a[i] != '_') sb.append(a[i]);
        BigInteger v = new BigInteger(sb.toString(), base);
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    /** _PyLong_DigitValue: 0-9, a-z/A-Z as 10-35, 37 for anything else. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 37;
    }

    /** Py_ISSPACE: the C locale's whitespace. */
    static boolean isCSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII below DEL kept, Unicode whitespace
     * to ' ', Unicode decimals to ASCII digits; at the first other character the result
     * ends with a '?' (which no grammar accepts).
     */
    static char[] toAscii(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s.toCharArray();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                out.append((char) cp);
            } else if (UnicodeDatabase.isSpace(cp)) {
                out.append(' ');
            } else {
                int d = UnicodeDatabase.decimal(cp);
                if (d < 0) {
                    out.append('?');
                    break;
                }
                out.append((char) ('0' + d));
            }
        }
        char[] r = new char[out.length()];
        out.getChars(0, r.length, r, 0);
        return r;
    }

    /** ValueError "invalid literal for int() with base B: %.200R". */
    static NumberError invalid(String s, int base) {
        String r = StrRepr.repr(s);
        if (r.codePointCount(0, r.length()) > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        return NumberError.value("invalid literal for int() with base " + base + ": " + r);
    }
}
