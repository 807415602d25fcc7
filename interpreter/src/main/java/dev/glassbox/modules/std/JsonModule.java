package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.ExceptionTypes;

/**
 * {@code _json} (Modules/_json.c): the accelerations json uses when present — scanstring,
 * encode_basestring(_ascii), and the types {@code make_scanner} ({@link JsonScanner}) and
 * {@code make_encoder} ({@link JsonEncoder}). Strings are handled as code points.
 */
@Exposed.Module(name = "_json", doc = "json speedups\n")
public final class JsonModule {
    private JsonModule() {}

    /** The module's own encode_basestring functions, which the encoder calls directly (fast_encode). */
    static PyObject encodeAsciiFn, encodeFn;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(JsonModule.class);
        m.dict().setItem("make_scanner", JsonScanner.TYPE);
        m.dict().setItem("make_encoder", JsonEncoder.TYPE);
        encodeAsciiFn = m.dict().getItemStr("encode_basestring_ascii");
        encodeFn = m.dict().getItemStr("encode_basestring");
        return m;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void u4(StringBuilder b, int c) {
        b.append('\\').append('u').append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }

    /** ascii_escape_unicode: the JSON string literal with every non-printable-ASCII code point escaped. */
    static String asciiEscape(PyStr s) {
        StringBuilder b = new StringBuilder(s.value.length() + 2).append('"');
        for (int c : s.codePoints()) {
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"') { b.append((char) c); continue; }
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c >= 0x10000) {
                        int v = c - 0x10000;
                        u4(b, 0xd800 | (v >> 10));
                        u4(b, 0xdc00 | (v & 0x3ff));
                    } else {
                        u4(b, c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** escape_unicode: the JSON string literal escaping only quotes, backslashes and control characters. */
    static String escape(PyStr s) {
        String v = s.value;
        StringBuilder b = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c <= 0x1f) u4(b, c);
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static PyStr strArg(PyObject o) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError("first argument must be a string, not %s", o.type.name);
    }

    @Exposed.Function(conv = Exposed.Convention.O, sig = "($module, string, /)",
            doc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string")
    public static PyObject encode_basestring_ascii(PyObject s) {
        return PyStr.of(asciiEscape(strArg(s)));
    }

    @Exposed.Function(conv = Exposed.Convention.O, sig = "($module, string, /)",
            doc = "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string")
    public static PyObject encode_basestring(PyObject s) {
        return PyStr.of(escape(strArg(s)));
    }

    @Exposed.Function(conv = Exposed.Convention.VARARGS, sig = "($module, string, end, strict=True, /)",
            doc = "scanstring(string, end, strict=True) -> (string, end)\n\n"
                    + "Scan the string s for a JSON string. End is the index of the\n"
                    + "character in s after the quote that started the JSON string.\n"
                    + "Unescapes all valid JSON string escape sequences and raises ValueError\n"
                    + "on attempt to decode an invalid string. If strict is False then literal\n"
                    + "control characters are allowed in the string.\n\n"
                    + "Returns a tuple of the decoded string and the index of the character in s\n"
                    + "after the end quote.")
    public static PyObject scanstring(PyObject string, PyObject endObj, PyObject strictObj) {
        long end = Args.ssize(endObj);
        boolean strict = strictObj == null || Args.cInt(strictObj) != 0;
        PyStr s = strArg(string);
        int[] cps = s.codePoints();
        long[] next = new long[1];
        PyObject r = scanString(s, cps, end, strict, next);
        return PyTuple.of(r, PyInt.of(next[0]));
    }

    /** raise_errmsg: json.decoder.JSONDecodeError(msg, doc, pos), found in sys.modules. */
    static PyException decodeError(String msg, PyStr doc, long pos) {
        PyObject modules = dev.glassbox.vm.Builtins.sysAttr("modules");
        PyObject decoder = modules instanceof PyDict d ? d.getItemStr("json.decoder") : null;
        if (decoder == null) return Errors.systemError("error return without exception set");
        PyObject cls = Abstract.getAttr(decoder, "JSONDecodeError");
        PyObject exc = Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(pos));
        if (exc instanceof PyBaseException be) return new PyException(be);
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** StopIteration(idx): the scanner found no value at idx. */
    static PyException stopAt(long idx) {
        return new PyException(PyBaseException.create(ExceptionTypes.StopIteration, PyInt.of(idx)));
    }

    private static int hexValue(int d) {
        if (d >= '0' && d <= '9') return d - '0';
        if (d >= 'a' && d <= 'f') return d - 'a' + 10;
        if (d >= 'A' && d <= 'F') return d - 'A' + 10;
        return -1;
    }

    /**
     * scanstring_unicode: the JSON string whose opening quote is just before {@code end};
     * {@code next[0]} receives the index after the closing quote.
     */
    static PyObject scanString(PyStr s, int[] cps, long endArg, boolean strict, long[] next) {
        int len = cps.length;
        if (endArg < 0 || len < endArg) throw Errors.valueError("end is out of bounds");
        int end = (int) endArg, begin = end - 1;
        StringBuilder b = null;
        while (true) {
            int i = end, c = 0;
            for (; i < len; i++) {
                c = cps[i];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw decodeError("Invalid control character at", s, i);
            }
            if (i >= len) c = 0;
            if (c == '"' && b == null) {
                next[0] = i + 1;
                return PyStr.of(new String(cps, end, i - end));
            }
            if (c != '"' && c != '\\') throw decodeError("Unterminated string starting at", s, begin);
            if (b == null) b = new StringBuilder();
            if (i != end) b.append(new String(cps, end, i - end));
            i++;
            if (c == '"') {
                end = i;
                break;
            }
            if (i == len) throw decodeError("Unterminated string starting at", s, begin);
            c = cps[i];
            if (c != 'u') {
                end = i + 1;
                switch (c) {
                    case '"', '\\', '/' -> { }
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    default -> c = 0;
                }
                if (c == 0) throw decodeError("Invalid \\escape", s, end - 2);
            } else {
                c = 0;
                i++;
                end = i + 4;
                if (end >= len) throw decodeError("Invalid \\uXXXX escape", s, i - 1);
                for (; i < end; i++) {
                    int d = hexValue(cps[i]);
                    if (d < 0) throw decodeError("Invalid \\uXXXX escape", s, end - 5);
                    c = (c << 4) | d;
                }
                // a high surrogate escape followed by a low one is one code point
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && cps[i] == '\\' && cps[i + 1] == 'u') {
                    i += 2;
                    int c2 = 0;
                    end += 6;
                    for (; i < end; i++) {
                        int d = hexValue(cps[i]);
                        if (d < 0) throw decodeError("Invalid \\uXXXX escape", s, end - 5);
                        c2 = (c2 << 4) | d;
                    }
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                    else end -= 6;
                }
            }
            b.appendCodePoint(c);
        }
        next[0] = end;
        return PyStr.of(b.toString());
    }
}
