package dev.glassbox.objects;

import java.util.ArrayList;

/**
 * CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave} (Objects/object.c): the containers whose
 * repr is being computed on this thread, so that a container reached again inside its own repr
 * prints as {@code [...]} or <code>{...}</code> instead of recursing forever. CPython keeps a
 * list in the thread state dict; we keep one per Java thread, compared by identity.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<ArrayList<PyObject>> ACTIVE = ThreadLocal.withInitial(ArrayList::new);

    /** Marks {@code o} as being repr'd; false when it already is (the caller prints the ellipsis form). */
    public static boolean enter(PyObject o) {
        ArrayList<PyObject> l = ACTIVE.get();
        for (int i = l.size() - 1; i >= 0; i--) if (l.get(i) == o) return false;
        l.add(o);
        return true;
    }

    /** Unmarks {@code o} (searching from the end, as Py_ReprLeave does). */
    public static void leave(PyObject o) {
        ArrayList<PyObject> l = ACTIVE.get();
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i) == o) {
                l.remove(i);
                return;
            }
        }
    }
}
