package dev.glassbox.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The constants a code object can hold ({@code co_consts}), as plain Java values so that the
 * compiler needs no runtime objects:
 * <ul>
 * <li>{@code None} and {@code ...}: {@link Singleton#NONE}, {@link Singleton#ELLIPSIS};</li>
 * <li>{@code bool}: {@link Boolean};</li>
 * <li>{@code int}: {@link Long} when it fits, else {@link BigInteger} (see {@link #integer});</li>
 * <li>{@code float}: {@link Double}; {@code complex}: {@link Complex};</li>
 * <li>{@code str}: {@link String} (UTF-16; astral characters as surrogate pairs);</li>
 * <li>{@code bytes}: {@link Bytes}; {@code tuple}: {@link Tuple}; {@code frozenset}:
 *     {@link FrozenSet}, its elements in CPython's iteration order;</li>
 * <li>nested code objects: {@link CodeUnit}.</li>
 * </ul>
 * {@link #key} follows CPython's {@code _PyCode_ConstantKey}: two constants share a
 * {@code co_consts} slot only when they have the same type and value ({@code 0}, {@code 0.0},
 * {@code False} and {@code -0.0} all stay distinct, and a NaN only matches itself).
 */
public final class ConstValue {
    private ConstValue() {}

    /** The two singleton constants. */
    public enum Singleton { NONE, ELLIPSIS }

    /** A complex constant. */
    public record Complex(double real, double imag) {
        @Override public boolean equals(Object o) {
            return o instanceof Complex c && Double.compare(real, c.real) == 0
                    && Double.compare(imag, c.imag) == 0;
        }
        @Override public int hashCode() { return Double.hashCode(real) * 31 + Double.hashCode(imag); }
    }

    /** A bytes constant (the array is never modified after construction). */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(value, b.value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return ConstRepr.repr(this); }
    }

    /** A tuple of constants. */
    public record Tuple(List<Object> items) {
        public Tuple { items = List.copyOf(items); }
        public static Tuple of(Object... items) { return new Tuple(Arrays.asList(items)); }
        @Override public String toString() { return ConstRepr.repr(this); }
    }

    /** A frozenset of constants; {@code items} are in the order CPython iterates them. */
    public record FrozenSet(List<Object> items) {
        public FrozenSet { items = List.copyOf(items); }
        @Override public String toString() { return ConstRepr.repr(this); }
    }

    /** An int constant in canonical form: a Long when it fits in 64 bits, else the BigInteger. */
    public static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** True if {@code v} is a Python int constant (not bool). */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger;
    }

    /**
     * The identity under which {@code co_consts} merges constants (CPython's
     * {@code _PyCode_ConstantKey}): equal keys mean the same slot. Floats compare by bits (so
     * {@code 0.0} and {@code -0.0} differ), containers by their items' keys, code objects by
     * value.
     */
    public static Object key(Object v) {
        // NaN != NaN, so CPython's key tuples only match for the very same object.
        if (v instanceof Double d && d.isNaN()) return new IdentityKey(v);
        if (v instanceof Complex c && (Double.isNaN(c.real()) || Double.isNaN(c.imag()))) return new IdentityKey(v);
        if (v instanceof Double d) return List.of(Double.class, Double.doubleToLongBits(d));
        if (v instanceof Complex c) return List.of(Complex.class,
                Double.doubleToLongBits(c.real()), Double.doubleToLongBits(c.imag()));
        if (v instanceof Tuple t) return List.of(Tuple.class, keys(t.items()));
        if (v instanceof FrozenSet f) return List.of(FrozenSet.class, new java.util.HashSet<>(keys(f.items())));
        if (v instanceof CodeUnit) return v;  // code objects compare by value (code_richcompare)
        if (v instanceof BigInteger b) return integer(b);
        return List.of(v.getClass(), v);
    }

    private static List<Object> keys(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) out.add(key(o));
        return out;
    }

    private record IdentityKey(Object o) {
        @Override public boolean equals(Object x) { return x instanceof IdentityKey k && k.o == o; }
        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    /** The Python type name of a constant ({@code int}, {@code str}, {@code code}, ...). */
    public static String typeName(Object v) {
        if (v == Singleton.NONE) return "NoneType";
        if (v == Singleton.ELLIPSIS) return "ellipsis";
        if (v instanceof Boolean) return "bool";
        if (isInt(v)) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof Complex) return "complex";
        if (v instanceof String) return "str";
        if (v instanceof Bytes) return "bytes";
        if (v instanceof Tuple) return "tuple";
        if (v instanceof FrozenSet) return "frozenset";
        if (v instanceof CodeUnit) return "code";
        throw new IllegalArgumentException("not a constant: " + v);
    }
}
