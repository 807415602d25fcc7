package dev.glassbox.tokenize;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation with the error texts of CPython's UTF-8 codec
 * ({@code Objects/stringlib/codecs.h}, {@code unicode_decode_utf8}): "invalid start byte",
 * "invalid continuation byte", "unexpected end of data".
 */
final class Utf8 {
    private Utf8() {}

    /** Index of the first byte of the first invalid sequence in [from, to), or -1. */
    static int firstInvalid(byte[] s, int from, int to) {
        for (int i = from; i < to; ) {
            int n = validLength(s, i, to);
            if (n <= 0) return i;
            i += n;
        }
        return -1;
    }

    /** Length of the valid sequence at i; 0 for an invalid start byte, -k when k bytes form a broken prefix. */
    static int validLength(byte[] s, int i, int to) {
        int c = s[i] & 0xff;
        if (c < 0x80) return 1;
        int need;
        int lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c == 0xE0) { need = 2; lo = 0xA0; }
        else if (c == 0xED) { need = 2; hi = 0x9F; }
        else if (c >= 0xE1 && c <= 0xEF) need = 2;
        else if (c == 0xF0) { need = 3; lo = 0x90; }
        else if (c == 0xF4) { need = 3; hi = 0x8F; }
        else if (c >= 0xF1 && c <= 0xF3) need = 3;
        else return 0;
        for (int k = 1; k <= need; k++) {
            if (i + k >= to) return -k;
            int b = s[i + k] & 0xff;
            int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) return -k;
        }
        return need + 1;
    }

    /**
     * The UnicodeDecodeError text for the invalid sequence at {@code bad}, with positions
     * counted from {@code bad - pos} (pos is the position CPython reports for {@code bad}).
     */
    static String errorMessage(byte[] s, int bad, int to, int pos) {
        int n = validLength(s, bad, to);
        if (n == 0) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                    s[bad] & 0xff, pos);
        }
        int k = -n;   // bytes that were a valid prefix
        if (bad + k >= to) {
            if (k == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: unexpected end of data",
                        s[bad] & 0xff, pos);
            }
            return String.format("'utf-8' codec can't decode bytes in position %d-%d: unexpected end of data",
                    pos, pos + k - 1);
        }
        if (k == 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: invalid continuation byte",
                    s[bad] & 0xff, pos);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: invalid continuation byte",
                pos, pos + k - 1);
    }

    /** Lenient decode (U+FFFD for bad bytes), for the text of an error. */
    static String decodeReplacing(byte[] s, int from, int to) {
        return new String(s, from, to - from, StandardCharsets.UTF_8);
    }

    /** Decode with Python's {@code surrogateescape}: each undecodable byte b becomes U+DC00+b. */
    static String decodeSurrogateEscape(byte[] s) {
        StringBuilder b = null;
        int i = 0, run = 0;        // [run, i) is valid UTF-8 not yet appended
        while (i < s.length) {
            if (s[i] >= 0) {       // ASCII fast path
                i++;
                continue;
            }
            int n = validLength(s, i, s.length);
            if (n > 0) {
                i += n;
                continue;
            }
            if (b == null) b = new StringBuilder(s.length);
            b.append(new String(s, run, i - run, StandardCharsets.UTF_8));
            int k = n == 0 ? 1 : -n;
            for (int j = 0; j < k; j++) b.append((char) (0xDC00 + (s[i + j] & 0xff)));
            i += k;
            run = i;
        }
        if (b == null) return new String(s, StandardCharsets.UTF_8);
        return b.append(new String(s, run, i - run, StandardCharsets.UTF_8)).toString();
    }

    /** The code points of s (faster than {@code s.codePoints().toArray()} on the usual surrogate-free text). */
    static int[] codePoints(String s) {
        int n = s.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(c, s.charAt(++i));
            } else {
                out[k++] = c;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }
}
