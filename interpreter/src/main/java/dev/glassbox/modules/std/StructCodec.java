package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SpecialMethod;
import dev.glassbox.objects.BytesOps;

import java.math.BigInteger;

/**
 * A compiled struct format (Modules/_struct.c prepare_s, s_pack_internal, s_unpack_internal)
 * for an x86-64 Linux host: '@' native sizes and alignment (long and size_t are 8 bytes),
 * '=' and '<' little-endian standard sizes, '>' and '!' big-endian. Which range check and
 * message a code gets follows CPython's tables exactly, including the native routines
 * CPython swaps into the little-endian table where the sizes agree (so {@code '<h'} says
 * "short format requires ..." while {@code '>h'} says "'h' format requires ...").
 */
final class StructCodec {
    enum Mode { NATIVE, LITTLE, BIG }

    /** One run of a format code: {@code repeat} items of {@code size} bytes from {@code offset}. */
    record Code(char fmt, long offset, long size, long repeat) {}

    final Mode mode;
    final Code[] codes;
    /** The struct's size in bytes (s_size); may exceed what a Java array holds (calcsize only). */
    final long size;
    /** The number of values packed or unpacked (s_len). */
    final int len;

    private StructCodec(Mode mode, Code[] codes, long size, int len) {
        this.mode = mode;
        this.codes = codes;
        this.size = size;
        this.len = len;
    }

    // ------------------------------------------------------------------ compiling

    private static int itemSize(Mode m, char c) {
        switch (c) {
            case 'x': case 'b': case 'B': case 'c': case 's': case 'p': case '?': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': return m == Mode.NATIVE ? 8 : 4;
            case 'q': case 'Q': case 'd': return 8;
            case 'n': case 'N': case 'P': return m == Mode.NATIVE ? 8 : -1;
            default: return -1;
        }
    }

    /** prepare_s: parses the format's bytes, or struct.error with CPython's message. */
    static StructCodec compile(byte[] fmt) {
        for (byte b : fmt) if (b == 0) throw StructModule.error("embedded null character");
        int i = 0;
        Mode mode = Mode.NATIVE;
        if (fmt.length > 0) {
            switch (fmt[0]) {
                case '<': case '=': mode = Mode.LITTLE; i = 1; break;
                case '>': case '!': mode = Mode.BIG; i = 1; break;
                case '@': i = 1; break;
                default: break;
            }
        }
        java.util.ArrayList<Code> codes = new java.util.ArrayList<>();
        long size = 0;
        int len = 0;
        while (i < fmt.length) {
            char c = (char) (fmt[i++] & 0xff);
            if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (i >= fmt.length) throw StructModule.error("repeat count given without format specifier");
                    c = (char) (fmt[i++] & 0xff);
                    if (c < '0' || c > '9') break;
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || (c - '0') > Long.MAX_VALUE % 10)) {
                        throw StructModule.error("total struct size too long");
                    }
                    num = num * 10 + (c - '0');
                }
            }
            int item = itemSize(mode, c);
            if (item < 0) throw StructModule.error("bad char in struct format");
            if (mode == Mode.NATIVE && item > 1 && c != 's' && c != 'p' && size > 0) {
                size += (item - 1) - (size - 1) % item;   // native alignment = the item's size here
            }
            if (num > (Long.MAX_VALUE - size) / item) throw StructModule.error("total struct size too long");
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, size, num, 1));
                len++;
            } else if (c != 'x' && num > 0) {
                if (len + num > Integer.MAX_VALUE) throw Errors.memoryError();
                codes.add(new Code(c, size, item, num));
                len += (int) num;
            }
            size += num * item;
        }
        return new StructCodec(mode, codes.toArray(new Code[0]), size, len);
    }

    // ------------------------------------------------------------------ unpacking

    /** s_unpack_internal: the values of the struct at {@code buf[at..]}. */
    PyTuple unpack(byte[] buf, int at) {
        PyObject[] out = new PyObject[len];
        int k = 0;
        for (Code code : codes) {
            int p = at + (int) code.offset, n = (int) code.size;
            for (long j = 0; j < code.repeat; j++, p += n) {
                out[k++] = switch (code.fmt) {
                    case 's' -> PyBytes.wrap(java.util.Arrays.copyOfRange(buf, p, p + n));
                    case 'p' -> {
                        if (n == 0) throw Errors.systemError("Negative size passed to PyBytes_FromStringAndSize");
                        int m = buf[p] & 0xff;
                        if (m >= n) m = n - 1;
                        yield PyBytes.wrap(java.util.Arrays.copyOfRange(buf, p + 1, p + 1 + m));
                    }
                    default -> unpackOne(code.fmt, n, buf, p);
                };
            }
        }
        return PyTuple.wrap(out);
    }

    private long readBits(byte[] b, int p, int n) {
        long x = 0;
        if (mode == Mode.BIG) for (int i = 0; i < n; i++) x = (x << 8) | (b[p + i] & 0xff);
        else for (int i = n - 1; i >= 0; i--) x = (x << 8) | (b[p + i] & 0xff);
        return x;
    }

    private PyObject unpackOne(char c, int n, byte[] b, int p) {
        switch (c) {
            case 'b': return PyInt.of(b[p]);
            case 'B': return PyInt.of(b[p] & 0xff);
            case 'c': return PyBytes.wrap(new byte[] {b[p]});
            case '?': return PyBool.of(b[p] != 0);
            case 'h': case 'i': case 'l': case 'q': case 'n': {
                long x = readBits(b, p, n);
                if (n < 8) x = (x << (64 - 8 * n)) >> (64 - 8 * n);   // extend the sign bit
                return PyInt.of(x);
            }
            case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P': {
                long x = readBits(b, p, n);
                return x >= 0 ? PyInt.of(x) : PyInt.of(new BigInteger(Long.toUnsignedString(x)));
            }
            case 'e': return PyFloat.of(halfToDouble((int) readBits(b, p, 2)));
            case 'f': return PyFloat.of((double) Float.intBitsToFloat((int) readBits(b, p, 4)));
            case 'd': return PyFloat.of(Double.longBitsToDouble(readBits(b, p, 8)));
            default: throw new IllegalStateException("struct code " + c);
        }
    }

    /** PyFloat_Unpack2: IEEE 754 binary16 to double (NaNs become the standard quiet NaN with the sign). */
    static double halfToDouble(int bits) {
        boolean neg = (bits & 0x8000) != 0;
        int e = (bits >> 10) & 0x1f, f = bits & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return neg ? -Double.NaN : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) e = -14;
        else { x += 1.0; e -= 15; }
        x = Math.scalb(x, e);
        return neg ? -x : x;
    }

    // ------------------------------------------------------------------ packing

    /** s_pack_internal: packs {@code len} values from {@code args[from..]} into {@code out[at..]} (zeroed first). */
    void pack(PyObject[] args, int from, byte[] out, int at) {
        java.util.Arrays.fill(out, at, at + (int) size, (byte) 0);
        int i = from;
        for (Code code : codes) {
            int p = at + (int) code.offset, n = (int) code.size;
            for (long j = 0; j < code.repeat; j++, p += n) {
                PyObject v = args[i++];
                if (code.fmt == 's' || code.fmt == 'p') {
                    byte[] src;
                    if (v instanceof PyBytes || v instanceof PyByteArray) src = BytesOps.bytesOf(v);
                    else throw StructModule.error("argument for '%c' must be a bytes object", code.fmt);
                    if (code.fmt == 's') {
                        System.arraycopy(src, 0, out, p, Math.min(src.length, n));
                    } else {
                        int m = Math.min(src.length, n - 1);
                        if (m > 0) System.arraycopy(src, 0, out, p + 1, m);
                        if (n > 0) out[p] = (byte) Math.min(Math.max(m, 0), 255);
                    }
                    continue;
                }
                try {
                    packOne(code.fmt, n, v, out, p);
                } catch (PyException e) {
                    if (v instanceof PyInt && e.matches(dev.glassbox.objects.ExceptionTypes.OverflowError)) {
                        throw StructModule.error("int too large to convert");
                    }
                    throw e;
                }
            }
        }
    }

    private void writeBits(byte[] out, int p, int n, long x) {
        if (mode == Mode.BIG) for (int i = n - 1; i >= 0; i--, x >>= 8) out[p + i] = (byte) x;
        else for (int i = 0; i < n; i++, x >>= 8) out[p + i] = (byte) x;
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** get_pylong: an int, or the result of __index__, or struct.error. */
    private static PyInt pylong(PyObject v) {
        if (v instanceof PyInt i) return i;
        if (v.type.special(SpecialMethod.__index__) != null) return Abstract.index(v);
        throw StructModule.error("required argument is not an integer");
    }

    /** get_long: a C long, "argument out of range" when it does not fit. */
    private static long cLong(PyObject v) {
        PyInt i = pylong(v);
        if (i.isBig()) throw StructModule.error("argument out of range");
        return i.value;
    }

    /** get_ulong: a C unsigned long (as its bits), "argument out of range" for negatives and overflow. */
    private static long cULong(PyObject v) {
        PyInt i = pylong(v);
        if (i.signum() < 0) throw StructModule.error("argument out of range");
        if (!i.isBig()) return i.value;
        if (i.big.bitLength() > 64) throw StructModule.error("argument out of range");
        return i.big.longValue();
    }

    /** _range_error: "'%c' format requires lo <= number <= hi" for an n-byte field. */
    private static PyException rangeError(char c, int n, boolean unsigned) {
        if (unsigned) {
            String hi = n == 8 ? "18446744073709551615" : Long.toString((1L << (8 * n)) - 1);
            return StructModule.error("'%c' format requires 0 <= number <= %s", c, hi);
        }
        long largest = n == 8 ? Long.MAX_VALUE : (1L << (8 * n - 1)) - 1;
        return StructModule.error("'%c' format requires %d <= number <= %d", c, ~largest, largest);
    }

    /** PyFloat_AsDouble with the struct's own message on failure. */
    private static double floatArg(PyObject v) {
        try {
            return Abstract.asDouble(v);
        } catch (PyException e) {
            throw StructModule.error("required argument is not a float");
        }
    }

    /** _PyLong_AsByteArray into 8 bytes: OverflowError when the value does not fit (signed or not). */
    private static long byteArray8(PyObject v, boolean signed) {
        PyInt i = pylong(v);
        if (!signed && i.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        if (!i.isBig()) return i.value;
        if (i.big.bitLength() > (signed ? 63 : 64)) throw Errors.overflowError("int too big to convert");
        return i.big.longValue();
    }

    private void packOne(char c, int n, PyObject v, byte[] out, int p) {
        boolean nativeRoutine = mode == Mode.NATIVE || (mode == Mode.LITTLE && c != 'l' && c != 'L');
        switch (c) {
            case 'b': {
                long x = cLong(v);
                if (x < -128 || x > 127) throw StructModule.error("byte format requires -128 <= number <= 127");
                out[p] = (byte) x;
                return;
            }
            case 'B': {
                long x = cLong(v);
                if (x < 0 || x > 255) throw StructModule.error("ubyte format requires 0 <= number <= 255");
                out[p] = (byte) x;
                return;
            }
            case 'c': {
                byte[] b = v instanceof PyBytes ? BytesOps.bytesOf(v) : null;
                if (b == null || b.length != 1) throw StructModule.error("char format requires a bytes object of length 1");
                out[p] = b[0];
                return;
            }
            case '?': out[p] = (byte) (Abstract.isTrue(v) ? 1 : 0); return;
            case 'h': {
                long x = cLong(v);
                if (x < -32768 || x > 32767) {
                    if (nativeRoutine) throw StructModule.error("short format requires -32768 <= number <= 32767");
                    throw rangeError(c, 2, false);
                }
                writeBits(out, p, 2, x);
                return;
            }
            case 'H': {
                if (nativeRoutine) {
                    long x = cLong(v);
                    if (x < 0 || x > 65535) throw StructModule.error("ushort format requires 0 <= number <= 65535");
                    writeBits(out, p, 2, x);
                } else {
                    long x = cULong(v);
                    if (Long.compareUnsigned(x, 65536) >= 0) throw rangeError(c, 2, true);
                    writeBits(out, p, 2, x);
                }
                return;
            }
            case 'i': case 'l': {
                long x = cLong(v);
                if (n == 4 && (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE)) throw rangeError(c, 4, false);
                writeBits(out, p, n, x);
                return;
            }
            case 'I': case 'L': {
                long x = cULong(v);
                if (n == 4 && Long.compareUnsigned(x, 1L << 32) >= 0) throw rangeError(c, 4, true);
                writeBits(out, p, n, x);
                return;
            }
            case 'q': case 'n':
                writeBits(out, p, 8, mode == Mode.BIG ? byteArray8(v, true) : cLong(v));
                return;
            case 'Q': case 'N':
                writeBits(out, p, 8, mode == Mode.BIG ? byteArray8(v, false) : cULong(v));
                return;
            case 'P': {
                // PyLong_AsVoidPtr: negative values as long long, others as unsigned long long
                PyInt i = pylong(v);
                writeBits(out, p, 8, byteArray8(i, i.signum() < 0));
                return;
            }
            case 'e': writeBits(out, p, 2, doubleToHalf(floatArg(v))); return;
            case 'f': {
                double x = floatArg(v);
                float y = (float) x;
                if (mode != Mode.NATIVE && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw Errors.overflowError("float too large to pack with f format");
                }
                writeBits(out, p, 4, Float.floatToRawIntBits(y));
                return;
            }
            case 'd': writeBits(out, p, 8, Double.doubleToRawLongBits(floatArg(v))); return;
            default: throw new IllegalStateException("struct code " + c);
        }
    }

    /** PyFloat_Pack2: double to IEEE 754 binary16, rounding half to even; OverflowError past 65504. */
    static int doubleToHalf(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        int e, bits;
        if (x == 0.0) {
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            e = 0x1f;
            bits = 512;
        } else {
            double a = Math.abs(x);
            e = Math.getExponent(a);            // a = f * 2**e with f in [1, 2) for normal doubles
            double f = a / Math.scalb(1.0, e);
            if (e < Double.MIN_EXPONENT) {      // subnormal double: far below half's range
                f = 0.0;
                e = 0;
            } else if (e >= 16) {
                throw Errors.overflowError("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                if (++bits == 1024) {
                    bits = 0;
                    if (++e == 31) throw Errors.overflowError("float too large to pack with e format");
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }
}
