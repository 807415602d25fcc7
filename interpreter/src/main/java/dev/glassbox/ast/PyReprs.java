package dev.glassbox.ast;

import dev.glassbox.objects.numbers.FloatRepr;
import dev.glassbox.objects.unicode.StrRepr;

import java.math.BigInteger;

/**
 * Python's {@code repr()} of the constant kinds an AST holds ({@link ConstantValue}), one
 * function per kind, as {@code ast.dump} prints them: {@code str} ({@code unicode_repr}),
 * {@code bytes} ({@code PyBytes_Repr}), {@code int}, {@code float} (shortest round-trip),
 * {@code complex} ({@code complex_repr}), {@code True}/{@code False}/{@code None}/{@code Ellipsis}.
 */
public final class PyReprs {
    private PyReprs() {}

    public static String repr(Object v) {
        if (v instanceof String s) return str(s);
        if (v instanceof ConstantValue.Bytes b) return bytes(b.value());
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) return v.toString();
        if (v instanceof Double d) return floatRepr(d);
        if (v instanceof ConstantValue.Imaginary c) return imaginary(c.imag());
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v == ConstantValue.NONE || v == null) return "None";
        if (v == ConstantValue.ELLIPSIS) return "Ellipsis";
        if (v instanceof ConstantValue.Complex c) return complex(c.real(), c.imag());
        if (v instanceof ConstantValue.Tuple t) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) b.append(i > 0 ? ", " : "").append(repr(t.items().get(i)));
            return b.append(t.items().size() == 1 ? ",)" : ")").toString();
        }
        if (v instanceof ConstantValue.FrozenSet f) {
            if (f.items().isEmpty()) return "frozenset()";
            StringBuilder b = new StringBuilder("frozenset({");
            for (int i = 0; i < f.items().size(); i++) b.append(i > 0 ? ", " : "").append(repr(f.items().get(i)));
            return b.append("})").toString();
        }
        throw new IllegalArgumentException("not a constant: " + v);
    }

    /** {@code repr(str)}. */
    public static String str(String s) {
        return StrRepr.repr(s);
    }

    /** {@code repr(float)}: the shortest string that round-trips. */
    public static String floatRepr(double d) {
        return FloatRepr.repr(d);
    }

    /**
     * {@code repr(complex(0.0, imag))}: a zero real part with a positive sign is left out, and
     * the imaginary part is formatted with 'r' and no forced ".0" ({@code 2j}, {@code 1.5j}).
     */
    public static String imaginary(double imag) {
        String s = FloatRepr.repr(imag);
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        return s + "j";
    }

    /** {@code repr(complex)}: the imaginary form when the real part is +0.0, else {@code (re+imj)}. */
    public static String complex(double real, double imag) {
        if (real == 0 && Math.copySign(1.0, real) > 0) return imaginary(imag);
        String re = FloatRepr.repr(real);
        if (re.endsWith(".0")) re = re.substring(0, re.length() - 2);
        String im = imaginary(imag);
        boolean signed = im.startsWith("-") || (Double.isNaN(imag) && im.startsWith("-"));
        return "(" + re + (signed ? "" : "+") + im + ")";
    }

    /** {@code repr(bytes)}: b'' with single quotes unless only a single quote occurs. */
    public static String bytes(byte[] v) {
        boolean single = false, dbl = false;
        for (byte c : v) {
            if (c == '\'') single = true;
            else if (c == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder(v.length + 3).append('b').append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) {
                b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else b.append((char) c);
        }
        return b.append(quote).toString();
    }
}
