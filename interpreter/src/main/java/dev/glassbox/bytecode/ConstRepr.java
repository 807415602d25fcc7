package dev.glassbox.bytecode;

import dev.glassbox.objects.numbers.DoubleToString;
import dev.glassbox.objects.numbers.FloatRepr;
import dev.glassbox.objects.unicode.UnicodeDatabase;
import java.util.List;

/**
 * Python's {@code repr()} of the constants in {@link ConstValue}, as {@code dis} prints them in
 * its argument column. Follows {@code unicode_repr} / {@code bytes_repr} in
 * Objects/unicodeobject.c and bytesobject.c, and the tuple/frozenset reprs; floats and complex
 * numbers go through the runtime's {@link FloatRepr} / {@link DoubleToString}.
 * Printability comes from the runtime's Unicode 14 database, as in CPython 3.11.
 */
public final class ConstRepr {
    private ConstRepr() {}

    /** {@code repr(v)} for a constant. */
    public static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == ConstValue.Singleton.NONE) sb.append("None");
        else if (v == ConstValue.Singleton.ELLIPSIS) sb.append("Ellipsis");
        else if (v instanceof Boolean b) sb.append(b ? "True" : "False");
        else if (v instanceof Long || v instanceof java.math.BigInteger) sb.append(v);
        else if (v instanceof Double d) sb.append(floatRepr(d));
        else if (v instanceof ConstValue.Complex c) sb.append(complexRepr(c.real(), c.imag()));
        else if (v instanceof String s) sb.append(strRepr(s));
        else if (v instanceof ConstValue.Bytes b) sb.append(bytesRepr(b.value()));
        else if (v instanceof ConstValue.Tuple t) {
            List<Object> items = t.items();
            sb.append('(');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(", ");
                append(sb, items.get(i));
            }
            if (items.size() == 1) sb.append(',');
            sb.append(')');
        } else if (v instanceof ConstValue.FrozenSet f) {
            if (f.items().isEmpty()) {
                sb.append("frozenset()");
                return;
            }
            sb.append("frozenset({");
            for (int i = 0; i < f.items().size(); i++) {
                if (i > 0) sb.append(", ");
                append(sb, f.items().get(i));
            }
            sb.append("})");
        } else if (v instanceof CodeUnit c) sb.append(c.repr());
        else throw new IllegalArgumentException("not a constant: " + v);
    }

    /** {@code repr(str)}: single quotes unless the text has ' and no ". */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < 0x20 || cp == 0x7f) hex(sb, "\\x", cp, 2);
            else if (cp < 0x7f) sb.append((char) cp);
            else if (isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xff) hex(sb, "\\x", cp, 2);
            else if (cp <= 0xffff) hex(sb, "\\u", cp, 4);
            else hex(sb, "\\U", cp, 8);
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point (Unicode 14, as CPython 3.11). */
    public static boolean isPrintable(int cp) {
        return UnicodeDatabase.isPrintable(cp);
    }

    /** {@code repr(bytes)}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            else if (x == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) hex(sb, "\\x", c, 2);
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int v, int width) {
        String h = Integer.toHexString(v);
        sb.append(prefix);
        for (int i = h.length(); i < width; i++) sb.append('0');
        sb.append(h);
    }

    /** {@code repr(float)}: the shortest digits that round-trip, CPython's 'r' layout. */
    public static String floatRepr(double d) {
        return FloatRepr.repr(d);
    }

    /** {@code repr(complex)}: components in 'r' format without a forced ".0", as complex_repr. */
    public static String complexRepr(double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) return DoubleToString.format(im, 'r', 0, 0) + "j";
        return "(" + DoubleToString.format(re, 'r', 0, 0) + DoubleToString.format(im, 'r', 0, DoubleToString.SIGN) + "j)";
    }
}
