package dev.glassbox.objects;

import java.util.Arrays;

/**
 * {@code bytearray} (Objects/bytearrayobject.c): a mutable byte string. The allocation is
 * modelled as CPython's {@code PyByteArray_Resize} does it (ob_alloc with its growth rule, and
 * the logical start that deleting from the front advances), because {@code sys.getsizeof}
 * reports {@code 56 + ob_alloc}. The Java array always holds the value at index 0; only the
 * numbers follow CPython's buffer.
 */
@Exposed.Type(name = "bytearray", basicSize = 56, unhashable = true, doc = "bytearray(iterable_of_ints) -> bytearray\n"
        + "bytearray(string, encoding[, errors]) -> bytearray\n"
        + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        + "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        + "bytearray() -> empty bytes array\n\n"
        + "Construct a mutable bytearray object from:\n"
        + "  - an iterable yielding integers in range(256)\n"
        + "  - a text string encoded using the specified encoding\n"
        + "  - a bytes or a buffer object\n"
        + "  - any object implementing the buffer API.\n"
        + "  - an integer")
public class PyByteArray extends BytesLike {
    public static final PyType TYPE = PyType.fromClass(PyByteArray.class);

    static {
        TYPE.flags |= PyType.MATCH_SELF; // "case bytearray(x)" binds the subject itself
    }

    byte[] buf = new byte[0];
    int len;
    /** CPython's ob_alloc and the offset of ob_start in the buffer. */
    long alloc, offset;
    /** Live buffer exports (memoryviews): resizing is refused while positive. */
    int exports;

    public PyByteArray(PyType type) {
        super(type);
    }

    /** A new exact bytearray holding a copy of {@code v}. */
    public static PyByteArray of(byte[] v) {
        PyByteArray a = new PyByteArray(TYPE);
        a.setContents(v, v.length);
        return a;
    }

    @Override
    byte[] storage() {
        return buf;
    }

    @Override
    int size() {
        return len;
    }

    @Override
    PyObject make(byte[] v) {
        return of(v);
    }

    /** PyByteArray_Resize: changes the size, following CPython's allocation strategy. */
    void resize(int size) {
        if (size == len) return;
        if (exports > 0) throw Errors.raise(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        if (size + offset + 1 <= alloc) {
            if (size < alloc / 2) {
                alloc = size + 1;
                offset = 0;
            }
        } else {
            if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
            else alloc = size + 1;
            offset = 0;
        }
        if (buf.length < size) buf = Arrays.copyOf(buf, Math.max(size, buf.length + (buf.length >> 1)));
        else if (size < len) Arrays.fill(buf, size, len, (byte) 0);
        len = size;
    }

    /** Replaces the value (resizing as CPython would). */
    void setContents(byte[] v, int n) {
        resize(n);
        System.arraycopy(v, 0, buf, 0, n);
    }

    /** Replaces bytes [lo, hi) by {@code v} (bytearray_setslice_linear). */
    void replace(int lo, int hi, byte[] v) {
        int growth = v.length - (hi - lo);
        int old = len;
        if (growth < 0) {
            if (exports > 0) throw Errors.raise(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
            // Deleting from the front advances the logical start instead of moving memory.
            if (lo == 0) offset -= growth;
            System.arraycopy(buf, hi, buf, lo + v.length, old - hi);
            resize(old + growth);
        } else if (growth > 0) {
            resize(old + growth);
            System.arraycopy(buf, hi, buf, hi + growth, old - hi);
        }
        System.arraycopy(v, 0, buf, lo, v.length);
    }

    @Override
    public long blockSize() {
        return 56 + (type != TYPE && type.hasInstanceDict ? 8 : 0);
    }

    @Override
    public long basicSize() {
        // A subclass instance has __weakref__ (8); sys.getsizeof adds the managed-dict pre-header (16).
        return 56 + alloc + (type != TYPE && type.hasInstanceDict ? 8 : 0);
    }

    @Override
    public String toString() {
        return "bytearray(" + BytesRepr.repr(buf, len, "b'", "'") + ")";
    }
}
