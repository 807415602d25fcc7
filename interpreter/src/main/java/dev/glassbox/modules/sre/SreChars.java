package dev.glassbox.modules.sre;

import static dev.glassbox.modules.sre.SreConstants.*;

import dev.glassbox.objects.unicode.UnicodeDatabase;

/**
 * The character predicates and case mappings of Modules/_sre/sre.c: ASCII ones (the
 * C-library classes restricted to ASCII), locale ones (the C library's for code points below
 * 256; the runtime's LC_CTYPE is a UTF-8 or C locale, where bytes 128-255 are in no class and
 * have no case) and Unicode ones (the Unicode database, as str methods see it).
 */
final class SreChars {
    private SreChars() {}

    /** Bits of the ASCII table: digit, space, word (alnum or '_'), alnum. */
    private static final byte DIGIT = 1, SPACE = 2, WORD = 4, ALNUM = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = '0'; c <= '9'; c++) ASCII[c] = DIGIT | WORD | ALNUM;
        for (int c = 'a'; c <= 'z'; c++) ASCII[c] = WORD | ALNUM;
        for (int c = 'A'; c <= 'Z'; c++) ASCII[c] = WORD | ALNUM;
        ASCII['_'] = WORD;
        for (int c : new int[] {' ', '\t', '\n', 0x0b, '\f', '\r'}) ASCII[c] = SPACE;
    }

    static boolean isDigit(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & DIGIT) != 0;
    }

    static boolean isSpace(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & SPACE) != 0;
    }

    static boolean isWord(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & WORD) != 0;
    }

    static boolean isLocWord(int ch) {
        // isalnum() of the C library for ch < 256, or '_'
        return ch >= 0 && ch < 128 && (ASCII[ch] & WORD) != 0;
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    static int lowerUnicode(int ch) {
        if (ch < 128) return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
        return UnicodeDatabase.toLowercase(ch);
    }

    static int upperUnicode(int ch) {
        if (ch < 128) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        return UnicodeDatabase.toUppercase(ch);
    }

    static boolean isUniDigit(int ch) {
        if (ch < 128) return ch >= '0' && ch <= '9';
        return UnicodeDatabase.isDecimal(ch);
    }

    static boolean isUniSpace(int ch) {
        return UnicodeDatabase.isSpace(ch);
    }

    static boolean isUniWord(int ch) {
        if (ch < 128) return ch >= 0 && (ASCII[ch] & WORD) != 0;
        return UnicodeDatabase.isAlnum(ch);
    }

    static boolean isUniLinebreak(int ch) {
        if (ch < 128) return ch == '\n' || ch == 0x0b || ch == '\f' || ch == '\r' || (ch >= 0x1c && ch <= 0x1e);
        return UnicodeDatabase.isLinebreak(ch);
    }

    /** char_loc_ignore: ch equals the pattern character or one of its locale cases does. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    /** sre_category. */
    static boolean category(int category, int ch) {
        switch (category) {
            case CATEGORY_DIGIT: return isDigit(ch);
            case CATEGORY_NOT_DIGIT: return !isDigit(ch);
            case CATEGORY_SPACE: return isSpace(ch);
            case CATEGORY_NOT_SPACE: return !isSpace(ch);
            case CATEGORY_WORD: return isWord(ch);
            case CATEGORY_NOT_WORD: return !isWord(ch);
            case CATEGORY_LINEBREAK: return ch == '\n';
            case CATEGORY_NOT_LINEBREAK: return ch != '\n';
            case CATEGORY_LOC_WORD: return isLocWord(ch);
            case CATEGORY_LOC_NOT_WORD: return !isLocWord(ch);
            case CATEGORY_UNI_DIGIT: return isUniDigit(ch);
            case CATEGORY_UNI_NOT_DIGIT: return !isUniDigit(ch);
            case CATEGORY_UNI_SPACE: return isUniSpace(ch);
            case CATEGORY_UNI_NOT_SPACE: return !isUniSpace(ch);
            case CATEGORY_UNI_WORD: return isUniWord(ch);
            case CATEGORY_UNI_NOT_WORD: return !isUniWord(ch);
            case CATEGORY_UNI_LINEBREAK: return isUniLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK: return !isUniLinebreak(ch);
            default: return false;
        }
    }
}
