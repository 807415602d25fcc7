package dev.glassbox.objects.numbers;

import dev.glassbox.objects.unicode.UnicodeDatabase;

/**
 * The str.format() template language: CPython's {@code MarkupIterator}, {@code parse_field},
 * {@code field_name_split} and {@code FieldNameIterator} (Objects/stringlib/unicode_format.h),
 * which also back {@code _string.formatter_parser} and {@code _string.formatter_field_name_split}
 * for string.Formatter.
 *
 * <p>Parsing is lazy, piece by piece, like CPython's: str.format renders each field before it
 * reads the next, so an error late in the template is raised only after earlier fields were
 * formatted (and their __format__ ran). The caller renders: it looks up the field object
 * through {@link #splitFieldName} and {@link Accessors}, applies the conversion ('r', 's', 'a';
 * anything else is "Unknown conversion specifier X"), expands a nested spec by formatting it
 * recursively (depth limit 2: "Max string recursion exceeded"), then calls __format__.
 */
public final class FormatStringParser {
    private FormatStringParser() {}

    /**
     * One piece: literal text, then (when fieldName is non-null) a replacement field.
     * conversion is 0 when absent; formatSpec is "" when absent.
     */
    public record Piece(String literal, String fieldName, String formatSpec, int conversion,
                        boolean specNeedsExpanding) {}

    /** Iterates the pieces of a template (MarkupIterator). */
    public static final class Markup {
        private final String s;
        private int pos;

        public Markup(String template) {
            this.s = template;
        }

        /** The next piece, or null at the end; ValueError on malformed markup. */
        public Piece next() {
            int end = s.length();
            if (pos >= end) return null;
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || s.charAt(pos) != '}')) {
                throw NumberError.value("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) throw NumberError.value("Single '{' encountered in format string");
            if (!atEnd) {
                if (markup && c == s.charAt(pos)) {
                    pos++; // an escaped brace: literal text only
                    markup = false;
                } else if (markup) {
                    len--;
                }
            }
            String literal = s.substring(start, start + len);
            if (!markup) return new Piece(literal, null, "", 0, false);
            return parseField(literal);
        }

        /** parse_field: from just after '{' to the matching '}'. */
        private Piece parseField(String literal) {
            int end = s.length();
            int nameStart = pos;
            char c = 0;
            boolean ended = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') throw NumberError.value("unexpected '{' in field name");
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    ended = true;
                    break;
                }
            }
            String fieldName = s.substring(nameStart, ended ? pos - 1 : pos);
            if (ended && (c == '!' || c == ':')) {
                int conversion = 0;
                if (c == '!') {
                    if (pos >= end) throw NumberError.value("end of string while looking for conversion specifier");
                    conversion = s.codePointAt(pos);
                    pos += Character.charCount(conversion);
                    if (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '}') return new Piece(literal, fieldName, "", conversion, false);
                        if (d != ':') throw NumberError.value("expected ':' after conversion specifier");
                    }
                }
                int specStart = pos;
                int count = 1;
                boolean expand = false;
                while (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0) {
                            return new Piece(literal, fieldName, s.substring(specStart, pos - 1), conversion, expand);
                        }
                    }
                }
                throw NumberError.value("unmatched '{' in format spec");
            }
            if (!ended || c != '}') throw NumberError.value("expected '}' before end of string");
            return new Piece(literal, fieldName, "", 0, false);
        }
    }

    /** A field name cut at its first '.' or '[': first part, its integer value (or -1), the rest. */
    public record FieldName(String first, long firstIndex, String rest) {}

    /** field_name_split without auto-numbering (as _string.formatter_field_name_split). */
    public static FieldName splitFieldName(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        return new FieldName(first, integer(first), name.substring(i));
    }

    /** get_integer: the decimal value of s (Unicode digits allowed), or -1 if s is not all digits. */
    static long integer(String s) {
        if (s.isEmpty()) return -1;
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = UnicodeDatabase.decimal(cp);
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw NumberError.value("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /**
     * The automatic field numbering state of one str.format call: "{}" fields take 0, 1, ...;
     * mixing them with explicit numbers is an error.
     */
    public static final class AutoNumber {
        private int state; // 0 init, 1 auto, 2 manual
        private long next;

        /** The positional index for the field (auto-numbered when first is empty), or -1 for a keyword. */
        public long resolve(FieldName f) {
            boolean empty = f.first().isEmpty();
            boolean numeric = empty || f.firstIndex() != -1;
            if (state == 0 && numeric) state = empty ? 1 : 2;
            if (numeric) {
                if (state == 2 && empty) {
                    throw NumberError.value("cannot switch from manual field specification to automatic field numbering");
                }
                if (state == 1 && !empty) {
                    throw NumberError.value("cannot switch from automatic field numbering to manual field specification");
                }
            }
            return empty ? next++ : f.firstIndex();
        }
    }

    /** One '.name' or '[key]' step after the first part of a field name. */
    public record Accessor(boolean isAttribute, String name, long index) {}

    /** Iterates the accessors of {@link FieldName#rest()} (FieldNameIterator), lazily. */
    public static final class Accessors {
        private final String s;
        private int pos;

        public Accessors(String rest) {
            this.s = rest;
        }

        /** The next accessor or null at the end; ValueError for malformed text. */
        public Accessor next() {
            if (pos >= s.length()) return null;
            char c = s.charAt(pos++);
            String name;
            Accessor a;
            if (c == '.') {
                int start = pos;
                while (pos < s.length() && s.charAt(pos) != '.' && s.charAt(pos) != '[') pos++;
                name = s.substring(start, pos);
                a = new Accessor(true, name, -1);
            } else if (c == '[') {
                int start = pos;
                while (pos < s.length() && s.charAt(pos) != ']') pos++;
                if (pos >= s.length()) throw NumberError.value("Missing ']' in format string");
                name = s.substring(start, pos++);
                a = new Accessor(false, name, integer(name));
            } else {
                throw NumberError.value("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) throw NumberError.value("Empty attribute in format string");
            return a;
        }
    }
}
