package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The operations {@code set} and {@code frozenset} share (Objects/setobject.c): construction,
 * merging, membership with the frozenset retry for unhashable sets, the algebra, comparisons
 * and repr. Each follows the CPython function it is named after, including which operand is
 * iterated and which is probed, since that decides the iteration order of the result.
 * A key taken from a table is counted while Python code ({@code __eq__}, {@code __hash__})
 * may run on it.
 */
final class SetOps {
    private SetOps() {}

    static boolean isAnySet(PyObject o) {
        return o instanceof SetObject;
    }

    static boolean isAnySetExact(PyObject o) {
        return o.type == PySet.TYPE || o.type == PyFrozenSet.TYPE;
    }

    // ------------------------------------------------------------------ creation

    /** make_new_set: an empty instance of type, filled from iterable (may be null). */
    static SetObject makeNewSet(PyType type, PyObject iterable) {
        SetObject so = (SetObject) type.allocate();
        if (iterable != null) {
            Heap.incref(so);
            try {
                updateInternal(so, iterable);
            } catch (RuntimeException | Error e) {
                Heap.decref(so);
                throw e;
            }
            so.refcnt--;
            if (so.refcnt == 0) {
                so.refcnt++;
                Heap.decref(so); // back on the zero-count queue, as a new object is
            }
        }
        return so;
    }

    /** make_new_set_basetype: a result of the exact built-in type the (sub)type derives from. */
    static SetObject makeNewSetBasetype(PyType type, PyObject iterable) {
        PyType t = type.isSubtypeOf(PySet.TYPE) ? PySet.TYPE : PyFrozenSet.TYPE;
        return makeNewSet(t, iterable);
    }

    /** set_copy. */
    static SetObject copy(SetObject so) {
        return makeNewSetBasetype(so.type, so);
    }

    // ------------------------------------------------------------------ update

    /** set_update_internal: a set merges by table, an exact dict by its stored hashes, else iteration. */
    static void updateInternal(SetObject so, PyObject other) {
        if (other instanceof SetObject o) {
            merge(so, o);
            return;
        }
        if (other.type == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            long dictsize = d.size();
            if ((so.fill + dictsize) * 5 >= so.mask * 3L) so.tableResize((so.used + dictsize) * 2);
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) so.addEntry(d.keyAt(e), d.hashAt(e));
            return;
        }
        PyObject it = Abstract.getIter(other);
        Heap.incref(it);
        try {
            for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                so.addEntry(key, SetObject.hashOf(key));
            }
        } finally {
            Heap.decref(it);
        }
    }

    /** set_merge: one resize up front; an empty target copies slots or inserts clean. */
    static void merge(SetObject so, SetObject other) {
        if (other == so || other.used == 0) return;
        if ((long) (so.fill + other.used) * 5 >= so.mask * 3L) so.tableResize((long) (so.used + other.used) * 2);
        if (so.fill == 0 && so.mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                PyObject key = other.keys[i];
                if (key != null) {
                    Heap.incref(key);
                    so.keys[i] = key;
                    so.hashes[i] = other.hashes[i];
                }
            }
            so.fill = other.fill;
            so.used = other.used;
            return;
        }
        if (so.fill == 0) {
            so.fill = other.used;
            so.used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject key = other.keys[i];
                if (key != null) {
                    Heap.incref(key);
                    SetObject.insertClean(so.keys, so.hashes, so.mask, key, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask && i < other.keys.length; i++) {
            PyObject key = other.keys[i];
            if (key != null) so.addEntry(key, other.hashes[i]);
        }
    }

    // ------------------------------------------------------------------ membership

    /** A set used as a key is looked up as a frozenset (set_contains, set_discard, set_remove). */
    private static boolean retryAsFrozen(PyObject key, PyException e) {
        return key instanceof PySet && e.matches(ExceptionTypes.TypeError);
    }

    /** set_contains. */
    static boolean contains(SetObject so, PyObject key) {
        long h;
        try {
            h = SetObject.hashOf(key);
        } catch (PyException e) {
            if (!retryAsFrozen(key, e)) throw e;
            PyFrozenSet tmp = PyFrozenSet.of(key);
            return so.containsEntry(tmp, tmp.frozenHash());
        }
        return so.containsEntry(key, h);
    }

    /** set_discard_key with set_discard's frozenset retry: whether the key was present. */
    static boolean discard(SetObject so, PyObject key) {
        long h;
        try {
            h = SetObject.hashOf(key);
        } catch (PyException e) {
            if (!retryAsFrozen(key, e)) throw e;
            PyFrozenSet tmp = PyFrozenSet.of(key);
            return so.discardEntry(tmp, tmp.frozenHash());
        }
        return so.discardEntry(key, h);
    }

    // ------------------------------------------------------------------ algebra

    /** set_union: a copy updated by each argument (the set itself skipped). */
    static SetObject union(SetObject so, PyTuple args) {
        SetObject result = copy(so);
        Heap.incref(result);
        try {
            for (int i = 0; i < args.size(); i++) {
                PyObject other = args.get(i);
                if (other != so) updateInternal(result, other);
            }
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** Drops the working reference of a result being returned (it stays alive on the queue). */
    static <T extends PyObject> T release(T o) {
        Heap.decref(o);
        return o;
    }

    /** set_or. */
    static PyObject or(PyObject so, PyObject other) {
        if (!(so instanceof SetObject s) || !(other instanceof SetObject)) return PyNotImplemented.NOT_IMPLEMENTED;
        SetObject result = copy(s);
        if (so == other) return result;
        Heap.incref(result);
        try {
            updateInternal(result, other);
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_intersection: the smaller set is iterated (its order is the result's), or the iterable. */
    static SetObject intersection(SetObject so, PyObject other) {
        if (so == other) return copy(so);
        SetObject result = makeNewSetBasetype(so.type, null);
        Heap.incref(result);
        try {
            if (other instanceof SetObject o) {
                SetObject big = so, small = o;
                if (o.used > so.used) {
                    big = o;
                    small = so;
                }
                for (int e = small.nextSlot(0); e >= 0; e = small.nextSlot(e + 1)) {
                    PyObject key = small.keys[e];
                    long h = small.hashes[e];
                    Heap.incref(key);
                    try {
                        if (big.containsEntry(key, h)) result.addEntry(key, h);
                    } finally {
                        Heap.decref(key);
                    }
                }
            } else {
                PyObject it = Abstract.getIter(other);
                Heap.incref(it);
                try {
                    for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                        long h = SetObject.hashOf(key);
                        if (so.containsEntry(key, h)) {
                            result.addEntry(key, h);
                            if (result.used >= so.used) break;
                        }
                    }
                } finally {
                    Heap.decref(it);
                }
            }
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_intersection_multi. */
    static SetObject intersectionMulti(SetObject so, PyTuple args) {
        if (args.size() == 0) return copy(so);
        SetObject result = so;
        Heap.incref(result);
        try {
            for (int i = 0; i < args.size(); i++) {
                SetObject next = intersection(result, args.get(i));
                Heap.incref(next);
                Heap.decref(result);
                result = next;
            }
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_intersection_update(_multi): the result's table is swapped into so. */
    static void intersectionUpdate(SetObject so, SetObject tmp) {
        Heap.incref(tmp);
        SetObject.swapBodies(so, tmp);
        Heap.decref(tmp);
    }

    /** set_and. */
    static PyObject and(PyObject so, PyObject other) {
        if (!(so instanceof SetObject s) || !(other instanceof SetObject)) return PyNotImplemented.NOT_IMPLEMENTED;
        return intersection(s, other);
    }

    /** set_isdisjoint. */
    static boolean isdisjoint(SetObject so, PyObject other) {
        if (so == other) return so.used == 0;
        if (isAnySetExact(other)) {
            SetObject big = so, small = (SetObject) other;
            if (small.used > big.used) {
                big = small;
                small = so;
            }
            for (int e = small.nextSlot(0); e >= 0; e = small.nextSlot(e + 1)) {
                PyObject key = small.keys[e];
                Heap.incref(key);
                try {
                    if (big.containsEntry(key, small.hashes[e])) return false;
                } finally {
                    Heap.decref(key);
                }
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        Heap.incref(it);
        try {
            for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                if (so.containsEntry(key, SetObject.hashOf(key))) return false;
            }
            return true;
        } finally {
            Heap.decref(it);
        }
    }

    /** set_difference_update_internal: discards, then a resize when over a quarter are dummies. */
    static void differenceUpdateInternal(SetObject so, PyObject other) {
        if (so == other) {
            so.clearInternal();
            return;
        }
        if (other instanceof SetObject o) {
            // When the other set is more than 8 times larger, iterate the intersection instead.
            SetObject src = (o.used >> 3) > so.used ? intersection(so, o) : o;
            Heap.incref(src);
            try {
                for (int e = src.nextSlot(0); e >= 0; e = src.nextSlot(e + 1)) {
                    PyObject key = src.keys[e];
                    Heap.incref(key);
                    try {
                        so.discardEntry(key, src.hashes[e]);
                    } finally {
                        Heap.decref(key);
                    }
                }
            } finally {
                Heap.decref(src);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            Heap.incref(it);
            try {
                for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                    so.discardEntry(key, SetObject.hashOf(key));
                }
            } finally {
                Heap.decref(it);
            }
        }
        if ((so.fill - so.used) <= so.mask / 4) return;
        so.tableResize(so.used > 50000 ? so.used * 2L : so.used * 4L);
    }

    private static SetObject copyAndDifference(SetObject so, PyObject other) {
        SetObject result = copy(so);
        Heap.incref(result);
        try {
            differenceUpdateInternal(result, other);
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_difference. */
    static SetObject difference(SetObject so, PyObject other) {
        long otherSize;
        if (other instanceof SetObject o) otherSize = o.used;
        else if (other.type == PyDict.TYPE) otherSize = ((PyDict) other).size();
        else return copyAndDifference(so, other);
        if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
        SetObject result = makeNewSetBasetype(so.type, null);
        Heap.incref(result);
        try {
            for (int e = so.nextSlot(0); e >= 0; e = so.nextSlot(e + 1)) {
                PyObject key = so.keys[e];
                long h = so.hashes[e];
                Heap.incref(key);
                try {
                    boolean in = other instanceof SetObject o ? o.containsEntry(key, h)
                            : ((PyDict) other).getItem(key, h) != null;
                    if (!in) result.addEntry(key, h);
                } finally {
                    Heap.decref(key);
                }
            }
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_difference_multi. */
    static SetObject differenceMulti(SetObject so, PyTuple args) {
        if (args.size() == 0) return copy(so);
        SetObject result = difference(so, args.get(0));
        Heap.incref(result);
        try {
            for (int i = 1; i < args.size(); i++) differenceUpdateInternal(result, args.get(i));
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_sub. */
    static PyObject sub(PyObject so, PyObject other) {
        if (!(so instanceof SetObject s) || !(other instanceof SetObject)) return PyNotImplemented.NOT_IMPLEMENTED;
        return difference(s, other);
    }

    /** set_symmetric_difference_update: each key of other is discarded, or added when absent. */
    static void symmetricDifferenceUpdate(SetObject so, PyObject other) {
        if (so == other) {
            so.clearInternal();
            return;
        }
        if (other.type == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                PyObject key = d.keyAt(e);
                long h = d.hashAt(e);
                Heap.incref(key);
                try {
                    if (!so.discardEntry(key, h)) so.addEntry(key, h);
                } finally {
                    Heap.decref(key);
                }
            }
            return;
        }
        SetObject otherset = other instanceof SetObject o ? o : makeNewSetBasetype(so.type, other);
        Heap.incref(otherset);
        try {
            for (int e = otherset.nextSlot(0); e >= 0; e = otherset.nextSlot(e + 1)) {
                PyObject key = otherset.keys[e];
                long h = otherset.hashes[e];
                Heap.incref(key);
                try {
                    if (!so.discardEntry(key, h)) so.addEntry(key, h);
                } finally {
                    Heap.decref(key);
                }
            }
        } finally {
            Heap.decref(otherset);
        }
    }

    /** set_symmetric_difference: a set of other, updated by so. */
    static SetObject symmetricDifference(SetObject so, PyObject other) {
        SetObject result = makeNewSetBasetype(so.type, other);
        Heap.incref(result);
        try {
            symmetricDifferenceUpdate(result, so);
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** set_xor. */
    static PyObject xor(PyObject so, PyObject other) {
        if (!(so instanceof SetObject s) || !(other instanceof SetObject)) return PyNotImplemented.NOT_IMPLEMENTED;
        return symmetricDifference(s, other);
    }

    // ------------------------------------------------------------------ comparisons

    /** set_issubset. */
    static boolean issubset(SetObject so, PyObject other) {
        if (!(other instanceof SetObject o)) {
            SetObject tmp = makeNewSet(PySet.TYPE, other);
            Heap.incref(tmp);
            try {
                return issubset(so, tmp);
            } finally {
                Heap.decref(tmp);
            }
        }
        if (so.used > o.used) return false;
        for (int e = so.nextSlot(0); e >= 0; e = so.nextSlot(e + 1)) {
            PyObject key = so.keys[e];
            Heap.incref(key);
            try {
                if (!o.containsEntry(key, so.hashes[e])) return false;
            } finally {
                Heap.decref(key);
            }
        }
        return true;
    }

    /** set_issuperset. */
    static boolean issuperset(SetObject so, PyObject other) {
        if (other instanceof SetObject o) return issubset(o, so);
        PyObject it = Abstract.getIter(other);
        Heap.incref(it);
        try {
            for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                if (!so.containsEntry(key, SetObject.hashOf(key))) return false;
            }
            return true;
        } finally {
            Heap.decref(it);
        }
    }

    /** set_richcompare: NotImplemented unless both are sets; ordering is inclusion. */
    static PyObject richCompare(SetObject v, PyObject w, int op) {
        if (!(w instanceof SetObject o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return switch (op) {
            case Abstract.EQ -> PyBool.of(equal(v, o));
            case Abstract.NE -> PyBool.of(!equal(v, o));
            case Abstract.LE -> PyBool.of(issubset(v, o));
            case Abstract.GE -> PyBool.of(issuperset(v, o));
            case Abstract.LT -> PyBool.of(v.used < o.used && issubset(v, o));
            case Abstract.GT -> PyBool.of(v.used > o.used && issuperset(v, o));
            default -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    private static boolean equal(SetObject v, SetObject w) {
        if (v.used != w.used) return false;
        if (v.hash != -1 && w.hash != -1 && v.hash != w.hash) return false;
        return issubset(v, w);
    }

    // ------------------------------------------------------------------ repr, pop, reduce

    /** set_repr: "{...}" from repr(list(self))[1:-1]; "name(...)" when re-entered. */
    static PyObject repr(SetObject so) {
        String name = so.type.name;
        if (!ReprGuard.enter(so)) return PyStr.of(name + "(...)");
        try {
            if (so.used == 0) return PyStr.of(name + "()");
            PyList keys = PyList.of(Abstract.toArray(so));
            Heap.incref(keys);
            String lr;
            try {
                lr = Abstract.repr(keys).value;
            } finally {
                Heap.decref(keys);
            }
            lr = lr.substring(1, lr.length() - 1);
            return PyStr.of(so.type == PySet.TYPE ? "{" + lr + "}" : name + "({" + lr + "})");
        } finally {
            ReprGuard.leave(so);
        }
    }

    /** set_pop: the first active slot from the finger on; the caller receives the table's reference. */
    static PyObject pop(SetObject so) {
        if (so.used == 0) throw Errors.raise(ExceptionTypes.KeyError, "pop from an empty set");
        int e = so.finger & so.mask;
        while (so.keys[e] == null) {
            e++;
            if (e > so.mask) e = 0;
        }
        PyObject key = so.keys[e];
        so.keys[e] = null;
        so.hashes[e] = -1;
        so.used--;
        so.finger = e + 1;
        return key;
    }

    /** set_reduce: (type, (list(self),), state). */
    static PyObject reduce(SetObject so) {
        PyList keys = PyList.of(Abstract.toArray(so));
        PyObject state = so.dict != null ? so.dict : PyNone.NONE;
        return PyTuple.of(so.type, PyTuple.of(keys), state);
    }
    // ------------------------------------------------------------------ dict views (Objects/dictobject.c)

    /** dictviews_to_set: a keys view of an exact dict converts from the dict (its stored hashes). */
    private static PySet viewToSet(PyObject self) {
        PyObject left = self;
        if (self instanceof DictViews.Keys k && k.dict.type == PyDict.TYPE) left = k.dict;
        return PySet.of(left);
    }

    /** Runs an in-place set operation on a fresh result, counting it meanwhile. */
    private static PySet withResult(PySet result, java.util.function.Consumer<PySet> op) {
        Heap.incref(result);
        try {
            op.accept(result);
        } catch (RuntimeException | Error e) {
            Heap.decref(result);
            throw e;
        }
        return release(result);
    }

    /** dictviews_sub: set(self).difference_update(other); self may be the non-view (reflected). */
    static PyObject viewSub(PyObject self, PyObject other) {
        return withResult(viewToSet(self), r -> differenceUpdateInternal(r, other));
    }

    /** dictviews_or: set(self) updated by other. */
    static PyObject viewOr(PyObject self, PyObject other) {
        return withResult(viewToSet(self), r -> updateInternal(r, other));
    }

    /** dictviews_xor: items ^ items keeps pairs by value equality; otherwise set(self) ^= other. */
    static PyObject viewXor(PyObject self, PyObject other) {
        if (self instanceof DictViews.Items a && other instanceof DictViews.Items b) return itemsXor(a.dict, b.dict);
        return withResult(viewToSet(self), r -> symmetricDifferenceUpdate(r, other));
    }

    /** dictitems_xor: pairs of d2 not equal in d1, then d1's remaining pairs. */
    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = d1.copy();
        Heap.incref(temp);
        try {
            return withResult(new PySet(), result -> {
                for (int e = d2.nextEntry(0); e >= 0; e = d2.nextEntry(e + 1)) {
                    PyObject key = d2.keyAt(e), val2 = d2.valueAt(e);
                    Heap.incref(key);
                    Heap.incref(val2);
                    try {
                        PyObject val1 = temp.getItem(key, d2.hashAt(e));
                        boolean toDelete = false;
                        if (val1 != null) {
                            Heap.incref(val1);
                            try {
                                toDelete = Abstract.richCompareBool(val1, val2, Abstract.EQ);
                            } finally {
                                Heap.decref(val1);
                            }
                        }
                        if (toDelete) temp.delItem(key);
                        else result.add(PyTuple.of(key, val2));
                    } finally {
                        Heap.decref(key);
                        Heap.decref(val2);
                    }
                }
                updateInternal(result, new DictViews.Items(temp));
            });
        } finally {
            Heap.decref(temp);
        }
    }

    /** _PyDictView_Intersect: the view (self after a swap) is probed, the other operand iterated. */
    static PyObject viewAnd(PyObject self, PyObject other) {
        if (!(self instanceof DictViews.SetView)) {
            PyObject t = other;
            other = self;
            self = t;
        }
        long lenSelf = ((DictViews.SetView) self).dict.size();
        if (other.type == PySet.TYPE && lenSelf <= ((PySet) other).used) {
            return intersection((PySet) other, self);
        }
        if (other instanceof DictViews.SetView ov && ov.dict.size() > lenSelf) {
            PyObject t = other;
            other = self;
            self = t;
        }
        DictViews.SetView view = (DictViews.SetView) self;
        PyObject it = Abstract.getIter(other);
        Heap.incref(it);
        try {
            return withResult(new PySet(), result -> {
                for (PyObject key = Abstract.next(it); key != null; key = Abstract.next(it)) {
                    Heap.incref(key);
                    try {
                        if (view.containsItem(key)) result.add(key);
                    } finally {
                        Heap.decref(key);
                    }
                }
            });
        } finally {
            Heap.decref(it);
        }
    }
}
