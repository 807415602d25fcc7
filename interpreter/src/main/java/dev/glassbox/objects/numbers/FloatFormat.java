package dev.glassbox.objects.numbers;

/**
 * {@code format(float, spec)}: CPython's {@code _PyFloat_FormatAdvancedWriter} and
 * {@code format_float_internal} (Python/formatter_unicode.c).
 *
 * <p>The digits come from {@link DoubleToString} (correctly rounded, half-even on the exact
 * binary value); this class maps the presentation type onto a format code and flags, then
 * {@link NumberLayout} adds sign, grouping and padding.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** format(x, spec) for a float. */
    public static String format(double x, String spec) {
        if (spec.isEmpty()) return FloatRepr.str(x);
        return format(x, FormatSpec.parse(spec, 0, '>', "float"));
    }

    /** format(x, spec) with spec already parsed (default type 0, default align '>'). */
    public static String format(double x, FormatSpec f) {
        switch (f.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw FormatSpec.unknownType(f.type(), "float");
        }
        return formatInternal(x, f);
    }

    /** format_float_internal: also used by int for the float presentation types. */
    static String formatInternal(double x, FormatSpec f) {
        if (f.precision() > Integer.MAX_VALUE) throw NumberError.value("precision too big");
        int precision = (int) f.precision();
        int defaultPrecision = 6;
        int type = f.type();
        int flags = 0;
        if (f.alternate()) flags |= DoubleToString.ALT;
        if (f.noNeg0()) flags |= DoubleToString.NO_NEG_0;
        if (type == 0) {
            // Like repr without a precision, else like 'g' with at least one fractional digit.
            flags |= DoubleToString.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        boolean pct = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            pct = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String buf = DoubleToString.format(x, (char) type, precision, flags);
        if (pct) buf = buf + "%";
        if (f.sign() != '+' && f.sign() != ' ' && f.width() == -1 && f.type() != 'n' && f.grouping() == 0) {
            return buf;
        }
        StringBuilder out = new StringBuilder(buf.length() + 8);
        appendNumber(out, buf, f.sign(), f.fill(), f.align(), f.width(), f.type() == 'n' ? 0 : f.grouping());
        return out.toString();
    }

    /** Splits "-123.45e+06" into sign, integer digits, point and remainder and lays it out. */
    static void appendNumber(StringBuilder out, String buf, char signMode, int fill, char align,
                             long width, char grouping) {
        int i = 0;
        boolean negative = false;
        if (!buf.isEmpty() && buf.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int d = i;
        while (d < buf.length() && buf.charAt(d) >= '0' && buf.charAt(d) <= '9') d++;
        boolean hasDecimal = d < buf.length() && buf.charAt(d) == '.';
        int rem = hasDecimal ? d + 1 : d;
        NumberLayout.append(out, signMode, negative, "", buf.subSequence(i, d), hasDecimal,
                buf.subSequence(rem, buf.length()), fill, align, width, grouping, false);
    }
}
