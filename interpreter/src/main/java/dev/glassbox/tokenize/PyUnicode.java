package dev.glassbox.tokenize;

/**
 * The Unicode character predicates the front end needs, in one place so that a real
 * Unicode 14 database (CPython 3.11's {@code unicodedata} version) can replace Java's
 * Unicode 13 tables later without touching the tokenizers or {@link PyRepr}.
 *
 * <p>Follows CPython's {@code Objects/unicodectype.c} predicates ({@code _PyUnicode_IsPrintable},
 * {@code _PyUnicode_IsAlpha}, ...) and {@code XID_Start}/{@code XID_Continue} as the C
 * tokenizer's {@code verify_identifier} uses them (PEP 3131).
 */
public final class PyUnicode {
    private PyUnicode() {}

    /** {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) return cp >= 0x20;
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * What Python's {@code re} matches with {@code \w} in a str pattern: {@code str.isalnum()}
     * or underscore. isalnum is isalpha (L*) or isdecimal/isdigit/isnumeric (Nd, Nl, No).
     */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** XID_Start, or underscore: may begin an identifier ({@code str.isidentifier()} on the first character). */
    public static boolean isIdentifierStart(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        // Java's rule is ID_Start plus Other_ID_Start; XID_Start differs only for a few
        // characters whose NFKC form is not an identifier (e.g. U+037A, U+0E33), excluded here.
        if (!Character.isUnicodeIdentifierStart(cp)) return false;
        return !NOT_XID_START.contains(cp);
    }

    /** XID_Continue: may continue an identifier. */
    public static boolean isIdentifierPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isIdentifierIgnorable(cp)) return false;
        if (!Character.isUnicodeIdentifierPart(cp)) return false;
        return !NOT_XID_CONTINUE.contains(cp);
    }

    /** {@code str.isspace()} for one code point (used by {@code str.strip()}). */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        if (cp == 0x85 || cp == 0xa0) return true;
        int t = Character.getType(cp);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    /** Characters that are ID_Start but not XID_Start (DerivedCoreProperties.txt). */
    private static final java.util.Set<Integer> NOT_XID_START = java.util.Set.of(
            0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63,
            0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
            0xFF9E, 0xFF9F);

    /** Characters that are ID_Continue but not XID_Continue. */
    private static final java.util.Set<Integer> NOT_XID_CONTINUE = java.util.Set.of(
            0x037A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63,
            0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E);
}
