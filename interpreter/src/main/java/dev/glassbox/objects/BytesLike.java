package dev.glassbox.objects;

/**
 * The common Java layout of {@code bytes} and {@code bytearray}: a byte array of which the
 * first {@link #size()} bytes are the value. The two Python types are unrelated (neither
 * inherits from the other), but their methods are the same algorithms (CPython shares them
 * through Objects/bytes_methods.c), so {@link BytesOps} works on this class and asks the
 * receiver to make its results of its own kind.
 */
abstract class BytesLike extends PyObject {
    BytesLike(PyType type) {
        super(type);
    }

    BytesLike(PyType type, boolean immortal) {
        super(type, immortal);
    }

    /** The storage; only [0, size()) is the value (do not modify through bytes). */
    abstract byte[] storage();

    abstract int size();

    /** A result of the receiver's kind: exact bytes for bytes, a new bytearray for bytearray. */
    abstract PyObject make(byte[] value);

    /** The value copied into an exact-length array. */
    byte[] toBytes() {
        return java.util.Arrays.copyOf(storage(), size());
    }

    int at(int i) {
        return storage()[i] & 0xff;
    }
}
