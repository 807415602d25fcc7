package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code memoryview} (Objects/memoryobject.c), for the one-dimensional views this runtime's
 * buffers give: over bytes (read-only) or bytearray (writable, and the bytearray refuses to
 * resize while a view is alive, as CPython's export count makes it). Items are read in the
 * view's struct format: 'B', 'b', 'c' and, after {@code cast}, the native single-item formats
 * (h H i I l L q Q n N f d ?), little-endian as on CPython's usual platforms. A slice with a
 * step is a strided view of the same memory. Multi-dimensional shapes are not supported.
 */
@Exposed.Type(name = "memoryview", baseType = false, gc = true, basicSize = 168,
        doc = "Create a new memoryview object which references the given object.")
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyMemoryView.class);

    static {
        TYPE.flags |= PyType.SEQUENCE; // Py_TPFLAGS_SEQUENCE: matched by sequence patterns
    }

    /** The exporting object (counted), null once released. */
    private BytesLike obj;
    private final int start, stride, length;
    private final String format;
    private final int itemsize;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(BytesLike obj, int start, int stride, int length, String format, int itemsize, boolean readonly) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.stride = stride;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        Heap.incref(obj);
        if (obj instanceof PyByteArray a) a.exports++;
    }

    public PyMemoryView(PyType type) {
        this(PyBytes.EMPTY, 0, 1, 0, "B", 1, true);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    static PyObject __new__(PyObject type, PyObject argsObj, PyObject kwargsObj) {
        PyTuple args = (PyTuple) argsObj;
        PyDict kwargs = (PyDict) kwargsObj;
        int n = args.size() + kwargs.size();
        if (n > 1) throw Errors.typeError("memoryview() takes at most 1 argument (%d given)", n);
        PyObject object = args.size() == 1 ? args.get(0) : kwargs.getItemStr("object");
        if (object == null) throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
        if (object instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.stride, m.length, m.format, m.itemsize, m.readonly);
        }
        if (object instanceof PyBytes b) return new PyMemoryView(b, 0, 1, b.size(), "B", 1, true);
        if (object instanceof PyByteArray a) return new PyMemoryView(a, 0, 1, a.size(), "B", 1, false);
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", object.type.qualname);
    }

    private void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    /** The viewed bytes, contiguous (PyBuffer_ToContiguous). */
    byte[] toBytes() {
        check();
        byte[] src = obj.storage();
        if (stride == itemsize) return Arrays.copyOfRange(src, start, start + length * itemsize);
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) System.arraycopy(src, start + i * stride, out, i * itemsize, itemsize);
        return out;
    }

    /** For {@link BufferAccess}: whether the view is writable, and its byte window when contiguous. */
    boolean writableContiguous() {
        check();
        return !readonly && stride == itemsize;
    }

    int nbytes() {
        return length * itemsize;
    }

    /** Copies {@code n} bytes into the view at byte offset {@code off} (a writable contiguous view). */
    void writeBytes(int off, byte[] src, int srcOff, int n) {
        System.arraycopy(src, srcOff, obj.storage(), start + off, n);
    }

    private PyObject item(int i) {
        byte[] src = obj.storage();
        int at = start + i * stride;
        ByteBuffer bb = ByteBuffer.wrap(src, at, itemsize).order(ByteOrder.LITTLE_ENDIAN);
        return switch (format) {
            case "B" -> PyInt.of(src[at] & 0xff);
            case "b" -> PyInt.of(src[at]);
            case "c" -> PyBytes.wrap(new byte[] {src[at]});
            case "?" -> PyBool.of(src[at] != 0);
            case "h" -> PyInt.of(bb.getShort());
            case "H" -> PyInt.of(bb.getShort() & 0xffff);
            case "i" -> PyInt.of(bb.getInt());
            case "I" -> PyInt.of(bb.getInt() & 0xffffffffL);
            case "l", "q", "n" -> PyInt.of(bb.getLong());
            case "L", "Q", "N" -> {
                long v = bb.getLong();
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            case "f" -> PyFloat.of(bb.getFloat());
            case "d" -> PyFloat.of(bb.getDouble());
            default -> throw Errors.notImplementedError("memoryview: format %s not supported", format);
        };
    }

    /** pack_single: writes one item in the view's format at byte offset {@code at}, with CPython's checks. */
    private void pack(int at, PyObject value) {
        byte[] dst = obj.storage();
        ByteBuffer bb = ByteBuffer.wrap(dst, at, itemsize).order(ByteOrder.LITTLE_ENDIAN);
        switch (format) {
            case "c" -> {
                if (!(value instanceof PyBytes b)) throw Errors.typeError("memoryview: invalid type for format 'c'");
                if (b.size() != 1) throw Errors.valueError("memoryview: invalid value for format 'c'");
                dst[at] = b.value[0];
            }
            case "?" -> dst[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
            case "f", "d" -> {
                if (!(value instanceof PyFloat) && !(value instanceof PyInt)
                        && value.type.special(SpecialMethod.__float__) == null && value.type.special(SpecialMethod.__index__) == null) {
                    throw Errors.typeError("memoryview: invalid type for format '%s'", format);
                }
                double d = Abstract.asDouble(value);
                if (format.equals("f")) bb.putFloat((float) d); else bb.putDouble(d);
            }
            default -> {
                if (!PyListMethods.isIndex(value)) throw Errors.typeError("memoryview: invalid type for format '%s'", format);
                PyInt v = Abstract.index(value);
                java.math.BigInteger x = v.toBig();
                boolean unsigned = Character.isUpperCase(format.charAt(0));
                int bits = itemsize * 8;
                java.math.BigInteger lo = unsigned ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE.shiftLeft(bits - 1).negate();
                java.math.BigInteger hi = unsigned ? java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE)
                        : java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    throw Errors.valueError("memoryview: invalid value for format '%s'", format);
                }
                long l = x.longValue();
                switch (itemsize) {
                    case 1 -> dst[at] = (byte) l;
                    case 2 -> bb.putShort((short) l);
                    case 4 -> bb.putInt((int) l);
                    default -> bb.putLong(l);
                }
            }
        }
    }

    private static int sizeOf(String f) {
        return switch (f) {
            case "B", "b", "c", "?" -> 1;
            case "h", "H" -> 2;
            case "i", "I", "f" -> 4;
            case "l", "L", "q", "Q", "n", "N", "d" -> 8;
            default -> -1;
        };
    }

    @Exposed.Method
    static long __len__(PyMemoryView self) {
        self.check();
        return self.length;
    }

    @Exposed.Method(sig = "($self, key, /)")
    static PyObject __getitem__(PyMemoryView self, PyObject key) {
        self.check();
        if (PyListMethods.isIndex(key)) {
            long i = PyListMethods.indexValue(key);
            if (i < 0) i += self.length;
            if (i < 0 || i >= self.length) throw Errors.indexError("index out of bounds on dimension 1");
            return self.item((int) i);
        }
        if (key instanceof PySlice sl) {
            long[] sss = sl.unpack();
            int n = PySlice.adjustIndices(self.length, sss);
            return new PyMemoryView(self.obj, self.start + (int) sss[0] * self.stride, self.stride * (int) sss[2],
                    Math.max(n, 0), self.format, self.itemsize, self.readonly);
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    @Exposed.Method(sig = "($self, key, value, /)")
    static void __setitem__(PyMemoryView self, PyObject key, PyObject value) {
        self.check();
        if (self.readonly) throw Errors.typeError("cannot modify read-only memory");
        byte[] dst = self.obj.storage();
        if (PyListMethods.isIndex(key)) {
            long i = PyListMethods.indexValue(key);
            if (i < 0) i += self.length;
            if (i < 0 || i >= self.length) throw Errors.indexError("index out of bounds on dimension 1");
            self.pack(self.start + (int) i * self.stride, value);
            return;
        }
        if (key instanceof PySlice sl) {
            long[] sss = sl.unpack();
            int n = PySlice.adjustIndices(self.length, sss);
            byte[] src = BytesOps.bytesArg(value);
            if (src.length != n * self.itemsize) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < n; k++) {
                System.arraycopy(src, k * self.itemsize, dst, self.start + (int) (sss[0] + k * sss[2]) * self.stride, self.itemsize);
            }
            return;
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    @Exposed.Method
    static PyObject __iter__(PyMemoryView self) {
        return Abstract.getIter(tolist(self));
    }

    @Exposed.Method(sig = "($self, /, order='C')")
    static PyObject tobytes(PyMemoryView self, PyObject order) {
        return PyBytes.wrap(self.toBytes());
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static PyObject toreadonly(PyMemoryView self) {
        self.check();
        return new PyMemoryView(self.obj, self.start, self.stride, self.length, self.format, self.itemsize, true);
    }

    @Exposed.Method(sig = "($self, key, /)")
    static void __delitem__(PyMemoryView self, PyObject key) {
        self.check();
        if (self.readonly) throw Errors.typeError("cannot modify read-only memory");
        throw Errors.typeError("cannot delete memory");
    }

    @Exposed.Method(sig = "($self, value, /)") static PyObject __lt__(PyMemoryView s, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __le__(PyMemoryView s, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __gt__(PyMemoryView s, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __ge__(PyMemoryView s, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static PyObject tolist(PyMemoryView self) {
        self.check();
        PyObject[] items = new PyObject[self.length];
        for (int i = 0; i < self.length; i++) items[i] = self.item(i);
        return PyList.of(items);
    }

    @Exposed.Method(sig = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    static String hex(PyMemoryView self, PyObject sep, PyObject bytesPerSep) {
        byte[] b = self.toBytes();
        return BytesRepr.hex(b, b.length, sep, bytesPerSep == null ? 1 : Abstract.indexAsLong(bytesPerSep));
    }

    @Exposed.Method(sig = "($self, /, format, shape=<unrepresentable>)")
    static PyObject cast(PyMemoryView self, PyObject formatArg, PyObject shape) {
        self.check();
        if (!(formatArg instanceof PyStr f)) throw Errors.typeError("memoryview: format argument must be a string");
        if (shape != null) throw Errors.notImplementedError("memoryview: cast with a shape is not supported");
        if (self.stride != self.itemsize) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        int size = sizeOf(f.value);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        int nbytes = self.length * self.itemsize;
        if (!self.format.equals("B") && !self.format.equals("b") && !self.format.equals("c") && size != 1
                && !f.value.equals("B") && !f.value.equals("b") && !f.value.equals("c")) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (nbytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new PyMemoryView(self.obj, self.start, size, nbytes / size, f.value, size, self.readonly);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static void release(PyMemoryView self) {
        if (self.released) return;
        self.released = true;
        if (self.obj instanceof PyByteArray a) a.exports--;
    }

    @Exposed.Method
    static PyObject __enter__(PyMemoryView self) {
        self.check();
        return self;
    }

    @Exposed.Method(sig = "($self, *args)")
    static void __exit__(PyMemoryView self, PyObject args) {
        release(self);
    }

    @Exposed.Method
    static PyObject __repr__(PyMemoryView self) {
        return PyStr.of((self.released ? "<released memory at 0x" : "<memory at 0x") + String.format("%012x", Heap.address(self)) + ">");
    }

    @Exposed.Method
    static long __hash__(PyMemoryView self) {
        self.check();
        if (!self.readonly) throw Errors.valueError("cannot hash writable memoryview object");
        byte[] b = self.toBytes();
        return Hashing.hashBytes(b, b.length);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __eq__(PyMemoryView self, PyObject other) {
        if (self == other) return PyBool.TRUE;
        if (self.released) return PyBool.FALSE;
        if (other instanceof PyMemoryView m) {
            if (m.released) return PyBool.FALSE;
            return PyBool.of(tolist(self).equals(tolist(m)) || Abstract.richCompareBool(tolist(self), tolist(m), Abstract.EQ));
        }
        byte[] b = BytesOps.buffer(other);
        if (b == null) return PyNotImplemented.NOT_IMPLEMENTED;
        if (!self.format.equals("B")) return PyBool.FALSE;
        return PyBool.of(Arrays.equals(self.toBytes(), b));
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __ne__(PyMemoryView self, PyObject other) {
        PyObject r = __eq__(self, other);
        return r == PyNotImplemented.NOT_IMPLEMENTED ? r : PyBool.of(r == PyBool.FALSE);
    }

    @Exposed.Getter(name = "obj") static PyObject obj(PyMemoryView s) { s.check(); return s.obj; }
    @Exposed.Getter(name = "nbytes") static long nbytes(PyMemoryView s) { s.check(); return (long) s.length * s.itemsize; }
    @Exposed.Getter(name = "readonly") static boolean readonly(PyMemoryView s) { s.check(); return s.readonly; }
    @Exposed.Getter(name = "itemsize") static long itemsize(PyMemoryView s) { s.check(); return s.itemsize; }
    @Exposed.Getter(name = "format") static String format(PyMemoryView s) { s.check(); return s.format; }
    @Exposed.Getter(name = "ndim") static long ndim(PyMemoryView s) { s.check(); return 1; }
    @Exposed.Getter(name = "shape") static PyObject shape(PyMemoryView s) { s.check(); return PyTuple.of(PyInt.of(s.length)); }
    @Exposed.Getter(name = "strides") static PyObject strides(PyMemoryView s) { s.check(); return PyTuple.of(PyInt.of(s.stride)); }
    @Exposed.Getter(name = "suboffsets") static PyObject suboffsets(PyMemoryView s) { s.check(); return PyTuple.EMPTY; }
    @Exposed.Getter(name = "c_contiguous") static boolean cContiguous(PyMemoryView s) { s.check(); return s.stride == s.itemsize || s.length <= 1; }
    @Exposed.Getter(name = "f_contiguous") static boolean fContiguous(PyMemoryView s) { return cContiguous(s); }
    @Exposed.Getter(name = "contiguous") static boolean contiguous(PyMemoryView s) { return cContiguous(s); }

    @Override
    public void traverse(Visitor v) {
        if (obj != null) v.visit(obj);
    }

    @Override
    public void release(Releaser r) {
        if (!released && obj instanceof PyByteArray a) a.exports--;
        released = true;
        BytesLike o = obj;
        obj = null;
        if (o != null) r.release(o);
    }
}
