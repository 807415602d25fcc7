package dev.glassbox.objects.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Character names: {@code unicodedata.name} and {@code unicodedata.lookup} (CPython's
 * {@code _getucname} and {@code _getcode}, Modules/unicodedata.c), for Unicode 14.0.
 *
 * <p>The 32,647 stored names come from the resource {@code names.txt.gz} (≈200 KB, written by
 * tools/unicode/gen_unicode_db.py) and are read on first use, so programs that never ask for a
 * name do not pay for them. CJK unified and compatibility ideographs, Khitan small script and
 * Nushu characters are named PREFIX-XXXX over ranges; Hangul syllables are composed from jamo
 * short names, as the Unicode standard (chapter 3.12) describes.
 *
 * <p>lookup() also accepts the formal name aliases ("LINE FEED", "LATIN CAPITAL LETTER GHA"),
 * as CPython's lookup and \N{...} escapes do; named sequences ("KEYCAP NUMBER SIGN") are
 * separate ({@link #namedSequence}), because \N{...} refuses them and lookup() accepts them.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final int S_BASE = 0xAC00, L_COUNT = 19, V_COUNT = 21, T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
        "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    /** Holder: the stored names, loaded on first use of name() or lookup(). */
    private static final class Data {
        static final int[] CODES;
        static final String[] NAMES;
        static final int[] RANGE_START, RANGE_END;
        static final String[] RANGE_PREFIX;
        static final Map<String, int[]> SEQUENCES = new HashMap<>();
        static final String[] ALIAS_LINES;

        static {
            List<int[]> ranges = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            List<String> aliasLines = new ArrayList<>();
            try (InputStream raw = UnicodeNames.class.getResourceAsStream("names.txt.gz");
                 BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("R ")) {
                        String[] f = line.split(" ", 4);
                        ranges.add(new int[] {Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16)});
                        prefixes.add(f[3]);
                    } else if (line.startsWith("A ")) {
                        aliasLines.add(line.substring(2));
                    } else if (line.startsWith("S ")) {
                        int semi = line.indexOf(';');
                        String[] hex = line.substring(2, semi).split(" ");
                        int[] seq = new int[hex.length];
                        for (int i = 0; i < hex.length; i++) seq[i] = Integer.parseInt(hex[i], 16);
                        SEQUENCES.put(line.substring(semi + 1), seq);
                    } else {
                        int semi = line.indexOf(';');
                        codes.add(Integer.parseInt(line.substring(0, semi), 16));
                        names.add(line.substring(semi + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CODES = codes.stream().mapToInt(Integer::intValue).toArray();
            NAMES = names.toArray(new String[0]);
            RANGE_START = ranges.stream().mapToInt(a -> a[0]).toArray();
            RANGE_END = ranges.stream().mapToInt(a -> a[1]).toArray();
            RANGE_PREFIX = prefixes.toArray(new String[0]);
            ALIAS_LINES = aliasLines.toArray(new String[0]);
        }
    }

    /** Holder: the name → code point table, built on the first lookup() only. */
    private static final class Lookup {
        static final Map<String, Integer> BY_NAME;

        static {
            BY_NAME = new HashMap<>(Data.NAMES.length * 2);
            for (int i = 0; i < Data.NAMES.length; i++) BY_NAME.put(Data.NAMES[i], Data.CODES[i]);
            for (String a : Data.ALIAS_LINES) {
                int semi = a.indexOf(';');
                BY_NAME.put(a.substring(semi + 1), Integer.parseInt(a.substring(0, semi), 16));
            }
        }
    }

    /** unicodedata.name(chr(cp)), or null when the code point has no name. */
    public static String name(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return HANGUL_PREFIX + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT] + JAMO_T[s % T_COUNT];
        }
        for (int i = 0; i < Data.RANGE_START.length; i++) {
            if (cp >= Data.RANGE_START[i] && cp <= Data.RANGE_END[i]) {
                return Data.RANGE_PREFIX[i] + String.format("%04X", cp);
            }
        }
        int i = java.util.Arrays.binarySearch(Data.CODES, cp);
        return i >= 0 ? Data.NAMES[i] : null;
    }

    /** lookup()'s result for a name longer than 256 characters (KeyError "name too long"). */
    public static final int TOO_LONG = -2;

    /**
     * The code point named name (a character name or alias), as \N{name} and
     * unicodedata.lookup find it; -1 when there is none (lookup() then tries
     * {@link #namedSequence}, then raises KeyError "undefined character name '...'"), and
     * {@link #TOO_LONG} past 256 characters (KeyError "name too long").
     * Stored names match case-insensitively; Hangul syllable and CJK unified ideograph names
     * are computed by CPython and must be upper case.
     */
    public static int lookup(String name) {
        if (name.length() > 256) return TOO_LONG;
        if (name.startsWith(HANGUL_PREFIX)) {
            int cp = hangul(name.substring(HANGUL_PREFIX.length()));
            if (cp >= 0) return cp;
        }
        String upper = upperAscii(name);
        for (int i = 0; i < Data.RANGE_START.length; i++) {
            String prefix = Data.RANGE_PREFIX[i];
            boolean computed = prefix.equals("CJK UNIFIED IDEOGRAPH-");
            if (computed ? name.startsWith(prefix) : upper.startsWith(prefix)) {
                int cp = hex(computed ? name : upper, prefix.length());
                if (cp >= Data.RANGE_START[i] && cp <= Data.RANGE_END[i]
                        && (computed || upper.equals(name(cp)))) {
                    return cp;
                }
            }
        }
        Integer cp = Lookup.BY_NAME.get(upper);
        return cp == null ? -1 : cp;
    }

    /** The code points of a named sequence (unicodedata.lookup only, not \N{...}), or null. */
    public static int[] namedSequence(String name) {
        if (name.length() > 256) return null;
        int[] seq = Data.SEQUENCES.get(upperAscii(name));
        return seq == null ? null : seq.clone();
    }

    /** The exact upper-case hex digits CPython requires after an ideograph prefix, or -1. */
    private static int hex(String s, int from) {
        int n = s.length() - from;
        if (n < 4 || n > 6) return -1;
        int v = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** Longest-match decomposition of a syllable's jamo letters; -1 if it is not one. */
    private static int hangul(String s) {
        int[] pos = {0};
        int l = longest(s, pos, JAMO_L), v = longest(s, pos, JAMO_V), t = longest(s, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != s.length()) return -1;
        return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
    }

    private static int longest(String s, int[] pos, String[] table) {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String j = table[i];
            if (j.length() > bestLen && s.startsWith(j, pos[0])) {
                best = i;
                bestLen = j.length();
            }
        }
        if (best >= 0) pos[0] += bestLen;
        return best;
    }

    private static String upperAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                char[] a = s.toCharArray();
                for (int k = i; k < a.length; k++) if (a[k] >= 'a' && a[k] <= 'z') a[k] -= 32;
                return new String(a);
            }
        }
        return s;
    }
}
