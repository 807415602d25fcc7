package dev.glassbox.objects;

import dev.glassbox.objects.unicode.UnicodeNames;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * The built-in text codecs and error handlers: what {@code str.encode}, {@code bytes.decode},
 * {@code str(b, encoding)} and {@code bytes(s, encoding)} reach. It follows CPython's C codecs
 * in Objects/unicodeobject.c (the UTF-8, UTF-16, UTF-32, ASCII, Latin-1 and charmap encoders and
 * decoders, their error ranges and reasons) and the handlers of Python/codecs.c (strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
 * surrogatepass), so that the output and every UnicodeError's message and fields match.
 * Names are normalized and aliased as Lib/encodings does for these codecs; other single-byte
 * code pages (cp1252, iso8859_N, koi8_r, ...) are served as 'charmap' codecs from the JDK's
 * tables. User-registered handlers (codecs.register_error) are not supported here.
 *
 * <p>Text is handled as code points (a str's {@link PyStr#codePoints}); lone surrogates are
 * values like any other, as in CPython.
 */
public final class Codecs {
    private Codecs() {}

    // ------------------------------------------------------------------ names

    /** encodings.normalize_encoding, lower-cased: runs of punctuation become '_'. */
    static String normalize(String encoding) {
        StringBuilder b = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.') {
                if (punct && b.length() > 0) b.append('_');
                b.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    /** The codec a name denotes: one of the built-in names, "charmap:<charset>", or null. */
    static String lookup(String encoding) {
        String n = normalize(encoding);
        switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001": return "utf-8";
            case "utf_8_sig": return "utf-8-sig";
            case "utf_16", "utf16", "u16": return "utf-16";
            case "utf_16_le", "utf_16le", "unicodelittleunmarked": return "utf-16-le";
            case "utf_16_be", "utf_16be", "unicodebigunmarked": return "utf-16-be";
            case "utf_32", "utf32", "u32": return "utf-32";
            case "utf_32_le", "utf_32le": return "utf-32-le";
            case "utf_32_be", "utf_32be": return "utf-32-be";
            case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                    "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii": return "ascii";
            case "latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                    "iso_8859_1", "iso_8859_1_1987", "iso_ir_100": return "latin-1";
            default: break;
        }
        String cs = null;
        if (n.matches("(cp|windows_)125[0-8]")) cs = "windows-" + n.substring(n.length() - 4);
        else if (n.matches("125[0-8]")) cs = "windows-" + n;
        else if (n.matches("(iso_?8859_|latin_?)\\d+")) {
            String num = n.replaceAll("^(iso_?8859_|latin_?)", "");
            if (n.startsWith("latin")) num = switch (num) { case "2" -> "2"; case "3" -> "3"; case "4" -> "4"; case "5" -> "9";
                case "6" -> "10"; case "7" -> "13"; case "8" -> "14"; case "9" -> "15"; case "10" -> "16"; default -> null; };
            if (num != null) cs = "ISO-8859-" + num;
        } else if (n.equals("koi8_r") || n.equals("koi8_u")) cs = n.replace('_', '-').toUpperCase(Locale.ROOT);
        else if (n.matches("cp(437|850|852|855|857|858|862|866)")) cs = "IBM" + n.substring(2);
        else if (n.equals("mac_roman") || n.equals("macroman") || n.equals("macintosh")) cs = "x-MacRoman";
        if (cs != null && Charset.isSupported(cs)) return "charmap:" + cs;
        return null;
    }

    /** Whether the runtime implements {@code encoding} itself (no registry lookup needed). */
    public static boolean known(String encoding) {
        return lookup(encoding) != null;
    }

    private static String codec(String encoding) {
        String c = lookup(encoding);
        if (c == null) throw Errors.raise(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
        return c;
    }

    /** Handlers registered by codecs.register_error (counted references, never dropped, as in CPython). */
    private static final java.util.Map<String, PyObject> CUSTOM = new java.util.concurrent.ConcurrentHashMap<>();

    /** codecs.register_error(name, handler): a callable taking the UnicodeError, returning (replacement, position). */
    public static void registerError(String name, PyObject handler) {
        dev.glassbox.memory.Heap.incref(handler);
        PyObject old = CUSTOM.put(name, handler);
        if (old != null) dev.glassbox.memory.Heap.decref(old);
    }

    /** The handler registered under {@code name}, or null (built-in names are handled here directly). */
    public static PyObject lookupError(String name) {
        return CUSTOM.get(name);
    }

    /** Calls a registered handler: (replacement, position) with the position made absolute and checked. */
    private static Object[] callHandler(String errors, PyException exc, int length, boolean decoding) {
        PyObject h = CUSTOM.get(errors);
        if (h == null) throw unknownHandler(errors);
        PyObject r = Abstract.call(h, exc.value);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(decoding ? t.get(0) instanceof PyStr
                : t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes) || !PyListMethods.isIndex(t.get(1))) {
            throw Errors.typeError(decoding ? "decoding error handler must return (str, int) tuple"
                    : "encoding error handler must return (str/bytes, int) tuple");
        }
        long pos = Abstract.index(t.get(1)).isBig() ? Long.MAX_VALUE : Abstract.index(t.get(1)).value;
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw Errors.indexError("position %d from error handler out of bounds", pos);
        return new Object[] {t.get(0), (int) pos};
    }

    private static PyException unknownHandler(String errors) {
        return Errors.raise(ExceptionTypes.LookupError, "unknown error handler name '%s'", errors);
    }

    // ------------------------------------------------------------------ decoding

    /**
     * Whether PyUnicode_Decode/PyUnicode_AsEncodedString call the codec directly (a short list
     * of spellings); other names go through the codec registry, which wraps plain TypeErrors and
     * LookupErrors from the error handler as "decoding with 'X' codec failed (...)".
     */
    private static boolean shortcut(String encoding) {
        String n = normalize(encoding);
        if (n.length() > 10) return false;
        return switch (n) {
            case "utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1", "latin_1",
                    "iso_8859_1", "iso8859_1" -> true;
            default -> false;
        };
    }

    /** wrap_codec_error: TypeError/LookupError become "<what> with '<encoding>' codec failed (T: msg)". */
    private static PyException wrap(PyException e, String what, String encoding) {
        PyBaseException exc = e.value;
        if (exc.type != ExceptionTypes.TypeError && exc.type != ExceptionTypes.LookupError) return e;
        PyException w = Errors.raise(exc.type, "%s with '%s' codec failed (%s: %s)", what, encoding, exc.type.name,
                Abstract.str(exc).value);
        w.value.setCause(exc);
        return w;
    }

    /** bytes.decode(encoding, errors): b[0, n) as text. */
    public static String decode(byte[] b, int n, String encoding, String errors) {
        if (encoding != null && lookup(encoding) == null && registry != null) {
            PyObject r = registry.decode(PyBytes.of(Arrays.copyOf(b, n)), encoding, errors == null ? "strict" : errors);
            if (!(r instanceof PyStr str)) {
                throw Errors.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                        encoding, r.type.name);
            }
            return str.value;
        }
        return (String) decode(b, n, encoding, errors, true)[0];
    }

    /**
     * The stateful form (the _codecs *_decode functions that incremental decoders use): with
     * {@code fin} false an incomplete sequence at the end is left undecoded. Returns {text,
     * bytes consumed}.
     */
    public static Object[] decode(byte[] b, int n, String encoding, String errors, boolean fin) {
        if (encoding == null) encoding = "utf-8";
        if (errors == null) errors = "strict";
        String c = codec(encoding);
        try {
            return decodeWith(c, b, n, errors, fin);
        } catch (PyException e) {
            if (shortcut(encoding)) throw e;
            throw wrap(e, "decoding", encoding);
        }
    }

    private static Object[] decodeWith(String c, byte[] b, int n, String errors, boolean fin) {
        Decoder d = new Decoder(b, n, errors);
        d.fin = fin;
        int skipped = 0;
        switch (c) {
            case "utf-8" -> d.utf8(0);
            case "utf-8-sig" -> {
                if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                    d = new Decoder(Arrays.copyOfRange(b, 3, n), n - 3, errors);
                    d.fin = fin;
                    skipped = 3;
                }
                d.utf8(0);
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean le = !c.equals("utf-16-be");
                int start = 0;
                if (c.equals("utf-16") && n >= 2) {
                    int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
                    if (b0 == 0xff && b1 == 0xfe) start = 2;
                    else if (b0 == 0xfe && b1 == 0xff) { start = 2; le = false; }
                }
                d.utf16(start, le);
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                boolean le = !c.equals("utf-32-be");
                int start = 0;
                if (c.equals("utf-32") && n >= 4) {
                    long bom = le32(b, 0);
                    if (bom == 0xfeff) start = 4;
                    else if (bom == 0xfffe0000L) { start = 4; le = false; }
                }
                d.utf32(start, le);
            }
            case "ascii" -> d.singleByte("ascii", null, 128, "ordinal not in range(128)");
            case "latin-1" -> d.singleByte("latin-1", null, 256, null);
            default -> d.singleByte("charmap", decodingTable(c.substring(8)), 256, "character maps to <undefined>");
        }
        return new Object[] {d.out.toString(), skipped + (d.stopped >= 0 ? d.stopped : d.n)};
    }

    private static long le32(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }

    /** One decoding run: the input, the output, and the error handler. */
    private static final class Decoder {
        final byte[] b;
        final int n;
        final String errors;
        final StringBuilder out;
        String encoding;
        /** Whether the input is complete; if not, decoding stops before a truncated tail. */
        boolean fin = true;
        /** Where decoding stopped before an incomplete tail, or -1. */
        int stopped = -1;

        Decoder(byte[] b, int n, String errors) {
            this.b = b;
            this.n = n;
            this.errors = errors;
            this.out = new StringBuilder(n);
        }

        int at(int i) {
            return b[i] & 0xff;
        }

        /**
         * Handles the bad bytes [start, end): appends the handler's replacement and returns where
         * decoding resumes. {@code unit} is the codec's code unit (for surrogatepass).
         */
        int error(int start, int end, String reason, int unit, boolean le) {
            switch (errors) {
                case "strict" -> throw fail(start, end, reason);
                case "ignore" -> { return end; }
                case "replace" -> { out.append('\ufffd'); return end; }
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) out.append(String.format("\\x%02x", at(i)));
                    return end;
                }
                case "surrogateescape" -> {
                    // Escapes at most four leading bytes >= 128; decoding resumes after them.
                    int k = 0;
                    while (k < 4 && start + k < end && at(start + k) >= 128) {
                        out.append((char) (0xdc00 + at(start + k)));
                        k++;
                    }
                    if (k == 0) throw fail(start, end, reason);
                    return start + k;
                }
                case "surrogatepass" -> {
                    int cp = surrogateAt(start, unit, le);
                    if (cp < 0) throw fail(start, end, reason);
                    out.append((char) cp);
                    return start + unit;
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> {
                    Object[] r = callHandler(errors, fail(start, end, reason), n, true);
                    out.append(((PyStr) r[0]).value);
                    return (Integer) r[1];
                }
            }
        }

        /** The surrogate encoded at {@code i} in the codec's unit (3 = UTF-8), or -1. */
        private int surrogateAt(int i, int unit, boolean le) {
            if (i + unit > n) return -1;
            int cp;
            if (unit == 3) {
                if ((at(i) & 0xf0) != 0xe0 || (at(i + 1) & 0xc0) != 0x80 || (at(i + 2) & 0xc0) != 0x80) return -1;
                cp = (at(i) & 0x0f) << 12 | (at(i + 1) & 0x3f) << 6 | (at(i + 2) & 0x3f);
            } else if (unit == 2) {
                cp = le ? at(i) | at(i + 1) << 8 : at(i) << 8 | at(i + 1);
            } else if (unit == 4) {
                long v = le ? le32(b, i) : (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3);
                cp = v > 0xffff ? -1 : (int) v;
            } else {
                return -1;
            }
            return cp >= 0xd800 && cp < 0xe000 ? cp : -1;
        }

        PyException fail(int start, int end, String reason) {
            return new PyException(PyBaseException.create(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding),
                    PyBytes.of(Arrays.copyOf(b, n)), PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
        }

        /** PyUnicode_DecodeUTF8: CPython's validity rules and error ranges. */
        void utf8(int i) {
            encoding = "utf-8";
            while (i < n) {
                int c = at(i);
                if (c < 0x80) { out.append((char) c); i++; continue; }
                int need, lo = 0x80, hi = 0xbf, cp;
                if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
                else if (c >= 0xe0 && c <= 0xef) {
                    need = 2; cp = c & 0x0f;
                    if (c == 0xe0) lo = 0xa0; else if (c == 0xed) hi = 0x9f;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3; cp = c & 0x07;
                    if (c == 0xf0) lo = 0x90; else if (c == 0xf4) hi = 0x8f;
                } else {
                    i = error(i, i + 1, "invalid start byte", 3, false);
                    continue;
                }
                int j = i + 1;
                String reason = null;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) { reason = "unexpected end of data"; break; }
                    int cc = at(j);
                    int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xbf;
                    if (cc < l || cc > h) { reason = "invalid continuation byte"; break; }
                    cp = cp << 6 | (cc & 0x3f);
                }
                if (reason != null) {
                    if (!fin && j >= n) { stopped = i; return; }
                    i = error(i, j, reason, 3, false);
                    continue;
                }
                out.appendCodePoint(cp);
                i = j;
            }
        }

        void utf16(int i, boolean le) {
            encoding = le ? "utf-16-le" : "utf-16-be";
            while (i < n) {
                if (i + 1 >= n) {
                    if (!fin) { stopped = i; return; }
                    i = error(i, n, "truncated data", 2, le);
                    continue;
                }
                int u = le ? at(i) | at(i + 1) << 8 : at(i) << 8 | at(i + 1);
                if (u < 0xd800 || u > 0xdfff) { out.append((char) u); i += 2; continue; }
                if (u >= 0xdc00) { i = error(i, i + 2, "illegal encoding", 2, le); continue; }
                if (i + 3 >= n) {
                    if (!fin) { stopped = i; return; }
                    i = error(i, n, "unexpected end of data", 2, le);
                    continue;
                }
                int u2 = le ? at(i + 2) | at(i + 3) << 8 : at(i + 2) << 8 | at(i + 3);
                if (u2 < 0xdc00 || u2 > 0xdfff) { i = error(i, i + 2, "illegal UTF-16 surrogate", 2, le); continue; }
                out.append((char) u).append((char) u2);
                i += 4;
            }
        }

        void utf32(int i, boolean le) {
            encoding = le ? "utf-32-le" : "utf-32-be";
            while (i < n) {
                if (i + 3 >= n) {
                    if (!fin) { stopped = i; return; }
                    i = error(i, n, "truncated data", 4, le);
                    continue;
                }
                long v = le ? le32(b, i) : (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3);
                if (v > 0x10ffff) { i = error(i, i + 4, "code point not in range(0x110000)", 4, le); continue; }
                if (v >= 0xd800 && v < 0xe000) {
                    i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", 4, le);
                    continue;
                }
                out.appendCodePoint((int) v);
                i += 4;
            }
        }

        /** ASCII, Latin-1 and charmap decoding: one byte, one character (or an error). */
        void singleByte(String name, int[] table, int limit, String reason) {
            encoding = name;
            int i = 0;
            while (i < n) {
                int c = at(i);
                int cp = table != null ? table[c] : c < limit ? c : -1;
                if (cp < 0) { i = error(i, i + 1, reason, 1, false); continue; }
                out.append((char) cp);
                i++;
            }
        }
    }

    private static final java.util.Map<String, int[]> DECODE_TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A single-byte charset's 256 code points (-1 where a byte is undefined). */
    private static int[] decodingTable(String charset) {
        return DECODE_TABLES.computeIfAbsent(charset, cs -> {
            CharsetDecoder dec = Charset.forName(cs).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            int[] t = new int[256];
            for (int i = 0; i < 256; i++) {
                try {
                    CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(new byte[] {(byte) i}));
                    t[i] = cb.length() == 1 && cb.charAt(0) != '\ufffd' ? cb.charAt(0) : -1;
                } catch (CharacterCodingException e) {
                    t[i] = -1;
                }
            }
            return t;
        });
    }

    // ------------------------------------------------------------------ encoding

    /**
     * The codec registry, for the encodings the runtime does not implement itself (set by
     * {@code _codecs}): PyCodec_Encode/PyCodec_Decode through the registered search functions.
     */
    public interface Registry {
        PyObject encode(PyObject obj, String encoding, String errors);
        PyObject decode(PyObject obj, String encoding, String errors);
    }

    public static Registry registry;

    /** str.encode(encoding, errors). */
    public static byte[] encode(PyStr s, String encoding, String errors) {
        if (encoding == null) encoding = "utf-8";
        if (errors == null) errors = "strict";
        if (lookup(encoding) == null && registry != null) {
            PyObject r = registry.encode(s, encoding, errors);
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                        encoding, r.type.name);
            }
            return b.value();
        }
        String c = codec(encoding);
        try {
            return encodeWith(c, s, errors);
        } catch (PyException e) {
            if (shortcut(encoding)) throw e;
            throw wrap(e, "encoding", encoding);
        }
    }

    private static byte[] encodeWith(String c, PyStr s, String errors) {
        int[] cps = s.codePoints();
        Encoder e = new Encoder(s, cps, errors);
        switch (c) {
            case "utf-8" -> e.run("utf-8", 0x110000, true, Encoder.UTF8);
            case "utf-8-sig" -> {
                e.out.write(0xef); e.out.write(0xbb); e.out.write(0xbf);
                e.run("utf-8", 0x110000, true, Encoder.UTF8);
            }
            case "utf-16" -> { e.out.write(0xff); e.out.write(0xfe); e.run("utf-16", 0x110000, true, Encoder.UTF16LE); }
            case "utf-16-le" -> e.run("utf-16-le", 0x110000, true, Encoder.UTF16LE);
            case "utf-16-be" -> e.run("utf-16-be", 0x110000, true, Encoder.UTF16BE);
            case "utf-32" -> {
                e.out.write(0xff); e.out.write(0xfe); e.out.write(0); e.out.write(0);
                e.run("utf-32", 0x110000, true, Encoder.UTF32LE);
            }
            case "utf-32-le" -> e.run("utf-32-le", 0x110000, true, Encoder.UTF32LE);
            case "utf-32-be" -> e.run("utf-32-be", 0x110000, true, Encoder.UTF32BE);
            case "ascii" -> e.run("ascii", 128, false, Encoder.BYTE);
            case "latin-1" -> e.run("latin-1", 256, false, Encoder.BYTE);
            default -> {
                e.table = encodingTable(c.substring(8));
                e.run("charmap", 0, false, Encoder.BYTE);
            }
        }
        return e.out.toByteArray();
    }

    private static final java.util.Map<String, java.util.Map<Integer, Integer>> ENCODE_TABLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Map<Integer, Integer> encodingTable(String charset) {
        return ENCODE_TABLES.computeIfAbsent(charset, cs -> {
            int[] t = decodingTable(cs);
            java.util.Map<Integer, Integer> m = new java.util.HashMap<>();
            for (int i = 255; i >= 0; i--) if (t[i] >= 0) m.put(t[i], i);
            return m;
        });
    }

    /**
     * codecs.charmap_encode with a mapping other than None: {@code mapper} gives the bytes of a
     * code point or null when it maps to nothing; errors as the charmap codec reports them.
     */
    public static byte[] charmapEncode(PyStr s, java.util.function.IntFunction<byte[]> mapper, String errors) {
        Encoder e = new Encoder(s, s.codePoints(), errors == null ? "strict" : errors);
        e.mapper = mapper;
        e.run("charmap", 0, false, Encoder.BYTE);
        return e.out.toByteArray();
    }

    /**
     * codecs.charmap_decode with a mapping other than None: {@code mapper} gives the text of a
     * byte or null when it maps to nothing. Returns {text, bytes consumed}.
     */
    public static Object[] charmapDecode(byte[] b, int n, java.util.function.IntFunction<String> mapper, String errors) {
        Decoder d = new Decoder(b, n, errors == null ? "strict" : errors);
        d.encoding = "charmap";
        int i = 0;
        while (i < n) {
            String t = mapper.apply(d.at(i));
            if (t == null) { i = d.error(i, i + 1, "character maps to <undefined>", 1, false); continue; }
            d.out.append(t);
            i++;
        }
        return new Object[] {d.out.toString(), n};
    }

    /** One encoding run. */
    private static final class Encoder {
        static final int UTF8 = 0, UTF16LE = 1, UTF16BE = 2, UTF32LE = 3, UTF32BE = 4, BYTE = 5;
        final PyStr str;
        final int[] cps;
        final String errors;
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.Map<Integer, Integer> table;
        /** codecs.charmap_encode over a Python mapping: the bytes for a code point, or null if undefined. */
        java.util.function.IntFunction<byte[]> mapper;
        String encoding;
        int form, limit;

        Encoder(PyStr str, int[] cps, String errors) {
            this.str = str;
            this.cps = cps;
            this.errors = errors;
        }

        boolean encodable(int cp) {
            if (mapper != null) return mapper.apply(cp) != null;
            if (table != null) return table.containsKey(cp);
            if (form == BYTE) return cp < limit;
            return cp < 0xd800 || cp > 0xdfff;
        }

        /** Writes one encodable code point in the codec's form. */
        void put(int cp) {
            switch (form) {
                case BYTE -> {
                    if (mapper != null) out.writeBytes(mapper.apply(cp));
                    else out.write(table != null ? table.get(cp) : cp);
                }
                case UTF8 -> {
                    if (cp < 0x80) out.write(cp);
                    else if (cp < 0x800) { out.write(0xc0 | cp >> 6); out.write(0x80 | cp & 0x3f); }
                    else if (cp < 0x10000) {
                        out.write(0xe0 | cp >> 12); out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f);
                    } else {
                        out.write(0xf0 | cp >> 18); out.write(0x80 | cp >> 12 & 0x3f);
                        out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f);
                    }
                }
                case UTF16LE, UTF16BE -> {
                    if (cp >= 0x10000) {
                        int v = cp - 0x10000;
                        unit16(0xd800 | v >> 10);
                        unit16(0xdc00 | v & 0x3ff);
                    } else {
                        unit16(cp);
                    }
                }
                default -> {
                    if (form == UTF32LE) { out.write(cp); out.write(cp >> 8); out.write(cp >> 16); out.write(cp >> 24); }
                    else { out.write(cp >> 24); out.write(cp >> 16); out.write(cp >> 8); out.write(cp); }
                }
            }
        }

        private void unit16(int u) {
            if (form == UTF16LE) { out.write(u & 0xff); out.write(u >> 8); }
            else { out.write(u >> 8); out.write(u & 0xff); }
        }

        void run(String name, int limit, boolean unicodeForm, int form) {
            this.encoding = name;
            this.limit = limit;
            this.form = form;
            String reason = form == BYTE ? (table != null || mapper != null ? "character maps to <undefined>"
                    : "ordinal not in range(" + limit + ")") : "surrogates not allowed";
            // UTF-16 and UTF-32 report one character at a time; the others a run.
            boolean runs = form == BYTE || form == UTF8;
            int i = 0, n = cps.length;
            while (i < n) {
                int cp = cps[i];
                if (encodable(cp)) { put(cp); i++; continue; }
                int end = i + 1;
                if (runs) while (end < n && !encodable(cps[end])) end++;
                i = handle(i, end, reason);
            }
        }

        /** The error handler for the unencodable characters [start, end); returns where encoding resumes. */
        int handle(int start, int end, String reason) {
            StringBuilder rep = new StringBuilder();
            int resume = end;
            switch (errors) {
                case "strict" -> throw fail(start, end, reason);
                case "ignore" -> { return end; }
                case "replace" -> { for (int i = start; i < end; i++) rep.append('?'); }
                case "backslashreplace" -> { for (int i = start; i < end; i++) backslash(rep, cps[i]); }
                case "xmlcharrefreplace" -> { for (int i = start; i < end; i++) rep.append("&#").append(cps[i]).append(';'); }
                case "namereplace" -> {
                    for (int i = start; i < end; i++) {
                        String name = UnicodeNames.name(cps[i]);
                        if (name != null) rep.append("\\N{").append(name).append('}');
                        else backslash(rep, cps[i]);
                    }
                }
                case "surrogateescape" -> {
                    // The handler gives single bytes, which UTF-16 and UTF-32 refuse (not whole units).
                    if (form != BYTE && form != UTF8) throw fail(start, end, reason);
                    for (int i = start; i < end; i++) if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw fail(start, end, reason);
                    for (int i = start; i < end; i++) out.write(cps[i] - 0xdc00);
                    return end;
                }
                case "surrogatepass" -> {
                    if (form == BYTE) throw fail(start, end, reason);
                    for (int i = start; i < end; i++) if (cps[i] < 0xd800 || cps[i] > 0xdfff) throw fail(start, end, reason);
                    for (int i = start; i < end; i++) {
                        if (form == UTF16LE || form == UTF16BE) unit16(cps[i]);
                        else put(cps[i]);
                    }
                    return end;
                }
                default -> {
                    Object[] r = callHandler(errors, fail(start, end, reason), cps.length, false);
                    resume = (Integer) r[1];
                    if (r[0] instanceof PyBytes b) {
                        out.writeBytes(b.value);
                        return resume;
                    }
                    rep.append(((PyStr) r[0]).value);
                }
            }
            // The replacement text is encoded by the codec itself and must be encodable.
            for (int i = 0; i < rep.length(); ) {
                int ch = rep.codePointAt(i);
                i += Character.charCount(ch);
                if (!encodable(ch)) throw fail(start, end, reason);
                put(ch);
            }
            return resume;
        }

        private static void backslash(StringBuilder b, int cp) {
            if (cp < 0x100) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
            else b.append(String.format("\\U%08x", cp));
        }

        PyException fail(int start, int end, String reason) {
            return new PyException(PyBaseException.create(ExceptionTypes.UnicodeEncodeError, PyStr.of(encoding),
                    str, PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
        }
    }
}
