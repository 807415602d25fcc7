package dev.glassbox.objects.numbers;

/**
 * repr(complex) and format(complex, spec): CPython's {@code complex_repr}
 * (Objects/complexobject.c) and {@code format_complex_internal} (Python/formatter_unicode.c).
 *
 * <p>repr writes shortest digits without ".0": just the imaginary part ("1e+100j", "-0j") when
 * the real part is +0.0, else "(re±imj)". format pads the whole "(re+imj)" as one field and
 * refuses zero padding and '=' alignment.
 */
public final class ComplexFormat {
    private ComplexFormat() {}

    public static String repr(double re, double im) {
        String ims;
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            ims = DoubleToString.format(im, 'r', 0, 0);
            return ims + "j";
        }
        String res = DoubleToString.format(re, 'r', 0, 0);
        ims = DoubleToString.format(im, 'r', 0, DoubleToString.SIGN);
        return "(" + res + ims + "j)";
    }

    public static String format(double re, double im, String spec) {
        if (spec.isEmpty()) return repr(re, im);
        return format(re, im, FormatSpec.parse(spec, 0, '>', "complex"));
    }

    public static String format(double re, double im, FormatSpec f) {
        switch (f.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.unknownType(f.type(), "complex");
        }
        if (f.precision() > Integer.MAX_VALUE) throw NumberError.value("precision too big");
        if (f.fill() == '0') throw NumberError.value("Zero padding is not allowed in complex format specifier");
        if (f.align() == '=') throw NumberError.value("'=' alignment flag is not allowed in complex format specifier");
        int precision = (int) f.precision();
        int defaultPrecision = 6;
        int type = f.type();
        int flags = 0;
        if (f.alternate()) flags |= DoubleToString.ALT;
        if (f.noNeg0()) flags |= DoubleToString.NO_NEG_0;
        boolean skipRe = false, parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && Double.doubleToRawLongBits(re) == 0) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String reBuf = DoubleToString.format(re, (char) type, precision, flags);
        String imBuf = DoubleToString.format(im, (char) type, precision, flags);
        char grouping = f.type() == 'n' ? 0 : f.grouping();
        StringBuilder body = new StringBuilder();
        if (parens) body.append('(');
        if (!skipRe) FloatFormat.appendNumber(body, reBuf, f.sign(), 0, '<', -1, grouping);
        FloatFormat.appendNumber(body, imBuf, skipRe ? f.sign() : '+', 0, '<', -1, grouping);
        body.append('j');
        if (parens) body.append(')');
        String s = body.toString();
        return NumberLayout.pad(s, s.length(), f.width(), f.align(), f.fill());
    }
}
