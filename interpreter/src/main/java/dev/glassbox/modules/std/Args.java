package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;

/**
 * Argument Clinic's converters as the C modules of this package use them, with CPython's
 * messages: {@code int} and {@code bool(accept={int})} (_PyLong_AsInt), {@code Py_ssize_t},
 * {@code unsigned_int(bitwise=True)}, {@code Py_buffer} and binascii's {@code ascii_buffer}.
 */
final class Args {
    private Args() {}

    /** _PyLong_AsInt over __index__: OverflowError "Python int too large to convert to C int". */
    static int cInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** {@code bool(accept={int})}: an int's truth, null meaning the default. */
    static boolean intBool(PyObject o, boolean dflt) {
        return o == null ? dflt : cInt(o) != 0;
    }

    /** Py_ssize_t: OverflowError "Python int too large to convert to C ssize_t". */
    static long ssize(PyObject o) {
        return Abstract.indexAsLong(o);
    }

    /** {@code unsigned_int(bitwise=True)}: the low 32 bits of an int (negative values wrap). */
    static long uintMask(PyObject o) {
        PyInt i = Abstract.index(o);
        return (i.isBig() ? i.big.longValue() : i.value) & 0xffffffffL;
    }

    /** {@code unsigned_long(bitwise=True)}: the low 64 bits. */
    static long ulongMask(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.isBig() ? i.big.longValue() : i.value;
    }

    /** Py_buffer: "a bytes-like object is required, not 'str'". */
    static byte[] buffer(PyObject o) {
        byte[] b = BufferAccess.readable(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", o.type.qualname);
        return b;
    }

    /** binascii's ascii_buffer: a bytes-like object or an ASCII-only str. */
    static byte[] asciiBuffer(PyObject o) {
        if (o instanceof PyStr s) {
            if (!s.isAscii()) throw Errors.valueError("string argument should contain only ASCII characters");
            return s.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        byte[] b = BufferAccess.readable(o);
        if (b == null) throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type.name);
        return b;
    }
}
