package dev.glassbox.imports;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyComplex;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyEllipsis;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyFrozenSet;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyMemoryView;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySet;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SetObject;
import dev.glassbox.vm.PyCode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * marshal's writer (Python/marshal.c w_object): CPython's byte format, versions 0 to 4. Objects
 * are shared through TYPE_REF when CPython would share them (version 3+: an object with more
 * than one reference, or an interned str). Code objects are written from the compiler's
 * {@link CodeUnit}, the same fields in the same order as CPython 3.11.
 */
final class MarshalWriter {
    static final int MAX_DEPTH = 2000;
    static final int FLAG_REF = 0x80;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int version;
    private final Map<PyObject, Integer> refs = new IdentityHashMap<>();
    /** Strings inside code objects, shared by value (the compiler interns names). */
    private final Map<String, Integer> codeStrings = new HashMap<>();
    private int nrefs;
    private int depth;

    MarshalWriter(int version) {
        this.version = version;
    }

    static byte[] dumps(PyObject v, int version) {
        MarshalWriter w = new MarshalWriter(version);
        w.object(v);
        return w.out.toByteArray();
    }

    private static PyException unmarshallable() {
        return Errors.valueError("unmarshallable object");
    }

    private void b(int x) { out.write(x); }

    private void int32(long x) {
        out.write((int) x); out.write((int) (x >> 8)); out.write((int) (x >> 16)); out.write((int) (x >> 24));
    }

    private void pstring(byte[] s) {
        int32(s.length);
        out.write(s, 0, s.length);
    }

    void object(PyObject v) {
        if (++depth > MAX_DEPTH) throw Errors.valueError("object too deeply nested to marshal");
        try {
            if (v == PyNone.NONE) b('N');
            else if (v == ExceptionTypes.StopIteration) b('S');
            else if (v == PyEllipsis.ELLIPSIS) b('.');
            else if (v == PyBool.FALSE) b('F');
            else if (v == PyBool.TRUE) b('T');
            else {
                int flag = ref(v);
                if (flag >= 0) complex(v, flag);
            }
        } finally {
            depth--;
        }
    }

    /** w_ref: -1 when a back-reference was written, else the flag for the object's type byte. */
    private int ref(PyObject v) {
        if (version < 3) return 0;
        boolean internedStr = v instanceof PyStr s && s.type == PyStr.TYPE && s.isInterned();
        if (v.refcnt <= 1 && !internedStr) return 0;
        Integer known = refs.get(v);
        if (known != null) {
            b('r');
            int32(known);
            return -1;
        }
        refs.put(v, nrefs++);
        return FLAG_REF;
    }

    private void complex(PyObject v, int flag) {
        if (v.type == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            if (i.big == null && i.value >= Integer.MIN_VALUE && i.value <= Integer.MAX_VALUE) {
                b('i' | flag);
                int32(i.value);
            } else {
                longObject(i.toBig(), flag);
            }
        } else if (v.type == PyFloat.TYPE) {
            floatValue(((PyFloat) v).value, flag);
        } else if (v.type == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            if (version > 1) {
                b('y' | flag);
                float8(c.real);
                float8(c.imag);
            } else {
                b('x' | flag);
                floatStr(c.real);
                floatStr(c.imag);
            }
        } else if (v.type == PyBytes.TYPE) {
            b('s' | flag);
            pstring(((PyBytes) v).value());
        } else if (v.type == PyStr.TYPE) {
            str(((PyStr) v).value, ((PyStr) v).isInterned(), flag);
        } else if (v.type == PyTuple.TYPE) {
            PyTuple t = (PyTuple) v;
            tupleHeader(t.size(), flag);
            for (int i = 0; i < t.size(); i++) object(t.get(i));
        } else if (v.type == PyList.TYPE) {
            PyList l = (PyList) v;
            b('[' | flag);
            int32(l.size());
            for (int i = 0; i < l.size(); i++) object(l.get(i));
        } else if (v.type == PyDict.TYPE) {
            PyDict d = (PyDict) v;
            b('{' | flag);
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                object(d.keyAt(e));
                object(d.valueAt(e));
            }
            b('0');
        } else if (v.type == PySet.TYPE || v.type == PyFrozenSet.TYPE) {
            b((v.type == PySet.TYPE ? '<' : '>') | flag);
            PyObject[] items = Abstract.toArray(v);
            int32(items.length);
            // bpo-37596: elements in the order of their own marshalled bytes, for reproducible output
            List<Object[]> pairs = new ArrayList<>();
            for (PyObject item : items) pairs.add(new Object[] {dumps(item, version), item});
            pairs.sort((a, c) -> java.util.Arrays.compareUnsigned((byte[]) a[0], (byte[]) c[0]));
            for (Object[] p : pairs) object((PyObject) p[1]);
        } else if (v instanceof PyCode code) {
            code(code.unit, flag);
        } else if (v instanceof PyByteArray || v instanceof PyMemoryView || v.type.isSubtypeOf(PyBytes.TYPE)) {
            // Other buffer objects are written as bytes (w_object's PyObject_CheckBuffer branch).
            b('s' | flag);
            pstring(dev.glassbox.objects.BytesOps.bytesOf(v));
        } else {
            throw unmarshallable();
        }
    }

    private void tupleHeader(int n, int flag) {
        if (version >= 4 && n < 256) {
            b(')' | flag);
            b(n);
        } else {
            b('(' | flag);
            int32(n);
        }
    }

    private void floatValue(double d, int flag) {
        if (version > 1) {
            b('g' | flag);
            float8(d);
        } else {
            b('f' | flag);
            floatStr(d);
        }
    }

    private void float8(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) out.write((int) (bits >> (8 * i)));
    }

    private void floatStr(double d) {
        byte[] s = dev.glassbox.objects.numbers.DoubleToString.format(d, (char) 103, 17, 0).getBytes(StandardCharsets.US_ASCII);
        b(s.length);
        out.write(s, 0, s.length);
    }

    /** TYPE_LONG: the magnitude in 15-bit digits, the sign on the count. */
    private void longObject(BigInteger v, int flag) {
        b('l' | flag);
        BigInteger mag = v.abs();
        List<Integer> digits = new ArrayList<>();
        while (mag.signum() != 0) {
            digits.add(mag.intValue() & 0x7fff);
            mag = mag.shiftRight(15);
        }
        int32(v.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) { out.write(d); out.write(d >> 8); }
    }

    private void str(String s, boolean interned, int flag) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (version >= 4 && ascii) {
            byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length < 256) {
                b((interned ? 'Z' : 'z') | flag);
                b(bytes.length);
                out.write(bytes, 0, bytes.length);
            } else {
                b((interned ? 'A' : 'a') | flag);
                pstring(bytes);
            }
        } else {
            b((version >= 3 && interned ? 't' : 'u') | flag);
            pstring(utf8SurrogatePass(s));
        }
    }

    /** UTF-8 with lone surrogates encoded as three bytes each ("surrogatepass"). */
    static byte[] utf8SurrogatePass(String s) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) o.write(cp);
            else if (cp < 0x800) { o.write(0xc0 | cp >> 6); o.write(0x80 | cp & 0x3f); }
            else if (cp < 0x10000) { o.write(0xe0 | cp >> 12); o.write(0x80 | cp >> 6 & 0x3f); o.write(0x80 | cp & 0x3f); }
            else { o.write(0xf0 | cp >> 18); o.write(0x80 | cp >> 12 & 0x3f); o.write(0x80 | cp >> 6 & 0x3f); o.write(0x80 | cp & 0x3f); }
        }
        return o.toByteArray();
    }

    // ------------------------------------------------------------------ code objects

    private void code(CodeUnit u, int flag) {
        if (++depth > MAX_DEPTH) throw Errors.valueError("object too deeply nested to marshal");
        b('c' | flag);
        int32(u.argcount);
        int32(u.posonlyargcount);
        int32(u.kwonlyargcount);
        int32(u.stacksize);
        int32(u.flags);
        rawBytes(u.code);
        tupleHeader(u.consts.length, 0);
        for (Object c : u.consts) constant(c);
        nameTuple(u.names);
        nameTuple(u.localsPlusNames);
        rawBytes(u.localsPlusKinds);
        codeString(u.filename, false);
        codeString(u.name, true);
        codeString(u.qualname, true);
        int32(u.firstlineno);
        rawBytes(u.linetable);
        rawBytes(u.exceptiontable);
        depth--;
    }

    private void rawBytes(byte[] v) {
        b('s');
        pstring(v);
    }

    private void nameTuple(String[] names) {
        tupleHeader(names.length, 0);
        for (String n : names) codeString(n, true);
    }

    /** A str of a code object, shared by value as the compiler's interned strings are shared. */
    private void codeString(String s, boolean interned) {
        if (version >= 3) {
            Integer known = codeStrings.get(s);
            if (known != null) {
                b('r');
                int32(known);
                return;
            }
            codeStrings.put(s, nrefs++);
            str(s, interned, FLAG_REF);
        } else {
            str(s, interned, 0);
        }
    }

    /** intern_string_constants: a str constant made of ASCII letters, digits and '_' is interned. */
    private static boolean nameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) return false;
        }
        return true;
    }

    private void constant(Object c) {
        if (c == ConstValue.Singleton.NONE) b('N');
        else if (c == ConstValue.Singleton.ELLIPSIS) b('.');
        else if (c instanceof Boolean bo) b(bo ? 'T' : 'F');
        else if (c instanceof Long l) {
            if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) { b('i'); int32(l); }
            else longObject(BigInteger.valueOf(l), 0);
        } else if (c instanceof BigInteger bi) longObject(bi, 0);
        else if (c instanceof Double d) floatValue(d, 0);
        else if (c instanceof ConstValue.Complex z) {
            b('y');
            float8(z.real());
            float8(z.imag());
        } else if (c instanceof String s) {
            if (nameChars(s)) codeString(s, true);
            else str(s, false, 0);
        } else if (c instanceof ConstValue.Bytes by) rawBytes(by.value());
        else if (c instanceof ConstValue.Tuple t) {
            tupleHeader(t.items().size(), 0);
            for (Object o : t.items()) constant(o);
        } else if (c instanceof ConstValue.FrozenSet f) {
            b('>');
            int32(f.items().size());
            for (Object o : f.items()) constant(o);
        } else if (c instanceof CodeUnit u) code(u, 0);
        else throw unmarshallable();
    }
}
