package dev.glassbox.imports;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyComplex;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyEllipsis;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyFrozenSet;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySet;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.vm.PyCode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * marshal's reader (Python/marshal.c r_object) over a byte array or a file's read(); the
 * messages are CPython's. Objects written with FLAG_REF are remembered for TYPE_REF.
 */
final class MarshalReader {
    private final byte[] data;
    private int pos;
    private final PyObject file;
    private final List<PyObject> refs = new ArrayList<>();
    private int depth;

    MarshalReader(byte[] data) {
        this.data = data;
        this.file = null;
    }

    /** Reads from {@code file.read(n)} as it goes, so that the file is left just after the object. */
    MarshalReader(PyObject file) {
        this.data = null;
        this.file = file;
    }

    /** read_object: one object, or CPython's error. */
    PyObject readObject() {
        PyObject v = object();
        if (v == null) throw Errors.typeError("NULL object in marshal data for object");
        return v;
    }

    private static PyException bad(String what) {
        return Errors.valueError("bad marshal data (%s)", what);
    }

    private byte[] take(int n) {
        if (data != null) {
            if (data.length - pos < n) throw Errors.raise(ExceptionTypes.EOFError, "marshal data too short");
            byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return r;
        }
        PyObject got = Abstract.callMethod(file, "read", PyInt.of(n));
        byte[] r = BytesOps.bytesOf(got);
        if (r.length > n) {
            throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", n, r.length);
        }
        if (r.length < n) throw Errors.raise(ExceptionTypes.EOFError, "EOF read where not expected");
        return r;
    }

    private int u8() {
        if (data != null) {
            if (pos < data.length) return data[pos++] & 0xff;
            throw Errors.raise(ExceptionTypes.EOFError, "EOF read where not expected");
        }
        return take(1)[0] & 0xff;
    }

    private int int32() {
        if (data != null && data.length - pos >= 4) {
            int x = (data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8 | (data[pos + 2] & 0xff) << 16 | data[pos + 3] << 24;
            pos += 4;
            return x;
        }
        byte[] b = take(4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | b[3] << 24;
    }

    private int size(String what) {
        int n = int32();
        if (n < 0) throw bad(what + " size out of range");
        return n;
    }

    private double float8() {
        byte[] b = take(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) bits = bits << 8 | (b[i] & 0xff);
        return Double.longBitsToDouble(bits);
    }

    private double floatStr() {
        int n = u8();
        String s = new String(take(n), StandardCharsets.ISO_8859_1);
        return ((PyFloat) Abstract.call(PyFloat.TYPE, PyStr.of(s))).value;
    }

    private PyObject remember(PyObject v, boolean flag) {
        if (flag) refs.add(v);
        return v;
    }

    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject object() {
        int code;
        try {
            code = u8();
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.EOFError)) throw Errors.raise(ExceptionTypes.EOFError, "EOF read where object expected");
            throw e;
        }
        if (++depth > MarshalWriter.MAX_DEPTH) {
            depth--;
            throw Errors.valueError("recursion limit exceeded");
        }
        try {
            boolean flag = (code & MarshalWriter.FLAG_REF) != 0;
            int type = code & ~MarshalWriter.FLAG_REF;
            switch (type) {
                case '0': return null;
                case 'N': return PyNone.NONE;
                case 'S': return ExceptionTypes.StopIteration;
                case '.': return PyEllipsis.ELLIPSIS;
                case 'F': return PyBool.FALSE;
                case 'T': return PyBool.TRUE;
                case 'i': return remember(PyInt.of(int32()), flag);
                case 'I': {
                    byte[] b = take(8);
                    long v = 0;
                    for (int i = 7; i >= 0; i--) v = v << 8 | (b[i] & 0xff);
                    return remember(PyInt.of(v), flag);
                }
                case 'l': return remember(longObject(), flag);
                case 'f': return remember(PyFloat.of(floatStr()), flag);
                case 'g': return remember(PyFloat.of(float8()), flag);
                case 'x': {
                    double re = floatStr();
                    return remember(PyComplex.of(re, floatStr()), flag);
                }
                case 'y': {
                    double re = float8();
                    return remember(PyComplex.of(re, float8()), flag);
                }
                case 's': {
                    int n = size("bytes object");
                    return remember(PyBytes.of(take(n)), flag);
                }
                case 'A': case 'a': {
                    int n = size("string");
                    return remember(str(new String(take(n), StandardCharsets.ISO_8859_1), type == 'A'), flag);
                }
                case 'Z': case 'z': {
                    int n = u8();
                    return remember(str(new String(take(n), StandardCharsets.ISO_8859_1), type == 'Z'), flag);
                }
                case 't': case 'u': {
                    int n = size("string");
                    String s = n == 0 ? "" : decodeUtf8(take(n));
                    return remember(str(s, type == 't'), flag);
                }
                case ')': return tuple(u8(), flag);
                case '(': return tuple(size("tuple"), flag);
                case '[': {
                    int n = size("list");
                    PyList l = new PyList();
                    remember(l, flag);
                    for (int i = 0; i < n; i++) {
                        PyObject item = object();
                        if (item == null) throw Errors.typeError("NULL object in marshal data for list");
                        l.append(item);
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    remember(d, flag);
                    for (;;) {
                        PyObject k = object();
                        if (k == null) break;
                        PyObject v = object();
                        if (v == null) break;
                        d.setItem(k, v);
                    }
                    return d;
                }
                case '<': case '>': return set(type, flag);
                case 'c': return code(flag);
                case 'r': {
                    int n = int32();
                    if (n < 0 || n >= refs.size() || refs.get(n) == null) throw bad("invalid reference");
                    return refs.get(n);
                }
                default: throw bad("unknown type code");
            }
        } finally {
            depth--;
        }
    }

    private static PyStr str(String s, boolean interned) {
        return interned ? PyStr.internMortal(s) : PyStr.of(s);
    }

    /** UTF-8 with "surrogatepass": three-byte encodings of surrogates are kept as lone surrogates. */
    private static String decodeUtf8(byte[] b) {
        PyObject s = Abstract.callMethod(PyBytes.of(b), "decode", PyStr.of("utf-8"), PyStr.of("surrogatepass"));
        return ((PyStr) s).value;
    }

    private PyObject longObject() {
        int n = int32();
        if (n == 0) return PyInt.of(0);
        int count = Math.abs(n);
        BigInteger v = BigInteger.ZERO;
        int[] digits = new int[count];
        for (int i = 0; i < count; i++) {
            byte[] b = take(2);
            int d = (b[0] & 0xff) | (b[1] & 0xff) << 8;
            if (d > 0x7fff) throw bad("digit out of range in long");
            digits[i] = d;
        }
        if (digits[count - 1] == 0) throw bad("unnormalized long data");
        for (int i = count - 1; i >= 0; i--) v = v.shiftLeft(15).or(BigInteger.valueOf(digits[i]));
        if (n < 0) v = v.negate();
        return PyInt.of(v);
    }

    private PyObject tuple(int n, boolean flag) {
        int idx = reserve(flag);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = object();
            if (items[i] == null) throw Errors.typeError("NULL object in marshal data for tuple");
        }
        PyTuple t = PyTuple.of(items);
        if (idx >= 0) refs.set(idx, t);
        return t;
    }

    private PyObject set(int type, boolean flag) {
        int n = size("set");
        if (type == '<') {
            PySet s = new PySet();
            remember(s, flag);
            for (int i = 0; i < n; i++) {
                PyObject item = object();
                if (item == null) throw Errors.typeError("NULL object in marshal data for set");
                s.add(item);
            }
            return s;
        }
        int idx = reserve(flag);
        PySet items = new PySet();
        for (int i = 0; i < n; i++) {
            PyObject item = object();
            if (item == null) throw Errors.typeError("NULL object in marshal data for set");
            items.add(item);
        }
        PyFrozenSet f = PyFrozenSet.of(items);
        if (idx >= 0) refs.set(idx, f);
        return f;
    }

    private PyObject field(String what) {
        PyObject v = object();
        if (v == null) throw Errors.typeError("NULL object in marshal data for code object");
        return v;
    }

    private PyObject code(boolean flag) {
        int idx = reserve(flag);
        int argcount = int32(), posonly = int32(), kwonly = int32(), stacksize = int32(), flags = int32();
        PyObject code = field("code");
        PyObject consts = field("consts");
        PyObject names = field("names");
        PyObject lpNames = field("localsplusnames");
        PyObject lpKinds = field("localspluskinds");
        PyObject filename = field("filename");
        PyObject name = field("name");
        PyObject qualname = field("qualname");
        int firstlineno = int32();
        PyObject linetable = field("linetable");
        PyObject exceptiontable = field("exceptiontable");
        if (!(code instanceof PyBytes) || !(consts instanceof PyTuple ct) || !(names instanceof PyTuple nt)
                || !(lpNames instanceof PyTuple lt) || !(lpKinds instanceof PyBytes) || !(filename instanceof PyStr fn)
                || !(name instanceof PyStr nm) || !(qualname instanceof PyStr qn) || !(linetable instanceof PyBytes)
                || !(exceptiontable instanceof PyBytes)) {
            throw Errors.systemError("bad argument to internal function");
        }
        Object[] cs = new Object[ct.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = constant(ct.get(i));
        CodeUnit u = new CodeUnit(argcount, posonly, kwonly, stacksize, flags, firstlineno, ((PyBytes) code).value(),
                cs, strings(nt), strings(lt), ((PyBytes) lpKinds).value(), fn.value, nm.value, qn.value,
                ((PyBytes) linetable).value(), ((PyBytes) exceptiontable).value());
        PyCode c = new PyCode(u);
        if (idx >= 0) refs.set(idx, c);
        return c;
    }

    private static String[] strings(PyTuple t) {
        String[] a = new String[t.size()];
        for (int i = 0; i < a.length; i++) {
            if (!(t.get(i) instanceof PyStr s)) throw Errors.systemError("bad argument to internal function");
            a[i] = s.value;
        }
        return a;
    }

    /** A loaded object as the compiler's constant value (the form a CodeUnit holds). */
    static Object constant(PyObject o) {
        if (o == PyNone.NONE) return ConstValue.Singleton.NONE;
        if (o == PyEllipsis.ELLIPSIS) return ConstValue.Singleton.ELLIPSIS;
        if (o == PyBool.TRUE) return Boolean.TRUE;
        if (o == PyBool.FALSE) return Boolean.FALSE;
        if (o instanceof PyInt i) return i.big == null ? (Object) i.value : ConstValue.integer(i.big);
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyComplex z) return new ConstValue.Complex(z.real, z.imag);
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyBytes b) return new ConstValue.Bytes(b.value());
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) items.add(constant(t.get(i)));
            return new ConstValue.Tuple(items);
        }
        if (o instanceof PyFrozenSet f) {
            List<Object> items = new ArrayList<>();
            for (PyObject item : Abstract.toArray(f)) items.add(constant(item));
            return new ConstValue.FrozenSet(items);
        }
        if (o instanceof PyCode c) return c.unit;
        throw Errors.systemError("bad argument to internal function");
    }
}
