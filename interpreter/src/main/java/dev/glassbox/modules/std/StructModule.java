package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Codecs;
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
import dev.glassbox.modules.ItertoolsBase;

/**
 * {@code _struct} (Modules/_struct.c): the module functions over a cache of compiled
 * {@link PyStruct}s keyed by the format object (cleared when it reaches 100 entries, as
 * CPython's), the {@code Struct} type and its {@code unpack_iterator}. The codes themselves
 * are {@link StructCodec}.
 */
@Exposed.Module(name = "_struct", doc = StructModule.DOC)
public final class StructModule {
    private StructModule() {}

    static final String DOC = "Functions to convert between Python values and C structs.\n"
            + "Python bytes objects are used to hold the data representing the C struct\n"
            + "and also as format strings (explained below) to describe the layout of data\n"
            + "in the C struct.\n\n"
            + "The optional first format char indicates byte order, size and alignment:\n"
            + "  @: native order, size & alignment (default)\n"
            + "  =: native order, std. size & alignment\n"
            + "  <: little-endian, std. size & alignment\n"
            + "  >: big-endian, std. size & alignment\n"
            + "  !: same as >\n\n"
            + "The remaining chars indicate types of args and must match exactly;\n"
            + "these can be preceded by a decimal repeat count:\n"
            + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
            + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
            + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
            + "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
            + "Special cases (preceding decimal count indicates length):\n"
            + "  s:string (array of char); p: pascal string (with count byte).\n"
            + "Special cases (only available in native format):\n"
            + "  n:ssize_t; N:size_t;\n"
            + "  P:an integer type that is wide enough to hold a pointer.\n"
            + "Special case (not in native mode unless 'long long' in platform C):\n"
            + "  q:long long; Q:unsigned long long\n"
            + "Whitespace between formats is ignored.\n\n"
            + "The variable struct.error is an exception raised on errors.\n";

    private static final int MAXCACHE = 100;
    private static PyType error;
    /** The module's cache of Struct objects by format (counted: the module state holds it). */
    private static PyDict cache;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(StructModule.class);
        error = (PyType) Abstract.call(PyType.TYPE, PyStr.of("error"), PyTuple.of(ExceptionTypes.Exception), new PyDict());
        Abstract.setAttr(error, PyStr.of("__module__"), PyStr.of("struct"));
        m.dict().setItem("error", error);
        m.dict().setItem("Struct", PyStruct.TYPE);
        if (cache != null) Heap.decref(cache);
        cache = null;
        return m;
    }

    static PyException error(String fmt, Object... args) {
        return Errors.raise(error, fmt, args);
    }

    /** cache_struct_converter: the cached Struct for a format, compiling (and caching) it on a miss. */
    static PyStruct cached(PyObject fmt) {
        if (cache == null) {
            cache = new PyDict();
            Heap.incref(cache);
        }
        PyObject s = cache.getItem(fmt);
        if (s != null) return (PyStruct) s;
        PyObject made = Abstract.call(PyStruct.TYPE, fmt);
        if (cache.size() >= MAXCACHE) cache.clear();
        cache.setItem(fmt, made);
        return (PyStruct) made;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Clear the internal cache.")
    public static PyObject _clearcache() {
        if (cache != null) {
            PyDict c = cache;
            cache = null;
            Heap.decref(c);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, format, /)", doc = "Return size in bytes of the struct described by the format string.")
    public static PyObject calcsize(PyObject format) {
        return PyInt.of(cached(format).codec.size);
    }

    @Exposed.Function(sig = "($module, *args)", conv = Exposed.Convention.VARARGS,
            doc = "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\n"
                    + "to the format string.  See help(struct) for more on format strings.")
    public static PyObject pack(PyObject args) {
        PyTuple a = (PyTuple) args;
        if (a.size() == 0) throw Errors.typeError("missing format argument");
        return cached(a.get(0)).packArgs(a, 1);
    }

    @Exposed.Function(sig = "($module, *args)", conv = Exposed.Convention.VARARGS,
            doc = "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\n"
                    + "the packed bytes into the writable buffer buf starting at offset.  Note\n"
                    + "that the offset is a required argument.  See help(struct) for more\n"
                    + "on format strings.")
    public static PyObject pack_into(PyObject args) {
        PyTuple a = (PyTuple) args;
        if (a.size() == 0) throw Errors.typeError("missing format argument");
        return cached(a.get(0)).packInto(a, 1);
    }

    @Exposed.Function(sig = "($module, format, buffer, /)",
            doc = "Return a tuple containing values unpacked according to the format string.\n\n"
                    + "The buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.")
    public static PyObject unpack(PyObject format, PyObject buffer) {
        PyStruct s = cached(format);
        return s.unpack(buffer);
    }

    @Exposed.Function(sig = "($module, format, /, buffer, offset=0)",
            doc = "Return a tuple containing values unpacked according to the format string.\n\n"
                    + "The buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.")
    public static PyObject unpack_from(PyObject format, PyObject buffer, PyObject offset) {
        return cached(format).unpack_from(buffer, offset);
    }

    @Exposed.Function(sig = "($module, format, buffer, /)",
            doc = "Return an iterator yielding tuples unpacked from the given bytes.\n\n"
                    + "The bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\n"
                    + "Requires that the bytes length be a multiple of the format struct size.")
    public static PyObject iter_unpack(PyObject format, PyObject buffer) {
        return cached(format).iter_unpack(buffer);
    }

    /** A buffer argument ({@code Py_buffer}): "a bytes-like object is required, not 'str'". */
    static byte[] buffer(PyObject o) {
        return BytesOps.bytesOf(o);
    }

    // ------------------------------------------------------------------ Struct

    /** {@code _struct.Struct}: a compiled format. */
    @Exposed.Type(name = "Struct", module = "_struct", gc = true, basicSize = 72, doc = "Struct(fmt) --> compiled struct object\n\n")
    public static class PyStruct extends PyObject {
        public static final PyType TYPE = PyType.fromClass(PyStruct.class);
        /** s_format as bytes (never a Python object, so nothing to count). */
        byte[] format;
        StructCodec codec;

        public PyStruct(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return ((PyType) cls).allocate();
        }

        @Exposed.Method(sig = "($self, /, *args, **kwargs)", doc = "Create a compiled struct object.\n\n"
                + "Return a new Struct object which writes and reads binary data according to\nthe format string.\n\n"
                + "See help(struct) for more on format strings.")
        public void __init__(PyObject args, PyObject kwargs) {
            // Argument Clinic's parsing of "Struct(format)", with the type's name in its messages
            PyTuple a = (PyTuple) args;
            PyDict k = (PyDict) kwargs;
            int n = a.size() + k.size();
            if (n > 1) throw Errors.typeError("Struct() takes at most 1 argument (%d given)", n);
            PyObject fmt = a.size() == 1 ? a.get(0) : null;
            if (k.size() == 1) fmt = k.getItemStr("format");
            if (fmt == null) throw Errors.typeError("Struct() missing required argument 'format' (pos 1)");
            byte[] b;
            if (fmt instanceof PyStr s) b = Codecs.encode(s, "ascii", "strict");
            else if (fmt instanceof PyBytes) b = BytesOps.bytesOf(fmt);
            else throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %s", fmt.type.name);
            format = b;
            codec = null;
            codec = StructCodec.compile(b);
        }

        private StructCodec codec() {
            if (codec == null) throw Errors.raise(error, "unpack requires a buffer of -1 bytes");
            return codec;
        }

        PyObject packArgs(PyTuple a, int from) {
            StructCodec c = codec();
            int n = a.size() - from;
            if (n != c.len) throw error("pack expected %d items for packing (got %d)", c.len, n);
            if (c.size > Integer.MAX_VALUE - 16) throw Errors.memoryError();
            byte[] out = new byte[(int) c.size];
            c.pack(a.array(), from, out, 0);
            return PyBytes.wrap(out);
        }

        PyObject packInto(PyTuple a, int from) {
            StructCodec c = codec();
            int n = a.size() - from;
            if (n != c.len + 2) {
                if (n == 0) throw error("pack_into expected buffer argument");
                if (n == 1) throw error("pack_into expected offset argument");
                throw error("pack_into expected %d items for packing (got %d)", c.len, n - 2);
            }
            PyObject buf = a.get(from);
            int len = BufferAccess.writableSize(buf, "argument");
            PyInt off = Abstract.index(a.get(from + 1));   // PyNumber_AsSsize_t(_, PyExc_IndexError)
            if (off.isBig()) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            long offset = off.value;
            if (offset < 0) {
                if (offset + c.size > 0) throw error("no space to pack %d bytes at offset %d", c.size, offset);
                if (offset + len < 0) throw error("offset %d out of range for %d-byte buffer", offset, len);
                offset += len;
            }
            if (len - offset < c.size) {
                throw error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                        c.size + offset, c.size, offset, len);
            }
            byte[] out = new byte[(int) c.size];
            c.pack(a.array(), from + 2, out, 0);
            BufferAccess.write(buf, (int) offset, out, 0, out.length);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, *args)", conv = Exposed.Convention.VARARGS,
                doc = "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
                        + "to the format string S.format.  See help(struct) for more on format\nstrings.")
        public PyObject pack(PyObject args) {
            return packArgs((PyTuple) args, 0);
        }

        @Exposed.Method(sig = "($self, *args)", conv = Exposed.Convention.VARARGS,
                doc = "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\n"
                        + "and write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\n"
                        + "help(struct) for more on format strings.")
        public PyObject pack_into(PyObject args) {
            return packInto((PyTuple) args, 0);
        }

        @Exposed.Method(sig = "($self, buffer, /)", doc = "Return a tuple containing unpacked values.\n\n"
                + "Unpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\n"
                + "See help(struct) for more on format strings.")
        public PyObject unpack(PyObject buffer) {
            byte[] b = buffer(buffer);
            StructCodec c = codec();
            if (b.length != c.size) throw error("unpack requires a buffer of %d bytes", c.size);
            return c.unpack(b, 0);
        }

        @Exposed.Method(sig = "($self, /, buffer, offset=0)", doc = "Return a tuple containing unpacked values.\n\n"
                + "Values are unpacked according to the format string Struct.format.\n\n"
                + "The buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\n"
                + "See help(struct) for more on format strings.")
        public PyObject unpack_from(PyObject buffer, PyObject offsetObj) {
            byte[] b = buffer(buffer);
            long offset = Abstract.indexAsLong(offsetObj);
            StructCodec c = codec();
            if (offset < 0) {
                if (offset + c.size > 0) throw error("not enough data to unpack %d bytes at offset %d", c.size, offset);
                if (offset + b.length < 0) throw error("offset %d out of range for %d-byte buffer", offset, b.length);
                offset += b.length;
            }
            if (b.length - offset < c.size) {
                throw error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                        c.size + offset, c.size, offset, b.length);
            }
            return c.unpack(b, (int) offset);
        }

        @Exposed.Method(sig = "($self, buffer, /)", doc = "Return an iterator yielding tuples.\n\n"
                + "Tuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\n"
                + "Requires that the bytes length be a multiple of the struct size.")
        public PyObject iter_unpack(PyObject buffer) {
            StructCodec c = codec();
            if (c.size == 0) throw error("cannot iteratively unpack with a struct of length 0");
            byte[] b = buffer(buffer);
            if (b.length % c.size != 0) throw error("iterative unpacking requires a buffer of a multiple of %d bytes", c.size);
            return new UnpackIter(this, buffer, b);
        }

        @Exposed.Getter(name = "format", doc = "struct format string")
        public PyObject getFormat() {
            return format == null ? PyNone.NONE : PyStr.of(new String(format, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        @Exposed.Getter(name = "size", doc = "struct size in bytes")
        public PyObject getSize() {
            return PyInt.of(codec == null ? -1 : codec.size);
        }

        @Exposed.Method(doc = "S.__sizeof__() -> size of S in memory, in bytes")
        public PyObject __sizeof__() {
            // sizeof(PyStructObject) plus one formatcode (32 bytes) per code and the terminator
            return PyInt.of(72 + 32L * ((codec == null ? 0 : codec.codes.length) + 1));
        }
    }

    // ------------------------------------------------------------------ unpack_iterator

    /** {@code _struct.unpack_iterator}: successive structs of a buffer (held, with its Struct). */
    @Exposed.Type(name = "unpack_iterator", module = "_struct", gc = true, baseType = false, basicSize = 104)
    public static final class UnpackIter extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(UnpackIter.class);
        private byte[] data;
        private int index;

        public UnpackIter(PyType t) {
            super(t, 2);
        }

        UnpackIter(PyStruct s, PyObject obj, byte[] data) {
            super(TYPE, 2);
            set(0, s);
            set(1, obj);
            this.data = data;
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            throw Errors.typeError("Cannot create '%s objects", ((PyType) cls).qualname);
        }

        @Override
        public PyObject next() {
            PyStruct s = (PyStruct) get(0);
            if (s == null) return null;
            if (index >= data.length) {
                set(0, null);
                set(1, null);
                data = new byte[0];
                return null;
            }
            PyObject r = s.codec.unpack(data, index);
            index += (int) s.codec.size;
            return r;
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }

        @Exposed.Method
        public long __length_hint__() {
            PyStruct s = (PyStruct) get(0);
            return s == null ? 0 : (data.length - index) / s.codec.size;
        }
    }
}
