package dev.glassbox.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The values a {@code Constant} node (and {@code MatchSingleton}) holds, as plain Java values
 * so that the front end needs no runtime objects; the runtime converts them to Python objects.
 * <ul>
 * <li>{@code str}: {@link String};</li>
 * <li>{@code bytes}: {@link Bytes};</li>
 * <li>{@code int}: {@link Long} when it fits, else {@link BigInteger} ({@link #integer});</li>
 * <li>{@code float}: {@link Double}; an imaginary literal ({@code 2j}): {@link Imaginary};</li>
 * <li>{@code True}/{@code False}: {@link Boolean}; {@code None}, {@code ...}: {@link Singleton}.</li>
 * </ul>
 * Trees built from Python objects ({@code compile(ast_tree, ...)}) may also hold what the
 * parser never makes: {@link Complex} with a real part, {@link Tuple} and {@link FrozenSet} of
 * constants, and {@link Invalid} for an object of another type, which the validator rejects
 * ("got an invalid type in Constant") where CPython's would.
 */
public final class ConstantValue {
    private ConstantValue() {}

    /** None and Ellipsis. */
    public enum Singleton { NONE, ELLIPSIS }

    public static final Singleton NONE = Singleton.NONE;
    public static final Singleton ELLIPSIS = Singleton.ELLIPSIS;

    /** A bytes value; the array is never modified after construction. */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(value, b.value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return PyReprs.bytes(value); }
    }

    /** An imaginary literal: the complex number {@code 0 + imag*j}. */
    public record Imaginary(double imag) {
        @Override public boolean equals(Object o) {
            return o instanceof Imaginary c && Double.compare(imag, c.imag) == 0;
        }
        @Override public int hashCode() { return Double.hashCode(imag); }
    }

    /** A complex value with a real part (the parser only makes {@link Imaginary}). */
    public record Complex(double real, double imag) {
        @Override public boolean equals(Object o) {
            return o instanceof Complex c && Double.compare(real, c.real) == 0 && Double.compare(imag, c.imag) == 0;
        }
        @Override public int hashCode() { return Double.hashCode(real) * 31 + Double.hashCode(imag); }
    }

    /** A tuple of constants. */
    public record Tuple(java.util.List<Object> items) {
        public Tuple { items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items)); }
    }

    /** A frozenset of constants, its items in the order the Python object iterated them. */
    public record FrozenSet(java.util.List<Object> items) {
        public FrozenSet { items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items)); }
    }

    /** A value of a type a Constant may not hold; {@code typeName} is its type's short name. */
    public record Invalid(String typeName) {}

    /** An int in canonical form: a Long when it fits in 64 bits, else the BigInteger. */
    public static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** Python's repr of a constant, as {@code ast.dump} shows it. */
    public static String repr(Object v) {
        return PyReprs.repr(v);
    }
}
