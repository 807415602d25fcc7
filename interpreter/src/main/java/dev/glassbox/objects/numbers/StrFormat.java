package dev.glassbox.objects.numbers;

/**
 * format(str, spec): CPython's {@code _PyUnicode_FormatAdvancedWriter} and
 * {@code format_string_internal} (Python/formatter_unicode.c): type 's' only, fill, align
 * (default left), width and precision (truncation), counted in code points.
 */
public final class StrFormat {
    private StrFormat() {}

    public static String format(String value, String spec) {
        if (spec.isEmpty()) return value;
        return format(value, FormatSpec.parse(spec, 's', '<', "str"));
    }

    public static String format(String value, FormatSpec f) {
        if (f.type() != 's') throw FormatSpec.unknownType(f.type(), "str");
        if (f.sign() != 0) {
            throw NumberError.value(f.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNeg0()) throw NumberError.value("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate()) throw NumberError.value("Alternate form (#) not allowed in string format specifier");
        if (f.align() == '=') throw NumberError.value("'=' alignment not allowed in string format specifier");
        int len = value.codePointCount(0, value.length());
        if ((f.width() == -1 || f.width() <= len) && (f.precision() == -1 || f.precision() >= len)) return value;
        String text = value;
        if (f.precision() >= 0 && len >= f.precision()) {
            len = (int) f.precision();
            text = value.substring(0, value.offsetByCodePoints(0, len));
        }
        return NumberLayout.pad(text, len, f.width(), f.align(), f.fill());
    }
}
