package dev.glassbox.tokenize;

import dev.glassbox.objects.unicode.UnicodeDatabase;

/**
 * The Unicode character predicates the front end needs, in one place: ASCII is answered
 * here, everything else by {@link UnicodeDatabase} (Unicode 14.0, CPython 3.11's tables —
 * Java's own Character class knows only Unicode 13). The non-ASCII path is only taken for
 * non-ASCII source, so the database is not loaded for ASCII files.
 *
 * <p>Follows CPython's {@code Objects/unicodectype.c}: {@code _PyUnicode_IsPrintable},
 * {@code str.isalnum}, and {@code XID_Start}/{@code XID_Continue} as
 * {@code _PyUnicode_ScanIdentifier} (the C tokenizer's {@code verify_identifier}) uses them.
 */
public final class PyUnicode {
    private PyUnicode() {}

    /** {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    public static boolean isPrintable(int cp) {
        if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
        return UnicodeDatabase.isPrintable(cp);
    }

    /** What Python's {@code re} matches with {@code \w} in a str pattern: {@code str.isalnum()} or underscore. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return UnicodeDatabase.isAlnum(cp);
    }

    /** XID_Start, or underscore: may begin an identifier ({@code str.isidentifier()} on the first character). */
    public static boolean isIdentifierStart(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        return UnicodeDatabase.isIdentifierStart(cp);
    }

    /** XID_Continue: may continue an identifier. */
    public static boolean isIdentifierPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return UnicodeDatabase.isIdentifierContinue(cp);
    }

    /** {@code str.isspace()} for one code point (used by {@code str.strip()}). */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        return UnicodeDatabase.isSpace(cp);
    }
}
