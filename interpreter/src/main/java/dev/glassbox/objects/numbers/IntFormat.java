package dev.glassbox.objects.numbers;

import java.math.BigInteger;

/**
 * {@code format(int, spec)}: CPython's {@code _PyLong_FormatAdvancedWriter} and
 * {@code format_long_internal} (Python/formatter_unicode.c). Types b o x X d n c, the float
 * types e E f F g G % (through float, as CPython converts), '#' prefixes, ',' and '_'
 * grouping ('_' every four digits in b/o/x/X), '=' and zero padding.
 */
public final class IntFormat {
    private IntFormat() {}

    public static String format(long v, String spec) {
        if (spec.isEmpty()) return Long.toString(v);
        return format(v, FormatSpec.parse(spec, 'd', '>', "int"), "int");
    }

    /** format(v, spec) for an int that fits in a long (no BigInteger on the common paths). */
    public static String format(long v, FormatSpec f, String typeName) {
        int type = f.type();
        if (type == 'c' || f.precision() != -1 || f.noNeg0()) {
            return format(BigInteger.valueOf(v), f, IntText.maxStrDigits, typeName);
        }
        int base;
        switch (type) {
            case 'b': base = 2; break;
            case 'o': base = 8; break;
            case 'x': case 'X': base = 16; break;
            case 'd': case 'n': base = 10; break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.formatInternal((double) v, f); // long to double rounds correctly
            default:
                throw FormatSpec.unknownType(type, typeName);
        }
        // The magnitude as unsigned, so that Long.MIN_VALUE works too.
        String digits = Long.toUnsignedString(v < 0 ? -v : v, base);
        String prefix = "";
        if (f.alternate()) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
        char grouping = type == 'n' ? 0 : f.grouping();
        StringBuilder out = new StringBuilder(digits.length() + 8);
        NumberLayout.append(out, f.sign(), v < 0, prefix, digits, false, "", f.fill(), f.align(), f.width(),
                grouping, type == 'X');
        return out.toString();
    }

    public static String format(BigInteger v, String spec) {
        if (spec.isEmpty()) return IntText.toDecimal(v);
        return format(v, FormatSpec.parse(spec, 'd', '>', "int"), IntText.maxStrDigits, "int");
    }

    /**
     * format(v, spec) with a parsed spec; maxDigits is the int/str digit limit and typeName the
     * type named in errors ("int", or "bool" for format(True, 'x')).
     */
    public static String format(BigInteger v, FormatSpec f, int maxDigits, String typeName) {
        switch (f.type()) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatLong(v, f, maxDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
                double d = v.doubleValue();
                if (Double.isInfinite(d)) throw NumberError.overflow("int too large to convert to float");
                return FloatFormat.formatInternal(d, f);
            }
            default:
                throw FormatSpec.unknownType(f.type(), typeName);
        }
    }

    private static String formatLong(BigInteger v, FormatSpec f, int maxDigits) {
        if (f.precision() != -1) throw NumberError.value("Precision not allowed in integer format specifier");
        if (f.noNeg0()) throw NumberError.value("Negative zero coercion (z) not allowed in integer format specifier");
        StringBuilder out = new StringBuilder();
        int type = f.type();
        if (type == 'c') {
            if (f.sign() != 0) throw NumberError.value("Sign not allowed with integer format specifier 'c'");
            if (f.alternate()) throw NumberError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.bitLength() > 63) throw NumberError.overflow("Python int too large to convert to C long");
            long x = v.longValue();
            if (x < 0 || x > 0x10FFFF) throw NumberError.overflow("%c arg not in range(0x110000)");
            String ch = new String(Character.toChars((int) x));
            // The character is a "remainder": copied, never grouped or zero-filled.
            NumberLayout.append(out, f.sign(), false, "", "", false, ch, f.fill(), f.align(), f.width(),
                    f.grouping(), false);
            return out.toString();
        }
        int base = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = IntText.magnitude(v, base, maxDigits);
        String prefix = "";
        if (f.alternate()) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
        char grouping = type == 'n' ? 0 : f.grouping();
        NumberLayout.append(out, f.sign(), v.signum() < 0, prefix, digits, false, "", f.fill(), f.align(),
                f.width(), grouping, type == 'X');
        return out.toString();
    }
}
