package dev.glassbox.tokenize;

import dev.glassbox.parse.SyntaxErrorInfo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns source bytes into text the way CPython reads Python source: UTF-8 unless a UTF-8 BOM
 * or a PEP 263 coding cookie on line 1 or 2 says otherwise. Follows {@code check_bom},
 * {@code get_coding_spec}, {@code check_coding_spec}, {@code get_normal_name} and
 * {@code ensure_utf8} in CPython's {@code Parser/tokenizer.c}.
 *
 * <p>Two entry points because CPython has two paths with different messages:
 * {@link #decodeFile} is how {@code python3 script.py} reads its script;
 * {@link #decodeBytes} is how {@code compile(bytes, ...)} (and so every import) reads source.
 * Neither translates newlines: the parser's {@link Tokenizer} does that, and the
 * {@code tokenize} module's stream ({@link ModuleTokenizer}) keeps them, as tokenize.py does.
 *
 * <p>CPython reads a file line by line, so an undecodable line is only reported when the
 * tokenizer reaches it (an earlier syntax error wins). {@link Source#error} is therefore
 * a deferred error: {@link Source#text} holds the lines before it, and the tokenizer throws
 * the error when it needs the next line.
 */
public final class SourceReader {
    private SourceReader() {}

    /**
     * Decoded source: the text (all of it, or the lines before an undecodable one), the
     * encoding's normalised name, whether a BOM was present, and an error to raise once the
     * text is used up (null when the whole source decoded).
     */
    public record Source(String text, String encoding, boolean bom, SyntaxErrorInfo error) {}

    /** As CPython reads a script file ({@code tok_underflow_file}). */
    public static Source decodeFile(byte[] data, String filename) {
        return decode(data, filename, true);
    }

    /** As {@code compile(bytes)} reads source ({@code decode_str}); also the import path. */
    public static Source decodeBytes(byte[] data, String filename) {
        for (byte b : data) {
            if (b == 0) throw error("source code string cannot contain null bytes", filename, 0, 0, null);
        }
        return decode(data, filename, false);
    }

    /** Whether line 1 or 2 declares an encoding (PEP 263), after a BOM if any. */
    public static boolean hasCodingCookie(byte[] data) {
        int start = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF ? 3 : 0;
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < data.length; lineNo++) {
            int end = lineEnd(data, lineStart);
            String[] spec = codingSpec(data, lineStart, end);
            if (spec == null) return false;
            if (spec.length == 1) return true;
            lineStart = end;
        }
        return false;
    }

    private static Source decode(byte[] data, String filename, boolean file) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        String cookie = null;
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < data.length; lineNo++) {
            int end = lineEnd(data, lineStart);
            String[] spec = codingSpec(data, lineStart, end);
            if (spec == null) break;               // a line with code: stop looking
            if (spec.length == 1) { cookie = spec[0]; break; }
            lineStart = end;
        }
        String encoding = "utf-8";
        if (cookie != null) {
            if (bom && !cookie.equals("utf-8")) {
                throw error("encoding problem: " + cookie + " with BOM", filename, 0, -1, null);
            }
            if (!cookie.equals("utf-8") && charset(cookie) == null) {
                throw error((file ? "encoding problem: " : "unknown encoding: ") + cookie, filename, 0, -1, null);
            }
            encoding = cookie;
        }
        if (encoding.equals("utf-8")) {
            if (file) return decodeUtf8File(data, start, filename, bom);
            // compile(bytes) does not validate up front: undecodable bytes are reported where
            // they are used (identifiers by the tokenizer, string literals by the parser), so
            // they travel as surrogate escapes (U+DC80..U+DCFF), as Python's surrogateescape.
            byte[] rest = start == 0 ? data : java.util.Arrays.copyOfRange(data, start, data.length);
            return new Source(Utf8.decodeSurrogateEscape(rest), "utf-8", bom, null);
        }
        Charset cs = charset(encoding);
        String text = decodeStrict(cs, data, start, data.length);
        if (text == null) {
            // A script file is decoded through a text stream that fails as a whole.
            String msg = file ? "encoding problem: " + encoding : codecError(cs, encoding, data, start, true);
            throw error(msg, filename, 0, -1, null);
        }
        return new Source(text, encoding, bom, null);
    }

    /**
     * The UnicodeDecodeError text CPython gives when the declared codec fails: it decodes the
     * newline-translated source after the BOM, so the position counts in that.
     */
    static String codecError(Charset cs, String encoding, byte[] data, int start, boolean translate) {
        java.io.ByteArrayOutputStream t = new java.io.ByteArrayOutputStream(data.length);
        for (int i = start; i < data.length; i++) {
            if (data[i] == '\r' && translate) {
                t.write('\n');
                if (i + 1 < data.length && data[i + 1] == '\n') i++;
            } else {
                t.write(data[i]);
            }
        }
        byte[] b = t.toByteArray();
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 16);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        int pos = in.position();
        int len = r.isError() ? r.length() : 1;
        String name = cs.name().toLowerCase(Locale.ROOT);
        String reason;
        if (name.equals("us-ascii")) reason = "ordinal not in range(128)";
        else if (name.startsWith("iso-8859") || name.startsWith("windows-") || name.startsWith("koi8")
                || name.startsWith("ibm")) reason = "character maps to <undefined>";
        else reason = r.isUnderflow() ? "incomplete multibyte sequence" : "illegal multibyte sequence";
        String where = len <= 1 || pos >= b.length
                ? String.format("byte 0x%02x in position %d", b[Math.min(pos, b.length - 1)] & 0xff, pos)
                : String.format("bytes in position %d-%d", pos, pos + len - 1);
        return "'" + pythonCodecName(encoding) + "' codec can't decode " + where + ": " + reason;
    }

    /** The codec's own name as Python's codec registry spells it in errors. */
    private static String pythonCodecName(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1", "l1" -> "latin-1";
            default -> n.startsWith("cp") || n.startsWith("iso") || n.startsWith("koi") ? "charmap" : encoding;
        };
    }

    /** UTF-8 (the default) for a script file: valid lines become text; the first bad line becomes a deferred error. */
    private static Source decodeUtf8File(byte[] data, int start, String filename, boolean bom) {
        int lineNo = 1;
        int lineStart = start;
        while (lineStart < data.length) {
            int end = lineEnd(data, lineStart);
            int bad = Utf8.firstInvalid(data, lineStart, end);
            if (bad >= 0) {
                String text = new String(data, start, lineStart - start, StandardCharsets.UTF_8);
                SyntaxErrorInfo err = error(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                        + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        data[bad] & 0xff, filename, lineNo), filename, 0, -1, null);
                return new Source(text, "utf-8", bom, err);
            }
            lineStart = end;
            lineNo++;
        }
        return new Source(new String(data, start, data.length - start, StandardCharsets.UTF_8), "utf-8", bom, null);
    }

    /** Index just past the line's '\n' (or the end of data). */
    static int lineEnd(byte[] data, int from) {
        for (int i = from; i < data.length; i++) if (data[i] == '\n') return i + 1;
        return data.length;
    }

    /**
     * {@code get_coding_spec}: null when the line holds code (stop looking), a one-element
     * array with the normalised encoding name when it has a cookie, an empty array otherwise.
     */
    static String[] codingSpec(byte[] s, int from, int to) {
        int size = to - from;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = s[from + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\f') return blankOrComment(s, from, to) ? new String[0] : null;
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i' && s[t + 4] == 'n'
                    && s[t + 5] == 'g') {
                t += 6;
                if (t >= to || (s[t] != ':' && s[t] != '=')) continue;
                do { t++; } while (t < to && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < to && (isAsciiAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) t++;
                if (begin < t) {
                    return new String[] {normalName(new String(s, begin, t - begin, StandardCharsets.ISO_8859_1))};
                }
            }
        }
        return blankOrComment(s, from, to) ? new String[0] : null;
    }

    /** check_coding_spec's test: only whitespace before a '#' or the line end. */
    private static boolean blankOrComment(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '#' || c == '\n' || c == '\r') return true;
            if (c != ' ' && c != '\t' && c != '\f') return false;
        }
        return true;
    }

    private static boolean isAsciiAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code get_normal_name}: utf-8 and latin-1 spellings collapse; others are kept as written. */
    public static String normalName(String s) {
        String buf = s.substring(0, Math.min(12, s.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) return "utf-8";
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Python codec names that Java spells differently (after {@code encodings.normalize_encoding}). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"), Map.entry("l1", "ISO-8859-1"),
            Map.entry("iso8859_1", "ISO-8859-1"), Map.entry("iso_8859_1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("us_ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("utf8", "UTF-8"), Map.entry("utf_8", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("utf8_ucs2", "UTF-8"), Map.entry("utf8_ucs4", "UTF-8"),
            Map.entry("latin9", "ISO-8859-15"), Map.entry("l9", "ISO-8859-15"),
            Map.entry("iso8859_15", "ISO-8859-15"), Map.entry("iso_8859_15", "ISO-8859-15"),
            Map.entry("cp1252", "windows-1252"), Map.entry("windows_1252", "windows-1252"),
            Map.entry("euc_jp", "EUC-JP"), Map.entry("shift_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"),
            Map.entry("gb2312", "GB2312"), Map.entry("gbk", "GBK"), Map.entry("big5", "Big5"),
            Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"));

    /** The Java charset for a Python codec name, or null when Python would not know it either. */
    public static Charset charset(String pythonName) {
        // encodings.normalize_encoding: non-alphanumerics (but '.') collapse to '_', lower case.
        String n = pythonName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "_");
        n = n.replaceAll("^_+|_+$", "");
        String alias = ALIASES.get(n);
        try {
            if (alias != null) return Charset.forName(alias);
            if (n.startsWith("iso8859_")) return Charset.forName("ISO-8859-" + n.substring(8));
            if (n.startsWith("iso_8859_")) return Charset.forName("ISO-8859-" + n.substring(9));
            if (n.matches("cp125[0-8]")) return Charset.forName("windows-" + n.substring(2));
            if (n.matches("cp\\d+")) return Charset.forName("IBM" + n.substring(2));
            return Charset.forName(n.replace('_', '-'));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static SyntaxErrorInfo error(String msg, String filename, int lineno, int offset, String text) {
        return error(msg, filename, lineno, offset, 0, 0, text);
    }

    static SyntaxErrorInfo error(String msg, String filename, int lineno, int offset, int endLineno,
                                 int endOffset, String text) {
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, lineno, offset,
                endLineno, endOffset, text);
    }

    /** Decodes with a Java charset, strictly; null when the bytes are not valid in it. */
    static String decodeStrict(Charset cs, byte[] data, int from, int to) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, from, to - from));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
