package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The layout shared by {@code set} and {@code frozenset}: CPython's {@code PySetObject} and the
 * hash table of Objects/setobject.c (3.11). It is not itself a Python type; {@link PySet} and
 * {@link PyFrozenSet} extend it, so neither is a subtype of the other, as in CPython.
 *
 * <p>The table is open addressing over parallel arrays of keys and hashes. A slot is empty
 * when its key is null and its hash 0, a dummy (deleted) when its key is null and its hash -1
 * (no real hash is -1), active otherwise. Probing follows {@code set_lookkey}: up to
 * {@link #LINEAR_PROBES} neighbours after the home slot while they fit before the end of the
 * table, then {@code perturb >>= 5; i = (i * 5 + 1 + perturb) & mask}. {@code fill} counts
 * active + dummy slots, {@code used} active ones; an insertion into a fresh slot that brings
 * fill to 3/5 of the mask resizes to {@code used > 50000 ? used * 2 : used * 4}. Iteration is
 * in slot order, so the order of a set's elements is CPython's whenever the hashes are.
 */
public abstract class SetObject extends PyObject {
    static final int MINSIZE = 8;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill, used;
    /** Whether the table is the object's built-in smalltable (not counted by __sizeof__). */
    boolean small = true;
    /** frozenset's cached hash; -1 when not computed (always -1 for set). */
    long hash = -1;
    /** set_pop's search finger. */
    int finger;

    protected SetObject(PyType type) {
        super(type);
    }

    public int size() {
        return used;
    }

    // ------------------------------------------------------------------ hashing a key

    /** The hash CPython would use for a key: str's cached hash, else PyObject_Hash. */
    static long hashOf(PyObject key) {
        return Abstract.hash(key);
    }

    private static boolean fastEquals(PyObject a, PyObject b) {
        return a instanceof PyStr sa && b instanceof PyStr sb && a.type == PyStr.TYPE && b.type == PyStr.TYPE
                && sa.value.equals(sb.value);
    }

    // ------------------------------------------------------------------ probing

    /** set_lookkey: the slot holding an equal key, or the empty slot ending the search (key null there). */
    int lookkey(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = table[e];
                    if (k == null && hashes[e] == 0) return e;
                    if (k != null && hashes[e] == h) {
                        if (k == key || fastEquals(k, key)) return e;
                        Heap.incref(k);
                        boolean eq;
                        try {
                            eq = Abstract.richCompareBool(k, key, Abstract.EQ);
                        } finally {
                            Heap.decref(k);
                        }
                        // The comparison ran Python code: if it changed the table, start again.
                        if (table != keys || keys[e] != k) continue restart;
                        if (eq) return e;
                        m = mask;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    boolean containsEntry(PyObject key, long h) {
        return keys[lookkey(key, h)] != null;
    }

    /** set_add_entry: inserts key (counted here) unless an equal key is present. */
    void addEntry(PyObject key, long h) {
        Heap.incref(key);
        try {
            restart:
            while (true) {
                PyObject[] table = keys;
                int m = mask;
                int i = (int) (h & m);
                int freeslot = -1;
                long perturb = h;
                while (true) {
                    int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                    int e = i;
                    do {
                        PyObject k = table[e];
                        if (k == null && hashes[e] == 0) {
                            if (freeslot >= 0) {
                                used++;
                                keys[freeslot] = key;
                                hashes[freeslot] = h;
                                return;
                            }
                            fill++;
                            used++;
                            keys[e] = key;
                            hashes[e] = h;
                            if ((long) fill * 5 < (long) m * 3) return;
                            tableResize(used > 50000 ? used * 2 : used * 4);
                            return;
                        }
                        if (k != null && hashes[e] == h) {
                            if (k == key || fastEquals(k, key)) {
                                Heap.decref(key);
                                return;
                            }
                            Heap.incref(k);
                            boolean eq;
                            try {
                                eq = Abstract.richCompareBool(k, key, Abstract.EQ);
                            } finally {
                                Heap.decref(k);
                            }
                            if (eq) {
                                Heap.decref(key);
                                return;
                            }
                            if (table != keys || keys[e] != k) continue restart;
                            m = mask;
                        } else if (k == null && hashes[e] == -1) {
                            freeslot = e;
                        }
                        e++;
                    } while (probes-- > 0);
                    perturb >>>= PERTURB_SHIFT;
                    i = (int) ((i * 5L + 1 + perturb) & m);
                }
            }
        } catch (RuntimeException | Error ex) {
            Heap.decref(key);
            throw ex;
        }
    }

    /** set_insert_clean: places a key known to be absent into a table without dummies. */
    static void insertClean(PyObject[] ks, long[] hs, int m, PyObject key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** set_table_resize: the smallest power of two above minused (at least 8), dummies dropped. */
    void tableResize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        if (newsize > (1 << 30)) throw Errors.memoryError();
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newsize == MINSIZE && small && fill == used) return; // no dummies: nothing to do
        int n = (int) newsize;
        keys = new PyObject[n];
        hashes = new long[n];
        mask = n - 1;
        small = n == MINSIZE;
        fill = used;
        for (int e = 0; e < oldKeys.length; e++) {
            if (oldKeys[e] != null) insertClean(keys, hashes, mask, oldKeys[e], oldHashes[e]);
        }
    }

    /** set_discard_entry: true when the key was present (its reference is dropped). */
    boolean discardEntry(PyObject key, long h) {
        int e = lookkey(key, h);
        PyObject old = keys[e];
        if (old == null) return false;
        keys[e] = null;
        hashes[e] = -1;
        used--;
        Heap.decref(old);
        return true;
    }

    /** The next active slot at or after pos, or -1 (set_next). */
    int nextSlot(int pos) {
        PyObject[] ks = keys;
        for (int i = pos; i <= mask && i < ks.length; i++) if (ks[i] != null) return i;
        return -1;
    }

    /** set_clear_internal: the set is empty (smalltable) before any key is released. */
    void clearInternal() {
        PyObject[] old = keys;
        int n = used;
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        small = true;
        fill = 0;
        used = 0;
        hash = -1;
        for (int e = 0; n > 0 && e < old.length; e++) {
            if (old[e] != null) {
                n--;
                Heap.decref(old[e]);
            }
        }
    }

    /** set_swap_bodies: exchanges the tables; the cached hash moves only between frozensets. */
    static void swapBodies(SetObject a, SetObject b) {
        PyObject[] k = a.keys; a.keys = b.keys; b.keys = k;
        long[] h = a.hashes; a.hashes = b.hashes; b.hashes = h;
        int t = a.mask; a.mask = b.mask; b.mask = t;
        t = a.fill; a.fill = b.fill; b.fill = t;
        t = a.used; a.used = b.used; b.used = t;
        boolean s = a.small; a.small = b.small; b.small = s;
        if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
            long x = a.hash; a.hash = b.hash; b.hash = x;
        } else {
            a.hash = -1;
            b.hash = -1;
        }
    }

    // ------------------------------------------------------------------ object protocol

    /**
     * set_sizeof: the object, plus the table when it is not the built-in smalltable. (The
     * object's own block, {@link #basicSize}, stays the type's size: CPython allocates the
     * table separately, so the set's allocator block never changes size.)
     */
    long sizeof() {
        return type.basicSize + (small ? 0 : 16L * (mask + 1));
    }

    @Override
    public void traverse(Visitor v) {
        PyObject[] ks = keys;
        for (PyObject k : ks) if (k != null) v.visit(k);
        if (type.isHeapType()) super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        // set_dealloc: keys in table order.
        PyObject[] ks = keys;
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        small = true;
        fill = used = 0;
        for (PyObject k : ks) if (k != null) r.release(k);
        super.release(r);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int e = nextSlot(0), n = 0; e >= 0; e = nextSlot(e + 1), n++) {
            if (n > 0) b.append(", ");
            b.append(keys[e]);
        }
        return b.append('}').toString();
    }
}
