package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.io.ByteArrayOutputStream;

/**
 * {@code binascii} (Modules/binascii.c): uu, base64 (with strict_mode), hex (with sep as
 * bytes.hex), quoted-printable, CRC-32 and CRC-CCITT, following CPython's loops so that the
 * lenient cases (ignored characters, odd padding, the empty uu line) give its results.
 */
@Exposed.Module(name = "binascii", doc = "Conversion between binary data and ASCII")
public final class BinasciiModule {
    private BinasciiModule() {}

    private static PyType error, incomplete;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(BinasciiModule.class);
        error = newError("Error", ExceptionTypes.ValueError);
        incomplete = newError("Incomplete", ExceptionTypes.Exception);
        m.dict().setItem("Error", error);
        m.dict().setItem("Incomplete", incomplete);
        return m;
    }

    private static PyType newError(String name, PyType base) {
        PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), new PyDict());
        Abstract.setAttr(t, PyStr.of("__module__"), PyStr.of("binascii"));
        return t;
    }

    private static PyException error(String msg, Object... args) {
        return Errors.raise(error, msg, args);
    }

    // ------------------------------------------------------------------ uu

    @Exposed.Function(sig = "($module, data, /)", doc = "Decode a line of uuencoded data.")
    public static PyObject a2b_uu(PyObject data) {
        byte[] in = Args.asciiBuffer(data);
        int pos = 0, n = in.length;
        // the first character is the length; an empty line reads C's terminating NUL (so 32 bytes)
        int binLen = ((n > 0 ? in[pos++] & 0xff : 0) - ' ') & 077;
        n--;
        byte[] out = new byte[binLen];
        int o = 0, leftbits = 0, leftchar = 0;
        for (; binLen > 0; n--, pos++) {
            int ch = n > 0 ? in[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || n <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) throw error("Illegal char");
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (n-- > 0) {
            int ch = in[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') throw error("Trailing garbage");
        }
        return PyBytes.wrap(out);
    }

    @Exposed.Function(sig = "($module, data, /, *, backtick=False)", doc = "Uuencode line of data.")
    public static PyObject b2a_uu(PyObject data, PyObject backtickObj) {
        byte[] in = Args.buffer(data);
        boolean backtick = Args.intBool(backtickObj, false);
        if (in.length > 45) throw error("At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (in.length + 2) / 3 * 4);
        out.write(backtick && in.length == 0 ? '`' : ' ' + in.length);
        int leftbits = 0, leftchar = 0;
        for (int i = 0, n = in.length; n > 0 || leftbits != 0; n--, i++) {
            leftchar = n > 0 ? (leftchar << 8) | (in[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
        }
        out.write('\n');
        return PyBytes.wrap(out.toByteArray());
    }

    // ------------------------------------------------------------------ base64

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] A2B64 = new int[256];

    static {
        java.util.Arrays.fill(A2B64, -1);
        for (int i = 0; i < 64; i++) A2B64[B64[i]] = i;
    }

    @Exposed.Function(sig = "($module, data, /, *, strict_mode=False)", doc = "Decode a line of base64 data.\n\n"
            + "  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n"
            + "    The same applies to excess data after padding (= / ==).")
    public static PyObject a2b_base64(PyObject data, PyObject strictObj) {
        byte[] in = Args.asciiBuffer(data);
        boolean strict = Args.intBool(strictObj, false);
        byte[] out = new byte[(in.length + 3) / 4 * 3];
        int o = 0;
        if (strict && in.length > 0 && in[0] == '=') throw error("Leading padding not allowed");
        int quadPos = 0, leftchar = 0, pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    // the pad ends the data; strict mode refuses anything after it
                    if (strict && i + 1 < in.length) throw error("Excess data after padding");
                    return PyBytes.wrap(java.util.Arrays.copyOf(out, o));
                }
                continue;
            }
            ch = A2B64[ch];
            if (ch < 0) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos) {
                case 0 -> { quadPos = 1; leftchar = ch; }
                case 1 -> { quadPos = 2; out[o++] = (byte) ((leftchar << 2) | (ch >> 4)); leftchar = ch & 0x0f; }
                case 2 -> { quadPos = 3; out[o++] = (byte) ((leftchar << 4) | (ch >> 2)); leftchar = ch & 0x03; }
                default -> { quadPos = 0; out[o++] = (byte) ((leftchar << 6) | ch); leftchar = 0; }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
                    o / 3 * 4 + 1);
        }
        if (quadPos != 0) throw error("Incorrect padding");
        return PyBytes.wrap(java.util.Arrays.copyOf(out, o));
    }

    /** The base64 text of {@code in}, with a newline at the end when asked. */
    static byte[] base64(byte[] in, boolean newline) {
        byte[] out = new byte[(in.length + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0, i = 0;
        for (; i + 2 < in.length; i += 3) {
            int v = ((in[i] & 0xff) << 16) | ((in[i + 1] & 0xff) << 8) | (in[i + 2] & 0xff);
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = B64[(v >> 6) & 63];
            out[o++] = B64[v & 63];
        }
        if (in.length - i == 1) {
            int v = in[i] & 0xff;
            out[o++] = B64[v >> 2];
            out[o++] = B64[(v & 3) << 4];
            out[o++] = '=';
            out[o++] = '=';
        } else if (in.length - i == 2) {
            int v = ((in[i] & 0xff) << 8) | (in[i + 1] & 0xff);
            out[o++] = B64[v >> 10];
            out[o++] = B64[(v >> 4) & 63];
            out[o++] = B64[(v & 0xf) << 2];
            out[o++] = '=';
        }
        if (newline) out[o] = '\n';
        return out;
    }

    @Exposed.Function(sig = "($module, data, /, *, newline=True)", doc = "Base64-code line of data.")
    public static PyObject b2a_base64(PyObject data, PyObject newline) {
        byte[] in = Args.buffer(data);
        return PyBytes.wrap(base64(in, Args.intBool(newline, true)));
    }

    // ------------------------------------------------------------------ CRCs

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            HQX_TABLE[n] = h & 0xffff;
        }
    }

    /** CRC-32 (zlib's crc32) of {@code b} continuing from {@code crc}. */
    static long crc32(byte[] b, int off, int len, long crc) {
        int c = ~(int) crc;
        for (int i = off; i < off + len; i++) c = CRC32_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        return ~c & 0xffffffffL;
    }

    @Exposed.Function(sig = "($module, data, crc, /)", doc = "Compute CRC-CCITT incrementally.")
    public static PyObject crc_hqx(PyObject data, PyObject crcObj) {
        byte[] in = Args.buffer(data);
        int crc = (int) Args.uintMask(crcObj) & 0xffff;
        for (byte x : in) crc = ((crc << 8) & 0xff00) ^ HQX_TABLE[((crc >> 8) ^ x) & 0xff];
        return PyInt.of(crc);
    }

    @Exposed.Function(sig = "($module, data, crc=0, /)", doc = "Compute CRC-32 incrementally.")
    public static PyObject crc32(PyObject data, PyObject crcObj) {
        byte[] in = Args.buffer(data);
        return PyInt.of(crc32(in, 0, in.length, Args.uintMask(crcObj)));
    }

    // ------------------------------------------------------------------ hex

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    /** _Py_strhex_bytes_with_sep: hex digits with an optional one-character separator every |n| bytes. */
    static byte[] hex(byte[] in, PyObject sep, int perSep) {
        int sepChar = 0;
        if (sep != null) {
            long seplen = Abstract.length(sep);
            if (seplen != 1) throw Errors.valueError("sep must be length 1.");
            if (sep instanceof PyStr s) {
                if (s.maxChar() > 255) throw Errors.valueError("sep must be ASCII.");
                sepChar = s.codePointAt(0);
            } else if (sep instanceof PyBytes) {
                sepChar = Args.buffer(sep)[0] & 0xff;
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
        } else {
            perSep = 0;
        }
        int abs = Math.abs(perSep);
        if (abs >= in.length) { perSep = 0; abs = 0; }
        int seps = perSep != 0 && in.length > 0 ? (in.length - 1) / abs : 0;
        byte[] out = new byte[in.length * 2 + seps];
        int j = 0;
        for (int i = 0; i < in.length; i++) {
            // a separator goes before byte i when i starts a group (groups counted from the right for perSep > 0)
            if (perSep != 0 && i > 0 && (perSep < 0 ? i % abs == 0 : (in.length - i) % abs == 0)) out[j++] = (byte) sepChar;
            out[j++] = HEX[(in[i] >> 4) & 0xf];
            out[j++] = HEX[in[i] & 0xf];
        }
        return out;
    }

    private static final String B2A_HEX_DOC = "Hexadecimal representation of binary data.\n\n"
            + "  sep\n    An optional single character or byte to separate hex bytes.\n"
            + "  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n"
            + "    right, negative values count from the left.\n\n"
            + "The return value is a bytes object.  This function is also\n";

    @Exposed.Function(sig = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", doc = B2A_HEX_DOC
            + "available as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n"
            + ">>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'")
    public static PyObject b2a_hex(PyObject data, PyObject sep, PyObject perSep) {
        return PyBytes.wrap(hex(Args.buffer(data), sep, Args.cInt(perSep)));
    }

    @Exposed.Function(sig = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", doc = B2A_HEX_DOC
            + "available as \"b2a_hex()\".")
    public static PyObject hexlify(PyObject data, PyObject sep, PyObject perSep) {
        return PyBytes.wrap(hex(Args.buffer(data), sep, Args.cInt(perSep)));
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;   // _PyLong_DigitValue: letters up to base 36
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 37;
    }

    @Exposed.Function(sig = "($module, hexstr, /)", doc = "Binary data of hexadecimal representation.\n\n"
            + "hexstr must contain an even number of hex digits (upper or lower case).\n"
            + "This function is also available as \"unhexlify()\".")
    public static PyObject a2b_hex(PyObject hexstr) {
        byte[] in = Args.asciiBuffer(hexstr);
        if (in.length % 2 != 0) throw error("Odd-length string");
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < in.length; i += 2) {
            int top = hexDigit(in[i] & 0xff), bot = hexDigit(in[i + 1] & 0xff);
            if (top >= 16 || bot >= 16) throw error("Non-hexadecimal digit found");
            out[i / 2] = (byte) ((top << 4) + bot);
        }
        return PyBytes.wrap(out);
    }

    @Exposed.Function(sig = "($module, hexstr, /)", doc = "Binary data of hexadecimal representation.\n\n"
            + "hexstr must contain an even number of hex digits (upper or lower case).")
    public static PyObject unhexlify(PyObject hexstr) {
        return a2b_hex(hexstr);
    }

    // ------------------------------------------------------------------ quoted-printable

    private static boolean isHex(int c) {
        return (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9');
    }

    @Exposed.Function(sig = "($module, /, data, header=False)", doc = "Decode a string of qp-encoded data.")
    public static PyObject a2b_qp(PyObject data, PyObject headerObj) {
        byte[] in = Args.asciiBuffer(data);
        boolean header = Args.intBool(headerObj, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0, n = in.length;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) break;
                int d = in[i] & 0xff;
                if (d == '\n' || d == '\r') {          // soft line break
                    if (d != '\n') while (i < n && in[i] != '\n') i++;
                    if (i < n) i++;
                } else if (d == '=') {
                    out.write('=');
                    i++;
                } else if (i + 1 < n && isHex(d) && isHex(in[i + 1] & 0xff)) {
                    out.write((hexDigit(d) << 4) | hexDigit(in[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    private static final int MAXLINESIZE = 76;
    private static final byte[] UHEX = "0123456789ABCDEF".getBytes();

    @Exposed.Function(sig = "($module, /, data, quotetabs=False, istext=True, header=False)",
            doc = "Encode a string using quoted-printable encoding.\n\n"
                    + "On encoding, when istext is set, newlines are not encoded, and white\n"
                    + "space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\n"
                    + "are both encoded.  When quotetabs is set, space and tabs are encoded.")
    public static PyObject b2a_qp(PyObject data, PyObject quotetabsObj, PyObject istextObj, PyObject headerObj) {
        byte[] in = Args.buffer(data);
        boolean quotetabs = Args.intBool(quotetabsObj, false), istext = Args.intBool(istextObj, true),
                header = Args.intBool(headerObj, false);
        int n = in.length;
        // the line ending of the output is CRLF when the first newline of the input follows a CR
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (in[k] == '\n') { crlf = k > 0 && in[k - 1] == '\r'; break; }
        }
        byte[] out = new byte[n * 3 + n / 24 * 3 + 8];
        int o = 0, linelen = 0, i = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            int next = i + 1 < n ? in[i + 1] & 0xff : -1;
            boolean encode = c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && linelen == 0 && (i + 1 == n || next == '\n' || next == '\r' || next == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && i + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) out[o++] = '\r';
                    out[o++] = '\n';
                    linelen = 0;
                }
                out[o++] = '=';
                out[o++] = UHEX[c >> 4];
                out[o++] = UHEX[c & 15];
                i++;
                linelen += 3;
            } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && next == '\n'))) {
                linelen = 0;
                // whitespace at the end of a line is protected by encoding it
                if (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) {
                    int ch = out[o - 1];
                    out[o - 1] = '=';
                    out[o++] = UHEX[ch >> 4];
                    out[o++] = UHEX[ch & 15];
                }
                if (crlf) out[o++] = '\r';
                out[o++] = '\n';
                i += c == '\r' ? 2 : 1;
            } else {
                if (i + 1 != n && next != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) out[o++] = '\r';
                    out[o++] = '\n';
                    linelen = 0;
                }
                linelen++;
                out[o++] = (byte) (header && c == ' ' ? '_' : c);
                i++;
            }
            if (o + 8 >= out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        return PyBytes.wrap(java.util.Arrays.copyOf(out, o));
    }
}
