package dev.glassbox.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The algorithms shared by {@code bytes} and {@code bytearray} (Objects/bytes_methods.c,
 * Objects/stringlib/*, and the parts of bytesobject.c and bytearrayobject.c that are the same
 * for both): searching, splitting, stripping, padding, ASCII case mapping and classification,
 * translation. Each takes the receiver as a {@link BytesLike} and returns results of the
 * receiver's kind ({@link BytesLike#make}); an exact {@code bytes} returned unchanged is the
 * same object, as in CPython. Also the buffer protocol as far as this runtime has it:
 * {@link #buffer} reads any bytes-like object (bytes, bytearray, memoryview).
 */
public final class BytesOps {
    private BytesOps() {}

    // ------------------------------------------------------------------ arguments

    /** The contents of a bytes-like object (not to be modified), or null when it is not one. */
    /** The bytes of a bytes-like object (a copy when mutable), or TypeError. */
    public static byte[] bytesOf(PyObject o) {
        return bytesArg(o);
    }

    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof BytesLike b) return b.toBytes();
        if (o instanceof PyMemoryView m) return m.toBytes();
        return null;
    }

    /** A bytes-like argument: "a bytes-like object is required, not 'str'". */
    static byte[] bytesArg(PyObject o) {
        byte[] b = buffer(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", o.type.qualname);
        return b;
    }

    /** _getbytevalue: an int in range(256) by __index__. */
    static int byteValue(PyObject o, String message) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value < 0 || i.value > 255) throw Errors.valueError("%s", message);
        return (int) i.value;
    }

    /** The search argument of count/find/index: an int byte or a bytes-like object. */
    static byte[] subArg(PyObject o) {
        byte[] b = buffer(o);
        if (b != null) return b;
        if (PyListMethods.isIndex(o)) return new byte[] {(byte) byteValue(o, "byte must be in range(0, 256)")};
        throw Errors.typeError("argument should be integer or bytes-like object, not '%s'", o.type.qualname);
    }

    /** A bytes object or an exact copy of a bytes-like value as the receiver's kind. */
    static PyObject same(BytesLike s) {
        if (s.type == PyBytes.TYPE) return s;
        return s.make(s.toBytes());
    }

    /** ADJUST_INDICES over optional start/end (None or absent = the default). */
    static int[] range(BytesLike s, PyObject start, PyObject end) {
        int n = s.size();
        long a = start == null ? 0 : PySlice.sliceIndex(start, 0);
        long b = end == null ? Long.MAX_VALUE : PySlice.sliceIndex(end, Long.MAX_VALUE);
        if (b > n) b = n;
        else if (b < 0) { b += n; if (b < 0) b = 0; }
        if (a < 0) { a += n; if (a < 0) a = 0; }
        return new int[] {(int) Math.min(a, Integer.MAX_VALUE), (int) b};
    }

    // ------------------------------------------------------------------ searching

    static int indexOf(byte[] h, int from, int to, byte[] needle) {
        int m = needle.length;
        outer:
        for (int i = from; i + m <= to; i++) {
            for (int k = 0; k < m; k++) if (h[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] h, int from, int to, byte[] needle) {
        int m = needle.length;
        outer:
        for (int i = to - m; i >= from; i--) {
            for (int k = 0; k < m; k++) if (h[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    static long find(BytesLike s, PyObject sub, PyObject start, PyObject end, boolean last) {
        byte[] needle = subArg(sub);
        int[] r = range(s, start, end);
        if (r[0] > s.size() || r[1] - r[0] < needle.length) return -1;
        return last ? lastIndexOf(s.storage(), r[0], r[1], needle) : indexOf(s.storage(), r[0], r[1], needle);
    }

    static long index(BytesLike s, PyObject sub, PyObject start, PyObject end, boolean last) {
        long i = find(s, sub, start, end, last);
        if (i < 0) throw Errors.valueError("subsection not found");
        return i;
    }

    static long count(BytesLike s, PyObject sub, PyObject start, PyObject end) {
        byte[] needle = subArg(sub);
        int[] r = range(s, start, end);
        if (r[0] > s.size() || r[1] < r[0]) return 0;
        if (needle.length == 0) return r[1] - r[0] + 1;
        long c = 0;
        for (int i = indexOf(s.storage(), r[0], r[1], needle); i >= 0; i = indexOf(s.storage(), i + needle.length, r[1], needle)) c++;
        return c;
    }

    static boolean contains(BytesLike s, PyObject key) {
        byte[] b = buffer(key);
        if (b == null) {
            if (!PyListMethods.isIndex(key)) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", key.type.qualname);
            }
            b = new byte[] {(byte) byteValue(key, "byte must be in range(0, 256)")};
        }
        return indexOf(s.storage(), 0, s.size(), b) >= 0;
    }

    /** startswith/endswith: a bytes-like prefix or a tuple of them. */
    static boolean startsEnds(BytesLike s, PyObject prefix, PyObject start, PyObject end, boolean ends, String name) {
        int[] r = range(s, start, end);
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.array()) {
                byte[] b = buffer(p);
                if (b == null) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", p.type.qualname);
                }
                if (matchAt(s, r, b, ends)) return true;
            }
            return false;
        }
        byte[] b = buffer(prefix);
        if (b == null) {
            throw Errors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, prefix.type.qualname);
        }
        return matchAt(s, r, b, ends);
    }

    private static boolean matchAt(BytesLike s, int[] r, byte[] b, boolean ends) {
        if (r[0] > s.size()) return false;
        if (r[1] - r[0] < b.length) return false;
        int at = ends ? r[1] - b.length : r[0];
        return Arrays.equals(s.storage(), at, at + b.length, b, 0, b.length);
    }

    // ------------------------------------------------------------------ building

    static PyObject join(BytesLike s, PyObject iterable) {
        PyObject[] items;
        try {
            items = Abstract.toArray(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && Abstract.getIterOrNull(iterable) == null) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] sep = s.toBytes();
        for (int i = 0; i < items.length; i++) {
            byte[] b = buffer(items[i]);
            if (b == null) {
                throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i, items[i].type.qualname);
            }
            if (i > 0) out.writeBytes(sep);
            out.writeBytes(b);
        }
        if (items.length == 1 && items[0].type == PyBytes.TYPE && s.type == PyBytes.TYPE) return items[0];
        return s.make(out.toByteArray());
    }

    static PyObject replace(BytesLike s, PyObject oldArg, PyObject newArg, long count) {
        byte[] old = bytesArg(oldArg), rep = bytesArg(newArg);
        byte[] v = s.storage();
        int n = s.size();
        if (count < 0) count = Long.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        long done = 0;
        if (old.length == 0) {
            // An empty pattern matches before each byte and at the end.
            for (int i = 0; i <= n; i++) {
                if (done < count) { out.writeBytes(rep); done++; }
                if (i < n) out.write(v[i]);
            }
        } else {
            int i = 0;
            while (i < n) {
                int j = done < count ? indexOf(v, i, n, old) : -1;
                if (j < 0) { out.write(v, i, n - i); break; }
                out.write(v, i, j - i);
                out.writeBytes(rep);
                done++;
                i = j + old.length;
            }
        }
        if (done == 0) return same(s);
        return s.make(out.toByteArray());
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static PyObject split(BytesLike s, PyObject sepArg, long maxsplit, boolean right) {
        byte[] v = s.storage();
        int n = s.size();
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<PyObject> parts = new ArrayList<>();
        if (sepArg == null || sepArg == PyNone.NONE) {
            if (!right) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(v[i] & 0xff)) i++;
                    if (i >= n) break;
                    if (parts.size() >= maxsplit) {
                        parts.add(piece(s, i, n));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(v[j] & 0xff)) j++;
                    parts.add(piece(s, i, j));
                    i = j;
                }
            } else {
                int i = n;
                while (true) {
                    while (i > 0 && isSpace(v[i - 1] & 0xff)) i--;
                    if (i <= 0) break;
                    if (parts.size() >= maxsplit) {
                        parts.add(piece(s, 0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(v[j - 1] & 0xff)) j--;
                    parts.add(piece(s, j, i));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
        } else {
            byte[] sep = bytesArg(sepArg);
            if (sep.length == 0) throw Errors.valueError("empty separator");
            if (!right) {
                int i = 0;
                while (parts.size() < maxsplit) {
                    int j = indexOf(v, i, n, sep);
                    if (j < 0) break;
                    parts.add(piece(s, i, j));
                    i = j + sep.length;
                }
                parts.add(piece(s, i, n));
            } else {
                int i = n;
                while (parts.size() < maxsplit) {
                    int j = lastIndexOf(v, 0, i, sep);
                    if (j < 0) break;
                    parts.add(piece(s, j + sep.length, i));
                    i = j;
                }
                parts.add(piece(s, 0, i));
                java.util.Collections.reverse(parts);
            }
        }
        return PyList.of(parts.toArray(new PyObject[0]));
    }

    /** b[i:j] as the receiver's kind (an exact bytes whole is itself). */
    static PyObject piece(BytesLike s, int i, int j) {
        if (i == 0 && j == s.size()) return same(s);
        return s.make(Arrays.copyOfRange(s.storage(), i, j));
    }

    static PyObject partition(BytesLike s, PyObject sepArg, boolean right) {
        byte[] sep = bytesArg(sepArg);
        if (sep.length == 0) throw Errors.valueError("empty separator");
        int n = s.size();
        int j = right ? lastIndexOf(s.storage(), 0, n, sep) : indexOf(s.storage(), 0, n, sep);
        if (j < 0) {
            PyObject empty1 = s.make(new byte[0]), empty2 = s.make(new byte[0]);
            return right ? PyTuple.of(empty1, empty2, same(s)) : PyTuple.of(same(s), empty1, empty2);
        }
        PyObject mid = s.type == PyBytes.TYPE && sepArg.type == PyBytes.TYPE ? sepArg : s.make(sep.clone());
        return PyTuple.of(piece(s, 0, j), mid, piece(s, j + sep.length, n));
    }

    static PyObject strip(BytesLike s, PyObject chars, int which) {
        byte[] v = s.storage();
        int i = 0, j = s.size();
        boolean[] set = null;
        if (chars != null && chars != PyNone.NONE) {
            set = new boolean[256];
            for (byte c : bytesArg(chars)) set[c & 0xff] = true;
        }
        if ((which & 1) != 0) while (i < j && (set == null ? isSpace(v[i] & 0xff) : set[v[i] & 0xff])) i++;
        if ((which & 2) != 0) while (j > i && (set == null ? isSpace(v[j - 1] & 0xff) : set[v[j - 1] & 0xff])) j--;
        return piece(s, i, j);
    }

    static PyObject removeAffix(BytesLike s, PyObject affix, boolean suffix) {
        byte[] a = bytesArg(affix);
        int n = s.size();
        if (a.length <= n) {
            int at = suffix ? n - a.length : 0;
            if (a.length > 0 && Arrays.equals(s.storage(), at, at + a.length, a, 0, a.length)) {
                return suffix ? piece(s, 0, n - a.length) : piece(s, a.length, n);
            }
        }
        return same(s);
    }

    // ------------------------------------------------------------------ padding

    private static byte fill(PyObject f, String name) {
        if (f == null) return ' ';
        if ((f instanceof PyBytes || f instanceof PyByteArray) && ((BytesLike) f).size() == 1) return ((BytesLike) f).storage()[0];
        throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, f.type.qualname);
    }

    /** center/ljust/rjust: CPython's pad() with center's rounding (extra left byte when width is odd). */
    static PyObject pad(BytesLike s, long width, PyObject fillArg, char how) {
        byte f = fill(fillArg, how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust");
        int n = s.size();
        if (width <= n) return same(s);
        int total = (int) (width - n);
        int left = how == 'l' ? 0 : how == 'r' ? total : total / 2 + (total & (int) width & 1);
        byte[] out = new byte[(int) width];
        Arrays.fill(out, f);
        System.arraycopy(s.storage(), 0, out, left, n);
        return s.make(out);
    }

    static PyObject zfill(BytesLike s, long width) {
        int n = s.size();
        if (width <= n) return same(s);
        byte[] out = new byte[(int) width];
        int fillLen = (int) width - n;
        Arrays.fill(out, (byte) '0');
        System.arraycopy(s.storage(), 0, out, fillLen, n);
        if (n > 0 && (out[fillLen] == '+' || out[fillLen] == '-')) {
            out[0] = out[fillLen];
            out[fillLen] = '0';
        }
        return s.make(out);
    }

    static PyObject expandtabs(BytesLike s, long tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long col = 0;
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long k = tabsize - col % tabsize;
                    for (long m = 0; m < k; m++) out.write(' ');
                    col += k;
                }
            } else {
                out.write(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return s.make(out.toByteArray());
    }

    static PyObject splitlines(BytesLike s, boolean keepends) {
        List<PyObject> parts = new ArrayList<>();
        byte[] v = s.storage();
        int n = s.size(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                if (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            parts.add(piece(s, i, eol));
            i = j;
        }
        return PyList.of(parts.toArray(new PyObject[0]));
    }

    // ------------------------------------------------------------------ ASCII case and classes

    static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }
    static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }
    static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }
    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    /** upper (u), lower (l), swapcase (s), capitalize (c), title (t). */
    static PyObject mapCase(BytesLike s, char how) {
        byte[] out = s.toBytes();
        boolean prevCased = false;
        for (int i = 0; i < out.length; i++) {
            int c = out[i] & 0xff;
            int r = c;
            switch (how) {
                case 'u' -> { if (isLower(c)) r = c - 32; }
                case 'l' -> { if (isUpper(c)) r = c + 32; }
                case 's' -> { if (isLower(c)) r = c - 32; else if (isUpper(c)) r = c + 32; }
                case 'c' -> {
                    if (i == 0) { if (isLower(c)) r = c - 32; }
                    else if (isUpper(c)) r = c + 32;
                }
                default -> {
                    if (isAlpha(c)) {
                        r = prevCased ? (isUpper(c) ? c + 32 : c) : (isLower(c) ? c - 32 : c);
                        prevCased = true;
                    } else {
                        prevCased = false;
                    }
                }
            }
            out[i] = (byte) r;
        }
        return s.make(out);
    }

    /** isalnum (n), isalpha (a), isdigit (d), isspace (s), isascii (A), islower (l), isupper (u), istitle (t). */
    static boolean classify(BytesLike s, char what) {
        int n = s.size();
        if (what == 'A') {
            for (int i = 0; i < n; i++) if (s.at(i) >= 128) return false;
            return true;
        }
        if (n == 0) return false;
        if (what == 'l' || what == 'u') {
            boolean cased = false;
            for (int i = 0; i < n; i++) {
                int c = s.at(i);
                if (what == 'l' ? isUpper(c) : isLower(c)) return false;
                if (what == 'l' ? isLower(c) : isUpper(c)) cased = true;
            }
            return cased;
        }
        if (what == 't') {
            boolean cased = false, prevCased = false;
            for (int i = 0; i < n; i++) {
                int c = s.at(i);
                if (isUpper(c)) {
                    if (prevCased) return false;
                    prevCased = cased = true;
                } else if (isLower(c)) {
                    if (!prevCased) return false;
                    prevCased = cased = true;
                } else {
                    prevCased = false;
                }
            }
            return cased;
        }
        for (int i = 0; i < n; i++) {
            int c = s.at(i);
            boolean ok = switch (what) {
                case 'n' -> isAlpha(c) || isDigit(c);
                case 'a' -> isAlpha(c);
                case 'd' -> isDigit(c);
                default -> isSpace(c);
            };
            if (!ok) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ translation

    static PyObject maketrans(PyObject from, PyObject to) {
        byte[] f = bytesArg(from), t = bytesArg(to);
        if (f.length != t.length) throw Errors.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xff] = t[i];
        return PyBytes.wrap(table);
    }

    static PyObject translate(BytesLike s, PyObject tableArg, PyObject deleteArg) {
        byte[] table = null;
        if (tableArg != PyNone.NONE) {
            table = bytesArg(tableArg);
            if (table.length != 256) throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        boolean any = false;
        if (deleteArg != null) for (byte c : bytesArg(deleteArg)) { del[c & 0xff] = true; any = true; }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.size());
        boolean changed = false;
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (any && del[c]) { changed = true; continue; }
            int r = table == null ? c : table[c] & 0xff;
            if (r != c) changed = true;
            out.write(r);
        }
        if (!changed) return same(s);
        return s.make(out.toByteArray());
    }

    // ------------------------------------------------------------------ sequence protocol

    static PyObject getItem(BytesLike s, PyObject key, String what) {
        int n = s.size();
        if (PyListMethods.isIndex(key)) {
            long i = PyListMethods.indexValue(key);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("%s", what.equals("bytearray") ? "bytearray index out of range" : "index out of range");
            return PyInt.of(s.at((int) i));
        }
        if (key instanceof PySlice sl) {
            long[] sss = sl.unpack();
            int len = PySlice.adjustIndices(n, sss);
            if (len <= 0) return s.make(new byte[0]);
            if (sss[2] == 1) return piece(s, (int) sss[0], (int) sss[0] + len);
            byte[] out = new byte[len];
            long at = sss[0];
            for (int k = 0; k < len; k++, at += sss[2]) out[k] = s.storage()[(int) at];
            return s.make(out);
        }
        throw Errors.typeError("%s indices must be integers or slices, not %s",
                what.equals("bytearray") ? "bytearray" : "byte", key.type.qualname);
    }

    static PyObject concat(BytesLike s, PyObject other) {
        byte[] b = buffer(other);
        if (b == null) {
            if (other.type.isHeapType() && other.type.special(SpecialMethod.__radd__) != null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw Errors.typeError("can't concat %s to %s", other.type.qualname, s.type.qualname);
        }
        if (s.type == PyBytes.TYPE && b.length == 0) return s;
        if (s.size() == 0 && s.type == PyBytes.TYPE && other.type == PyBytes.TYPE) return other;
        byte[] out = Arrays.copyOf(s.storage(), s.size() + b.length);
        System.arraycopy(b, 0, out, s.size(), b.length);
        return s.make(out);
    }

    static PyObject repeat(BytesLike s, PyObject n) {
        if (!PyListMethods.isIndex(n)) return PyListMethods.nonIntRepeat(n);
        long count = PyListMethods.repeatCount(n);
        int size = s.size();
        if (count == 1 && s.type == PyBytes.TYPE) return s;
        if (count <= 0 || size == 0) return s.make(new byte[0]);
        if (count > Long.MAX_VALUE / size && s instanceof PyBytes) throw Errors.overflowError("repeated bytes are too long");
        if (count > (Integer.MAX_VALUE - 16) / size) throw Errors.memoryError();
        byte[] out = new byte[(int) (size * count)];
        for (int k = 0; k < count; k++) System.arraycopy(s.storage(), 0, out, k * size, size);
        return s.make(out);
    }

    /** Lexicographic comparison of two byte strings (memcmp, then lengths). */
    static PyObject compare(byte[] a, int an, byte[] b, int bn, int op) {
        if (op == Abstract.EQ || op == Abstract.NE) {
            boolean eq = Arrays.equals(a, 0, an, b, 0, bn);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        }
        int c = Arrays.compareUnsigned(a, 0, an, b, 0, bn);
        return PyBool.of(switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        });
    }

    static String decode(BytesLike s, PyObject encoding, PyObject errors) {
        String enc = encoding == null ? null : strArg(encoding, "decode", "encoding", 1);
        String err = errors == null ? null : strArg(errors, "decode", "errors", 2);
        return Codecs.decode(s.storage(), s.size(), enc, err);
    }

    static String strArg(PyObject o, String fn, String name, int pos) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("%s() argument '%s' must be str, not %s", fn, name, o.type.qualname);
    }
}
