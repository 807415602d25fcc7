package dev.glassbox.objects.unicode;

/**
 * The str.isxxx predicates over whole strings (Objects/unicodeobject.c {@code unicode_isalpha_impl}
 * and friends): all characters must have the property and the string must be non-empty, except
 * isprintable (true for ""), and the cased predicates islower/isupper/istitle, which follow
 * CPython's loops exactly.
 */
public final class StrClassify {
    private StrClassify() {}

    private static boolean all(String s, int mask) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if ((UnicodeDatabase.flags(cp) & mask) == 0) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isAlpha(String s) { return all(s, UnicodeDatabase.ALPHA); }
    public static boolean isDecimal(String s) { return all(s, UnicodeDatabase.DECIMAL); }
    public static boolean isDigit(String s) { return all(s, UnicodeDatabase.DIGIT); }
    public static boolean isNumeric(String s) { return all(s, UnicodeDatabase.NUMERIC); }
    public static boolean isAlnum(String s) {
        return all(s, UnicodeDatabase.ALPHA | UnicodeDatabase.DECIMAL | UnicodeDatabase.DIGIT | UnicodeDatabase.NUMERIC);
    }

    public static boolean isSpace(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!UnicodeDatabase.isSpace(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!UnicodeDatabase.isPrintable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isAscii(String s) {
        return CaseOps.isAscii(s);
    }

    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeDatabase.flags(cp);
            if ((f & (UnicodeDatabase.UPPER | UnicodeDatabase.TITLE)) != 0) return false;
            if ((f & UnicodeDatabase.LOWER) != 0) cased = true;
            i += Character.charCount(cp);
        }
        return cased;
    }

    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeDatabase.flags(cp);
            if ((f & (UnicodeDatabase.LOWER | UnicodeDatabase.TITLE)) != 0) return false;
            if ((f & UnicodeDatabase.UPPER) != 0) cased = true;
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Upper/title-case characters only after uncased ones, lower-case only after cased ones. */
    public static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeDatabase.flags(cp);
            if ((f & (UnicodeDatabase.UPPER | UnicodeDatabase.TITLE)) != 0) {
                if (previousCased) return false;
                previousCased = cased = true;
            } else if ((f & UnicodeDatabase.LOWER) != 0) {
                if (!previousCased) return false;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** str.isidentifier: XID_Start or '_', then XID_Continue (no keyword check). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        if (!UnicodeDatabase.isIdentifierStart(cp)) return false;
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            if (!UnicodeDatabase.isIdentifierContinue(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }
}
