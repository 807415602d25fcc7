package dev.glassbox.objects.unicode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code unicodedata.decomposition}, {@code normalize} and {@code is_normalized} for NFC, NFD,
 * NFKC and NFKD (Unicode Standard Annex #15; CPython's {@code nfd_nfkd} and {@code nfc_nfkc}
 * in Modules/unicodedata.c). The parser needs NFKC for non-ASCII identifiers (PEP 3131).
 *
 * <p>Decompositions come from the resource {@code decomp.txt.gz} (≈30 KB, written by
 * tools/unicode/gen_unicode_db.py from python3's unicodedata), read on first use, with the
 * code points NFC refuses to recompose (Full_Composition_Exclusion) marked; Hangul syllables
 * are decomposed and composed arithmetically. Steps: full (recursive) decomposition,
 * canonical ordering of combining marks (stable by combining class), then for the C forms
 * canonical composition of each unblocked mark with the last starter.
 */
public final class UnicodeNormalizer {
    private UnicodeNormalizer() {}

    private static final int S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
    private static final int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT,
            S_COUNT = L_COUNT * N_COUNT;

    /** Holder: loaded on first use. */
    private static final class Data {
        static final Map<Integer, String> TEXT = new HashMap<>();
        static final Map<Integer, int[]> CANONICAL = new HashMap<>();
        static final Map<Integer, int[]> COMPAT = new HashMap<>();
        static final Map<Long, Integer> COMPOSE = new HashMap<>();

        static {
            Set<Integer> excluded = new HashSet<>();
            try (InputStream raw = UnicodeNormalizer.class.getResourceAsStream("decomp.txt.gz");
                 BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("X ")) {
                        excluded.add(Integer.parseInt(line.substring(2), 16));
                        continue;
                    }
                    int semi = line.indexOf(';');
                    int cp = Integer.parseInt(line.substring(0, semi), 16);
                    String text = line.substring(semi + 1);
                    TEXT.put(cp, text);
                    boolean compat = text.startsWith("<");
                    String[] parts = (compat ? text.substring(text.indexOf('>') + 2) : text).split(" ");
                    int[] cps = new int[parts.length];
                    for (int i = 0; i < parts.length; i++) cps[i] = Integer.parseInt(parts[i], 16);
                    COMPAT.put(cp, cps);
                    if (!compat) CANONICAL.put(cp, cps);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<Integer, int[]> e : CANONICAL.entrySet()) {
                int[] d = e.getValue();
                if (d.length == 2 && !excluded.contains(e.getKey())) COMPOSE.put(pair(d[0], d[1]), e.getKey());
            }
        }
    }

    private static long pair(int a, int b) {
        return ((long) a << 21) | b;
    }

    /** unicodedata.decomposition(chr(cp)): e.g. "0041 0300" or "<compat> 0020 0308"; "" if none. */
    public static String decomposition(int cp) {
        String t = Data.TEXT.get(cp);
        return t == null ? "" : t;
    }

    /** Whether form is one of "NFC", "NFKC", "NFD", "NFKD". */
    public static boolean isValidForm(String form) {
        return form.equals("NFC") || form.equals("NFKC") || form.equals("NFD") || form.equals("NFKD");
    }

    /**
     * unicodedata.normalize(form, s); form must be valid ({@link #isValidForm}; CPython raises
     * ValueError "invalid normalization form" otherwise).
     */
    public static String normalize(String form, String s) {
        if (!isValidForm(form)) throw new IllegalArgumentException("invalid normalization form");
        if (CaseOps.isAscii(s)) return s;
        // Quick check: a string of characters that are each stable under the form (the
        // generator's NF*_STABLE flags) is already normalized; the decomposition data is
        // then not even loaded.
        int stable = switch (form) {
            case "NFC" -> UnicodeDatabase.NFC_STABLE;
            case "NFD" -> UnicodeDatabase.NFD_STABLE;
            case "NFKC" -> UnicodeDatabase.NFKC_STABLE;
            default -> UnicodeDatabase.NFKD_STABLE;
        };
        boolean allStable = true;
        for (int i = 0; i < s.length() && allStable; ) {
            int cp = s.codePointAt(i);
            allStable = (UnicodeDatabase.flags(cp) & stable) != 0;
            i += Character.charCount(cp);
        }
        if (allStable) return s;
        boolean compat = form.charAt(2) == 'K';
        boolean compose = form.endsWith("C");
        int[] d = decompose(s, compat);
        int n = d.length;
        if (compose) n = compose(d);
        String out = new String(d, 0, n);
        return out.equals(s) ? s : out;
    }

    /** unicodedata.is_normalized(form, s). */
    public static boolean isNormalized(String form, String s) {
        return normalize(form, s).equals(s);
    }

    private static int[] decompose(String s, boolean compat) {
        int[] buf = new int[s.length() + 8];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int[][] holder = {buf};
            n = append(holder, n, cp, compat);
            buf = holder[0];
        }
        // Canonical ordering: stable insertion sort of each run of non-starters by class.
        for (int i = 1; i < n; i++) {
            int c = buf[i];
            int cc = UnicodeDatabase.combining(c);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && UnicodeDatabase.combining(buf[j - 1]) > cc) {
                buf[j] = buf[j - 1];
                j--;
            }
            buf[j] = c;
        }
        int[] out = new int[n];
        System.arraycopy(buf, 0, out, 0, n);
        return out;
    }

    /** Appends the full decomposition of cp at buf[0][n], growing the array; returns the new length. */
    private static int append(int[][] buf, int n, int cp, boolean compat) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            n = put(buf, n, L_BASE + s / N_COUNT);
            n = put(buf, n, V_BASE + (s % N_COUNT) / T_COUNT);
            if (s % T_COUNT != 0) n = put(buf, n, T_BASE + s % T_COUNT);
            return n;
        }
        // Nothing below U+00A0 decomposes (U+00A0 is the first compatibility mapping, U+00C0 the first canonical one).
        int[] m = cp < 0xA0 ? null : (compat ? Data.COMPAT : Data.CANONICAL).get(cp);
        if (m == null) return put(buf, n, cp);
        for (int c : m) n = append(buf, n, c, compat);
        return n;
    }

    private static int put(int[][] buf, int n, int cp) {
        if (n == buf[0].length) buf[0] = java.util.Arrays.copyOf(buf[0], n * 2 + 8);
        buf[0][n] = cp;
        return n + 1;
    }

    /** Canonical composition in place; returns the new length. */
    private static int compose(int[] d) {
        int n = d.length;
        if (n == 0) return 0;
        int starterPos = 0;
        int starter = d[0];
        int lastClass = UnicodeDatabase.combining(starter);
        if (lastClass != 0) lastClass = 256; // a leading mark blocks everything after it
        int out = 1;
        for (int i = 1; i < n; i++) {
            int ch = d[i];
            int cc = UnicodeDatabase.combining(ch);
            int composite = composite(starter, ch);
            if (composite >= 0 && (lastClass < cc || lastClass == 0)) {
                d[starterPos] = composite;
                starter = composite;
                continue;
            }
            if (cc == 0) {
                starterPos = out;
                starter = ch;
            }
            lastClass = cc;
            d[out++] = ch;
        }
        return out;
    }

    private static int composite(int a, int b) {
        if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        }
        if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0
                && b > T_BASE && b < T_BASE + T_COUNT) {
            return a + (b - T_BASE);
        }
        Integer c = Data.COMPOSE.get(pair(a, b));
        return c == null ? -1 : c;
    }
}
