package dev.glassbox.objects;

/**
 * The methods of {@code bytes} (Objects/bytesobject.c, Objects/clinic/bytesobject.c.h) with
 * CPython 3.11's signatures and messages. The algorithms shared with bytearray are in
 * {@link BytesOps}; the constructor's conversions (also used by bytearray) are here.
 */
final class PyBytesMethods {
    private PyBytesMethods() {}

    private static BytesLike s(PyObject o) {
        return (BytesLike) o;
    }

    // ------------------------------------------------------------------ construction

    /** bytes_new_impl: bytes(), bytes(int), bytes(str, encoding[, errors]), bytes(buffer), bytes(iterable). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    static PyObject __new__(PyObject typeArg, PyObject args, PyObject kwargs) {
        PyObject[] a = bindSource((PyTuple) args, (PyDict) kwargs, "bytes");
        PyObject x = a[0], encoding = a[1], errors = a[2];
        PyType t = Abstract.checkTypeArg(typeArg, "bytes.__new__");
        if (!t.isSubtypeOf(PyBytes.TYPE)) {
            throw Errors.typeError("bytes.__new__(%s): %s is not a subtype of bytes", t.name, t.name);
        }
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw Errors.typeError("bytes() argument 'encoding' must be str, not %s", encoding.type.qualname);
        }
        if (errors != null && !(errors instanceof PyStr)) {
            throw Errors.typeError("bytes() argument 'errors' must be str, not %s", errors.type.qualname);
        }
        byte[] v = construct(x, encoding, errors, "bytes");
        if (v == null) {
            // __bytes__ gave a bytes object: returned as is for exact bytes.
            PyObject r = Abstract.callSpecial(x.type.special(SpecialMethod.__bytes__), x);
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type.qualname);
            }
            if (t == PyBytes.TYPE) return rb;
            v = rb.value;
        }
        if (t == PyBytes.TYPE) return PyBytes.wrap(v);
        return new PyBytes(t, v);
    }

    /** The clinic binding of (source, encoding, errors) with bytes()'s or bytearray()'s messages. */
    static PyObject[] bindSource(PyTuple args, PyDict kwargs, String fn) {
        PyObject[] bound = new PyObject[3];
        int n = args.size();
        if (n + kwargs.size() > 3) throw Errors.typeError("%s() takes at most 3 arguments (%d given)", fn, n + kwargs.size());
        for (int i = 0; i < n; i++) bound[i] = args.get(i);
        for (int e = kwargs.nextEntry(0); e >= 0; e = kwargs.nextEntry(e + 1)) {
            String k = kwargs.keyAt(e).toString();
            int idx = k.equals("source") ? 0 : k.equals("encoding") ? 1 : k.equals("errors") ? 2 : -1;
            if (idx < 0) throw Errors.typeError("'%s' is an invalid keyword argument for %s()", k, fn);
            if (bound[idx] != null) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fn, k, idx + 1);
            }
            bound[idx] = kwargs.valueAt(e);
        }
        return bound;
    }

    /**
     * The value of bytes(x, encoding, errors) or bytearray(...), or null when {@code x} has
     * {@code __bytes__} (bytes only; the caller calls it).
     */
    static byte[] construct(PyObject x, PyObject encoding, PyObject errors, String kind) {
        boolean bytes = kind.equals("bytes");
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (x instanceof PyStr s) {
            if (encoding == null) throw Errors.typeError("string argument without an encoding");
            return Codecs.encode(s, ((PyStr) encoding).value, errors == null ? null : ((PyStr) errors).value);
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (bytes && x.type.special(SpecialMethod.__bytes__) != null) return null;
        if (PyListMethods.isIndex(x)) {
            PyInt n = Abstract.index(x);
            if (n.isBig()) throw Errors.overflowError("cannot fit '%s' into an index-sized integer", x.type.qualname);
            if (n.value < 0) throw Errors.valueError("negative count");
            if (n.value > Integer.MAX_VALUE - 16) throw Errors.memoryError();
            return new byte[(int) n.value];
        }
        if (x instanceof PyBytes pb) return pb.value.clone();
        byte[] b = BytesOps.buffer(x); // a fresh copy for the other buffers
        if (b != null) return b;
        PyObject[] items;
        if (x instanceof PyList || x instanceof PyTuple) {
            items = Abstract.toArray(x);
        } else {
            PyObject it;
            try {
                it = Abstract.getIter(x);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) throw e;
                throw Errors.typeError("cannot convert '%s' object to %s", x.type.qualname, kind);
            }
            items = Abstract.toArray(it);
        }
        byte[] out = new byte[items.length];
        String range = bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
        for (int i = 0; i < items.length; i++) out[i] = (byte) BytesOps.byteValue(items[i], range);
        return out;
    }

    @Exposed.Method
    static PyObject __repr__(PyObject self) {
        return BytesRepr.bytesRepr(s(self));
    }

    /** bytes_str: the repr (CPython warns here under -b, which this runtime does not have). */
    @Exposed.Method
    static PyObject __str__(PyObject self) {
        return BytesRepr.bytesRepr(s(self));
    }

    @Exposed.Method
    static long __hash__(PyObject self) {
        return ((PyBytes) self).hash();
    }

    @Exposed.Method(doc = "Convert this value to exact type bytes.")
    static PyObject __bytes__(PyObject self) {
        return BytesOps.same(s(self));
    }

    @Exposed.Method
    static PyObject __getnewargs__(PyObject self) {
        return PyTuple.of(PyBytes.of(s(self).toBytes()));
    }

    @Exposed.Method
    static long __sizeof__(PyObject self) {
        return self.basicSize();
    }

    // ------------------------------------------------------------------ sequence and operators

    @Exposed.Method
    static long __len__(PyObject self) {
        return s(self).size();
    }

    @Exposed.Method(sig = "($self, key, /)")
    static PyObject __getitem__(PyObject self, PyObject key) {
        return BytesOps.getItem(s(self), key, "bytes");
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
    static PyObject __mul__(PyObject self, PyObject n) {
        return BytesOps.repeat(s(self), n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __rmul__(PyObject self, PyObject n) {
        return BytesOps.repeat(s(self), n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __mod__(PyObject self, PyObject values) {
        BytesLike b = s(self);
        return PyBytes.wrap(BytesPercent.format(b.storage(), b.size(), values));
    }

    @Exposed.Method(sig = "($self, value, /)")
    static PyObject __rmod__(PyObject self, PyObject values) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** bytes_richcompare: only bytes with bytes. */
    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyBytes o)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyBytes x = (PyBytes) a;
        return BytesOps.compare(x.value, x.value.length, o.value, o.value.length, op);
    }

    @Exposed.Method(sig = "($self, value, /)") static PyObject __eq__(PyObject s, PyObject o) { return compare(s, o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __ne__(PyObject s, PyObject o) { return compare(s, o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __lt__(PyObject s, PyObject o) { return compare(s, o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __le__(PyObject s, PyObject o) { return compare(s, o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __gt__(PyObject s, PyObject o) { return compare(s, o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") static PyObject __ge__(PyObject s, PyObject o) { return compare(s, o, Abstract.GE); }

    // ------------------------------------------------------------------ methods shared with bytearray
    // (PyByteArrayMethods has the same list over its own layout.)

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
        PyBytes b = PyBytes.wrap(BytesRepr.fromhex(str.value));
        if (type == PyBytes.TYPE) return b;
        return Abstract.call(type, b);
    }

    @Exposed.StaticMethod(sig = "(frm, to, /)")
    static PyObject maketrans(PyObject frm, PyObject to) {
        return BytesOps.maketrans(frm, to);
    }
}
