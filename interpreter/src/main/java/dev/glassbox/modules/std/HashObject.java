package dev.glassbox.modules.std;

import dev.glassbox.objects.BufferAccess;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * The common state of the hash objects of _md5, _sha1, _sha256, _sha512, _sha3 and _blake2
 * (each a distinct Python type, as in CPython, whose exposed methods delegate here): the
 * engine, the name and sizes, and hashlib.h's buffer rules ("Strings must be encoded before
 * hashing", "object supporting the buffer API required").
 */
abstract class HashObject extends PyObject {
    static final String UPDATE_DOC = "Update this hash object's state with the provided string.";
    static final String UPDATE_BYTES_DOC = "Update this hash object's state with the provided bytes-like object.";
    static final String DIGEST_DOC = "Return the digest value as a bytes object.";
    static final String HEXDIGEST_DOC = "Return the digest value as a string of hexadecimal digits.";
    static final String COPY_DOC = "Return a copy of the hash object.";

    HashEngines.Engine engine;
    String name;
    int digestSize, blockSize;

    HashObject(PyType t) {
        super(t);
    }

    HashObject(PyType t, HashEngines.Engine engine, String name, int digestSize, int blockSize) {
        super(t);
        init(engine, name, digestSize, blockSize);
    }

    final void init(HashEngines.Engine e, String n, int ds, int bs) {
        engine = e;
        name = n;
        digestSize = ds;
        blockSize = bs;
    }

    /** GET_BUFFER_VIEW_OR_ERROUT. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
        byte[] b = BufferAccess.readable(o);
        if (b == null) throw Errors.typeError("object supporting the buffer API required");
        return b;
    }

    final void feed(PyObject o) {
        byte[] b = data(o);
        engine.update(b, 0, b.length);
    }

    final PyObject digestBytes() {
        return PyBytes.wrap(engine.digest(digestSize));
    }

    static PyObject hex(byte[] d) {
        StringBuilder b = new StringBuilder(d.length * 2);
        for (byte x : d) b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        return PyStr.of(b.toString());
    }

    final PyObject hexDigest() {
        return hex(engine.digest(digestSize));
    }

    final <T extends HashObject> T copyInto(T c) {
        c.init(engine.copy(), name, digestSize, blockSize);
        return c;
    }

    final PyObject nameObj() {
        return PyStr.of(name);
    }

    final PyObject digestSizeObj() {
        return PyInt.of(digestSize);
    }

    final PyObject blockSizeObj() {
        return PyInt.of(blockSize);
    }

    /**
     * Argument Clinic for the type constructors of _sha3 and _blake2: one optional positional
     * {@code data} and keyword-only parameters {@code names}; returns data (or null) followed by
     * one slot per keyword (null when not given).
     */
    static PyObject[] parseNew(String fname, String[] names, PyTuple args, PyDict kwargs) {
        if (args.size() > 1) throw Errors.typeError("%s() takes at most 1 positional argument (%d given)", fname, args.size());
        PyObject[] out = new PyObject[names.length + 1];
        if (args.size() == 1) out[0] = args.get(0);
        if (kwargs != null && kwargs.size() > 0) {
            for (PyObject k : dev.glassbox.objects.Abstract.toArray(kwargs)) {
                String key = ((PyStr) k).value;
                int idx = java.util.Arrays.asList(names).indexOf(key);
                if (idx < 0) throw Errors.typeError("'%s' is an invalid keyword argument for %s()", key, fname);
                out[idx + 1] = kwargs.getItemStr(key);
            }
        }
        return out;
    }
}
