package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * The value side of printf-style formatting, {@code '%-08.3f' % x}: CPython's
 * {@code formatfloat}, {@code _PyUnicode_FormatLong} and {@code unicode_format_arg_output}
 * (Objects/unicodeobject.c). Parsing the format string (mapping keys, '*' widths) and choosing
 * str/repr/ascii for %s/%r/%a belong to the caller; it passes the flags, width (-1 if none),
 * precision (-1 if none) and conversion character here.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /** The '-' flag: left-justify. */
    public static final int LJUST = 1;
    /** The '+' flag: always a sign. */
    public static final int SIGN = 2;
    /** The ' ' flag: a space for non-negative numbers. */
    public static final int BLANK = 4;
    /** The '#' flag: alternate form. */
    public static final int ALT = 8;
    /** The '0' flag: zero padding (numbers only). */
    public static final int ZERO = 16;

    /** %e %E %f %F %g %G of a float. */
    public static String formatFloat(double x, int flags, long width, long prec, char conv) {
        int p = prec < 0 ? 6 : (int) Math.min(prec, Integer.MAX_VALUE);
        String body = DoubleToString.format(x, conv, p, (flags & ALT) != 0 ? DoubleToString.ALT : 0);
        return output(body, true, flags, width, -1, conv);
    }

    /**
     * %d %i %u %o %x %X of an int (the caller has already turned a float into an int for
     * %d/%i/%u, and refused it for %o/%x/%X). maxDigits is the int/str digit limit for decimal.
     */
    public static String formatInt(BigInteger v, int flags, long width, long prec, char conv, int maxDigits) {
        boolean neg = v.signum() < 0;
        String digits;
        String prefix = "";
        switch (conv) {
            case 'o': digits = IntText.magnitude(v, 8, maxDigits); prefix = "0o"; break;
            case 'x': digits = IntText.magnitude(v, 16, maxDigits); prefix = "0x"; break;
            case 'X': digits = IntText.magnitude(v, 16, maxDigits).toUpperCase(); prefix = "0X"; break;
            default:
                digits = IntText.magnitude(v, 10, maxDigits);
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (neg) sb.append('-');
        if ((flags & ALT) != 0) sb.append(prefix);
        for (long i = digits.length(); i < prec; i++) sb.append('0');
        sb.append(digits);
        return output(sb.toString(), true, flags, width, -1, conv);
    }

    public static String formatInt(long v, int flags, long width, long prec, char conv) {
        return formatInt(BigInteger.valueOf(v), flags, width, prec, conv, IntText.maxStrDigits);
    }

    /** %s %r %a, given the already converted text: precision truncates, width pads. */
    public static String formatStr(String text, int flags, long width, long prec, char conv) {
        return output(text, false, flags, width, prec, conv);
    }

    /**
     * %c of an int code point: OverflowError "%c arg not in range(0x110000)" when out of range.
     * (%c of a one-character str is formatStr of that str with conversion 'c'.)
     */
    public static String formatChar(long cp, int flags, long width) {
        if (cp < 0 || cp > 0x10FFFF) throw NumberError.overflow("%c arg not in range(0x110000)");
        return output(new String(Character.toChars((int) cp)), false, flags, width, -1, 'c');
    }

    /** unicode_format_arg_output: sign, 0x prefix, padding. numeric marks arg->sign. */
    static String output(String str, boolean numeric, int flags, long width, long prec, char conv) {
        int fill = numeric && (flags & ZERO) != 0 ? '0' : ' ';
        long len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SIGN | BLANK)) == 0) {
            return str;
        }
        int end = str.length();
        if ((conv == 's' || conv == 'r' || conv == 'a') && prec >= 0 && len > prec) {
            len = prec;
            end = str.offsetByCodePoints(0, (int) prec);
        }
        int pindex = 0;
        char signchar = 0;
        boolean sign = numeric;
        if (sign) {
            char ch = str.isEmpty() ? 0 : str.charAt(0);
            if (ch == '-' || ch == '+') {
                signchar = ch;
                len--;
                pindex++;
            } else if ((flags & SIGN) != 0) {
                signchar = '+';
            } else if ((flags & BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) width = len;
        StringBuilder out = new StringBuilder((int) Math.min(width + 1, Integer.MAX_VALUE - 8));
        if (sign) {
            if (fill != ' ') out.append(signchar);
            if (width > len) width--;
        }
        boolean prefix = (flags & ALT) != 0 && (conv == 'x' || conv == 'X' || conv == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append('0').append(conv);
                pindex += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & LJUST) == 0) {
            NumberLayout.fill(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) out.append(signchar);
            if (prefix) {
                out.append('0').append(conv);
                pindex += 2;
            }
        }
        out.append(str, pindex, end);
        if (width > len) NumberLayout.fill(out, ' ', width - len);
        return out.toString();
    }
}
