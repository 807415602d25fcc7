package dev.glassbox.objects.unicode;

/**
 * repr(str): CPython's {@code unicode_repr} (Objects/unicodeobject.c). Single quotes unless the
 * text has a single quote and no double quote; backslash escapes for \\, the quote, \t \n \r,
 * other ASCII controls and DEL as \xhh, and non-printable non-ASCII code points as \xhh,
 * &#92;uhhhh or &#92;Uhhhhhhhh. Printable non-ASCII characters stay as they are.
 */
public final class StrRepr {
    private StrRepr() {}

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                hex(out, 'x', cp, 2);
            } else if (cp < 0x7F) {
                out.append((char) cp);
            } else if (UnicodeDatabase.isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hex(out, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(out, 'u', cp, 4);
            } else {
                hex(out, 'U', cp, 8);
            }
        }
        return out.append(quote).toString();
    }

    /** ascii(str): the repr with every non-ASCII code point escaped. */
    public static String ascii(String s) {
        String r = repr(s);
        if (CaseOps.isAscii(r)) return r;
        StringBuilder out = new StringBuilder(r.length() + 16);
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) out.append((char) cp);
            else if (cp <= 0xFF) hex(out, 'x', cp, 2);
            else if (cp <= 0xFFFF) hex(out, 'u', cp, 4);
            else hex(out, 'U', cp, 8);
        }
        return out.toString();
    }

    private static void hex(StringBuilder out, char kind, int cp, int digits) {
        out.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append("0123456789abcdef".charAt((cp >> shift) & 0xF));
        }
    }
}
