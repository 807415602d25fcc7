package dev.glassbox.tokenize;

/**
 * Python's {@code repr()} of a {@code str}, as {@code unicode_repr} in CPython's
 * {@code Objects/unicodeobject.c} builds it: single quotes unless the text holds a single
 * quote and no double quote; backslash escapes for the quote, backslash, tab, newline and
 * carriage return; backslash-x, backslash-u or backslash-U hex escapes for characters that
 * are not printable ({@link PyUnicode#isPrintable}).
 */
public final class PyRepr {
    private PyRepr() {}

    /** The repr of a Python str given as a Java string (surrogate pairs are one code point). */
    public static String str(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) quote = '"';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                hex(b, "\\x", cp, 2);
            } else if (cp < 0x7f || PyUnicode.isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(b, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(b, "\\u", cp, 4);
            } else {
                hex(b, "\\U", cp, 8);
            }
        }
        return b.append(quote).toString();
    }

    private static void hex(StringBuilder b, String prefix, int cp, int digits) {
        String h = Integer.toHexString(cp);
        b.append(prefix);
        for (int k = h.length(); k < digits; k++) b.append('0');
        b.append(h);
    }
}
