package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * The methods of {@code set} (Objects/setobject.c, {@code set_methods}, {@code set_as_number},
 * {@code set_richcompare}), over the {@link SetObject} layout; the algorithms are in
 * {@link SetOps}. Calling conventions are CPython's (METH_O, METH_NOARGS, METH_VARARGS), so
 * argument errors read the same.
 */
public final class PySetMethods {
    private PySetMethods() {}

    // ------------------------------------------------------------------ creation

    /** set_new: an empty set of the (sub)type; the arguments are for __init__. */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(type, "set.__new__");
        if (!t.isSubtypeOf(PySet.TYPE)) {
            throw Errors.typeError("set.__new__(%s): %s is not a subtype of set", t.name, t.name);
        }
        return t.allocate();
    }

    /** set_init: empties the set, then updates it from the optional iterable. */
    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __init__(PySet self, PyObject args, PyObject kwargs) {
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0) throw Errors.typeError("set() takes no keyword arguments");
        if (a.size() > 1) throw Errors.typeError("%s expected at most 1 argument, got %d", self.type.name, a.size());
        if (self.fill > 0) self.clearInternal();
        self.hash = -1;
        if (a.size() == 1) SetOps.updateInternal(self, a.get(0));
        return PyNone.NONE;
    }

    // ------------------------------------------------------------------ protocol

    @Exposed.Method
    public static PyObject __repr__(PySet self) { return SetOps.repr(self); }

    @Exposed.Method
    public static long __len__(PySet self) { return self.used; }

    @Exposed.Method(sig = "($self, key, /)", conv = Exposed.Convention.O, doc = "x.__contains__(y) <==> y in x.")
    public static boolean __contains__(PySet self, PyObject key) { return SetOps.contains(self, key); }

    @Exposed.Method
    public static PyObject __iter__(PySet self) { return new SetIter(self); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "S.__sizeof__() -> size of S in memory, in bytes")
    public static long __sizeof__(PySet self) { return self.sizeof(); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return state information for pickling.")
    public static PyObject __reduce__(PySet self) { return SetOps.reduce(self); }

    @Exposed.ClassMethod(sig = "($type, item, /)", doc = "See PEP 585")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) { return GenericAlias.of(cls, item); }

    // ------------------------------------------------------------------ comparisons

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __eq__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.EQ); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ne__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.NE); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __lt__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.LT); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __le__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.LE); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __gt__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.GT); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ge__(PySet self, PyObject other) { return SetOps.richCompare(self, other, Abstract.GE); }

    // ------------------------------------------------------------------ operators

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __or__(PySet self, PyObject other) { return SetOps.or(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ror__(PySet self, PyObject other) { return SetOps.or(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __and__(PySet self, PyObject other) { return SetOps.and(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rand__(PySet self, PyObject other) { return SetOps.and(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __sub__(PySet self, PyObject other) { return SetOps.sub(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rsub__(PySet self, PyObject other) { return SetOps.sub(other, self); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __xor__(PySet self, PyObject other) { return SetOps.xor(self, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __rxor__(PySet self, PyObject other) { return SetOps.xor(other, self); }

    /** set_ior. */
    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ior__(PySet self, PyObject other) {
        if (!SetOps.isAnySet(other)) return PyNotImplemented.NOT_IMPLEMENTED;
        SetOps.updateInternal(self, other);
        return self;
    }

    /** set_iand. */
    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __iand__(PySet self, PyObject other) {
        if (!SetOps.isAnySet(other)) return PyNotImplemented.NOT_IMPLEMENTED;
        SetOps.intersectionUpdate(self, SetOps.intersection(self, other));
        return self;
    }

    /** set_isub. */
    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __isub__(PySet self, PyObject other) {
        if (!SetOps.isAnySet(other)) return PyNotImplemented.NOT_IMPLEMENTED;
        SetOps.differenceUpdateInternal(self, other);
        return self;
    }

    /** set_ixor. */
    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ixor__(PySet self, PyObject other) {
        if (!SetOps.isAnySet(other)) return PyNotImplemented.NOT_IMPLEMENTED;
        SetOps.symmetricDifferenceUpdate(self, other);
        return self;
    }

    // ------------------------------------------------------------------ mutation

    @Exposed.Method(sig = "($self, object, /)", conv = Exposed.Convention.O,
            doc = "Add an element to a set.\n\nThis has no effect if the element is already present.")
    public static void add(PySet self, PyObject key) { self.add(key); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Remove all elements from this set.")
    public static void clear(PySet self) { self.clearInternal(); }

    @Exposed.Method(sig = "($self, object, /)", conv = Exposed.Convention.O,
            doc = "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
                    + "an exception when an element is missing from the set.")
    public static void discard(PySet self, PyObject key) { SetOps.discard(self, key); }

    @Exposed.Method(sig = "($self, object, /)", conv = Exposed.Convention.O,
            doc = "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.")
    public static void remove(PySet self, PyObject key) {
        if (!SetOps.discard(self, key)) throw Errors.keyError(key);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS,
            doc = "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.")
    public static PyObject pop(PySet self) {
        PyObject key = SetOps.pop(self);
        // The table's reference goes away once the caller has stored the result.
        Heap.decref(key);
        return key;
    }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Update a set with the union of itself and others.")
    public static void update(PySet self, PyObject args) {
        PyTuple a = (PyTuple) args;
        for (int i = 0; i < a.size(); i++) SetOps.updateInternal(self, a.get(i));
    }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Update a set with the intersection of itself and another.")
    public static void intersection_update(PySet self, PyObject args) {
        SetOps.intersectionUpdate(self, SetOps.intersectionMulti(self, (PyTuple) args));
    }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Remove all elements of another set from this set.")
    public static void difference_update(PySet self, PyObject args) {
        PyTuple a = (PyTuple) args;
        for (int i = 0; i < a.size(); i++) SetOps.differenceUpdateInternal(self, a.get(i));
    }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Update a set with the symmetric difference of itself and another.")
    public static void symmetric_difference_update(PySet self, PyObject other) {
        SetOps.symmetricDifferenceUpdate(self, other);
    }

    // ------------------------------------------------------------------ new sets

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return a shallow copy of a set.")
    public static PyObject copy(PySet self) { return SetOps.copy(self); }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)")
    public static PyObject union(PySet self, PyObject args) { return SetOps.union(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)")
    public static PyObject intersection(PySet self, PyObject args) { return SetOps.intersectionMulti(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, *others)", conv = Exposed.Convention.VARARGS,
            doc = "Return the difference of two or more sets as a new set.\n\n"
                    + "(i.e. all elements that are in this set but not the others.)")
    public static PyObject difference(PySet self, PyObject args) { return SetOps.differenceMulti(self, (PyTuple) args); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Return the symmetric difference of two sets as a new set.\n\n"
                    + "(i.e. all elements that are in exactly one of the sets.)")
    public static PyObject symmetric_difference(PySet self, PyObject other) { return SetOps.symmetricDifference(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Return True if two sets have a null intersection.")
    public static boolean isdisjoint(PySet self, PyObject other) { return SetOps.isdisjoint(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Report whether another set contains this set.")
    public static boolean issubset(PySet self, PyObject other) { return SetOps.issubset(self, other); }

    @Exposed.Method(sig = "($self, other, /)", conv = Exposed.Convention.O,
            doc = "Report whether this set contains another set.")
    public static boolean issuperset(PySet self, PyObject other) { return SetOps.issuperset(self, other); }
}
