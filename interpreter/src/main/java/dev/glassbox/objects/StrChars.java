package dev.glassbox.objects;

import dev.glassbox.objects.unicode.CaseOps;
import dev.glassbox.objects.unicode.StrClassify;
import dev.glassbox.objects.unicode.UnicodeDatabase;

/**
 * The character database as str's methods see it (Objects/unicodectype.c's Py_UNICODE_ISxxx
 * and the case mappings of Objects/unicodeobject.c): every call from the str methods to
 * character properties goes through here, so the database behind them can be swapped in one
 * place. Backed by the Unicode 14 tables of {@code dev.glassbox.objects.unicode}.
 */
final class StrChars {
    private StrChars() {}

    /** Py_UNICODE_ISSPACE: split(), strip() and friends. */
    static boolean isSpace(int cp) {
        return UnicodeDatabase.isSpace(cp);
    }

    /** Py_UNICODE_ISLINEBREAK: where splitlines() splits. */
    static boolean isLinebreak(int cp) {
        return UnicodeDatabase.isLinebreak(cp);
    }

    static boolean isPrintable(int cp) {
        return UnicodeDatabase.isPrintable(cp);
    }

    /** Py_UNICODE_TODECIMAL: the decimal digit value, or -1. */
    static int decimal(int cp) {
        return UnicodeDatabase.decimal(cp);
    }

    static String lower(String s) { return CaseOps.lower(s); }
    static String upper(String s) { return CaseOps.upper(s); }
    static String casefold(String s) { return CaseOps.casefold(s); }
    static String title(String s) { return CaseOps.title(s); }
    static String capitalize(String s) { return CaseOps.capitalize(s); }
    static String swapcase(String s) { return CaseOps.swapcase(s); }

    static boolean isAlnum(String s) { return StrClassify.isAlnum(s); }
    static boolean isAlpha(String s) { return StrClassify.isAlpha(s); }
    static boolean isDecimal(String s) { return StrClassify.isDecimal(s); }
    static boolean isDigit(String s) { return StrClassify.isDigit(s); }
    static boolean isNumeric(String s) { return StrClassify.isNumeric(s); }
    static boolean isSpaceString(String s) { return StrClassify.isSpace(s); }
    static boolean isPrintableString(String s) { return StrClassify.isPrintable(s); }
    static boolean isLower(String s) { return StrClassify.isLower(s); }
    static boolean isUpper(String s) { return StrClassify.isUpper(s); }
    static boolean isTitle(String s) { return StrClassify.isTitle(s); }
    static boolean isIdentifier(String s) { return StrClassify.isIdentifier(s); }
}
