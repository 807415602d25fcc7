package dev.glassbox.objects;

/**
 * The methods of {@code frozenset} (Objects/setobject.c, {@code frozenset_methods},
 * {@code frozenset_as_number}, {@code frozenset_hash}), over the {@link SetObject} layout; the
 * algorithms are shared with {@code set} in {@link SetOps}. There are no mutating or in-place
 * methods; {@code copy} of an exact frozenset is the frozenset itself.
 */
public final class PyFrozenSetMethods {
    private PyFrozenSetMethods() {}

    /** frozenset_new: takes no keywords (unless a subclass redefines __init__); frozenset(f) is f. */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "frozenset.__new__");
        if (!t.isSubtypeOf(PyFrozenSet.TYPE)) {
            throw Errors.typeError("frozenset.__new__(%s): %s is not a subtype of frozenset", t.name, t.name);
        }
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0 && (t == PyFrozenSet.TYPE
                || t.lookup("__init__") == PyBaseObject.TYPE.lookup("__init__"))) {
            throw Errors.typeError("frozenset() takes no keyword arguments");
        }
        if (a.size() > 1) throw Errors.typeError("%s expected at most 1 argument, got %d", t.name, a.size());
        PyObject iterable = a.size() == 1 ? a.get(0) : null;
        if (t == PyFrozenSet.TYPE && iterable != null && iterable.type == PyFrozenSet.TYPE) return iterable;
        return SetOps.makeNewSet(t, iterable);
    }

    @Exposed.Method
    public static long __hash__(PyFrozenSet self) { return self.frozenHash(); }

    /** frozenset_copy: an exact frozenset is its own copy. */
    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return a shallow copy of a set.")
    public static PyObject copy(PyFrozenSet self) {
        return self.type == PyFrozenSet.TYPE ? self : SetOps.copy(self);
    }


    /** set_new: an empty set of the (sub)type; the arguments are for __init__. */
    /** set_init: empties the set, then updates it from the optional iterable. */
    // ------------------------------------------------------------------ protocol

    @Exposed.Method
    public static PyObject __repr__(PyFrozenSet self) { return SetOps.repr(self); }

    @Exposed.Method
    public static long __len__(PyFrozenSet self) { return self.used; }

    @Exposed.Method(sig = "($self, key, /)", conv = Exposed.Convention.O, doc = "x.__contains__(y) <==> y in x.")
    public static boolean __contains__(PyFrozenSet self, PyObject key) { return SetOps.contains(self, key); }

    @Exposed.Method
    public static PyObject __iter__(PyFrozenSet self) { return new SetIter(self); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "S.__sizeof__() -> size of S in memory, in bytes")
    public static long __sizeof__(PyFrozenSet self) { return self.sizeof(); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return state information for pickling.")
    public static PyObject __reduce__(PyFrozenSet self) { return SetOps.reduce(self); }

    @Exposed.ClassMethod(sig = "($type, item, /)", doc = "See PEP 585")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) { return GenericAlias.of(cls, item); }

    // ------------------------------------------------------------------ comparisons

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __eq__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.EQ); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ne__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.NE); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __lt__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.LT); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __le__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.LE); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __gt__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.GT); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ge__(PyFrozenSet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.GE); }

    // ------------------------------------------------------------------ operators

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __or__(PyFrozenSet self, PyObject other) { return SetOps.or(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ror__(PyFrozenSet self, PyObject other) { return SetOps.or(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __and__(PyFrozenSet self, PyObject other) { return SetOps.and(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rand__(PyFrozenSet self, PyObject other) { return SetOps.and(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __sub__(PyFrozenSet self, PyObject other) { return SetOps.sub(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rsub__(PyFrozenSet self, PyObject other) { return SetOps.sub(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __xor__(PyFrozenSet self, PyObject other) { return SetOps.xor(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rxor__(PyFrozenSet self, PyObject other) { return SetOps.xor(other, self); }

    // ------------------------------------------------------------------ new sets

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)")
    public static PyObject union(PyFrozenSet self, PyObject args) { return SetOps.union(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)")
    public static PyObject intersection(PyFrozenSet self, PyObject args) { return SetOps.intersectionMulti(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the difference of two or more sets as a new set.\n\n"
                    + "(i.e. all elements that are in this set but not the others.)")
    public static PyObject difference(PyFrozenSet self, PyObject args) { return SetOps.differenceMulti(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Return the symmetric difference of two sets as a new set.\n\n"
                    + "(i.e. all elements that are in exactly one of the sets.)")
    public static PyObject symmetric_difference(PyFrozenSet self, PyObject other) { return SetOps.symmetricDifference(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Return True if two sets have a null intersection.")
    public static boolean isdisjoint(PyFrozenSet self, PyObject other) { return SetOps.isdisjoint(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Report whether another set contains this set.")
    public static boolean issubset(PyFrozenSet self, PyObject other) { return SetOps.issubset(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Report whether this set contains another set.")
    public static boolean issuperset(PyFrozenSet self, PyObject other) { return SetOps.issuperset(self, other); }
}
