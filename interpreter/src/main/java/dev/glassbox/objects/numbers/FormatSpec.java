package dev.glassbox.objects.numbers;

import dev.glassbox.objects.unicode.UnicodeDatabase;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * shared by int, float, complex and str: CPython's {@code InternalFormatSpec} and
 * {@code parse_internal_render_format_spec} (Python/formatter_unicode.c), with its messages.
 *
 * @param fill       the fill code point (' ' unless given; '0' for the 0 flag)
 * @param align      one of {@code < > = ^}
 * @param alternate  the '#' flag
 * @param noNeg0     the 'z' flag (3.11)
 * @param sign       {@code '+'}, {@code '-'}, {@code ' '} or 0 when not given
 * @param width      minimum width, -1 when not given
 * @param grouping   0, ',' or '_'; {@link #UNDER_FOUR} for '_' with b/o/x/X (groups of four)
 * @param precision  -1 when not given
 * @param type       the presentation type, 0 when not given (float's and complex's default)
 */
public record FormatSpec(int fill, char align, boolean alternate, boolean noNeg0, char sign,
                         long width, char grouping, long precision, int type) {

    /** The grouping value for '_' with a binary, octal or hex type: every four digits. */
    public static final char UNDER_FOUR = '4';

    /**
     * Parses spec (non-empty) for an object of the named type. defaultType is 'd' for int,
     * 's' for str and 0 for float and complex; defaultAlign is '<' for str and '>' otherwise.
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false, alignSpecified = false;
        // A fill character may be any code point, so step by code points here.
        int c0 = end > 0 ? spec.codePointAt(0) : -1;
        int n0 = c0 >= 0 ? Character.charCount(c0) : 0;
        if (end - pos > n0 && isAlign(spec.charAt(n0))) {
            fill = c0;
            align = spec.charAt(n0);
            fillSpecified = alignSpecified = true;
            pos = n0 + 1;
        } else if (end - pos >= 1 && isAlign(spec.charAt(pos))) {
            align = spec.charAt(pos);
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean noNeg0 = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            noNeg0 = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') align = '=';
            pos++;
        }
        int digitsEnd = digitsEnd(spec, pos);
        long width = digitsEnd == pos ? -1 : integer(spec, pos, digitsEnd);
        pos = digitsEnd;
        char grouping = 0;
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != 0) throw NumberError.value("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && grouping == '_') {
            throw NumberError.value("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            digitsEnd = digitsEnd(spec, pos);
            if (digitsEnd == pos) throw NumberError.value("Format specifier missing precision");
            precision = integer(spec, pos, digitsEnd);
            pos = digitsEnd;
        }
        int remaining = spec.codePointCount(pos, end);
        if (remaining > 1) {
            throw NumberError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (remaining == 1) type = spec.codePointAt(pos);
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        grouping = UNDER_FOUR;
                        break;
                    }
                    throw badGrouping(grouping, type);
                default:
                    throw badGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, alternate, noNeg0, sign, width, grouping, precision, type);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The end of the run of decimal digits (any Unicode decimal) starting at pos. */
    private static int digitsEnd(String s, int pos) {
        int i = pos;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (UnicodeDatabase.decimal(cp) < 0) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The value of the digits in s[from, to) (get_integer), with CPython's overflow error. */
    private static long integer(String s, int from, int to) {
        long acc = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int d = UnicodeDatabase.decimal(cp);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw NumberError.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            i += Character.charCount(cp);
        }
        return acc;
    }

    private static NumberError badGrouping(char grouping, int type) {
        char g = grouping == UNDER_FOUR ? '_' : grouping;
        if (type > 32 && type < 128) {
            return NumberError.value("Cannot specify '" + g + "' with '" + (char) type + "'.");
        }
        return NumberError.value("Cannot specify '" + g + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    /** CPython's unknown_presentation_type error. */
    public static NumberError unknownType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return NumberError.value("Unknown format code '" + (char) type + "' for object of type '" + typeName + "'");
        }
        return NumberError.value("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '" + typeName + "'");
    }
}
