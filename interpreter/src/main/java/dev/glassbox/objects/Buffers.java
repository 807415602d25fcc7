package dev.glassbox.objects;

/**
 * The buffer protocol as the io classes need it (Modules/_io uses Py_buffer): the bytes of any
 * bytes-like object, and writing into a writable one (bytearray, a writable memoryview) for
 * {@code readinto}. BytesIO's {@code getbuffer} is a memoryview over a bytearray that shares
 * the BytesIO's storage, so writes through the view land in the stream and the export count
 * refuses resizing while a view is alive, as CPython's.
 */
public final class Buffers {
    private Buffers() {}

    /** The bytes of a bytes-like object (shared for bytes: do not modify), or null. */
    public static byte[] bytesOrNull(PyObject o) {
        return BytesOps.buffer(o);
    }

    /** The length in bytes of a writable buffer, or -1 when {@code o} is not one. */
    public static int writableLength(PyObject o) {
        if (o instanceof PyByteArray a) return a.len;
        if (o instanceof PyMemoryView m) {
            if (Abstract.isTrue(Abstract.getAttr(m, "readonly"))) return -1;
            return (int) Abstract.indexAsLong(Abstract.getAttr(m, "nbytes"));
        }
        return -1;
    }

    /** Whether {@code o} exposes a buffer at all (for "readinto() argument must be read-write bytes-like object"). */
    public static boolean isBuffer(PyObject o) {
        return o instanceof BytesLike || o instanceof PyMemoryView;
    }

    /** Copies {@code n} bytes of {@code src} from {@code so} into the writable buffer {@code dst} at {@code off}. */
    public static void writeInto(PyObject dst, int off, byte[] src, int so, int n) {
        if (n <= 0) return;
        if (dst instanceof PyByteArray a) {
            System.arraycopy(src, so, a.buf, off, n);
            return;
        }
        PyMemoryView m = (PyMemoryView) dst;
        PyObject flat = Abstract.callMethod(m, "cast", PyStr.of("B"));
        dev.glassbox.memory.Heap.incref(flat);
        try {
            Abstract.setItem(flat, new PySlice(PyInt.of(off), PyInt.of(off + n), null),
                    PyBytes.wrap(java.util.Arrays.copyOfRange(src, so, so + n)));
        } finally {
            dev.glassbox.memory.Heap.decref(flat);
            Abstract.callMethod(flat, "release");
        }
    }

    /** A bytearray whose storage is {@code buf} itself (len bytes of it): the exporter behind getbuffer. */
    public static PyByteArray sharing(byte[] buf, int len) {
        PyByteArray a = new PyByteArray(PyByteArray.TYPE);
        a.buf = buf;
        a.len = len;
        a.alloc = buf.length + 1;
        return a;
    }

    /** The number of live memoryviews over {@code a}. */
    public static int exports(PyByteArray a) {
        return a.exports;
    }

    /** memoryview(a). */
    public static PyObject view(PyByteArray a) {
        return PyMemoryView.__new__(PyMemoryView.TYPE, PyTuple.of(a), new PyDict());
    }

    /** Whether {@code o} has {@code __index__} (an int-like argument). */
    public static boolean isIndex(PyObject o) {
        return PyListMethods.isIndex(o);
    }

    /** The storage and length of a bytearray (for readinto's fast path). */
    public static byte[] storage(PyByteArray a) {
        return a.buf;
    }
}
