package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.io.ByteArrayOutputStream;

/**
 * {@code zlib} (Modules/zlibmodule.c): one-shot compress/decompress, the Compress and
 * Decompress objects ({@link ZlibObjects}), crc32/adler32 and the constants, over
 * {@link ZlibDeflate} and {@link ZlibInflate}. Errors are zlib_error's "Error %d %s: %s".
 */
@Exposed.Module(name = "zlib", doc = ZlibModule.DOC)
public final class ZlibModule {
    private ZlibModule() {}

    static final String DOC = "The functions in this module allow compression and decompression using the\n"
            + "zlib library, which is based on GNU zip.\n\n"
            + "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
            + "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
            + "compressobj([level[, ...]]) -- Return a compressor object.\n"
            + "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
            + "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
            + "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
            + "'wbits' is window buffer size and container format.\n"
            + "Compressor objects support compress() and flush() methods; decompressor\n"
            + "objects support decompress() and flush().";

    static final int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;
    private static PyType error;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ZlibModule.class);
        error = (PyType) Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(ExceptionTypes.Exception), new PyDict());
        Abstract.setAttr(error, PyStr.of("__module__"), PyStr.of("zlib"));
        PyDict d = m.dict();
        d.setItem("error", error);
        Object[][] ints = {
            {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL}, {"DEF_BUF_SIZE", DEF_BUF_SIZE},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6},
        };
        for (Object[] kv : ints) d.setItem((String) kv[0], PyInt.of((Integer) kv[1]));
        d.setItem("ZLIB_VERSION", PyStr.of("1.2.13"));
        d.setItem("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        d.setItem("__version__", PyStr.of("1.0"));
        return m;
    }

    /** zlib_error: "Error %d %s" or "Error %d %s: %s" with zlib's default texts for unset messages. */
    static PyException zlibError(ZlibInflate.ZError e, String when) {
        return zlibError(e.code, e.zmsg, when);
    }

    static PyException zlibError(int code, String zmsg, String when) {
        if (zmsg == null) {
            zmsg = switch (code) {
                case ZlibInflate.Z_BUF_ERROR -> "incomplete or truncated stream";
                case ZlibInflate.Z_STREAM_ERROR -> "inconsistent stream state";
                case ZlibInflate.Z_DATA_ERROR -> "invalid input data";
                default -> null;
            };
        }
        if (zmsg == null) return Errors.raise(error, "Error %d %s", code, when);
        return Errors.raise(error, "Error %d %s: %s", code, when, zmsg);
    }

    private static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : Args.cInt(o);
    }

    @Exposed.Function(sig = "($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)",
            doc = "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n"
                    + "  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format.")
    public static PyObject compress(PyObject data, PyObject levelObj, PyObject wbitsObj) {
        byte[] in = Args.buffer(data);
        int level = intArg(levelObj, -1), wbits = intArg(wbitsObj, MAX_WBITS);
        ZlibDeflate z = ZlibDeflate.create(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0);
        if (z == null) throw Errors.raise(error, "Bad compression level");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        z.compress(in, out);
        z.flush(ZlibDeflate.Z_FINISH, out);
        z.end();
        return PyBytes.wrap(out.toByteArray());
    }

    @Exposed.Function(sig = "($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)",
            doc = "Returns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n"
                    + "  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size.")
    public static PyObject decompress(PyObject data, PyObject wbitsObj, PyObject bufsizeObj) {
        byte[] in = Args.buffer(data);
        int wbits = intArg(wbitsObj, MAX_WBITS);
        long bufsize = bufsizeObj == null ? DEF_BUF_SIZE : Args.ssize(bufsizeObj);
        if (bufsize < 0) throw Errors.valueError("bufsize must be non-negative");
        ZlibInflate z;
        try {
            z = new ZlibInflate(wbits);
        } catch (ZlibInflate.ZError e) {
            throw zlibError(e, "while preparing to decompress data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int r;
        try {
            r = z.inflate(in, 0, in.length, out, -1);
        } catch (ZlibInflate.ZError e) {
            throw zlibError(e, "while decompressing data");
        }
        z.end();
        if (r == ZlibInflate.Z_NEED_DICT) throw zlibError(r, null, "while decompressing data");
        // Z_FINISH without reaching the end of the stream: zlib's Z_BUF_ERROR
        if (r != ZlibInflate.Z_STREAM_END) throw zlibError(ZlibInflate.Z_BUF_ERROR, null, "while decompressing data");
        return PyBytes.wrap(out.toByteArray());
    }

    @Exposed.Function(sig = "($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, "
            + "strategy=Z_DEFAULT_STRATEGY, zdict=None)", doc = "Return a compressor object.\n\n"
            + "  level\n    The compression level (an integer in the range 0-9 or -1; default is\n"
            + "    currently equivalent to 6).  Higher compression levels are slower,\n    but produce smaller results.\n"
            + "  method\n    The compression algorithm.  If given, this must be DEFLATED.\n"
            + "  wbits\n    +9 to +15: The base-two logarithm of the window size.  Include a zlib\n        container.\n"
            + "    -9 to -15: Generate a raw stream.\n    +25 to +31: Include a gzip container.\n"
            + "  memLevel\n    Controls the amount of memory used for internal compression state.\n"
            + "    Valid values range from 1 to 9.  Higher values result in higher memory\n"
            + "    usage, faster compression, and smaller output.\n"
            + "  strategy\n    Used to tune the compression algorithm.  Possible values are\n"
            + "    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.\n"
            + "  zdict\n    The predefined compression dictionary - a sequence of bytes\n"
            + "    containing subsequences that are likely to occur in the input data.")
    public static PyObject compressobj(PyObject levelObj, PyObject methodObj, PyObject wbitsObj, PyObject memLevelObj,
            PyObject strategyObj, PyObject zdictObj) {
        int level = intArg(levelObj, -1), method = intArg(methodObj, DEFLATED), wbits = intArg(wbitsObj, MAX_WBITS);
        int memLevel = intArg(memLevelObj, DEF_MEM_LEVEL), strategy = intArg(strategyObj, 0);
        byte[] zdict = zdictObj == null || zdictObj == PyNone.NONE ? null : Args.buffer(zdictObj);
        ZlibDeflate z = ZlibDeflate.create(level, method, wbits, memLevel, strategy);
        if (z == null) throw Errors.valueError("Invalid initialization option");
        if (zdict != null) z.setDictionary(zdict);
        return new ZlibObjects.Compress(z);
    }

    @Exposed.Function(sig = "($module, /, wbits=MAX_WBITS, zdict=b'')", doc = "Return a decompressor object.\n\n"
            + "  wbits\n    The window buffer size and container format.\n"
            + "  zdict\n    The predefined compression dictionary.  This must be the same\n"
            + "    dictionary as used by the compressor that produced the input data.")
    public static PyObject decompressobj(PyObject wbitsObj, PyObject zdict) {
        int wbits = intArg(wbitsObj, MAX_WBITS);
        if (zdict != null && !BufferAccess.isBuffer(zdict)) throw Errors.typeError("zdict argument must support the buffer protocol");
        ZlibInflate z;
        try {
            z = new ZlibInflate(wbits);
        } catch (ZlibInflate.ZError e) {
            throw Errors.valueError("Invalid initialization option");
        }
        if (zdict != null && wbits < 0) z.setRawDictionary(Args.buffer(zdict));
        return new ZlibObjects.Decompress(z, wbits, zdict);
    }

    @Exposed.Function(sig = "($module, data, value=1, /)", doc = "Compute an Adler-32 checksum of data.\n\n"
            + "  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.")
    public static PyObject adler32(PyObject data, PyObject valueObj) {
        byte[] in = Args.buffer(data);
        long v = valueObj == null ? 1 : Args.uintMask(valueObj);
        long a = v & 0xffff, b = (v >>> 16) & 0xffff;
        int i = 0;
        while (i < in.length) {
            int n = Math.min(5552, in.length - i);   // NMAX: the most bytes before the sums must be reduced
            for (int k = 0; k < n; k++) {
                a += in[i++] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return PyInt.of(((b % 65521) << 16) | (a % 65521));
    }

    @Exposed.Function(sig = "($module, data, value=0, /)", doc = "Compute a CRC-32 checksum of data.\n\n"
            + "  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.")
    public static PyObject crc32(PyObject data, PyObject valueObj) {
        byte[] in = Args.buffer(data);
        return PyInt.of(BinasciiModule.crc32(in, 0, in.length, valueObj == null ? 0 : Args.uintMask(valueObj)));
    }
}
