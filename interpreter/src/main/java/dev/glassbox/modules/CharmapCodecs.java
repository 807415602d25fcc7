package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Codecs;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.util.HashMap;
import java.util.Map;

/**
 * The charmap codec of {@code _codecs} (Objects/unicodeobject.c: PyUnicode_BuildEncodingMap,
 * charmap_decode_mapping, charmapencode_lookup): the machinery behind the code-page modules of
 * the {@code encodings} package (cp1252, cp437, koi8_r, ...), which decode through a 256-character
 * table and encode through the {@code EncodingMap} that {@code charmap_build} makes from it, or
 * through dicts. Mapping None means Latin-1.
 */
public final class CharmapCodecs {
    private CharmapCodecs() {}

    /** CPython's three-level trie object; here a map, with the trie's counts kept for {@code size()}. */
    @Exposed.Type(name = "EncodingMap", module = "builtins", basicSize = 63)
    public static final class EncodingMap extends PyObject {
        public static final PyType TYPE = PyType.fromClass(EncodingMap.class);
        final Map<Integer, Integer> map = new HashMap<>();
        int count2, count3;

        EncodingMap() { super(TYPE); }

        @Exposed.Method(sig = "($self, /)", doc = "Return the size (in bytes) of this object")
        public PyObject size() {
            return PyInt.of(63 + 16L * count2 + 128L * count3);
        }
    }

    @Exposed.Function(sig = "($module, map, /)")
    public static PyObject charmap_build(PyObject table) {
        if (!(table instanceof PyStr s)) {
            throw Errors.typeError("charmap_build() argument must be str, not %s", Errors.typeName(table));
        }
        int[] cps = s.codePoints();
        if (cps.length == 0) throw Errors.typeError("bad argument type for built-in operation");
        int length = Math.min(cps.length, 256);
        // The trie needs NUL at 0 and BMP characters only, and fewer than 255 blocks at each level.
        boolean needDict = cps[0] != 0;
        boolean[] level1 = new boolean[32], level2 = new boolean[512];
        int count2 = 0, count3 = 0;
        for (int i = 1; i < length && !needDict; i++) {
            int ch = cps[i];
            if (ch == 0 || ch > 0xFFFF) { needDict = true; break; }
            if (ch == 0xFFFE) continue;
            if (!level1[ch >> 11]) { level1[ch >> 11] = true; count2++; }
            if (!level2[ch >> 7]) { level2[ch >> 7] = true; count3++; }
        }
        if (count2 >= 0xFF || count3 >= 0xFF) needDict = true;
        if (needDict) {
            PyDict d = new PyDict();
            for (int i = 0; i < length; i++) d.setItem(PyInt.of(cps[i]), PyInt.of(i));
            return d;
        }
        EncodingMap m = new EncodingMap();
        m.count2 = count2;
        m.count3 = 0;
        java.util.Set<Integer> blocks3 = new java.util.HashSet<>();
        for (int i = 1; i < length; i++) {
            int ch = cps[i];
            if (ch == 0xFFFE) continue;
            blocks3.add(ch >> 7);
            m.map.put(ch, i);
        }
        m.count3 = blocks3.size();
        m.map.put(0, 0);
        return m;
    }

    @Exposed.Function(sig = "($module, data, errors=None, mapping=None, /)")
    public static PyObject charmap_decode(PyObject data, PyObject errors, PyObject mapping) {
        byte[] b = BytesOps.bytesOf(data);
        String err = errorsName(errors);
        if (mapping == null || mapping == PyNone.NONE) {
            Object[] r = Codecs.decode(b, b.length, "latin-1", err, true);
            return PyTuple.of(PyStr.of((String) r[0]), PyInt.of(b.length));
        }
        java.util.function.IntFunction<String> mapper;
        if (mapping instanceof PyStr table) {
            int[] cps = table.codePoints();
            mapper = c -> c < cps.length && cps[c] != 0xFFFE ? new String(Character.toChars(cps[c])) : null;
        } else {
            mapper = c -> decodeLookup(mapping, c);
        }
        Object[] r = Codecs.charmapDecode(b, b.length, mapper, err);
        return PyTuple.of(PyStr.of((String) r[0]), PyInt.of(((Number) r[1]).longValue()));
    }

    /** mapping[byte] for decoding: an int (a code point), a str, or None / LookupError (undefined). */
    private static String decodeLookup(PyObject mapping, int c) {
        PyObject v;
        try {
            v = Abstract.getItem(mapping, PyInt.of(c));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.LookupError)) return null;
            throw e;
        }
        if (v == PyNone.NONE) return null;
        if (v instanceof PyInt) {
            long cp = Abstract.indexAsLong(v);
            if (cp < 0 || cp > 0x10FFFF) throw Errors.typeError("character mapping must be in range(0x110000)");
            return new String(Character.toChars((int) cp));
        }
        if (v instanceof PyStr s) {
            // CPython 3.11 treats U+FFFE from a mapping as undefined too.
            return s.value.equals("\uFFFE") ? null : s.value;
        }
        throw Errors.typeError("character mapping must return integer, None or str");
    }

    @Exposed.Function(sig = "($module, str, errors=None, mapping=None, /)")
    public static PyObject charmap_encode(PyObject str, PyObject errors, PyObject mapping) {
        if (!(str instanceof PyStr s)) throw Errors.typeError("charmap_encode() argument 1 must be str, not %s", Errors.typeName(str));
        String err = errorsName(errors);
        if (mapping == null || mapping == PyNone.NONE) {
            return PyTuple.of(PyBytes.wrap(Codecs.encode(s, "latin-1", err)), PyInt.of(s.length()));
        }
        java.util.function.IntFunction<byte[]> mapper;
        if (mapping instanceof EncodingMap em) {
            mapper = cp -> {
                Integer b = em.map.get(cp);
                return b == null ? null : new byte[] {(byte) (int) b};
            };
        } else {
            // Each code point is looked up once per call (the encoder asks before it writes).
            Map<Integer, byte[]> seen = new HashMap<>();
            byte[] undefined = new byte[0];
            mapper = cp -> {
                byte[] r = seen.computeIfAbsent(cp, k -> {
                    byte[] v = encodeLookup(mapping, k);
                    return v == null ? undefined : v;
                });
                return r == undefined ? null : r;
            };
        }
        return PyTuple.of(PyBytes.wrap(Codecs.charmapEncode(s, mapper, err)), PyInt.of(s.length()));
    }

    /** mapping[code point] for encoding: an int in range(256), bytes, or None / LookupError (undefined). */
    private static byte[] encodeLookup(PyObject mapping, int cp) {
        PyObject v;
        try {
            v = Abstract.getItem(mapping, PyInt.of(cp));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.LookupError)) return null;
            throw e;
        }
        if (v == PyNone.NONE) return null;
        if (v instanceof PyInt) {
            long b = Abstract.indexAsLong(v);
            if (b < 0 || b > 255) throw Errors.typeError("character mapping must be in range(256)");
            return new byte[] {(byte) b};
        }
        if (v instanceof PyBytes bytes) return BytesOps.bytesOf(bytes);
        throw Errors.typeError("character mapping must return integer, bytes or None, not %s", Errors.typeName(v));
    }

    private static String errorsName(PyObject errors) {
        if (errors == null || errors == PyNone.NONE) return "strict";
        if (!(errors instanceof PyStr s)) throw Errors.typeError("argument 'errors' must be str or None, not %s", Errors.typeName(errors));
        return s.value;
    }
}
