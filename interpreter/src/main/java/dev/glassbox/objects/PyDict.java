package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.Arrays;

/**
 * {@code dict} with CPython 3.11's table (Objects/dictobject.c): a hash index of
 * {@code 2**k} slots probed with {@code i = (5*i + perturb + 1) & mask; perturb >>= 5}, and a
 * dense entries array in insertion order. Deleted slots become DUMMY; the table grows to the
 * next power of two ≥ 3 × used when no usable entry is left. Key comparison may run Python
 * {@code __eq__}; a lookup that sees the table change under it starts again, as CPython's does.
 */
@Exposed.Type(name = "dict", unhashable = true, gc = true, basicSize = 48, doc = "dict() -> new empty dictionary\n"
        + "dict(mapping) -> new dictionary initialized from a mapping object's\n"
        + "    (key, value) pairs\n"
        + "dict(iterable) -> new dictionary initialized as if via:\n"
        + "    d = {}\n"
        + "    for k, v in iterable:\n"
        + "        d[k] = v\n"
        + "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
        + "    in the keyword argument list.  For example:  dict(one=1, two=2)")
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyDict.class);

    static final int EMPTY = -1, DUMMY = -2;
    static final int LOG_MINSIZE = 3;

    int[] indices;
    long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    int nentries;     // entries used, including deleted
    int used;         // live items
    int usable;       // entries still free before a resize
    int log2size;
    /** Bumped on every change, so iterators and lookups can detect mutation. */
    public int version;
    /** True when the keys object is CPython's shared empty one (no table allocated yet). */
    boolean emptyKeys = true;
    /** Set for an instance's inline attribute dict, which stays untracked (its owner traverses it). */
    public boolean inlineOwned;
    /** Whether every key is an exact str (CPython's DICT_KEYS_UNICODE, for getsizeof). */
    boolean unicodeKeys = true;

    public PyDict(PyType type) {
        super(type);
        init(LOG_MINSIZE);
        emptyKeys = true;
        // A new exact dict is untracked until it holds something that may be in a cycle (MAINTAIN_TRACKING).
        if (type == TYPE) dev.glassbox.memory.Gc.untrack(this); // still counted as a GC allocation, as in CPython
    }

    /** _PyObject_GC_MAY_BE_TRACKED: a container that is tracked (or a tuple not yet untracked). */
    private static boolean mayBeTracked(PyObject o) {
        if (o.type == null || (o.type.ready().flags & PyType.HAVE_GC) == 0) return false;
        return o.type != PyTuple.TYPE || dev.glassbox.memory.Gc.isTracked(o);
    }

    public PyDict() {
        this(TYPE);
    }

    /** _PyDict_NewPresized: room for {@code n} items without resizing. */
    public static PyDict presized(int n) {
        PyDict d = new PyDict();
        if (n > usableFraction(1 << LOG_MINSIZE)) {
            d.init(log2KeySize((n * 3 + 1) / 2));
            d.emptyKeys = false;
        }
        return d;
    }

    private void init(int log2) {
        log2size = log2;
        int size = 1 << log2;
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int cap = usableFraction(size);
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        nentries = 0;
        usable = cap;
    }

    static int usableFraction(int n) {
        return (n << 1) / 3;
    }

    static int log2KeySize(int minsize) {
        int log2 = LOG_MINSIZE;
        while ((1 << log2) < minsize) log2++;
        return log2;
    }

    public int size() {
        return used;
    }

    // ------------------------------------------------------------------ lookup

    /** The entry index of {@code key}, or -1. May run Python __eq__. */
    int lookup(PyObject key, long hash) {
        for (;;) {
            int mask = indices.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            int[] idx = indices;
            int startVersion = version;
            for (;;) {
                int ix = idx[i];
                if (ix == EMPTY) return -1;
                if (ix >= 0) {
                    PyObject k = keys[ix];
                    if (k == key) return ix;
                    if (hashes[ix] == hash) {
                        if (k instanceof PyStr ks && key instanceof PyStr kk && ks.type == PyStr.TYPE && kk.type == PyStr.TYPE) {
                            if (ks.value.equals(kk.value)) return ix;
                        } else {
                            Heap.incref(k);
                            boolean eq;
                            try {
                                eq = Abstract.richCompareBool(k, key, Abstract.EQ);
                            } finally {
                                Heap.decref(k);
                            }
                            if (idx != indices || version != startVersion || keys[ix] != k) break; // changed: restart
                            if (eq) return ix;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** Index slot for a new entry: the first EMPTY or DUMMY on the probe sequence. */
    private int findEmptySlot(long hash) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** The index slot holding entry {@code ix}. */
    private int slotOf(long hash, int ix) {
        int mask = indices.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    public PyObject getItem(PyObject key) {
        long h = Abstract.hash(key);
        int ix = lookup(key, h);
        return ix < 0 ? null : values[ix];
    }

    public PyObject getItem(PyObject key, long hash) {
        int ix = lookup(key, hash);
        return ix < 0 ? null : values[ix];
    }

    /** Lookup by an exact str key (no Python code runs). Borrowed, or null. */
    public PyObject getItemStr(PyStr key) {
        long h = key.hash();
        int mask = indices.length - 1;
        int i = (int) (h & mask);
        long perturb = h;
        for (;;) {
            int ix = indices[i];
            if (ix == EMPTY) return null;
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) return values[ix];
                if (hashes[ix] == h && k instanceof PyStr ks && ks.value.equals(key.value)) {
                    if (ks.type == PyStr.TYPE) return values[ix];
                    return getItem(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject getItemStr(String key) {
        return getItemStr(PyStr.intern(key));
    }

    public boolean contains(PyObject key) {
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    // ------------------------------------------------------------------ insert / delete

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    public void setItem(String key, PyObject value) {
        PyStr k = PyStr.intern(key);
        setItem(k, k.hash(), value);
    }

    /** insertdict: replaces the value of an existing key or appends a new entry. */
    public void setItem(PyObject key, long hash, PyObject value) {
        Heap.incref(key);
        Heap.incref(value);
        int ix = lookup(key, hash);
        if (ix >= 0) {
            PyObject old = values[ix];
            values[ix] = value;
            version++;
            if (!inlineOwned && !dev.glassbox.memory.Gc.isTracked(this) && mayBeTracked(value)) dev.glassbox.memory.Gc.retrack(this);
            Heap.decref(key);
            Heap.decref(old);
            return;
        }
        if (usable <= 0) resize(log2KeySize(used * 3));
        emptyKeys = false;
        if (!dev.glassbox.memory.Gc.isTracked(this) && (mayBeTracked(key) || mayBeTracked(value)) && !inlineOwned) {
            dev.glassbox.memory.Gc.retrack(this);
        }
        if (!(key instanceof PyStr s && s.type == PyStr.TYPE)) unicodeKeys = false;
        int slot = findEmptySlot(hash);
        int e = nentries;
        indices[slot] = e;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        nentries++;
        usable--;
        used++;
        version++;
    }

    /** dictresize: a fresh table of 2**log2 slots holding the live entries, compacted. */
    private void resize(int log2) {
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int on = nentries;
        init(log2);
        int e = 0;
        for (int i = 0; i < on; i++) {
            if (ok[i] == null) continue;
            hashes[e] = oh[i];
            keys[e] = ok[i];
            values[e] = ov[i];
            indices[findEmptySlot(oh[i])] = e;
            e++;
        }
        nentries = e;
        usable -= e;
    }

    /** Removes {@code key}; returns the old value (the dict's reference passes to the caller), or null. */
    public PyObject pop(PyObject key) {
        long h = Abstract.hash(key);
        int ix = lookup(key, h);
        if (ix < 0) return null;
        return removeEntry(ix, h);
    }

    PyObject removeEntry(int ix, long h) {
        indices[slotOf(h, ix)] = DUMMY;
        PyObject k = keys[ix], v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        Heap.decref(k);
        return v;
    }

    /** del d[key]: KeyError if missing. */
    public void delItem(PyObject key) {
        PyObject v = pop(key);
        if (v == null) throw Errors.keyError(key);
        Heap.decref(v);
    }

    public void clear() {
        if (used == 0 && nentries == 0) return;
        PyObject[] ok = keys, ov = values;
        int on = nentries;
        init(LOG_MINSIZE);
        emptyKeys = true;
        unicodeKeys = true;
        used = 0;
        version++;
        // dict_clear → free_keys_object: keys and values of each entry in order.
        for (int i = 0; i < on; i++) {
            if (ok[i] != null) {
                Heap.decref(ok[i]);
                Heap.decref(ov[i]);
            }
        }
    }

    // ------------------------------------------------------------------ iteration

    /** The entry index of the next live entry at or after {@code pos}, or -1. */
    public int nextEntry(int pos) {
        while (pos < nentries) {
            if (keys[pos] != null) return pos;
            pos++;
        }
        return -1;
    }

    public PyObject keyAt(int e) { return keys[e]; }
    public PyObject valueAt(int e) { return values[e]; }
    public long hashAt(int e) { return hashes[e]; }
    public int entryCount() { return nentries; }

    /** Replaces the value of live entry {@code e}. */
    public void setValueAt(int e, PyObject v) {
        PyObject old = values[e];
        Heap.incref(v);
        values[e] = v;
        Heap.decref(old);
    }

    /** d.copy(): same insertion order. */
    public PyDict copy() {
        PyDict d = presized(used);
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) d.setItem(keys[e], hashes[e], values[e]);
        return d;
    }

    @Override
    public long blockSize() {
        return type.basicSize;
    }

    @Override
    public long basicSize() {
        // PyDictObject (48) plus its keys object when it owns one (3.11 layout).
        if (emptyKeys) return 48;
        int size = 1 << log2size;
        int indexBytes = size <= 0xff ? size : size <= 0xffff ? 2 * size : 4 * size;
        int entrySize = unicodeKeys ? 16 : 24;
        return 48 + 32 + indexBytes + (long) usableFraction(size) * entrySize;
    }

    @Override
    public void traverse(Visitor v) {
        // dict_traverse: values only for str-keyed tables, else value then key.
        for (int e = 0; e < nentries; e++) {
            if (keys[e] != null) {
                v.visit(values[e]);
                if (!unicodeKeys) v.visit(keys[e]);
            }
        }
        if (type.isHeapType()) super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] ok = keys, ov = values;
        int on = nentries;
        keys = new PyObject[0];
        values = new PyObject[0];
        hashes = new long[0];
        indices = new int[] {EMPTY};
        nentries = 0;
        used = 0;
        usable = 0;
        for (int i = 0; i < on; i++) {
            if (ok[i] != null) {
                r.release(ok[i]);
                r.release(ov[i]);
            }
        }
        super.release(r);
    }
}
