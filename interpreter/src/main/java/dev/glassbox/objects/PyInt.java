package dev.glassbox.objects;

import java.math.BigInteger;

/**
 * {@code int} (Objects/longobject.c): a machine long until the value needs more, then a
 * BigInteger ({@code big} non-null exactly when the value does not fit a long). Small ints
 * −5…256 are cached as in CPython. Arithmetic lives in {@link IntOps}; the methods Python
 * sees are in {@code PyIntMethods}.
 */
@Exposed.Type(name = "int", basicSize = 24, itemSize = 4, doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
        + "Convert a number or string to an integer, or return 0 if no arguments\n"
        + "are given.  If x is a number, return x.__int__().  For floating point\n"
        + "numbers, this truncates towards zero.\n\n"
        + "If x is not a number or if base is given, then x must be a string,\n"
        + "bytes, or bytearray instance representing an integer literal in the\n"
        + "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
        + "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
        + "Base 0 means to interpret the base from the string as an integer literal.\n"
        + ">>> int('0b100', base=0)\n4")
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyInt.class);
    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) SMALL[i - SMALL_MIN] = new PyInt(TYPE, i, null, true);
    }

    public static final PyInt ZERO = SMALL[-SMALL_MIN], ONE = SMALL[1 - SMALL_MIN], MINUS_ONE = SMALL[-1 - SMALL_MIN];

    public final long value;
    /** Non-null exactly when the value does not fit in a long. */
    public final BigInteger big;

    PyInt(PyType type, long value, BigInteger big, boolean immortal) {
        super(type, immortal);
        // Instances of heap types hold a counted reference to their type, as PyObject(PyType) takes.
        if (!immortal && (type.flags & PyType.HEAPTYPE) != 0) type.refcnt++;
        this.value = value;
        this.big = big;
    }

    /** For subclasses (int.__new__ with a subtype): value set by {@link #ofSubtype}. */
    public PyInt(PyType type) {
        this(type, 0, null, false);
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) return SMALL[(int) v - SMALL_MIN];
        return new PyInt(TYPE, v, null, false);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(TYPE, 0, v, false);
    }

    /** An instance of an int subclass with the value of {@code v}. */
    public static PyInt ofSubtype(PyType t, PyInt v) {
        if (t == TYPE) return v.type == TYPE ? v : (v.big == null ? of(v.value) : of(v.big));
        return new PyInt(t, v.value, v.big, false);
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a long, or OverflowError with CPython's message. */
    public long asLong() {
        if (big != null) throw Errors.overflowError("Python int too large to convert to C long");
        return value;
    }

    /** As Py_ssize_t: OverflowError "cannot fit 'int' into an index-sized integer" is the caller's choice. */
    public int asInt() {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    public double asDouble() {
        if (big == null) return (double) value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    public long hash() {
        return big == null ? Hashing.hashLong(value) : Hashing.hashBig(big);
    }

    @Override
    public long basicSize() {
        // PyLongObject: 24 bytes + 4 per 30-bit digit (at least one digit, except 0 in 3.11: 24)
        if (big == null && value == 0) return 24;
        int bits = big != null ? big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(value == Long.MIN_VALUE ? value : Math.abs(value));
        if (big == null && value == Long.MIN_VALUE) bits = 64;
        int digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4L * digits;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
