package dev.glassbox.objects;

/**
 * {@code set} (Objects/setobject.c, {@code PySet_Type}): the mutable set over the shared
 * {@link SetObject} table. Its methods are in {@link PySetMethods}; the algorithms they share
 * with {@code frozenset} are in {@link SetOps}.
 */
@Exposed.Type(name = "set", unhashable = true, gc = true, basicSize = 200, doc = "set() -> new empty set object\n"
        + "set(iterable) -> new set object\n\n"
        + "Build an unordered collection of unique elements.")
public class PySet extends SetObject {
    public static final PyType TYPE = PyType.fromClass(PySet.class);

    static {
        // PySetObject has its own weakreflist (tp_weaklistoffset): subclasses add no slot for it.
        TYPE.weakrefable = true;
    }

    public PySet(PyType type) {
        super(type);
    }

    public PySet() {
        this(TYPE);
    }

    /** A new set holding the items of an iterable (PySet_New). */
    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        if (iterable != null) SetOps.updateInternal(s, iterable);
        return s;
    }

    /** Adds one key (PySet_Add). */
    public void add(PyObject key) {
        addEntry(key, hashOf(key));
    }

    /** Adds every item of an iterable (set_update_internal; SET_UPDATE and set.update). */
    public void update(PyObject iterable) {
        SetOps.updateInternal(this, iterable);
    }

    public boolean contains(PyObject key) {
        return SetOps.contains(this, key);
    }
}
