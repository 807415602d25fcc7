package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.GenericAlias;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyNotImplemented;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;

/**
 * {@code collections.deque} (Modules/_collectionsmodule.c). CPython links blocks of 64
 * slots; here one circular array holds the items (each a counted reference), which gives the
 * same observable behaviour: O(1) at both ends, indexing, {@code maxlen} trimming from the
 * opposite end, and a {@code state} counter bumped by every mutation so that iterators and
 * comparisons notice "deque mutated during iteration".
 */
@Exposed.Type(name = "deque", module = "collections", gc = true, unhashable = true, basicSize = 216,
        doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
                + "A list-like sequence optimized for data accesses near its endpoints.")
public class Deque extends PyObject {
    public static final PyType TYPE = PyType.fromClass(Deque.class);

    PyObject[] items = new PyObject[8];
    int head, size;
    long maxlen = -1;
    long state;

    public Deque(PyType t) {
        super(t);
    }

    // ------------------------------------------------------------ storage

    final PyObject at(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    private void grow() {
        if (size < items.length) return;
        PyObject[] n = new PyObject[items.length * 2];
        for (int i = 0; i < size; i++) n[i] = at(i);
        items = n;
        head = 0;
    }

    void pushRight(PyObject v) {
        grow();
        Heap.incref(v);
        items[(head + size) & (items.length - 1)] = v;
        size++;
        state++;
    }

    void pushLeft(PyObject v) {
        grow();
        Heap.incref(v);
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
        state++;
    }

    /** Removes and returns the right end; its reference is dropped (queued if it reaches 0). */
    PyObject takeRight() {
        int idx = (head + size - 1) & (items.length - 1);
        PyObject v = items[idx];
        items[idx] = null;
        size--;
        state++;
        Heap.decref(v);
        return v;
    }

    PyObject takeLeft() {
        PyObject v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        Heap.decref(v);
        return v;
    }

    void appendTrim(PyObject v) {
        if (maxlen == 0) return;
        pushRight(v);
        if (maxlen >= 0 && size > maxlen) takeLeft();
    }

    void appendLeftTrim(PyObject v) {
        if (maxlen == 0) return;
        pushLeft(v);
        if (maxlen >= 0 && size > maxlen) takeRight();
    }

    void clearAll() {
        // deque_clear: drop items left to right
        while (size > 0) takeLeft();
        head = 0;
        state++;
    }

    @Override
    public void traverse(Visitor v) {
        for (int i = 0; i < size; i++) v.visit(at(i));
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] old = new PyObject[size];
        for (int i = 0; i < size; i++) old[i] = at(i);
        items = new PyObject[8];
        head = size = 0;
        for (PyObject o : old) r.release(o);
        super.release(r);
    }

    static Deque check(PyObject self) {
        return (Deque) self;
    }

    // ------------------------------------------------------------ construction

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return new Deque((PyType) cls);
    }

    @Exposed.Method(sig = "($self, /, iterable=<unrepresentable>, maxlen=None)")
    public void __init__(PyObject iterable, PyObject maxlenObj) {
        long ml = -1;
        if (maxlenObj != null && maxlenObj != PyNone.NONE) {
            ml = Abstract.indexAsLong(maxlenObj);
            if (ml < 0) throw Errors.valueError("maxlen must be non-negative");
        }
        maxlen = ml;
        if (size > 0) clearAll();
        if (iterable != null) extend(iterable);
    }

    // ------------------------------------------------------------ methods

    @Exposed.Method(sig = "($self, x, /)", doc = "Add an element to the right side of the deque.")
    public void append(PyObject x) { appendTrim(x); }

    @Exposed.Method(sig = "($self, x, /)", doc = "Add an element to the left side of the deque.")
    public void appendleft(PyObject x) { appendLeftTrim(x); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Remove and return the rightmost element.")
    public PyObject pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        return takeRight();
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Remove and return the leftmost element.")
    public PyObject popleft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        return takeLeft();
    }

    /** Items of an iterable, snapshotting self first when extending a deque with itself. */
    private PyObject[] itemsOf(PyObject iterable) {
        return Abstract.toArray(iterable == this ? PyList.of(snapshot()) : iterable);
    }

    PyObject[] snapshot() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) out[i] = at(i);
        return out;
    }

    @Exposed.Method(sig = "($self, iterable, /)", doc = "Extend the right side of the deque with elements from the iterable")
    public void extend(PyObject iterable) {
        if (iterable == this) {
            for (PyObject v : snapshot()) appendTrim(v);
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) appendTrim(v);
        } finally {
            Heap.decref(it);
        }
    }

    @Exposed.Method(sig = "($self, iterable, /)", doc = "Extend the left side of the deque with elements from the iterable")
    public void extendleft(PyObject iterable) {
        if (iterable == this) {
            for (PyObject v : snapshot()) appendLeftTrim(v);
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) appendLeftTrim(v);
        } finally {
            Heap.decref(it);
        }
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Remove all elements from the deque.")
    public void clear() { clearAll(); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return a shallow copy of a deque.")
    public PyObject copy() {
        if (type == TYPE) {
            Deque d = new Deque(TYPE);
            d.maxlen = maxlen;
            for (int i = 0; i < size; i++) d.pushRight(at(i));
            return d;
        }
        if (maxlen < 0) return Abstract.call(type, this);
        return Abstract.callArgs(type, PyTuple.of(this), kw("maxlen", PyInt.of(maxlen)));
    }

    static PyDict kw(String k, PyObject v) {
        PyDict d = new PyDict();
        d.setItem(k, v);
        return d;
    }

    @Exposed.Method(name = "__copy__", conv = Exposed.Convention.NOARGS, doc = "Return a shallow copy of a deque.")
    public PyObject copyDunder() { return copy(); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return number of occurrences of value")
    public PyObject count(PyObject value) {
        long start = state, n = 0;
        for (int i = 0; i < size; i++) {
            PyObject item = at(i);
            Heap.incref(item);
            boolean eq;
            try {
                eq = Abstract.richCompareBool(item, value, Abstract.EQ);
            } finally {
                Heap.decref(item);
            }
            if (start != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) n++;
        }
        return PyInt.of(n);
    }

    @Exposed.Method(sig = "($self, value, start=<unrepresentable>, stop=<unrepresentable>, /)",
            doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")
    public PyObject index(PyObject value, PyObject startObj, PyObject stopObj) {
        long start = 0, stop = size;
        if (startObj != null) start = Abstract.indexAsLong(startObj);
        if (stopObj != null) stop = Abstract.indexAsLong(stopObj);
        if (start < 0) start = Math.max(0, start + size);
        if (stop < 0) stop = Math.max(0, stop + size);
        stop = Math.min(stop, size);
        long st = state;
        for (long i = start; i < stop; i++) {
            PyObject item = at((int) i);
            Heap.incref(item);
            boolean eq;
            try {
                eq = Abstract.richCompareBool(item, value, Abstract.EQ);
            } finally {
                Heap.decref(item);
            }
            if (st != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return PyInt.of(i);
        }
        throw Errors.valueError("%s is not in deque", Abstract.repr(value));
    }

    @Exposed.Method(sig = "($self, index, object, /)", doc = "Insert value before index.")
    public void insert(PyObject idxObj, PyObject value) {
        long i = Abstract.indexAsLong(idxObj);
        if (maxlen >= 0 && size >= maxlen) throw Errors.indexError("deque already at its maximum size");
        if (i >= size) { appendTrim(value); return; }
        if (i <= -size || i == 0) { appendLeftTrim(value); return; }
        if (i < 0) i += size;
        rotateBy(-i);
        appendLeftTrim(value);
        rotateBy(i);
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Remove first occurrence of value.")
    public void remove(PyObject value) {
        long st = state;
        int n = size;
        for (int i = 0; i < n; i++) {
            PyObject item = at(i);
            Heap.incref(item);
            boolean eq;
            try {
                eq = Abstract.richCompareBool(item, value, Abstract.EQ);
            } finally {
                Heap.decref(item);
            }
            if (st != state) throw Errors.indexError("deque mutated during iteration");
            if (eq) {
                delAt(i);
                return;
            }
        }
        throw Errors.valueError("%s is not in deque", Abstract.repr(value));
    }

    void delAt(int i) {
        rotateBy(-i);
        takeLeft();
        rotateBy(i);
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Reverse *IN PLACE*.")
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int a = (head + i) & (items.length - 1), b = (head + j) & (items.length - 1);
            PyObject t = items[a];
            items[a] = items[b];
            items[b] = t;
        }
        state++;
    }

    /** deque_rotate: positive n moves items from the right end to the left. */
    void rotateBy(long n) {
        if (size <= 1) return;
        long half = size >> 1;
        if (n > half || n < -half) {
            n %= size;
            if (n > half) n -= size;
            else if (n < -half) n += size;
        }
        int mask = items.length - 1;
        for (; n > 0; n--) {
            int tail = (head + size - 1) & mask;
            PyObject v = items[tail];
            items[tail] = null;
            head = (head - 1) & mask;
            items[head] = v;
        }
        for (; n < 0; n++) {
            PyObject v = items[head];
            items[head] = null;
            head = (head + 1) & mask;
            items[(head + size - 1) & mask] = v;
        }
        state++;
    }

    @Exposed.Method(sig = "($self, n=1, /)", conv = Exposed.Convention.VARARGS, doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")
    public void rotate(PyObject n) {
        rotateBy(n == null ? 1 : Abstract.indexAsLong(n));
    }

    @Exposed.Getter(name = "maxlen", doc = "maximum size of a deque or None if unbounded")
    public PyObject getMaxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }

    // ------------------------------------------------------------ sequence protocol

    @Exposed.Method public long __len__() { return size; }
    @Exposed.Method public boolean __bool__() { return size > 0; }

    private int checkIndex(PyObject key) {
        long i = Abstract.indexAsLong(key);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Errors.indexError("deque index out of range");
        return (int) i;
    }

    @Exposed.Method(sig = "($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        return at(checkIndex(key));
    }

    @Exposed.Method(sig = "($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        int i = checkIndex(key);
        int idx = (head + i) & (items.length - 1);
        items[idx] = Heap.replace(items[idx], value);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public void __delitem__(PyObject key) {
        delAt(checkIndex(key));
    }

    @Exposed.Method(sig = "($self, key, /)")
    public boolean __contains__(PyObject v) {
        long st = state;
        for (int i = 0; i < size; i++) {
            PyObject item = at(i);
            Heap.incref(item);
            boolean eq;
            try {
                eq = Abstract.richCompareBool(item, v, Abstract.EQ);
            } finally {
                Heap.decref(item);
            }
            if (st != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return true;
        }
        return false;
    }

    @Exposed.Method public PyObject __iter__() { return new DequeIter(DequeIter.TYPE, this, false); }
    @Exposed.Method(doc = "D.__reversed__() -- return a reverse iterator over the deque")
    public PyObject __reversed__() { return new DequeIter.Reverse(this); }

    @Exposed.Method
    public PyObject __repr__() {
        if (!ReprGuard.enter(this)) return PyStr.of("[...]");
        try {
            String list = Abstract.repr(PyList.of(snapshot())).value;
            String name = type.qualname;
            return PyStr.of(maxlen >= 0 ? name + "(" + list + ", maxlen=" + maxlen + ")" : name + "(" + list + ")");
        } finally {
            ReprGuard.leave(this);
        }
    }

    // ------------------------------------------------------------ operators

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __add__(PyObject other) {
        if (!(other instanceof Deque d)) {
            throw Errors.typeError("can only concatenate deque (not \"%s\") to deque", other.type.qualname);
        }
        Deque r = (Deque) copy();
        r.extend(d);
        return r;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __mul__(PyObject n) {
        Deque r = (Deque) copy();
        return r.__imul__(n);
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __rmul__(PyObject n) { return __mul__(n); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __imul__(PyObject nObj) {
        long n = Abstract.indexAsLong(nObj);
        if (n <= 0 || size == 0) {
            clearAll();
            return this;
        }
        PyObject[] base = snapshot();
        for (long k = 1; k < n; k++) {
            for (PyObject v : base) appendTrim(v);
            if (maxlen >= 0 && k * base.length >= maxlen + base.length) break;
        }
        return this;
    }

    private PyObject compare(PyObject other, int op) {
        if (!(other instanceof Deque w)) return PyNotImplemented.NOT_IMPLEMENTED;
        if (op == Abstract.EQ || op == Abstract.NE) {
            if (size != w.size) return PyBool.of(op == Abstract.NE);
        }
        // Compare as sequences: first differing item decides, else lengths.
        PyObject[] a = snapshot(), b = w.snapshot();
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], Abstract.EQ)) {
                if (op == Abstract.EQ) return PyBool.FALSE;
                if (op == Abstract.NE) return PyBool.TRUE;
                return Abstract.richCompare(a[i], b[i], op);
            }
        }
        int c = Integer.compare(a.length, b.length);
        boolean r = switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        };
        return PyBool.of(r);
    }

    @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, Abstract.EQ); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, Abstract.NE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, Abstract.LT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, Abstract.LE); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, Abstract.GT); }
    @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, Abstract.GE); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject dict = Abstract.lookupAttr(this, PyStr.intern("__dict__"));
        if (dict == null) dict = PyNone.NONE;
        PyObject args = maxlen < 0 ? PyTuple.of(PyList.of()) : PyTuple.of(PyList.of(), PyInt.of(maxlen));
        return PyTuple.of(type, args, dict, __iter__());
    }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "D.__sizeof__() -- size of D in memory, in bytes")
    public long __sizeof__() {
        // deque_sizeof: the object plus its 64-slot blocks (528 bytes each). CPython's count
        // depends on leftindex, which this layout lacks; a deque filled from the left edge is assumed.
        long blocks = Math.max(1, (size + 63) / 64);
        return type.basicSize + blocks * 528;
    }

    @Exposed.ClassMethod(sig = "($type, item, /)")
    public static PyObject __class_getitem__(PyObject cls, PyObject item) { return GenericAlias.of(cls, item); }
}
