package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code tuple} (Objects/tupleobject.c): an immutable array of counted references. */
@Exposed.Type(name = "tuple", gc = true, basicSize = 24, itemSize = 8, doc = "Built-in immutable sequence.\n\n"
        + "If no argument is given, the constructor returns an empty tuple.\n"
        + "If iterable is specified the tuple is initialized from iterable's items.\n\n"
        + "If the argument is a tuple, the return value is the same object.")
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyTuple.class);
    static final PyObject[] NO_ITEMS = new PyObject[0];
    public static final PyTuple EMPTY = new PyTuple(TYPE, NO_ITEMS, true);

    final PyObject[] items;

    private PyTuple(PyType type, PyObject[] items, boolean immortal) {
        super(type, immortal);
        this.items = items;
    }

    /** A tuple that lives as long as the runtime (a built-in type's __mro__ or __bases__). */
    static PyTuple immortalOf(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items.clone(), true);
    }

    /** Takes ownership of {@code items}: each is counted here. */
    PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
        for (PyObject o : items) o.refcnt++;
    }

    public PyTuple(PyType type) {
        this(type, NO_ITEMS);
    }

    /** A new tuple of the given items (the array is copied). */
    public static PyTuple of(PyObject... items) {
        if (items.length == 0) return EMPTY;
        return new PyTuple(TYPE, items.clone());
    }

    /** A new tuple that adopts {@code items} (the caller must not keep using the array). */
    public static PyTuple wrap(PyObject[] items) {
        if (items.length == 0) return EMPTY;
        return new PyTuple(TYPE, items);
    }

    public static PyTuple ofSubtype(PyType t, PyObject[] items) {
        if (t == TYPE) return wrap(items);
        return new PyTuple(t, items);
    }

    /** tuple(iterable) */
    public static PyTuple fromIterable(PyObject o) {
        if (o instanceof PyTuple t && t.type == TYPE) return t;
        if (o instanceof PyList l) return wrap(l.toArray());
        return wrap(Abstract.toArray(o));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The items (do not modify). */
    public PyObject[] array() {
        return items;
    }

    @Override
    public long basicSize() {
        return 24 + 8L * items.length;
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = items.length - 1; i >= 0; i--) v.visit(items[i]); // tupletraverse: last to first
        if (type.isHeapType()) super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        // tupledealloc releases items from last to first.
        for (int i = items.length - 1; i >= 0; i--) {
            r.release(items[i]);
            items[i] = null;
        }
        super.release(r);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(items[i]);
        }
        if (items.length == 1) b.append(',');
        return b.append(')').toString();
    }

    static void increfAll(PyObject[] a) {
        for (PyObject o : a) Heap.incref(o);
    }
}
