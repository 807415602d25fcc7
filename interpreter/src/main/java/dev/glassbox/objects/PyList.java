package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.Arrays;

/**
 * {@code list} (Objects/listobject.c): a growable array of counted references with CPython's
 * over-allocation ({@code list_resize}), so {@code sys.getsizeof} reads the same.
 */
@Exposed.Type(name = "list", unhashable = true, gc = true, basicSize = 40, doc = "Built-in mutable sequence.\n\n"
        + "If no argument is given, the constructor creates a new empty list.\n"
        + "The argument must be an iterable if specified.")
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyList.class);

    PyObject[] items;
    int size;
    /** CPython's {@code allocated}: capacity as CPython would have it (drives getsizeof). */
    int allocated;

    public PyList(PyType type) {
        super(type);
        items = PyTuple.NO_ITEMS;
    }

    public PyList() {
        this(TYPE);
    }

    /** A list that counts and holds the given items. */
    public static PyList of(PyObject... items) {
        PyList l = new PyList();
        l.items = items.clone();
        l.size = items.length;
        l.allocated = items.length;
        for (PyObject o : items) o.refcnt++;
        return l;
    }

    /** Adopts an array whose items the caller has NOT counted: counts them. */
    public static PyList wrap(PyObject[] items, int n) {
        PyList l = new PyList();
        l.items = items;
        l.size = n;
        l.allocated = n;
        for (int i = 0; i < n; i++) items[i].refcnt++;
        return l;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** list_resize: CPython's growth pattern (newsize + newsize/8 + 6, rounded to 4). */
    void resize(int newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            size = newSize;
            ensureJavaCapacity(newSize);
            return;
        }
        long newAllocated = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size > newAllocated - newSize) newAllocated = (newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        allocated = (int) newAllocated;
        ensureJavaCapacity(Math.max(newSize, allocated));
        size = newSize;
    }

    private void ensureJavaCapacity(int n) {
        if (items.length < n) items = Arrays.copyOf(items, Math.max(n, items.length * 2));
    }

    public void append(PyObject o) {
        int n = size;
        resize(n + 1);
        o.refcnt++;
        items[n] = o;
    }

    public void set(int i, PyObject o) {
        PyObject old = items[i];
        o.refcnt++;
        items[i] = o;
        Heap.decref(old);
    }

    public void insert(int where, PyObject o) {
        int n = size;
        if (where < 0) { where += n; if (where < 0) where = 0; }
        if (where > n) where = n;
        resize(n + 1);
        System.arraycopy(items, where, items, where + 1, n - where);
        o.refcnt++;
        items[where] = o;
    }

    /** Removes and returns item i; the caller receives the list's reference (must decref or store). */
    public PyObject removeAt(int i) {
        PyObject o = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[size - 1] = null;
        resize(size - 1);
        return o;
    }

    /** Replaces the whole content (used by sort and slice assignment); counts the new items. */
    public void replaceAll(PyObject[] newItems, int n) {
        PyObject[] old = items;
        int oldSize = size;
        for (int i = 0; i < n; i++) newItems[i].refcnt++;
        items = newItems.length >= n ? newItems : Arrays.copyOf(newItems, n);
        size = n;
        allocated = n;
        for (int i = oldSize - 1; i >= 0; i--) Heap.decref(old[i]);
    }

    /** The storage array (length may exceed size); for the sort and the VM. */
    public PyObject[] storage() {
        return items;
    }

    @Override
    public long basicSize() {
        return 40 + 8L * allocated;
    }

    @Override
    public long blockSize() {
        return type.basicSize;
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = size - 1; i >= 0; i--) v.visit(items[i]);
        if (type.isHeapType()) super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        // list_dealloc: items from last to first.
        PyObject[] a = items;
        int n = size;
        items = PyTuple.NO_ITEMS;
        size = 0;
        allocated = 0;
        for (int i = n - 1; i >= 0; i--) r.release(a[i]);
        super.release(r);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) b.append(", ");
            b.append(items[i]);
        }
        return b.append(']').toString();
    }
}
