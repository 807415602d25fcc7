package dev.glassbox.memory;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.PyWeakref;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The weak references to each object (CPython keeps a list in the object; Glassbox keeps the
 * lists here, and flags the object {@link Heap#HAS_WEAKREFS} so dying objects without any
 * are not looked up). When an object dies every reference to it is cleared first, then the
 * callbacks run, newest reference first (PyObject_ClearWeakRefs).
 */
public final class Weakrefs {
    private Weakrefs() {}

    private static final IdentityHashMap<PyObject, List<PyWeakref>> REFS = new IdentityHashMap<>();
    /** Reports a failing callback as unraisable ("Exception ignored in: ..."). */
    public static BiConsumer<PyObject, PyException> unraisable = (cb, e) -> { };

    /** Built-in types whose instances accept weak references (tp_weaklistoffset set). */
    private static final Set<String> BUILTIN_WEAKREFABLE = Set.of("type", "function", "set", "frozenset", "generator",
            "coroutine", "async_generator", "code", "module", "method", "property", "ReferenceType", "partial",
            "builtin_function_or_method", "method_descriptor", "classmethod", "staticmethod", "deque", "Pattern",
            "socket", "TextIOWrapper", "BufferedReader", "BufferedWriter", "FileIO", "BytesIO", "StringIO", "frame",
            "cell", "lock", "RLock", "_localdummy", "OrderedDict", "super");

    public static void checkSupported(PyObject o) {
        PyType t = o.type;
        for (PyType x = t; x != null; x = x.base) {
            if (x.weakrefable || BUILTIN_WEAKREFABLE.contains(x.qualname)) {
                if (!(x == t && !t.weakrefable && t.isHeapType() && !BUILTIN_WEAKREFABLE.contains(t.qualname))) return;
            }
        }
        throw Errors.typeError("cannot create weak reference to '%s' object", t.name);
    }

    /** The existing basic reference (no callback, exact type) to reuse, as CPython does. */
    public static PyWeakref basicRef(PyObject o, PyType exact) {
        List<PyWeakref> l = REFS.get(o);
        if (l == null) return null;
        for (PyWeakref r : l) if (r.callback == null && r.type == exact) return r;
        return null;
    }

    public static void add(PyObject o, PyWeakref r) {
        REFS.computeIfAbsent(o, k -> new ArrayList<>()).add(r);
        o.gcFlags |= Heap.HAS_WEAKREFS;
    }

    public static void remove(PyObject o, PyWeakref r) {
        List<PyWeakref> l = REFS.get(o);
        if (l == null) return;
        l.remove(r);
        if (l.isEmpty()) {
            REFS.remove(o);
            o.gcFlags &= ~Heap.HAS_WEAKREFS;
        }
    }

    public static int count(PyObject o) {
        List<PyWeakref> l = REFS.get(o);
        return l == null ? 0 : l.size();
    }

    public static List<PyWeakref> refs(PyObject o) {
        List<PyWeakref> l = REFS.get(o);
        return l == null ? List.of() : new ArrayList<>(l);
    }

    /** Clears every reference to a dying object, then calls the callbacks, newest first. */
    public static void clearAndCall(PyObject o) {
        List<PyWeakref> l = REFS.remove(o);
        o.gcFlags &= ~Heap.HAS_WEAKREFS;
        if (l == null) return;
        for (PyWeakref r : l) r.referent = null;
        for (int i = l.size() - 1; i >= 0; i--) {
            PyWeakref r = l.get(i);
            PyObject cb = r.callback;
            if (cb == null) continue;
            Heap.incref(r);
            try {
                Abstract.call(cb, r);
            } catch (PyException e) {
                unraisable.accept(cb, e);
            } finally {
                Heap.decref(r);
            }
        }
    }

    /** Clears the references without calling callbacks (the collector's first step). */
    public static List<PyWeakref> clearOnly(PyObject o) {
        List<PyWeakref> l = REFS.remove(o);
        o.gcFlags &= ~Heap.HAS_WEAKREFS;
        if (l == null) return List.of();
        for (PyWeakref r : l) r.referent = null;
        return l;
    }
}
