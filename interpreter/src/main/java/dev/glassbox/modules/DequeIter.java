package dev.glassbox.modules;

import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}
 * (Modules/_collectionsmodule.c): positions over a {@link Deque} that raise
 * "deque mutated during iteration" when the deque's state changed since they started.
 */
@Exposed.Type(name = "_deque_iterator", module = "_collections", gc = true, basicSize = 48)
public class DequeIter extends ItertoolsBase {
    public static final PyType TYPE = PyType.fromClass(DequeIter.class);
    public static final PyType REV_TYPE = PyType.fromClass(Reverse.class);
    final boolean reversed;
    final long state;
    int index;
    long counter;

    public DequeIter(PyType t) {
        super(t, 1);
        reversed = false;
        state = 0;
    }

    DequeIter(PyType t, Deque d, boolean rev) {
        super(t, 1);
        set(0, d);
        reversed = rev;
        state = d.state;
        counter = d.size;
        index = rev ? d.size - 1 : 0;
    }

    @Override
    public PyObject next() {
        Deque d = (Deque) get(0);
        if (d == null) return null;
        if (d.state != state) {
            counter = 0;
            throw Errors.runtimeError("deque mutated during iteration");
        }
        if (counter == 0) return null;
        PyObject v = d.at(index);
        index += reversed ? -1 : 1;
        counter--;
        return v;
    }

    @Exposed.Method public PyObject __iter__() { return this; }
    @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    @Exposed.Method(doc = "Private method returning an estimate of len(list(it)).")
    public long __length_hint__() { return counter; }

    @Exposed.Type(name = "_deque_reverse_iterator", module = "_collections", gc = true, basicSize = 48)
    public static final class Reverse extends DequeIter {
        public Reverse(PyType t) { super(t); }

        Reverse(Deque d) { super(REV_TYPE, d, true); }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
