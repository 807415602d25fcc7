package dev.glassbox.objects;

/**
 * {@code bytes} (Objects/bytesobject.c): an immutable byte string. As in CPython the empty
 * value and the 256 one-byte values are shared objects ({@code bytes([1]) is bytes([1])}), the
 * hash is SipHash-1-3 over the bytes ({@link Hashing#hashBytes}), and {@code sys.getsizeof}
 * is {@code 33 + len} (PyBytesObject's header, hash and terminator). The methods are in
 * {@link PyBytesMethods}, their algorithms in {@link BytesOps}.
 */
@Exposed.Type(name = "bytes", basicSize = 33, itemSize = 1, doc = "bytes(iterable_of_ints) -> bytes\n"
        + "bytes(string, encoding[, errors]) -> bytes\n"
        + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        + "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        + "bytes() -> empty bytes object\n\n"
        + "Construct an immutable array of bytes from:\n"
        + "  - an iterable yielding integers in range(256)\n"
        + "  - a text string encoded using the specified encoding\n"
        + "  - any object implementing the buffer API.\n"
        + "  - an integer")
public class PyBytes extends BytesLike {
    public static final PyType TYPE = PyType.fromClass(PyBytes.class);
    private static final byte[] NONE = new byte[0];
    public static final PyBytes EMPTY = new PyBytes(TYPE, NONE, true);
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        // Py_TPFLAGS_BYTES_SUBCLASS, and MATCH_SELF: "case bytes(x)" binds the subject itself.
        TYPE.flags |= PyType.BYTES_SUBCLASS | PyType.MATCH_SELF;
        for (int i = 0; i < 256; i++) SINGLE[i] = new PyBytes(TYPE, new byte[] {(byte) i}, true);
    }

    final byte[] value;
    private long hash = -1;

    private PyBytes(PyType type, byte[] value, boolean immortal) {
        super(type, immortal);
        this.value = value;
    }

    /** For instances of subclasses, made by bytes.__new__. */
    PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    public PyBytes(PyType type) {
        this(type, NONE);
    }

    /** A bytes object that adopts {@code v} (the caller must not modify it afterwards). */
    public static PyBytes wrap(byte[] v) {
        if (v.length == 0) return EMPTY;
        if (v.length == 1) return SINGLE[v[0] & 0xff];
        return new PyBytes(TYPE, v, false);
    }

    /** A bytes object holding a copy of {@code v}. */
    public static PyBytes of(byte[] v) {
        return wrap(v.clone());
    }

    /** The value (do not modify). */
    public byte[] value() {
        return value;
    }

    @Override
    byte[] storage() {
        return value;
    }

    @Override
    int size() {
        return value.length;
    }

    @Override
    PyObject make(byte[] v) {
        return wrap(v);
    }

    @Override
    byte[] toBytes() {
        return value.clone();
    }

    public long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashBytes(value, value.length);
            hash = h;
        }
        return h;
    }

    @Override
    public long basicSize() {
        // A subclass instance with a __dict__ has its dict pointer after the data; var-sized
        // types get no __weakref__ slot (type_new's may_add_weak).
        return 33L + value.length + (type != TYPE && type.hasInstanceDict ? 8 : 0);
    }

    @Override
    public String toString() {
        return BytesRepr.repr(value, value.length, "b'", "'");
    }
}
