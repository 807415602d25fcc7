package dev.glassbox.objects.unicode;

/**
 * str.lower, upper, title, capitalize, swapcase and casefold over strings of code points:
 * CPython's {@code do_lower}, {@code do_upper}, {@code do_title}, {@code do_capitalize},
 * {@code do_swapcase}, {@code do_casefold} and {@code handle_capital_sigma}
 * (Objects/unicodeobject.c), with full (possibly multi-character) mappings.
 *
 * <p>Strings are Java Strings read by code point (a lone surrogate is one code point, as in
 * Python). Each operation returns its argument itself when nothing changes, and takes an
 * ASCII fast path when it can.
 */
public final class CaseOps {
    private CaseOps() {}

    public static String lower(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(out, s, i, cp);
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    public static String upper(String s) {
        if (isAscii(s)) return asciiUpper(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.upperMap(cp));
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    public static String casefold(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.foldMap(cp));
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    /** str.title: title-case a character after an uncased one, lower-case it after a cased one. */
    public static String title(String s) {
        if (isAscii(s)) {
            char[] c = s.toCharArray();
            boolean prev = false;
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                boolean upper = ch >= 'A' && ch <= 'Z', lower = ch >= 'a' && ch <= 'z';
                if (prev && upper) c[i] = (char) (ch + 32);
                else if (!prev && lower) c[i] = (char) (ch - 32);
                prev = upper || lower;
            }
            return new String(c);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) appendLower(out, s, i, cp);
            else UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.titleMap(cp));
            previousCased = UnicodeDatabase.isCased(cp);
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    /** str.capitalize (3.8+): the first character title-cased, the rest lower-cased. */
    public static String capitalize(String s) {
        if (s.isEmpty()) return s;
        StringBuilder out = new StringBuilder(s.length());
        int cp = s.codePointAt(0);
        UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.titleMap(cp));
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            appendLower(out, s, i, cp);
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    /** str.swapcase: upper-case letters lowered, lower-case letters uppered, the rest kept. */
    public static String swapcase(String s) {
        if (isAscii(s)) {
            char[] c = s.toCharArray();
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                if (ch >= 'A' && ch <= 'Z') c[i] = (char) (ch + 32);
                else if (ch >= 'a' && ch <= 'z') c[i] = (char) (ch - 32);
            }
            return new String(c);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeDatabase.isUpper(cp)) appendLower(out, s, i, cp);
            else if (UnicodeDatabase.isLower(cp)) UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.upperMap(cp));
            else out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return same(s, out);
    }

    /** lower_ucs4: the full lower-case mapping, with Greek final sigma decided by context. */
    private static void appendLower(StringBuilder out, String s, int i, int cp) {
        if (cp == 0x3A3) {
            out.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            UnicodeDatabase.appendMapping(out, cp, UnicodeDatabase.lowerMap(cp));
        }
    }

    /**
     * Whether the capital sigma at index i is word-final:
     * {@code \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})}.
     */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeDatabase.isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !UnicodeDatabase.isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!UnicodeDatabase.isCaseIgnorable(c)) return !UnicodeDatabase.isCased(c);
            j += Character.charCount(c);
        }
        return true;
    }

    private static String same(String s, StringBuilder out) {
        return out.length() == s.length() && s.contentEquals(out) ? s : out.toString();
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    private static String asciiLower(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) i++;
        if (i == s.length()) return s;
        char[] c = s.toCharArray();
        for (; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 32;
        return new String(c);
    }

    private static String asciiUpper(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= 'a' && s.charAt(i) <= 'z')) i++;
        if (i == s.length()) return s;
        char[] c = s.toCharArray();
        for (; i < c.length; i++) if (c[i] >= 'a' && c[i] <= 'z') c[i] -= 32;
        return new String(c);
    }
}
