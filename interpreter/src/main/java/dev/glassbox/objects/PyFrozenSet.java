package dev.glassbox.objects;

/**
 * {@code frozenset} (Objects/setobject.c, {@code PyFrozenSet_Type}): the immutable, hashable
 * set over the shared {@link SetObject} table. Its hash is CPython's {@code frozenset_hash},
 * computed once and cached. Methods are in {@link PyFrozenSetMethods}.
 */
@Exposed.Type(name = "frozenset", gc = true, basicSize = 200, doc = "frozenset() -> empty frozenset object\n"
        + "frozenset(iterable) -> frozenset object\n\n"
        + "Build an immutable unordered collection of unique elements.")
public class PyFrozenSet extends SetObject {
    public static final PyType TYPE = PyType.fromClass(PyFrozenSet.class);

    public PyFrozenSet(PyType type) {
        super(type);
    }

    public PyFrozenSet() {
        this(TYPE);
    }

    /** A new frozenset holding the items of an iterable (PyFrozenSet_New). */
    public static PyFrozenSet of(PyObject iterable) {
        PyFrozenSet s = new PyFrozenSet();
        if (iterable != null) SetOps.updateInternal(s, iterable);
        return s;
    }

    /** _shuffle_bits: spreads nearby hash values before they are xor-ed together. */
    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * frozenset_hash: the xor of every slot's shuffled hash (empty and dummy slots included,
     * then their effect removed by parity), mixed with the size and dispersed.
     */
    public long frozenHash() {
        if (hash != -1) return hash;
        long h = 0;
        for (int e = 0; e <= mask; e++) h ^= shuffleBits(hashes[e]);
        if (((mask + 1 - fill) & 1) != 0) h ^= shuffleBits(0);
        if (((fill - used) & 1) != 0) h ^= shuffleBits(-1);
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        hash = h;
        return h;
    }
}
