package dev.glassbox.objects;

/**
 * The methods of {@code bytearray} (Objects/bytearrayobject.c, Objects/clinic/bytearrayobject.c.h)
 * with CPython 3.11's signatures and messages: the mutations (item and slice assignment and
 * deletion, append, extend, insert, pop, remove, reverse, clear, in-place + and *), each
 * resizing through {@link PyByteArray#resize} so the allocation follows CPython's; and the
 * read-only methods shared with bytes, through {@link BytesOps} (the same list as in
 * {@link PyBytesMethods}).
 */
final class PyByteArrayMethods {
    private PyByteArrayMethods() {}

    private static BytesLike s(PyObject o) {
        return (BytesLike) o;
    }

    private static PyByteArray a(PyObject o) {
        return (PyByteArray) o;
    }

    private static final String RANGE = "byte must be in range(0, 256)";

    // ------------------------------------------------------------------ construction

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "bytearray.__new__");
        if (!t.isSubtypeOf(PyByteArray.TYPE)) {
            throw Errors.typeError("bytearray.__new__(%s): %s is not a subtype of bytearray", t.name, t.name);
        }
        return t.allocate();
    }

    /** bytearray___init___impl: empties the array, then fills it as bytes() would. */
    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    static void __init__(PyObject self, PyObject args, PyObject kwargs) {
        PyObject[] bound = PyBytesMethods.bindSource((PyTuple) args, (PyDict) kwargs, "bytearray");
        PyObject source = bound[0], encoding = bound[1], errors = bound[2];
        PyByteArray b = a(self);
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw Errors.typeError("bytearray() argument 'encoding' must be str, not %s", encoding.type.qualname);
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw Errors.typeError("bytearray() argument 'errors' must be str, not %s", errors.type.qualname);
        }
        b.resize(0);
        byte[] v = PyBytesMethods.construct(source, encoding, errors, "bytearray");
        boolean iterated = source != null && !(source instanceof PyStr) && !PyListMethods.isIndex(source)
                && BytesOps.buffer(source) == null;
        if (iterated && (source.type == PyList.TYPE || source.type == PyTuple.TYPE)) {
            // CPython's fast path sizes the array first and falls back to the iterator path
            // (from size 0) at the first item that is not an exact int.
            b.resize(v.length);
            boolean exact = true;
            for (PyObject x : Abstract.toArray(source)) if (x.type != PyInt.TYPE) exact = false;
            if (exact) {
                System.arraycopy(v, 0, b.buf, 0, v.length);
                return;
            }
            b.resize(0);
        }
        if (iterated) appendEach(b, v);
        else b.setContents(v, v.length);
    }

    /** The iterator path of bytearray(): one byte at a time, growing only when full. */
    private static void appendEach(PyByteArray b, byte[] v) {
        for (byte x : v) {
            if (b.len + 1 < b.alloc) {
                if (b.buf.length <= b.len) b.buf = java.util.Arrays.copyOf(b.buf, Math.max(8, b.buf.length * 2));
                b.len++;
            } else {
                b.resize(b.len + 1);
            }
            b.buf[b.len - 1] = x;
        }
    }

    @Exposed.Method
    static PyObject __repr__(PyObject self) {
        return BytesRepr.byteArrayRepr(s(self));
    }

    @Exposed.Method
    static PyObject __str__(PyObject self) {
        return BytesRepr.byteArrayRepr(s(self));
    }

    /** bytearray_reduce_ex: (type, (bytes,), state) from protocol 3, else the latin-1 text form of __reduce__. */
    @Exposed.Method(sig = "($self, proto=0, /)")
    static PyObject __reduce_ex__(PyObject self, long proto) {
        BytesLike b = s(self);
        if (proto < 3 || b.size() == 0) return __reduce__(self);
        return PyTuple.of(self.type, PyTuple.of(PyBytes.wrap(b.toBytes())), self.dict == null ? PyNone.NONE : self.dict);
    }

    @Exposed.Method
    static PyObject __reduce__(PyObject self) {
        BytesLike b = s(self);
        PyObject state = self.dict == null ? PyNone.NONE : self.dict;
        PyObject args = b.size() == 0 ? PyTuple.EMPTY
                : PyTuple.of(PyStr.of(new String(b.storage(), 0, b.size(), java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        return PyTuple.of(self.type, args, state);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __rmod__(PyObject self, PyObject values) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed.Method
    static long __sizeof__(PyObject self) {
        return self.basicSize();
    }

    @Exposed.Method(doc = "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.")
    static long __alloc__(PyObject self) {
        return a(self).alloc;
    }

    // ------------------------------------------------------------------ sequence and operators

    @Exposed.Method
    static long __len__(PyObject self) {
        return s(self).size();
    }

    @Exposed.Method(sig = "($self, key, /)")
    static PyObject __getitem__(PyObject self, PyObject key) {
        return BytesOps.getItem(s(self), key, "bytearray");
    }

    @Exposed.Method
    static PyObject __iter__(PyObject self) {
        return BytesIter.of(s(self));
    }

    @Exposed.Method(sig = "($self, key, /)")
    static boolean __contains__(PyObject self, PyObject key) {
        return BytesOps.contains(s(self), key);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __add__(PyObject self, PyObject other) {
        return BytesOps.concat(s(self), other);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __iadd__(PyObject self, PyObject other) {
        byte[] b = BytesOps.buffer(other);
        if (b == null) throw Errors.typeError("can't concat %s to %s", other.type.qualname, self.type.qualname);
        PyByteArray x = a(self);
        int n = x.len;
        x.resize(n + b.length);
        System.arraycopy(b, 0, x.buf, n, b.length);
        return self;
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __mul__(PyObject self, PyObject n) {
        return BytesOps.repeat(s(self), n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __rmul__(PyObject self, PyObject n) {
        return BytesOps.repeat(s(self), n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __imul__(PyObject self, PyObject n) {
        if (!PyListMethods.isIndex(n)) return PyListMethods.nonIntRepeat(n);
        long count = Math.max(0, PyListMethods.repeatCount(n));
        PyByteArray x = a(self);
        int size = x.len;
        if (size > 0 && count > (Integer.MAX_VALUE - 16) / size) throw Errors.memoryError();
        byte[] one = x.toBytes();
        x.resize((int) (size * count));
        for (int k = 1; k < count; k++) System.arraycopy(one, 0, x.buf, k * size, size);
        return self;
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __mod__(PyObject self, PyObject values) {
        BytesLike b = s(self);
        return PyByteArray.of(BytesPercent.format(b.storage(), b.size(), values));
    }

    /** bytearray_richcompare: any two buffers. */
    private static PyObject compare(PyObject a, PyObject b, int op) {
        byte[] o = BytesOps.buffer(b);
        if (o == null) return PyNotImplemented.NOT_IMPLEMENTED;
        BytesLike x = s(a);
        return BytesOps.compare(x.storage(), x.size(), o, o.length, op);
    }

    @Exposed.Method(sig = "($self, value, /)") static PyObject __eq__(PyObject s, PyObject o) { return compare(s, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __ne__(PyObject s, PyObject o) { return compare(s, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __lt__(PyObject s, PyObject o) { return compare(s, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __le__(PyObject s, PyObject o) { return compare(s, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __gt__(PyObject s, PyObject o) { return compare(s, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __ge__(PyObject s, PyObject o) { return compare(s, o, Abstract.GE); }

    // ------------------------------------------------------------------ mutation

    @Exposed.Method(sig = "($self, key, value, /)")
    static void __setitem__(PyObject self, PyObject key, PyObject value) {
        assign(a(self), key, value);
    }

    @Exposed.Method(sig = "($self, key, /)")
    static void __delitem__(PyObject self, PyObject key) {
        assign(a(self), key, null);
    }

    /** bytearray_ass_subscript: value null deletes. */
    private static void assign(PyByteArray b, PyObject key, PyObject value) {
        int n = b.len;
        if (PyListMethods.isIndex(key)) {
            long i = PyListMethods.indexValue(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("bytearray index out of range");
            if (value == null) {
                b.replace((int) i, (int) i + 1, new byte[0]);
            } else {
                b.buf[(int) i] = (byte) BytesOps.byteValue(value, RANGE);
            }
            return;
        }
        if (!(key instanceof PySlice sl)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %s", key.type.qualname);
        }
        byte[] v;
        if (value == null) {
            v = new byte[0];
        } else if (value == b) {
            v = b.toBytes();
        } else {
            v = BytesOps.buffer(value);
            if (v == null) {
                if (PyListMethods.isIndex(value) || value instanceof PyStr || value instanceof PyFloat) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                v = PyBytesMethods.construct(value, null, null, "bytearray");
            }
        }
        long[] sss = sl.unpack();
        int count = PySlice.adjustIndices(n, sss);
        int start = (int) sss[0];
        long step = sss[2];
        if (step == 1) {
            int stop = Math.max(start, (int) sss[1]);
            b.replace(start, stop, v);
            return;
        }
        if (value == null) {
            if (count <= 0) return;
            // Delete every step-th byte: keep the others in order.
            boolean[] drop = new boolean[n];
            for (long k = 0, at = start; k < count; k++, at += step) drop[(int) at] = true;
            int w = 0;
            for (int r = 0; r < n; r++) if (!drop[r]) b.buf[w++] = b.buf[r];
            b.resize(w);
            return;
        }
        if (v.length != count) {
            throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d", v.length, count);
        }
        for (long k = 0, at = start; k < count; k++, at += step) b.buf[(int) at] = v[(int) k];
    }

    @Exposed.Method(sig = "($self, item, /)")
    static void append(PyObject self, PyObject item) {
        PyByteArray b = a(self);
        int v = BytesOps.byteValue(item, RANGE);
        b.resize(b.len + 1);
        b.buf[b.len - 1] = (byte) v;
    }

    @Exposed.Method(sig = "($self, iterable_of_ints, /)")
    static void extend(PyObject self, PyObject iterable) {
        byte[] v = BytesOps.buffer(iterable);
        if (v == null) {
            PyObject it;
            try {
                it = Abstract.getIter(iterable);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) throw e;
                throw Errors.typeError("can't extend bytearray with %s", iterable.type.qualname);
            }
            PyObject[] items = Abstract.toArray(it);
            v = new byte[items.length];
            for (int i = 0; i < items.length; i++) v[i] = (byte) BytesOps.byteValue(items[i], RANGE);
        }
        PyByteArray b = a(self);
        int n = b.len;
        b.resize(n + v.length);
        System.arraycopy(v, 0, b.buf, n, v.length);
    }

    @Exposed.Method(sig = "($self, index, item, /)")
    static void insert(PyObject self, long index, PyObject item) {
        PyByteArray b = a(self);
        int v = BytesOps.byteValue(item, RANGE);
        int n = b.len;
        if (index < 0) { index += n; if (index < 0) index = 0; }
        if (index > n) index = n;
        b.resize(n + 1);
        System.arraycopy(b.buf, (int) index, b.buf, (int) index + 1, n - (int) index);
        b.buf[(int) index] = (byte) v;
    }

    @Exposed.Method(sig = "($self, index=-1, /)")
    static long pop(PyObject self, long index) {
        PyByteArray b = a(self);
        int n = b.len;
        if (n == 0) throw Errors.indexError("pop from empty bytearray");
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw Errors.indexError("pop index out of range");
        int v = b.buf[(int) index] & 0xff;
        System.arraycopy(b.buf, (int) index + 1, b.buf, (int) index, n - (int) index - 1);
        b.resize(n - 1);
        return v;
    }

    @Exposed.Method(sig = "($self, value, /)")
    static void remove(PyObject self, PyObject value) {
        PyByteArray b = a(self);
        int v = BytesOps.byteValue(value, RANGE);
        int n = b.len;
        for (int i = 0; i < n; i++) {
            if ((b.buf[i] & 0xff) == v) {
                System.arraycopy(b.buf, i + 1, b.buf, i, n - i - 1);
                b.resize(n - 1);
                return;
            }
        }
        throw Errors.valueError("value not found in bytearray");
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static void reverse(PyObject self) {
        PyByteArray b = a(self);
        for (int i = 0, j = b.len - 1; i < j; i++, j--) {
            byte t = b.buf[i];
            b.buf[i] = b.buf[j];
            b.buf[j] = t;
        }
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static void clear(PyObject self) {
        a(self).resize(0);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    static PyObject copy(PyObject self) {
        return PyByteArray.of(s(self).toBytes());
    }

    // ------------------------------------------------------------------ methods shared with bytes

    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static long count(PyObject self, PyObject sub, PyObject start, PyObject end) { return BytesOps.count(s(self), sub, start, end); }
    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static long find(PyObject self, PyObject sub, PyObject start, PyObject end) { return BytesOps.find(s(self), sub, start, end, false); }
    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static long rfind(PyObject self, PyObject sub, PyObject start, PyObject end) { return BytesOps.find(s(self), sub, start, end, true); }
    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static long index(PyObject self, PyObject sub, PyObject start, PyObject end) { return BytesOps.index(s(self), sub, start, end, false); }
    @Exposed.Method(sig = "($self, sub, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static long rindex(PyObject self, PyObject sub, PyObject start, PyObject end) { return BytesOps.index(s(self), sub, start, end, true); }
    @Exposed.Method(sig = "($self, prefix, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static boolean startswith(PyObject self, PyObject p, PyObject start, PyObject end) { return BytesOps.startsEnds(s(self), p, start, end, false, "startswith"); }
    @Exposed.Method(sig = "($self, suffix, start=None, end=None, /)", conv = Exposed.Convention.VARARGS)
    static boolean endswith(PyObject self, PyObject p, PyObject start, PyObject end) { return BytesOps.startsEnds(s(self), p, start, end, true, "endswith"); }

    @Exposed.Method(sig = "($self, /, encoding='utf-8', errors='strict')")
    static String decode(PyObject self, PyObject encoding, PyObject errors) { return BytesOps.decode(s(self), encoding, errors); }
    @Exposed.Method(sig = "($self, iterable_of_bytes, /)")
    static PyObject join(PyObject self, PyObject it) { return BytesOps.join(s(self), it); }
    @Exposed.Method(sig = "($self, old, new, count=-1, /)")
    static PyObject replace(PyObject self, PyObject o, PyObject n, long count) { return BytesOps.replace(s(self), o, n, count); }
    @Exposed.Method(sig = "($self, /, sep=None, maxsplit=-1)")
    static PyObject split(PyObject self, PyObject sep, long maxsplit) { return BytesOps.split(s(self), sep, maxsplit, false); }
    @Exposed.Method(sig = "($self, /, sep=None, maxsplit=-1)")
    static PyObject rsplit(PyObject self, PyObject sep, long maxsplit) { return BytesOps.split(s(self), sep, maxsplit, true); }
    @Exposed.Method(sig = "($self, sep, /)")
    static PyObject partition(PyObject self, PyObject sep) { return BytesOps.partition(s(self), sep, false); }
    @Exposed.Method(sig = "($self, sep, /)")
    static PyObject rpartition(PyObject self, PyObject sep) { return BytesOps.partition(s(self), sep, true); }
    @Exposed.Method(sig = "($self, bytes=None, /)")
    static PyObject strip(PyObject self, PyObject chars) { return BytesOps.strip(s(self), chars, 3); }
    @Exposed.Method(sig = "($self, bytes=None, /)")
    static PyObject lstrip(PyObject self, PyObject chars) { return BytesOps.strip(s(self), chars, 1); }
    @Exposed.Method(sig = "($self, bytes=None, /)")
    static PyObject rstrip(PyObject self, PyObject chars) { return BytesOps.strip(s(self), chars, 2); }
    @Exposed.Method(sig = "($self, prefix, /)")
    static PyObject removeprefix(PyObject self, PyObject p) { return BytesOps.removeAffix(s(self), p, false); }
    @Exposed.Method(sig = "($self, suffix, /)")
    static PyObject removesuffix(PyObject self, PyObject p) { return BytesOps.removeAffix(s(self), p, true); }
    @Exposed.Method(sig = "($self, width, fillchar=b' ', /)")
    static PyObject center(PyObject self, long width, PyObject fill) { return BytesOps.pad(s(self), width, fill, 'c'); }
    @Exposed.Method(sig = "($self, width, fillchar=b' ', /)")
    static PyObject ljust(PyObject self, long width, PyObject fill) { return BytesOps.pad(s(self), width, fill, 'l'); }
    @Exposed.Method(sig = "($self, width, fillchar=b' ', /)")
    static PyObject rjust(PyObject self, long width, PyObject fill) { return BytesOps.pad(s(self), width, fill, 'r'); }
    @Exposed.Method(sig = "($self, width, /)")
    static PyObject zfill(PyObject self, long width) { return BytesOps.zfill(s(self), width); }
    @Exposed.Method(sig = "($self, /, tabsize=8)")
    static PyObject expandtabs(PyObject self, long tabsize) { return BytesOps.expandtabs(s(self), tabsize); }
    @Exposed.Method(sig = "($self, /, keepends=False)")
    static PyObject splitlines(PyObject self, boolean keepends) { return BytesOps.splitlines(s(self), keepends); }
    @Exposed.Method(sig = "($self, table, /, delete=b'')")
    static PyObject translate(PyObject self, PyObject table, PyObject delete) { return BytesOps.translate(s(self), table, delete); }
    @Exposed.Method(sig = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)")
    static String hex(PyObject self, PyObject sep, long perSep) { return BytesRepr.hex(s(self).storage(), s(self).size(), sep, perSep); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS) static PyObject upper(PyObject self) { return BytesOps.mapCase(s(self), 'u'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static PyObject lower(PyObject self) { return BytesOps.mapCase(s(self), 'l'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static PyObject swapcase(PyObject self) { return BytesOps.mapCase(s(self), 's'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static PyObject capitalize(PyObject self) { return BytesOps.mapCase(s(self), 'c'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static PyObject title(PyObject self) { return BytesOps.mapCase(s(self), 't'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isalnum(PyObject self) { return BytesOps.classify(s(self), 'n'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isalpha(PyObject self) { return BytesOps.classify(s(self), 'a'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isdigit(PyObject self) { return BytesOps.classify(s(self), 'd'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isspace(PyObject self) { return BytesOps.classify(s(self), 's'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isascii(PyObject self) { return BytesOps.classify(s(self), 'A'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean islower(PyObject self) { return BytesOps.classify(s(self), 'l'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean isupper(PyObject self) { return BytesOps.classify(s(self), 'u'); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) static boolean istitle(PyObject self) { return BytesOps.classify(s(self), 't'); }


    @Exposed.ClassMethod(sig = "($type, string, /)")
    static PyObject fromhex(PyObject type, PyObject string) {
        if (!(string instanceof PyStr str)) throw Errors.typeError("fromhex() argument must be str, not %s", string.type.qualname);
        PyByteArray b = PyByteArray.of(BytesRepr.fromhex(str.value));
        if (type == PyByteArray.TYPE) return b;
        return Abstract.call(type, b);
    }

    @Exposed.StaticMethod(sig = "(frm, to, /)")
    static PyObject maketrans(PyObject frm, PyObject to) {
        return BytesOps.maketrans(frm, to);
    }
}
