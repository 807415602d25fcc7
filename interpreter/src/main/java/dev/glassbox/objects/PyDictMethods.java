package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The methods of {@code dict} (Objects/dictobject.c) over the {@link PyDict} table. Updates
 * follow {@code dict_update_arg}: an exact dict is merged entry by entry, anything with a
 * {@code keys} attribute as a mapping, anything else as an iterable of pairs
 * ({@code PyDict_MergeFromSeq2}, with its element-numbered messages). Keys and values are
 * counted while Python code ({@code __eq__}, {@code __hash__}, {@code __repr__}) runs on them.
 *
 * <p>Table shapes follow CPython too, since {@code sys.getsizeof} shows them: merging a dict
 * into an empty one clones a compact table, a merge resizes once up front, {@code copy()} is
 * {@code PyDict_Copy}'s clone-or-compact, {@code fromkeys(dict)} presizes.
 */
public final class PyDictMethods {
    private PyDictMethods() {}

    // ------------------------------------------------------------------ creation and update

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "dict.__new__");
        if (!t.isSubtypeOf(PyDict.TYPE)) {
            throw Errors.typeError("dict.__new__(%s): %s is not a subtype of dict", t.name, t.name);
        }
        return t.allocate();
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static void __init__(PyDict self, PyObject args, PyObject kwargs) {
        updateCommon(self, (PyTuple) args, (PyDict) kwargs, "dict");
    }

    /** D.update([E, ]**F): dict_update_common. */
    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static void update(PyDict self, PyObject args, PyObject kwargs) {
        updateCommon(self, (PyTuple) args, (PyDict) kwargs, "update");
    }

    private static void updateCommon(PyDict self, PyTuple args, PyDict kwargs, String name) {
        if (args.size() > 1) throw Errors.typeError("%s expected at most 1 argument, got %d", name, args.size());
        if (args.size() == 1) updateArg(self, args.get(0));
        if (kwargs != null && kwargs.size() > 0) merge(self, kwargs, true);
    }

    /** dict_update_arg. */
    static void updateArg(PyDict self, PyObject arg) {
        if (arg instanceof PyDict && arg.type == PyDict.TYPE) {
            merge(self, arg, true);
            return;
        }
        if (Abstract.lookupAttr(arg, PyStr.intern("keys")) != null) {
            merge(self, arg, true);
            return;
        }
        mergeFromSeq2(self, arg, true);
    }

    /** dict_merge: from a dict (entries directly, unless it overrides __iter__) or any mapping (keys() then [key]). */
    static void merge(PyDict a, PyObject b, boolean override) {
        if (b instanceof PyDict other && other.type.special(SpecialMethod.__iter__) == PyDict.TYPE.lookup("__iter__")) {
            if (other == a || other.size() == 0) return;
            if (a.size() == 0) {
                override = true;
                // A clean, compact source is cloned table and all.
                if (other.used == other.nentries && (other.log2size == PyDict.LOG_MINSIZE
                        || PyDict.usableFraction((1 << other.log2size) / 2) < other.used)) {
                    cloneInto(a, other);
                    return;
                }
            }
            // One big resize first, expecting few overlapping keys.
            if (PyDict.usableFraction(1 << a.log2size) < other.used) {
                resizeTable(a, estimateLog2KeySize(a.used + other.used), other.unicodeKeys);
            }
            int n = other.size();
            for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
                PyObject key = other.keyAt(e), value = other.valueAt(e);
                long hash = other.hashAt(e);
                Heap.incref(key);
                Heap.incref(value);
                try {
                    if (override) {
                        a.setItem(key, hash, value);
                    } else if (a.getItem(key, hash) == null) {
                        a.setItem(key, hash, value);
                    }
                } finally {
                    Heap.decref(value);
                    Heap.decref(key);
                }
                if (n != other.size()) throw Errors.runtimeError("dict mutated during update");
            }
            return;
        }
        PyObject keys = Abstract.callMethod(b, "keys");
        Heap.incref(keys);
        try {
            PyObject it = Abstract.getIter(keys);
            Heap.incref(it);
            try {
                for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                    Heap.incref(key);
                    try {
                        if (!override && a.getItem(key) != null) continue;
                        PyObject value = Abstract.getItem(b, key);
                        a.setItem(key, value);
                    } finally {
                        Heap.decref(key);
                    }
                }
            } finally {
                Heap.decref(it);
            }
        } finally {
            Heap.decref(keys);
        }
    }

    // ------------------------------------------------------------------ table shapes (dictobject.c)

    /** estimate_log2_keysize: the table for n items without a resize. */
    static int estimateLog2KeySize(int n) {
        return PyDict.log2KeySize((int) ((n * 3L + 1) / 2));
    }

    /**
     * clone_combined_dict_keys: makes the empty {@code dst} an exact copy of {@code src}'s
     * table (same size, same entry order, same free space), counting the keys and values.
     */
    static void cloneInto(PyDict dst, PyDict src) {
        dst.indices = src.indices.clone();
        dst.hashes = src.hashes.clone();
        dst.keys = src.keys.clone();
        dst.values = src.values.clone();
        dst.nentries = src.nentries;
        dst.used = src.used;
        dst.usable = src.usable;
        dst.log2size = src.log2size;
        dst.emptyKeys = false;
        dst.unicodeKeys = src.unicodeKeys;
        dst.version++;
        for (int e = 0; e < dst.nentries; e++) {
            if (dst.keys[e] != null) {
                Heap.incref(dst.keys[e]);
                Heap.incref(dst.values[e]);
            }
        }
    }

    /**
     * dictresize: a fresh table of 2**log2 slots holding the live entries, compacted, in the
     * order they were inserted (the same probing as {@link PyDict}'s own resize, which is
     * private to it). The keys stay "unicode" only if both tables were.
     */
    static void resizeTable(PyDict d, int log2, boolean unicode) {
        long[] oh = d.hashes;
        PyObject[] ok = d.keys, ov = d.values;
        int on = d.nentries;
        int size = 1 << log2, mask = size - 1;
        int[] idx = new int[size];
        java.util.Arrays.fill(idx, PyDict.EMPTY);
        int cap = PyDict.usableFraction(size);
        long[] h = new long[cap];
        PyObject[] k = new PyObject[cap], v = new PyObject[cap];
        int e = 0;
        for (int i = 0; i < on; i++) {
            if (ok[i] == null) continue;
            h[e] = oh[i];
            k[e] = ok[i];
            v[e] = ov[i];
            long perturb = oh[i];
            int slot = (int) (oh[i] & mask);
            while (idx[slot] != PyDict.EMPTY) {
                perturb >>>= 5;
                slot = (int) ((slot * 5L + perturb + 1) & mask);
            }
            idx[slot] = e++;
        }
        d.indices = idx;
        d.hashes = h;
        d.keys = k;
        d.values = v;
        d.log2size = log2;
        d.nentries = e;
        d.usable = cap - e;
        d.unicodeKeys = (d.emptyKeys || d.unicodeKeys) && unicode;
        d.emptyKeys = false;
    }

    /** PyDict_Copy: a clone when the table is compact enough, else a compacted merge. */
    static PyDict copyOf(PyDict mp) {
        PyDict copy = new PyDict();
        if (mp.used == 0) return copy;
        if (mp.type.special(SpecialMethod.__iter__) == PyDict.TYPE.lookup("__iter__")
                && mp.used >= (mp.nentries * 2) / 3) {
            cloneInto(copy, mp);
            return copy;
        }
        Heap.incref(copy);
        try {
            merge(copy, mp, true);
        } finally {
            Heap.decref(copy);
        }
        return copy;
    }

    /** PyDict_MergeFromSeq2: each element must be a 2-item sequence. */
    static void mergeFromSeq2(PyDict d, PyObject seq2, boolean override) {
        PyObject it = Abstract.getIter(seq2);
        Heap.incref(it);
        try {
            long i = 0;
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
                Heap.incref(item);
                try {
                    PyObject[] pair;
                    try {
                        pair = PyListMethods.fastSequence(item, "");
                    } catch (PyException e) {
                        if (e.matches(ExceptionTypes.TypeError)) {
                            throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                        }
                        throw e;
                    }
                    if (pair.length != 2) {
                        throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                                i, pair.length);
                    }
                    PyObject key = pair[0], value = pair[1];
                    Heap.incref(key);
                    Heap.incref(value);
                    try {
                        if (override) d.setItem(key, value);
                        else if (d.getItem(key) == null) d.setItem(key, value);
                    } finally {
                        Heap.decref(key);
                        Heap.decref(value);
                    }
                } finally {
                    Heap.decref(item);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }

    @Exposed.ClassMethod(sig = "($type, iterable, value=None, /)")
    public static PyObject fromkeys(PyObject cls, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(cls);
        Heap.incref(d);
        try {
            boolean exact = d instanceof PyDict && d.type == PyDict.TYPE;
            if (exact && ((PyDict) d).used == 0 && iterable instanceof PyDict src && iterable.type == PyDict.TYPE) {
                PyDict dd = (PyDict) d;
                resizeTable(dd, estimateLog2KeySize(src.used), src.unicodeKeys);
                for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                    dd.setItem(src.keyAt(e), src.hashAt(e), value);
                }
                return d;
            }
            PyObject it = Abstract.getIter(iterable);
            Heap.incref(it);
            try {
                for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                    Heap.incref(key);
                    try {
                        if (exact) ((PyDict) d).setItem(key, value);
                        else Abstract.setItem(d, key, value);
                    } finally {
                        Heap.decref(key);
                    }
                }
            } finally {
                Heap.decref(it);
            }
            return d;
        } finally {
            // Hand the result back uncounted: the caller stores it.
            Heap.decref(d);
        }
    }

    // ------------------------------------------------------------------ repr, len, items

    @Exposed.Method
    public static PyObject __repr__(PyDict self) {
        if (self.size() == 0) return PyStr.of("{}");
        if (!ReprGuard.enter(self)) return PyStr.of("{...}");
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int e = self.nextEntry(0); e >= 0; e = self.nextEntry(e + 1)) {
                PyObject key = self.keyAt(e), value = self.valueAt(e);
                Heap.incref(key);
                Heap.incref(value);
                try {
                    if (!first) b.append(", ");
                    first = false;
                    b.append(Abstract.repr(key).value).append(": ").append(Abstract.repr(value).value);
                } finally {
                    Heap.decref(key);
                    Heap.decref(value);
                }
            }
            return PyStr.of(b.append('}').toString());
        } finally {
            ReprGuard.leave(self);
        }
    }

    @Exposed.Method
    public static long __len__(PyDict self) {
        return self.size();
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static long __sizeof__(PyDict self) {
        // _PyDict_SizeOf: the type's basic size plus the keys table the dict owns.
        return self.type.basicSize + (self.basicSize() - PyDict.TYPE.basicSize);
    }

    /** dict_subscript: subclasses may define __missing__. */
    @Exposed.Method(sig = "($self, key, /)", conv = Exposed.Convention.O)
    public static PyObject __getitem__(PyDict self, PyObject key) {
        PyObject v = self.getItem(key);
        if (v != null) return v;
        if (self.type != PyDict.TYPE) {
            PyObject missing = self.type.special(SpecialMethod.__missing__);
            if (missing != null) return Abstract.callSpecial(missing, self, key);
        }
        throw Errors.keyError(key);
    }

    @Exposed.Method(sig = "($self, key, value, /)")
    public static void __setitem__(PyDict self, PyObject key, PyObject value) {
        self.setItem(key, value);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public static void __delitem__(PyDict self, PyObject key) {
        self.delItem(key);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public static boolean __contains__(PyDict self, PyObject key) {
        return self.contains(key);
    }

    @Exposed.Method(sig = "($self, key, default=None, /)")
    public static PyObject get(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.getItem(key);
        return v != null ? v : dflt;
    }

    @Exposed.Method(sig = "($self, key, default=None, /)")
    public static PyObject setdefault(PyDict self, PyObject key, PyObject dflt) {
        long h = Abstract.hash(key);
        PyObject v = self.getItem(key, h);
        if (v != null) return v;
        self.setItem(key, h, dflt);
        return dflt;
    }

    @Exposed.Method(sig = "($self, key, default=<unrepresentable>, /)")
    public static PyObject pop(PyDict self, PyObject key, PyObject dflt) {
        if (self.size() == 0) {
            // _PyDict_Pop: an empty dict does not even hash the key.
            if (dflt != null) return dflt;
            throw Errors.keyError(key);
        }
        PyObject v = self.pop(key);
        if (v == null) {
            if (dflt != null) return dflt;
            throw Errors.keyError(key);
        }
        Heap.decref(v); // the dict's reference: queued, alive until the caller stores it
        return v;
    }

    /** popitem: the last entry (LIFO). */
    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject popitem(PyDict self) {
        if (self.size() == 0) throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
        int last = -1;
        for (int e = self.nextEntry(0); e >= 0; e = self.nextEntry(e + 1)) last = e;
        PyObject key = self.keyAt(last);
        Heap.incref(key);
        PyObject value = self.removeEntry(last, self.hashAt(last));
        // The popped entry (and any deleted ones after it) are reused by the next insertion;
        // usable stays as it is, the index slot being DUMMY now.
        self.nentries = last;
        PyTuple result = PyTuple.of(key, value);
        Heap.decref(key);
        Heap.decref(value);
        return result;
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static void clear(PyDict self) {
        self.clear();
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject copy(PyDict self) {
        return copyOf(self);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS) public static PyObject keys(PyDict self) { return new DictViews.Keys(self); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) public static PyObject values(PyDict self) { return new DictViews.Values(self); }
    @Exposed.Method(conv = Exposed.Convention.NOARGS) public static PyObject items(PyDict self) { return new DictViews.Items(self); }

    @Exposed.Method
    public static PyObject __iter__(PyDict self) {
        return new DictViews.KeyIter(self);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS)
    public static PyObject __reversed__(PyDict self) {
        return new DictViews.ReverseKeyIter(self);
    }

    // ------------------------------------------------------------------ operators

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __or__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyDict d = copyOf(self);
        Heap.incref(d);
        try {
            updateArg(d, other);
        } finally {
            Heap.decref(d);
        }
        return d;
    }

    /** The reflected form of dict_or: {@code other | self}. */
    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ror__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return __or__(o, self);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ior__(PyDict self, PyObject other) {
        updateArg(self, other);
        return self;
    }

    /** dict_equal: same length, and each key of a maps to an equal value in b. */
    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (int e = 0; e < a.entryCount(); e++) {
            PyObject key = a.keyAt(e);
            if (key == null) continue;
            PyObject aval = a.valueAt(e);
            Heap.incref(key);
            Heap.incref(aval);
            try {
                PyObject bval = b.getItem(key, a.hashAt(e));
                if (bval == null) return false;
                Heap.incref(bval);
                try {
                    if (!Abstract.richCompareBool(aval, bval, Abstract.EQ)) return false;
                } finally {
                    Heap.decref(bval);
                }
            } finally {
                Heap.decref(aval);
                Heap.decref(key);
            }
        }
        return true;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __eq__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(equal(self, o));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ne__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(!equal(self, o));
    }

    @Exposed.ClassMethod(sig = "($type, item, /)")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) {
        return GenericAlias.of(cls, item);
    }
}
