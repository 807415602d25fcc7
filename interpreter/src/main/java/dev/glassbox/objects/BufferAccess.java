package dev.glassbox.objects;

/**
 * The buffer protocol as C modules use it (PyObject_GetBuffer with PyBUF_SIMPLE or
 * PyBUF_WRITABLE, {@code y*} and {@code w*}): read the bytes of any bytes-like object, or
 * write into a writable one (bytearray, a writable contiguous memoryview). Writers keep to
 * [0, {@link #writableSize}) of the target; the storage of a bytearray is not resized.
 */
public final class BufferAccess {
    private BufferAccess() {}

    /** The bytes of a bytes-like object (a snapshot for mutable ones), or null when it is not one. */
    public static byte[] readable(PyObject o) {
        return BytesOps.buffer(o);
    }

    /** Whether {@code o} exports a buffer at all (PyObject_CheckBuffer). */
    public static boolean isBuffer(PyObject o) {
        return o instanceof BytesLike || o instanceof PyMemoryView;
    }

    /**
     * The length of a writable buffer, or TypeError with getargs' {@code w*} message
     * ("argument must be read-write bytes-like object, not bytes").
     */
    public static int writableSize(PyObject o, String what) {
        if (o instanceof PyByteArray a) return a.size();
        if (o instanceof PyMemoryView m && m.writableContiguous()) return m.nbytes();
        throw Errors.typeError("%s must be read-write bytes-like object, not %s", what, o.type.qualname);
    }

    /** Writes {@code n} bytes of {@code src} from {@code srcOff} into {@code o} at {@code off}. */
    public static void write(PyObject o, int off, byte[] src, int srcOff, int n) {
        if (o instanceof PyByteArray a) System.arraycopy(src, srcOff, a.buf, off, n);
        else if (o instanceof PyMemoryView m) m.writeBytes(off, src, srcOff, n);
        else throw Errors.typeError("argument must be read-write bytes-like object, not %s", o.type.qualname);
    }

    /**
     * PyObject_GetBuffer for a reader that keeps the buffer across calls (a regular-expression
     * state): while held, a bytearray refuses to be resized. Pair with {@link #releaseExport}.
     */
    public static void acquireExport(PyObject o) {
        if (o instanceof PyByteArray a) a.exports++;
    }

    /** PyBuffer_Release of a buffer taken by {@link #acquireExport}. */
    public static void releaseExport(PyObject o) {
        if (o instanceof PyByteArray a) a.exports--;
    }
}
