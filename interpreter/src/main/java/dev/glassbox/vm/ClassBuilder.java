package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code __build_class__} (builtin___build_class__ in Python/bltinmodule.c): resolves
 * {@code __mro_entries__}, finds the metaclass, calls {@code __prepare__}, runs the class body
 * with the namespace as its locals, and calls the metaclass; checks the {@code __class__}
 * cell was set.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyObject build(PyObject func, PyObject nameObj, PyTuple origBases, PyDict kwds) {
        if (!(func instanceof PyFunction fn)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(nameObj instanceof PyStr)) throw Errors.typeError("__build_class__: name is not a string");
        PyTuple bases = updateBases(origBases);
        PyDict kw = kwds.copy();
        Heap.incref(kw);
        try {
            PyObject meta = kw.pop(PyStr.intern("metaclass"));
            boolean isClass;
            if (meta == null) {
                meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type;
                isClass = true;
                Heap.incref(meta);
            } else {
                isClass = meta instanceof PyType;
            }
            try {
                if (isClass) meta = calculateMeta((PyType) meta, bases);
                PyObject prepare = Abstract.lookupAttr(meta, PyStr.intern("__prepare__"));
                PyObject ns = prepare == null ? new PyDict() : Abstract.callArgs(prepare, PyTuple.of(nameObj, bases), kw);
                if (ns.type.special(SpecialMethod.__getitem__) == null) {
                    throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
                            isClass ? ((PyType) meta).qualname : "<metaclass>", ns.type.qualname);
                }
                Heap.incref(ns);
                try {
                    PyObject cell = runBody(fn, ns);
                    if (bases != origBases) Abstract.setItem(ns, PyStr.intern("__orig_bases__"), origBases);
                    PyObject cls = Abstract.callArgs(meta, PyTuple.of(nameObj, bases, ns), kw);
                    if (cls instanceof PyType && cell instanceof PyCell c) {
                        PyObject inCell = c.get();
                        if (inCell != cls) {
                            if (inCell == null) {
                                throw Errors.runtimeError("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                                        Abstract.repr(nameObj), Abstract.repr(cls));
                            }
                            throw Errors.typeError("__class__ set to %s defining %s as %s", Abstract.repr(inCell),
                                    Abstract.repr(nameObj), Abstract.repr(cls));
                        }
                    }
                    return cls;
                } finally {
                    Heap.decref(ns);
                }
            } finally {
                Heap.decref(meta);
            }
        } finally {
            Heap.decref(kw);
        }
    }

    /** Runs the class body; returns what it returned (the __class__ cell, or None). */
    private static PyObject runBody(PyFunction fn, PyObject ns) {
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, ns);
        if (fn.closure != null) {
            int n = fn.closure.size();
            int base = f.localsplus.length - n;
            for (int i = 0; i < n; i++) {
                PyObject c = fn.closure.get(i);
                Heap.incref(c);
                f.localsplus[base + i] = c;
            }
        }
        return Interpreter.current().runFrame(f);
    }

    private static PyTuple updateBases(PyTuple bases) {
        java.util.List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            if (b instanceof PyType) {
                if (out != null) out.add(b);
                continue;
            }
            PyObject me = Abstract.lookupAttr(b, PyStr.intern("__mro_entries__"));
            if (me == null) {
                if (out != null) out.add(b);
                continue;
            }
            PyObject entries = Abstract.call(me, bases);
            if (!(entries instanceof PyTuple et)) throw Errors.typeError("__mro_entries__ must return a tuple");
            if (out == null) {
                out = new java.util.ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases.get(j));
            }
            for (PyObject e : et.array()) out.add(e);
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }

    private static PyObject calculateMeta(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.array()) {
            PyType bt = b.type;
            if (winner.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(winner)) { winner = bt; continue; }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        Heap.incref(winner);
        Heap.decref(meta);
        return winner;
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
