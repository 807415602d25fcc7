package dev.glassbox.objects;

/** repr() of a str (unicode_repr in Objects/unicodeobject.c): quote choice and escapes. */
public final class StrRepr {
    private StrRepr() {}

    public static PyStr repr(PyStr s) {
        return PyStr.of(repr(s.value));
    }

    public static String repr(String v) {
        boolean hasSingle = v.indexOf('\'') >= 0, hasDouble = v.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(v.length() + 2);
        b.append(quote);
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < ' ' || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f) b.append((char) c);
            else if (isPrintable(c)) b.appendCodePoint(c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.append(quote).toString();
    }

    /** Py_UNICODE_ISPRINTABLE; swapped for the Unicode 14 database when it lands. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> { return false; }
            default -> { return true; }
        }
    }
}
