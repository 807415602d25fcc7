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

    static {
        // PySetObject has its own weakreflist (tp_weaklistoffset): subclasses add no slot for it.
        TYPE.weakrefable = true;
    }

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

    /**
     * A frozenset constant whose iteration order is exactly {@code items} (the compiler
     * records the order CPython's constant has, which CPython reaches by rebuilding the set
     * from its own iteration order while merging constants). Inserting the items in that order
     * often gives it; otherwise the table is laid out directly: each key goes to a free slot of
     * its probe sequence after the previous key's slot, such that every slot its probe sequence
     * visits first is occupied in the end (so lookups find it), searched depth first within a
     * budget. When no layout is found, the plain insertion order is kept.
     */
    public static PyFrozenSet ofIterationOrder(PyObject[] items) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObject o : items) s.addEntry(o, hashOf(o));
        if (s.used != items.length || inOrder(s, items) || items.length > 4096) return s;
        int n = items.length, m = s.mask;
        PyObject[] held = new PyObject[n];
        long[] hs = new long[n];
        for (int k = 0; k < n; k++) {
            int e = s.lookkey(items[k], hashOf(items[k]));
            held[k] = s.keys[e];
            hs[k] = s.hashes[e];
        }
        Layout layout = new Layout(hs, m);
        if (!layout.place(0, -1)) return s;
        PyObject[] keys = new PyObject[m + 1];
        long[] hashes = new long[m + 1];
        for (int k = 0; k < n; k++) {
            keys[layout.slots[k]] = held[k];
            hashes[layout.slots[k]] = hs[k];
        }
        s.keys = keys;
        s.hashes = hashes;
        return s;
    }

    private static boolean inOrder(SetObject s, PyObject[] items) {
        int k = 0;
        for (int e = s.nextSlot(0); e >= 0; e = s.nextSlot(e + 1), k++) if (s.keys[e] != items[k]) return false;
        return true;
    }

    /** The depth-first search for a table layout with a given slot order. */
    private static final class Layout {
        final long[] hs;
        final int m;
        final int[] slots;
        final boolean[] occupied;
        int budget = 200_000;

        Layout(long[] hs, int m) {
            this.hs = hs;
            this.m = m;
            this.slots = new int[hs.length];
            this.occupied = new boolean[m + 1];
        }

        /**
         * Places key k after slot prev. Walking k's probe sequence, a free slot is a candidate
         * when no free slot below it was passed: slots passed below it stay free for good (later
         * keys go higher), slots passed above it must be filled later (checked at the end).
         */
        boolean place(int k, int prev) {
            if (k == hs.length) return allReachable();
            if (--budget < 0) return false;
            long h = hs[k];
            long perturb = h;
            int i = (int) (h & m);
            int limit = m + 1;
            for (int round = 0; round < m + 80 && limit > prev + 1; round++) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                for (int j = 0; j <= probes; j++) {
                    int p = i + j;
                    if (occupied[p]) continue;
                    if (p > prev && p < limit) {
                        occupied[p] = true;
                        slots[k] = p;
                        if (place(k + 1, p)) return true;
                        occupied[p] = false;
                        if (budget < 0) return false;
                    }
                    if (p < limit) limit = p;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            return false;
        }

        private boolean allReachable() {
            for (int k = 0; k < hs.length; k++) {
                long perturb = hs[k];
                int i = (int) (hs[k] & m);
                boolean found = false;
                search:
                for (int round = 0; round < m + 80; round++) {
                    int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                    for (int j = 0; j <= probes; j++) {
                        if (i + j == slots[k]) {
                            found = true;
                            break search;
                        }
                        if (!occupied[i + j]) return false;
                    }
                    perturb >>>= PERTURB_SHIFT;
                    i = (int) ((i * 5L + 1 + perturb) & m);
                }
                if (!found) return false;
            }
            return true;
        }
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
