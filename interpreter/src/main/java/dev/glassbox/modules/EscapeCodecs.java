package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import java.io.ByteArrayOutputStream;

/**
 * The escape codecs of {@code _codecs} (Objects/unicodeobject.c: PyUnicode_AsUnicodeEscapeString,
 * _PyUnicode_DecodeUnicodeEscapeInternal, the raw variants): {@code unicode_escape} and
 * {@code raw_unicode_escape}, which {@code ast.unparse}, {@code pickle} and
 * {@code str.encode('unicode_escape')} use. Decoding errors go through the error handler
 * registry with CPython's reasons ("truncated \xXX escape").
 */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String errors(PyObject errors) {
        if (errors == null || errors == PyNone.NONE) return "strict";
        if (!(errors instanceof PyStr s)) throw Errors.typeError("argument 'errors' must be str or None, not %s", errors.type.name);
        return s.value;
    }

    private static PyStr strArg(PyObject s) {
        if (!(s instanceof PyStr str)) throw Errors.typeError("argument 1 must be str, not %s", s.type.name);
        return str;
    }

    private static void hex(ByteArrayOutputStream out, char kind, int v, int digits) {
        out.write('\\');
        out.write(kind);
        for (int i = digits - 1; i >= 0; i--) out.write(HEX[(v >> (4 * i)) & 15]);
    }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject unicode_escape_encode(PyObject s, PyObject errors) {
        errors(errors);
        PyStr str = strArg(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int cp : str.codePoints()) {
            if (cp >= 0x10000) hex(out, 'U', cp, 8);
            else if (cp >= 0x100) hex(out, 'u', cp, 4);
            else if (cp == '\\') { out.write('\\'); out.write('\\'); }
            else if (cp == '\t') { out.write('\\'); out.write('t'); }
            else if (cp == '\n') { out.write('\\'); out.write('n'); }
            else if (cp == '\r') { out.write('\\'); out.write('r'); }
            else if (cp < ' ' || cp >= 0x7f) hex(out, 'x', cp, 2);
            else out.write(cp);
        }
        return PyTuple.of(PyBytes.of(out.toByteArray()), PyInt.of(str.codePoints().length));
    }

    @Exposed.Function(sig = "($module, str, errors=None, /)")
    public static PyObject raw_unicode_escape_encode(PyObject s, PyObject errors) {
        errors(errors);
        PyStr str = strArg(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int cp : str.codePoints()) {
            if (cp >= 0x10000) hex(out, 'U', cp, 8);
            else if (cp >= 0x100) hex(out, 'u', cp, 4);
            else out.write(cp);
        }
        return PyTuple.of(PyBytes.of(out.toByteArray()), PyInt.of(str.codePoints().length));
    }

    @Exposed.Function(sig = "($module, data, errors=None, final=True, /)")
    public static PyObject unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = data instanceof PyStr s ? s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8) : BytesOps.bytesOf(data);
        return new Decoder(b, errors(errors), fin == null || Abstract.isTrue(fin), "unicodeescape", false).run();
    }

    @Exposed.Function(sig = "($module, data, errors=None, final=True, /)")
    public static PyObject raw_unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = data instanceof PyStr s ? s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8) : BytesOps.bytesOf(data);
        return new Decoder(b, errors(errors), fin == null || Abstract.isTrue(fin), "rawunicodeescape", true).run();
    }

    /** One decoding pass; errors are handed to the named handler as CPython's decoders do. */
    private static final class Decoder {
        final byte[] in;
        final String errors, encoding;
        final boolean fin, raw;
        final StringBuilder out = new StringBuilder();
        int pos;

        Decoder(byte[] in, String errors, boolean fin, String encoding, boolean raw) {
            this.in = in;
            this.errors = errors;
            this.fin = fin;
            this.encoding = encoding;
            this.raw = raw;
        }

        PyObject run() {
            int n = in.length;
            while (pos < n) {
                int c = in[pos] & 0xff;
                if (c != '\\') {
                    out.append((char) c);
                    pos++;
                    continue;
                }
                int start = pos;
                if (raw) {
                    // \\u escapes count only after an odd number of backslashes.
                    int bs = pos;
                    while (pos < n && in[pos] == '\\') {
                        out.append('\\');
                        pos++;
                    }
                    if (((pos - bs) & 1) == 0 || pos >= n || (in[pos] != 'u' && in[pos] != 'U')) continue;
                    out.setLength(out.length() - 1);
                    int count = in[pos] == 'u' ? 4 : 8;
                    pos++;
                    if (!hexEscape(start, count, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")) return partial(start);
                    continue;
                }
                pos++;
                if (pos >= n) {
                    if (!fin) return partial(start);
                    error(start, n, "\\ at end of string");
                    continue;
                }
                int e = in[pos++] & 0xff;
                switch (e) {
                    case '\n' -> { }
                    case '\\' -> out.append('\\');
                    case '\'' -> out.append('\'');
                    case '"' -> out.append('"');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'v' -> out.append('\u000b');
                    case 'a' -> out.append('\u0007');
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = e - '0';
                        for (int k = 0; k < 2 && pos < n && in[pos] >= '0' && in[pos] <= '7'; k++) v = v * 8 + (in[pos++] - '0');
                        out.appendCodePoint(v);
                    }
                    case 'x' -> { if (!hexEscape(start, 2, "truncated \\xXX escape")) return partial(start); }
                    case 'u' -> { if (!hexEscape(start, 4, "truncated \\uXXXX escape")) return partial(start); }
                    case 'U' -> { if (!hexEscape(start, 8, "truncated \\UXXXXXXXX escape")) return partial(start); }
                    case 'N' -> { if (!named(start)) return partial(start); }
                    default -> {
                        out.append('\\');
                        out.append((char) e);
                        dev.glassbox.modules.WarningsModule.warn(ExceptionTypes.DeprecationWarning,
                                "invalid escape sequence '\\" + (char) e + "'", 1);
                    }
                }
            }
            return PyTuple.of(PyStr.of(out.toString()), PyInt.of(pos));
        }

        /** The result so far when the input ends inside an escape and more may follow (final=False). */
        private PyObject partial(int start) {
            return PyTuple.of(PyStr.of(out.toString()), PyInt.of(start));
        }

        /** Reads {@code count} hex digits after the escape letter; false when incomplete at the end (not final). */
        private boolean hexEscape(int start, int count, String truncated) {
            int v = 0, k = 0;
            while (k < count && pos < in.length && Character.digit(in[pos], 16) >= 0) {
                v = v * 16 + Character.digit(in[pos++], 16);
                k++;
            }
            if (k < count) {
                if (pos >= in.length && !fin) return false;
                error(start, pos, truncated);
                return true;
            }
            if (v > 0x10FFFF || v < 0) {
                error(start, pos, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
                return true;
            }
            out.appendCodePoint(v);
            return true;
        }

        private boolean named(int start) {
            int n = in.length;
            if (pos < n && in[pos] == '{') {
                int close = pos + 1;
                while (close < n && in[close] != '}') close++;
                if (close < n && close > pos + 1) {
                    String name = new String(in, pos + 1, close - pos - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                    try {
                        int cp = Character.codePointOf(name);
                        pos = close + 1;
                        out.appendCodePoint(cp);
                        return true;
                    } catch (IllegalArgumentException e) {
                        pos = close + 1;
                        error(start, pos, "unknown Unicode character name");
                        return true;
                    }
                }
                if (close >= n && !fin) return false;
            } else if (pos >= n && !fin) {
                return false;
            }
            error(start, pos, "malformed \\N character escape");
            return true;
        }

        /** unicode_decode_call_errorhandler: the handler's replacement is appended, decoding resumes at its position. */
        private void error(int start, int end, String reason) {
            PyObject exc = Abstract.call(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding), PyBytes.of(in),
                    PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            if (errors.equals("strict")) throw new PyException((dev.glassbox.objects.PyBaseException) exc);
            PyObject handler = CodecsModule.lookup_error(PyStr.of(errors));
            PyObject r = Abstract.call(handler, exc);
            if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep) || !(t.get(1) instanceof PyInt p)) {
                throw Errors.typeError("decoding error handler must return (str, int) tuple");
            }
            out.append(rep.value);
            long np = p.value < 0 ? in.length + p.value : p.value;
            if (np < 0 || np > in.length) throw Errors.indexError("position %d from error handler out of bounds", p.value);
            pos = (int) np;
        }
    }
}
