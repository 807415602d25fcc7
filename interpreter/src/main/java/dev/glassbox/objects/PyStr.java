package dev.glassbox.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: an immutable sequence of code points (Objects/unicodeobject.c). Held as a Java
 * String; when it contains characters outside the BMP, a code-point array is kept too so that
 * indexing and {@code len} count code points, not UTF-16 units. The hash is CPython's SipHash
 * over the 1/2/4-byte representation, so dict and set orders match CPython's.
 *
 * <p>Methods beyond the core live in {@code StrMethods} (added by the type builder from the
 * same annotations).
 */
@Exposed.Type(name = "str", doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
        + "Create a new string object from the given object. If encoding or\n"
        + "errors is specified, then the object must expose a data buffer\n"
        + "that will be decoded using the given encoding and error handler.\n"
        + "Otherwise, returns the result of object.__str__() (if defined)\n"
        + "or repr(object).\n"
        + "encoding defaults to sys.getdefaultencoding().\n"
        + "errors defaults to 'strict'.")
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.fromClass(PyStr.class);

    public final String value;
    /** Code points, when the string has characters outside the BMP; else null. */
    private final int[] cps;
    private final int maxChar;
    private long hash = -1;
    private boolean interned;

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    private static final PyStr[] LATIN1 = new PyStr[256];
    public static final PyStr EMPTY;

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(TYPE, String.valueOf((char) i), true);
        }
        EMPTY = new PyStr(TYPE, "", true);
    }

    private PyStr(PyType type, String value, boolean immortal) {
        super(type, immortal);
        this.value = value;
        int max = 0;
        boolean astral = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                astral = true;
                break;
            }
            if (c > max) max = c;
        }
        if (astral) {
            this.cps = value.codePoints().toArray();
            int m = 0;
            for (int c : cps) if (c > m) m = c;
            this.maxChar = m;
        } else {
            this.cps = null;
            this.maxChar = max;
        }
    }

    protected PyStr(PyType type, String value) {
        this(type, value, false);
    }

    /** For subclasses instantiated through str.__new__. */
    public PyStr(PyType type) {
        this(type, "", false);
    }

    /** A str with the given text. */
    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) return EMPTY;
            char c = s.charAt(0);
            if (c < 256) return LATIN1[c];
        }
        return new PyStr(TYPE, s, false);
    }

    /** A str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) return LATIN1[cp];
        return new PyStr(TYPE, new String(Character.toChars(cp)), false);
    }

    /**
     * The interned str for {@code s} that Java code keeps (identifiers, attribute names): one
     * immortal object per text, like CPython's statically allocated identifiers.
     */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) {
            // Interned by user code first (mortal): the runtime now holds it for good.
            dev.glassbox.memory.Heap.promoteImmortal(p);
            return p;
        }
        if (s.length() == 1 && s.charAt(0) < 256) p = LATIN1[s.charAt(0)];
        else if (s.isEmpty()) p = EMPTY;
        else p = new PyStr(TYPE, s, true);
        p.interned = true;
        PyStr prev = INTERNED.putIfAbsent(s, p);
        return prev != null ? prev : p;
    }

    /**
     * sys.intern and the compiler's names: the canonical object for an exact str. As in
     * CPython 3.11 the table's references are not counted: an interned string dies with its
     * last holder and leaves the table ({@link #release}).
     */
    public static PyStr intern(PyStr s) {
        if (s.interned) return s;
        PyStr p = INTERNED.get(s.value);
        if (p != null) return p;
        s.interned = true;
        PyStr prev = INTERNED.putIfAbsent(s.value, s);
        if (prev != null) {
            s.interned = false;
            return prev;
        }
        return s;
    }

    /** The canonical mortal str for {@code s}: the interned one, or a new one interned now. */
    public static PyStr internMortal(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) return p;
        if (s.isEmpty()) return EMPTY;
        if (s.length() == 1 && s.charAt(0) < 256) return LATIN1[s.charAt(0)];
        return intern(new PyStr(TYPE, s, false));
    }

    /** unicode_dealloc: an interned string leaves the table. */
    @Override
    public void release(Releaser r) {
        if (interned) INTERNED.remove(value, this);
    }

    public boolean isInterned() {
        return interned;
    }

    public int maxChar() {
        return maxChar;
    }

    public boolean isAscii() {
        return maxChar < 128;
    }

    /** Length in code points. */
    public int length() {
        return cps != null ? cps.length : value.length();
    }

    public int codePointAt(int i) {
        return cps != null ? cps[i] : value.charAt(i);
    }

    /** The code points [start, end) as a str. */
    public PyStr substring(int start, int end) {
        if (start == 0 && end == length() && type == TYPE) return this;
        if (cps == null) return of(value.substring(start, end));
        return of(new String(cps, start, end - start));
    }

    /** UTF-16 index of code point index {@code i}. */
    public int charIndex(int i) {
        return cps == null ? i : value.offsetByCodePoints(0, i);
    }

    /** Code point index of UTF-16 index {@code ci}. */
    public int codePointIndex(int ci) {
        return cps == null ? ci : value.codePointCount(0, ci);
    }

    public int[] codePoints() {
        return cps != null ? cps : value.chars().toArray();
    }

    public long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashString(value, maxChar);
            hash = h;
        }
        return h;
    }

    @Override
    public long basicSize() {
        // 3.11 (with the wstr fields): PyASCIIObject 48 / PyCompactUnicodeObject 72, plus data
        // and terminator at the kind's width.
        int n = length();
        if (maxChar < 128) return 48 + n + 1;
        int width = maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4;
        return 72 + (long) (n + 1) * width;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(PyStr o) {
        return compareCodePoints(value, o.value);
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs above the BMP). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x), sy = Character.isSurrogate(y);
                if (sx == sy) {
                    if (sx) return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                    return x - y;
                }
                return Integer.compare(a.codePointAt(i), b.codePointAt(i));
            }
        }
        return a.length() - b.length();
    }
}
