package dev.glassbox.objects.numbers;

/**
 * Lays out a formatted number: padding, sign, prefix, grouped digits, decimal point and
 * remainder, as CPython's {@code calc_number_widths}, {@code fill_number} and
 * {@code _PyUnicode_InsertThousandsGrouping} (Python/formatter_unicode.c,
 * Objects/unicodeobject.c) do.
 *
 * <pre>
 * | lpadding | sign | prefix | spadding | grouped digits | . | remainder | rpadding |
 * </pre>
 * At most one of the three paddings is non-empty. With fill '0' and '=' alignment the padding
 * becomes leading zeros inside the digits, so that they are grouped too ("0,001,234").
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * Appends the number to out.
     *
     * @param signMode   the spec's sign option: '+', ' ', or anything else for "only '-'"
     * @param negative   whether the number has a minus sign
     * @param prefix     "0x" and the like ("" for none)
     * @param digits     the integer digits (may be empty, e.g. for "inf")
     * @param hasDecimal whether a '.' follows the digits
     * @param remainder  what follows the point (fraction digits, exponent, '%'), or the whole
     *                   text for inf/nan
     * @param grouping   0 (none), ',' or '_' (every three), {@link FormatSpec#UNDER_FOUR}
     * @param upper      upper-case the prefix and digits (type 'X')
     */
    static void append(StringBuilder out, char signMode, boolean negative, String prefix,
                       CharSequence digits, boolean hasDecimal, CharSequence remainder,
                       int fill, char align, long width, char grouping, boolean upper) {
        char sign = 0;
        if (signMode == '+') sign = negative ? '-' : '+';
        else if (signMode == ' ') sign = negative ? '-' : ' ';
        else if (negative) sign = '-';
        int nSign = sign != 0 ? 1 : 0;
        // Only 'c' puts a non-BMP character in the remainder; widths count code points.
        long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0)
                + Character.codePointCount(remainder, 0, remainder.length());
        long minWidth = (fill == '0' && align == '=') ? width - nonDigit : 0;
        String sep;
        int group;
        switch (grouping) {
            case ',': sep = ","; group = 3; break;
            case '_': sep = "_"; group = 3; break;
            case FormatSpec.UNDER_FOUR: sep = "_"; group = 4; break;
            default: sep = ""; group = 0;
        }
        CharSequence grouped = digits.length() == 0 ? "" : group(digits, minWidth, sep, group);
        long padding = width - (nonDigit + grouped.length());
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding;
            }
        }
        fill(out, fill, lpad);
        if (sign != 0) out.append(sign);
        out.append(upper ? prefix.toUpperCase() : prefix);
        fill(out, fill, spad);
        if (upper) {
            for (int i = 0; i < grouped.length(); i++) {
                char c = grouped.charAt(i);
                out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            }
        } else {
            out.append(grouped);
        }
        if (hasDecimal) out.append('.');
        out.append(remainder);
        fill(out, fill, rpad);
    }

    /** The longest text this runtime can build; CPython would fail to allocate it too. */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 16;

    static void fill(StringBuilder out, int cp, long n) {
        if (n > MAX_LENGTH - out.length()) throw NumberError.memory();
        for (long i = 0; i < n; i++) out.appendCodePoint(cp);
    }

    /**
     * digits with separators every {@code group} digits from the right (none when group is
     * 0), left-padded with zeros (which are grouped too) to at least minWidth characters.
     */
    static CharSequence group(CharSequence digits, long minWidth, String sep, int group) {
        int n = digits.length();
        if (group == 0 && minWidth <= n) return digits;
        minWidth = Math.max(0, minWidth);
        // Built right to left, then reversed.
        StringBuilder rev = new StringBuilder((int) Math.max(n + n / 3 + 1, Math.min(minWidth, 1 << 20)));
        int pos = n;
        long remaining = n;
        boolean useSep = false;
        boolean broken = false;
        if (group > 0) {
            while (true) {
                long len = Math.min(group, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, len - remaining);
                long chars = Math.max(0, Math.min(remaining, len));
                if (useSep) rev.append(sep);
                for (long i = 0; i < chars; i++) rev.append(digits.charAt(--pos));
                for (long i = 0; i < zeros; i++) rev.append('0');
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= sep.length();
            }
        }
        if (!broken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, len - remaining);
            long chars = Math.max(0, Math.min(remaining, len));
            if (useSep) rev.append(sep);
            for (long i = 0; i < chars; i++) rev.append(digits.charAt(--pos));
            for (long i = 0; i < zeros; i++) rev.append('0');
        }
        return rev.reverse();
    }

    /** Pads text (of cpLength code points) to width by align ('<', '>', '^'), as calc_padding. */
    static String pad(String text, int cpLength, long width, char align, int fill) {
        if (width <= cpLength) return text;
        long total = width - cpLength;
        if (width > MAX_LENGTH) throw NumberError.memory();
        long left = align == '>' ? total : align == '^' ? total / 2 : 0;
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, text.length() + total));
        fill(sb, fill, left);
        sb.append(text);
        fill(sb, fill, total - left);
        return sb.toString();
    }
}
