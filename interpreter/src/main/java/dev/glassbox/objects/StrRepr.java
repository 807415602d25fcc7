package dev.glassbox.objects;

/**
 * repr() and ascii() of a str (unicode_repr and PyObject_ASCII in Objects/unicodeobject.c and
 * Objects/object.c). The quoting and escaping rules, with Unicode 14's printable property,
 * live in {@link dev.glassbox.objects.unicode.StrRepr}; this is the object-model entry point.
 */
public final class StrRepr {
    private StrRepr() {}

    public static PyStr repr(PyStr s) {
        return PyStr.of(repr(s.value));
    }

    public static String repr(String v) {
        return dev.glassbox.objects.unicode.StrRepr.repr(v);
    }

    /**
     * PyObject_ASCII's escaping of a repr: every non-ASCII code point becomes \xhh, &#92;uhhhh
     * or &#92;Uhhhhhhhh (by magnitude), the ASCII text is kept.
     */
    public static String asciiEscape(String r) {
        StringBuilder b = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 128) {
                if (b == null) b = new StringBuilder(r.length() + 16).append(r, 0, i);
                if (c <= 0xff) hex(b, 'x', c, 2);
                else if (c <= 0xffff) hex(b, 'u', c, 4);
                else hex(b, 'U', c, 8);
            } else if (b != null) {
                b.append((char) c);
            }
            i += n;
        }
        return b == null ? r : b.toString();
    }

    /** Py_UNICODE_ISPRINTABLE. */
    public static boolean isPrintable(int c) {
        return StrChars.isPrintable(c);
    }

    private static void hex(StringBuilder out, char kind, int cp, int digits) {
        out.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append("0123456789abcdef".charAt((cp >> shift) & 0xF));
        }
    }
}
