package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The dict views {@code dict_keys}, {@code dict_values}, {@code dict_items} and the six dict
 * iterators (Objects/dictobject.c). A view holds its dict and reads it live. An iterator
 * remembers the dict's size when it started: a change of size raises RuntimeError
 * "dictionary changed size during iteration" (sticky, as CPython's {@code di_used = -1}), and
 * finding more entries than it started with raises "dictionary keys changed during iteration".
 *
 * <p>Keys and items views compare like sets with other views and with sets (size, then
 * containment); their operators {@code & | - ^} build sets ({@link SetOps}, dictviews_*).
 */
public final class DictViews {
    private DictViews() {}

    /** What every view shares: the dict, len, repr as {@code dict_keys([...])}, {@code mapping}. */
    abstract static class View extends PyObject {
        final PyDict dict;

        View(PyType type, PyDict dict) {
            super(type);
            this.dict = dict;
            Heap.incref(dict);
        }

        abstract PyObject iter();
        abstract PyObject reversedIter();

        PyObject repr() {
            if (!ReprGuard.enter(this)) return PyStr.of("...");
            try {
                PyList items = new PyList();
                Heap.incref(items);
                try {
                    PyListMethods.extend(items, this);
                    return PyStr.of(type.name + "(" + Abstract.repr(items).value + ")");
                } finally {
                    Heap.decref(items);
                }
            } finally {
                ReprGuard.leave(this);
            }
        }

        @Override public void traverse(Visitor v) { v.visit(dict); }
        @Override public void release(Releaser r) { r.release(dict); }
    }

    /** Keys and items views: set-like. */
    abstract static class SetView extends View {
        SetView(PyType type, PyDict dict) {
            super(type, dict);
        }

        abstract boolean containsItem(PyObject o);

        /** all_contained_in(self, other): every element of self is in other. */
        boolean allContainedIn(PyObject self, PyObject other) {
            PyObject it = Abstract.getIter(self);
            Heap.incref(it);
            try {
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    Heap.incref(x);
                    try {
                        if (!Abstract.contains(other, x)) return false;
                    } finally {
                        Heap.decref(x);
                    }
                }
                return true;
            } finally {
                Heap.decref(it);
            }
        }

        /** dictview_richcompare: with other views and with sets. */
        PyObject compare(PyObject other, int op) {
            if (!(other instanceof SetView) && !(other instanceof SetObject)) return PyNotImplemented.NOT_IMPLEMENTED;
            long lenSelf = Abstract.length(this), lenOther = Abstract.length(other);
            boolean ok = switch (op) {
                case Abstract.EQ, Abstract.NE -> lenSelf == lenOther && allContainedIn(this, other);
                case Abstract.LT -> lenSelf < lenOther && allContainedIn(this, other);
                case Abstract.LE -> lenSelf <= lenOther && allContainedIn(this, other);
                case Abstract.GT -> lenSelf > lenOther && allContainedIn(other, this);
                default -> lenSelf >= lenOther && allContainedIn(other, this);
            };
            if (op == Abstract.NE) ok = !ok;
            return PyBool.of(ok);
        }

        /** isdisjoint: no element of other is in self (iterating the smaller when both are views). */
        boolean isDisjoint(PyObject other) {
            PyObject self = this;
            if (other == this) return Abstract.length(this) == 0;
            if (other instanceof SetView && Abstract.length(this) > Abstract.length(other)) {
                PyObject t = self;
                self = other;
                other = t;
            }
            PyObject it = Abstract.getIter(other);
            Heap.incref(it);
            try {
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    Heap.incref(x);
                    try {
                        if (Abstract.contains(self, x)) return false;
                    } finally {
                        Heap.decref(x);
                    }
                }
                return true;
            } finally {
                Heap.decref(it);
            }
        }
    }

    @Exposed.Type(name = "dict_keys", baseType = false, unhashable = true, gc = true, basicSize = 24)
    public static final class Keys extends SetView {
        public static final PyType TYPE = PyType.fromClass(Keys.class);

        Keys(PyDict dict) { super(TYPE, dict); }

        @Override PyObject iter() { return new KeyIter(dict); }
        @Override PyObject reversedIter() { return new ReverseKeyIter(dict); }
        @Override boolean containsItem(PyObject o) { return dict.contains(o); }

        @Exposed.Method public long __len__() { return dict.size(); }
        @Exposed.Method public PyObject __iter__() { return iter(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public PyObject __reversed__() { return reversedIter(); }
        @Exposed.Method public PyObject __repr__() { return repr(); }
        @Exposed.Method(sig = "($self, key, /)") public boolean __contains__(PyObject o) { return containsItem(o); }
        @Exposed.Method(sig = "($self, other, /)") public boolean isdisjoint(PyObject o) { return isDisjoint(o); }
        @Exposed.Getter(name = "mapping") public PyObject mapping() { return new MappingProxy(dict); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, Abstract.EQ); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, Abstract.NE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, Abstract.LT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, Abstract.LE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, Abstract.GT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, Abstract.GE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __sub__(PyObject o) { return SetOps.viewSub(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rsub__(PyObject o) { return SetOps.viewSub(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __and__(PyObject o) { return SetOps.viewAnd(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rand__(PyObject o) { return SetOps.viewAnd(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __or__(PyObject o) { return SetOps.viewOr(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ror__(PyObject o) { return SetOps.viewOr(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __xor__(PyObject o) { return SetOps.viewXor(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rxor__(PyObject o) { return SetOps.viewXor(o, this); }
    }

    @Exposed.Type(name = "dict_values", baseType = false, gc = true, basicSize = 24)
    public static final class Values extends View {
        public static final PyType TYPE = PyType.fromClass(Values.class);

        Values(PyDict dict) { super(TYPE, dict); }

        @Override PyObject iter() { return new ValueIter(dict); }
        @Override PyObject reversedIter() { return new ReverseValueIter(dict); }

        @Exposed.Method public long __len__() { return dict.size(); }
        @Exposed.Method public PyObject __iter__() { return iter(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public PyObject __reversed__() { return reversedIter(); }
        @Exposed.Method public PyObject __repr__() { return repr(); }
        @Exposed.Getter(name = "mapping") public PyObject mapping() { return new MappingProxy(dict); }
    }

    @Exposed.Type(name = "dict_items", baseType = false, unhashable = true, gc = true, basicSize = 24)
    public static final class Items extends SetView {
        public static final PyType TYPE = PyType.fromClass(Items.class);

        Items(PyDict dict) { super(TYPE, dict); }

        @Override PyObject iter() { return new ItemIter(dict); }
        @Override PyObject reversedIter() { return new ReverseItemIter(dict); }

        /** dictitems_contains: a (key, value) pair whose key maps to an equal value. */
        @Override
        boolean containsItem(PyObject o) {
            if (!(o instanceof PyTuple t) || t.size() != 2) return false;
            PyObject key = t.get(0), value = t.get(1);
            PyObject found = dict.getItem(key);
            if (found == null) return false;
            Heap.incref(found);
            try {
                return Abstract.richCompareBool(found, value, Abstract.EQ);
            } finally {
                Heap.decref(found);
            }
        }

        @Exposed.Method public long __len__() { return dict.size(); }
        @Exposed.Method public PyObject __iter__() { return iter(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public PyObject __reversed__() { return reversedIter(); }
        @Exposed.Method public PyObject __repr__() { return repr(); }
        @Exposed.Method(sig = "($self, key, /)") public boolean __contains__(PyObject o) { return containsItem(o); }
        @Exposed.Method(sig = "($self, other, /)") public boolean isdisjoint(PyObject o) { return isDisjoint(o); }
        @Exposed.Getter(name = "mapping") public PyObject mapping() { return new MappingProxy(dict); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, Abstract.EQ); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, Abstract.NE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, Abstract.LT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, Abstract.LE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, Abstract.GT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, Abstract.GE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __sub__(PyObject o) { return SetOps.viewSub(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rsub__(PyObject o) { return SetOps.viewSub(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __and__(PyObject o) { return SetOps.viewAnd(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rand__(PyObject o) { return SetOps.viewAnd(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __or__(PyObject o) { return SetOps.viewOr(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ror__(PyObject o) { return SetOps.viewOr(o, this); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __xor__(PyObject o) { return SetOps.viewXor(this, o); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __rxor__(PyObject o) { return SetOps.viewXor(o, this); }
    }

    // ------------------------------------------------------------------ iterators

    /** dictiterobject: the dict (null once exhausted), the size seen at the start, position, items left. */
    abstract static class DictIter extends PyObject implements Abstract.Iter {
        PyDict dict;
        int used;
        int pos;
        long len;
        final boolean reversed;

        DictIter(PyType type, PyDict dict, boolean reversed) {
            super(type);
            this.dict = dict;
            Heap.incref(dict);
            this.used = dict.size();
            this.len = dict.size();
            this.reversed = reversed;
            this.pos = reversed ? dict.entryCount() - 1 : 0;
        }

        /** The result for live entry {@code e}. */
        abstract PyObject result(PyDict d, int e);

        @Override
        public PyObject next() {
            PyDict d = dict;
            if (d == null) return null;
            if (used != d.size()) {
                used = -1; // make this state sticky
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int e;
            if (reversed) {
                e = pos;
                while (e >= 0 && (e >= d.entryCount() || d.keyAt(e) == null)) e--;
                if (e < 0) return exhausted();
                pos = e - 1;
            } else {
                e = d.nextEntry(pos);
                if (e < 0) return exhausted();
                // An entry we did not expect: the keys were replaced during iteration.
                if (len == 0) {
                    exhausted();
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
                pos = e + 1;
            }
            len--;
            return result(d, e);
        }

        private PyObject exhausted() {
            PyDict d = dict;
            dict = null;
            Heap.decref(d);
            return null;
        }

        PyObject nextOrStop() {
            PyObject v = next();
            if (v == null) throw Errors.stopIteration();
            return v;
        }

        long lengthHint() {
            return dict != null && used == dict.size() ? len : 0;
        }

        @Override public void traverse(Visitor v) { if (dict != null) v.visit(dict); }
        @Override public void release(Releaser r) { PyObject d = dict; dict = null; r.release(d); }
    }

    @Exposed.Type(name = "dict_keyiterator", baseType = false, gc = true, basicSize = 56)
    public static final class KeyIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(KeyIter.class);
        KeyIter(PyDict d) { super(TYPE, d, false); }
        @Override PyObject result(PyDict d, int e) { return d.keyAt(e); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }

    @Exposed.Type(name = "dict_valueiterator", baseType = false, gc = true, basicSize = 56)
    public static final class ValueIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(ValueIter.class);
        ValueIter(PyDict d) { super(TYPE, d, false); }
        @Override PyObject result(PyDict d, int e) { return d.valueAt(e); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }

    @Exposed.Type(name = "dict_itemiterator", baseType = false, gc = true, basicSize = 56)
    public static final class ItemIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(ItemIter.class);
        ItemIter(PyDict d) { super(TYPE, d, false); }
        @Override PyObject result(PyDict d, int e) { return PyTuple.of(d.keyAt(e), d.valueAt(e)); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }

    @Exposed.Type(name = "dict_reversekeyiterator", baseType = false, gc = true, basicSize = 56)
    public static final class ReverseKeyIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(ReverseKeyIter.class);
        ReverseKeyIter(PyDict d) { super(TYPE, d, true); }
        @Override PyObject result(PyDict d, int e) { return d.keyAt(e); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }

    @Exposed.Type(name = "dict_reversevalueiterator", baseType = false, gc = true, basicSize = 56)
    public static final class ReverseValueIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(ReverseValueIter.class);
        ReverseValueIter(PyDict d) { super(TYPE, d, true); }
        @Override PyObject result(PyDict d, int e) { return d.valueAt(e); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }

    @Exposed.Type(name = "dict_reverseitemiterator", baseType = false, gc = true, basicSize = 56)
    public static final class ReverseItemIter extends DictIter {
        public static final PyType TYPE = PyType.fromClass(ReverseItemIter.class);
        ReverseItemIter(PyDict d) { super(TYPE, d, true); }
        @Override PyObject result(PyDict d, int e) { return PyTuple.of(d.keyAt(e), d.valueAt(e)); }
        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
        @Exposed.Method(conv = Exposed.Convention.NOARGS) public long __length_hint__() { return lengthHint(); }
    }
}
