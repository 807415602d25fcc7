package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.ArrayList;
import java.util.List;

/**
 * Class creation: {@code type.__new__(meta, name, bases, ns, **kwargs)} (type_new in
 * Objects/typeobject.c) — metaclass calculation, the solid base, {@code __slots__}, the C3
 * MRO, {@code __classcell__}, {@code __set_name__} and {@code __init_subclass__}.
 */
public final class TypeNew {
    private TypeNew() {}

    /** Hooks into the VM's function and descriptor types (staticmethod, classmethod, cells). */
    public interface Hooks {
        boolean isPlainFunction(PyObject o);
        PyObject staticmethod(PyObject f);
        PyObject classmethod(PyObject f);
        /** Sets a __classcell__ cell's content; false if it is not a cell. */
        boolean setCell(PyObject cell, PyObject value);
        /** __name__ of the calling frame's globals (type_new sets __module__ from it), or null. */
        PyObject callerModuleName();
    }

    public static Hooks hooks;

    public static PyObject create(PyType meta, PyObject nameObj, PyObject basesObj, PyObject nsObj, PyDict kwargs) {
        if (!(nameObj instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not %s", nameObj.type.name);
        }
        if (!(basesObj instanceof PyTuple basesTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", basesObj.type.name);
        }
        if (!(nsObj instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", nsObj.type.name);
        }
        // The most derived metaclass wins (computed before the bases are checked, as CPython does);
        // a different winner with its own __new__ takes over.
        PyType winner = meta;
        for (PyObject b : basesTuple.array()) {
            PyType bm = b.type;
            if (winner.isSubtypeOf(bm)) continue;
            if (bm.isSubtypeOf(winner)) { winner = bm; continue; }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        if (winner != meta && winner.special(SpecialMethod.__new__) != PyType.TYPE.lookup("__new__")) {
            // type_new hands over to the winner's tp_new with the same arguments (not a full call).
            PyObject newFn = PyTypeMethods.unwrapStatic(winner.special(SpecialMethod.__new__));
            return Abstract.callArgs(newFn, PyTuple.of(winner, name, basesTuple, ns), kwargs);
        }
        meta = winner;
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesTuple.get(i);
            if (!(b instanceof PyType bt)) throw Errors.typeError("bases must be types");
            bases[i] = bt;
        }
        if (bases.length == 0) bases = new PyType[] {PyBaseObject.TYPE.ready()};
        for (PyType b : bases) {
            b.ready();
            if ((b.flags & PyType.BASETYPE) == 0) {
                throw Errors.typeError("type '%s' is not an acceptable base type", b.name);
            }
        }
        PyType solid = bestBase(bases);
        PyDict dict = ns.copy();
        PyType t = new PyType(meta, name.value, bases, dict, solid.javaClass);
        t.setInstantiator(solid.instantiator());
        t.flags |= solid.flags & (PyType.LONG_SUBCLASS | PyType.LIST_SUBCLASS | PyType.TUPLE_SUBCLASS
                | PyType.BYTES_SUBCLASS | PyType.UNICODE_SUBCLASS | PyType.DICT_SUBCLASS | PyType.BASE_EXC_SUBCLASS
                | PyType.TYPE_SUBCLASS);
        t.flags |= PyType.HAVE_GC;
        for (PyType b : bases) {
            t.flags |= b.flags & (PyType.SEQUENCE | PyType.MAPPING);
        }
        PyObject qn = dict.pop(PyStr.intern("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr q)) {
                throw Errors.typeError("type __qualname__ must be a str, not %s", qn.type.name);
            }
            t.qualname = q.value;
            Heap.decref(qn);
        }
        // A class that defines __eq__ but not __hash__ is unhashable (type_new / inherit_slots).
        if (dict.getItemStr("__eq__") != null && dict.getItemStr("__hash__") == null) dict.setItem("__hash__", PyNone.NONE);
        if (dict.getItemStr("__module__") == null && hooks != null) {
            PyObject mod = hooks.callerModuleName();
            if (mod != null) dict.setItem("__module__", mod);
        }
        // The MRO tuple first, then the __dict__/__weakref__ descriptors: CPython's order of
        // allocation (PyType_Ready fills the dict after computing the MRO), which gc lists show.
        List<PyType> mro = computeMro(t);
        t.setMro(mro.toArray(new PyType[0]));
        setupSlots(t, bases, dict);
        // type_new_set_doc: after the slots, so a '__doc__' slot is not a conflict (typing._SpecialForm).
        if (dict.getItemStr("__doc__") == null) dict.setItem("__doc__", PyNone.NONE);
        // 3.11 keeps a dict in a pre-header (Py_TPFLAGS_MANAGED_DICT) when the base has no items;
        // variable-size bases (int, bytes, tuple) get a dict pointer, and no weakref slot.
        boolean newDict = t.hasInstanceDict && !solid.hasInstanceDict;
        boolean managed = newDict && solid.itemSize == 0;
        if (managed || (solid.flags & PyType.MANAGED_DICT) != 0) t.flags |= PyType.MANAGED_DICT;
        t.basicSize = solid.basicSize + (newDict && !managed ? 8 : 0)
                + (t.weakrefable && !solid.weakrefable && solid.itemSize == 0 ? 8 : 0)
                + 8L * (t.slotNames.length - solid.slotNames.length);
        t.itemSize = solid.itemSize;
        wrapSpecialFunctions(dict);
        for (PyType b : bases) b.addSubclass(t);
        // __classcell__ gets the new class (zero-argument super()).
        PyObject cell = dict.pop(PyStr.intern("__classcell__"));
        if (cell != null) {
            if (hooks == null || !hooks.setCell(cell, t)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not %s", cell.type.qualname);
            }
            Heap.decref(cell);
        }
        // Abstract flag from __abstractmethods__ set later by ABCMeta; nothing here.
        Heap.incref(t); // hold while running __set_name__ / __init_subclass__
        try {
            setNames(t);
            initSubclass(t, kwargs);
        } finally {
            t.refcnt--;
            if (t.refcnt == 0) { t.refcnt = 1; Heap.decref(t); }
        }
        return t;
    }

    /** best_base: the base whose instance layout extends all others'. */
    static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = solidBase(b);
            // object's layout (PyBaseObject) is every layout's root, though not a Java superclass of all.
            if (winner == null || winner.javaClass == PyBaseObject.class && candidate.slotNames.length >= winner.slotNames.length) winner = candidate;
            else if (candidate.javaClass == PyBaseObject.class && candidate.slotNames.length == 0) continue;
            else if (winner.javaClass.isAssignableFrom(candidate.javaClass)) winner = candidate;
            else if (!candidate.javaClass.isAssignableFrom(winner.javaClass)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        // The layout owner among the winner's ancestors.
        PyType t = bases[0];
        for (PyType b : bases) if (b.javaClass == winner.javaClass) { t = b; break; }
        return t;
    }

    static PyType solidBase(PyType t) {
        while (t.base != null && t.base.javaClass == t.javaClass && t.slotNames.length == t.base.slotNames.length) t = t.base;
        return t;
    }

    private static void setupSlots(PyType t, PyType[] bases, PyDict dict) {
        PyType base = bases[0];
        List<String> inherited = new ArrayList<>(List.of(base.slotNames));
        for (int i = 1; i < bases.length; i++) {
            for (String s : bases[i].slotNames) if (!inherited.contains(s)) inherited.add(s);
        }
        boolean baseDict = false, baseWeak = false;
        for (PyType b : bases) {
            baseDict |= b.hasInstanceDict;
            baseWeak |= b.weakrefable;
        }
        PyObject slots = dict.getItemStr("__slots__");
        List<String> all = new ArrayList<>(inherited);
        if (slots == null) {
            t.hasInstanceDict = true;
            t.weakrefable = true;
        } else {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
            boolean wantDict = false, wantWeak = false;
            List<String> own = new ArrayList<>();
            for (PyObject n : names) {
                if (!(n instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '%s'", n.type.qualname);
                }
                String v = s.value;
                if (v.equals("__dict__")) {
                    if (wantDict || baseDict) throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    wantDict = true;
                    continue;
                }
                if (v.equals("__weakref__")) {
                    if (wantWeak || baseWeak) throw Errors.typeError("__weakref__ slot disallowed: either we already got one, or the base type does not support weakrefs");
                    wantWeak = true;
                    continue;
                }
                if (dict.getItemStr(v) != null) {
                    throw Errors.valueError("'%s' in __slots__ conflicts with class variable", v);
                }
                own.add(mangle(t.name, v));
            }
            java.util.Collections.sort(own);
            for (String s : own) {
                dict.setItem(s, new PyMemberDescr(t, s, all.size()));
                all.add(s);
            }
            t.hasInstanceDict = baseDict || wantDict;
            t.weakrefable = baseWeak || wantWeak;
        }
        t.slotNames = all.toArray(new String[0]);
        if (t.hasInstanceDict && !baseDict) {
            dict.setItem("__dict__", PyGetSetDescr.ofFunctions(t, "__dict__", TypeNew::getInstanceDict, TypeNew::setInstanceDict,
                    "dictionary for instance variables (if defined)"));
        }
        if (t.weakrefable && !baseWeak) {
            dict.setItem("__weakref__", PyGetSetDescr.ofFunctions(t, "__weakref__", o -> PyNone.NONE, null,
                    "list of weak references to the object (if defined)"));
        }
    }

    /** Private name mangling for __slots__ entries (_Py_Mangle). */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) return name;
        return "_" + stripped + name;
    }

    /** A plain function as __new__ becomes a staticmethod; __init_subclass__/__class_getitem__ classmethods. */
    private static void wrapSpecialFunctions(PyDict dict) {
        if (hooks == null) return;
        PyObject nw = dict.getItemStr("__new__");
        if (nw != null && hooks.isPlainFunction(nw)) dict.setItem("__new__", hooks.staticmethod(nw));
        for (String n : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getItemStr(n);
            if (f != null && hooks.isPlainFunction(f)) dict.setItem(n, hooks.classmethod(f));
        }
    }

    private static void setNames(PyType t) {
        PyDict d = t.dict;
        PyDict snapshot = d.copy();
        Heap.incref(snapshot);
        try {
            for (int e = snapshot.nextEntry(0); e >= 0; e = snapshot.nextEntry(e + 1)) {
                PyObject v = snapshot.valueAt(e);
                PyObject sn = v.type.special(SpecialMethod.__set_name__);
                if (sn != null) {
                    try {
                        Abstract.callSpecial(sn, v, t, snapshot.keyAt(e));
                    } catch (PyException ex) {
                        {
                            PyBaseException pe = ex.value;
                            PyObject note = PyStr.of("Error calling __set_name__ on '" + v.type.qualname + "' instance "
                                    + Abstract.repr(snapshot.keyAt(e)) + " in '" + t.qualname + "'");
                            pe.add_note(note);
                        }
                        throw ex;
                    }
                }
            }
        } finally {
            Heap.decref(snapshot);
        }
    }

    private static void initSubclass(PyType t, PyDict kwargs) {
        // super(t, t).__init_subclass__(**kwargs): look up along the MRO after t.
        for (int i = 1; i < t.mro.length; i++) {
            PyObject f = t.mro[i].ready().dict.getItemStr("__init_subclass__");
            if (f == null) continue;
            PyObject bound = f instanceof PyClassMethodDescr cm ? cm.__get__(PyNone.NONE, t)
                    : Abstract.callSpecial(f.type.special(SpecialMethod.__get__), f, PyNone.NONE, t);
            Abstract.callArgs(bound, PyTuple.EMPTY, kwargs);
            return;
        }
    }

    /** C3 linearization (mro_internal), with CPython's error for an inconsistent hierarchy. */
    public static List<PyType> computeMro(PyType t) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : t.bases) seqs.add(new ArrayList<>(List.of(b.ready().mro)));
        seqs.add(new ArrayList<>(List.of(t.bases)));
        // Duplicate bases are an error of their own.
        for (int i = 0; i < t.bases.length; i++) {
            for (int j = i + 1; j < t.bases.length; j++) {
                if (t.bases[i] == t.bases[j]) throw Errors.typeError("duplicate base class %s", t.bases[i].qualname);
            }
        }
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return result;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null) {
                StringBuilder b = new StringBuilder();
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    PyType h = s.get(0);
                    if (seen.contains(h)) continue;
                    seen.add(h);
                    if (b.length() > 0) b.append(", ");
                    b.append(h.qualname);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", b.toString());
            }
            result.add(candidate);
            for (List<PyType> s : seqs) if (s.get(0) == candidate) s.remove(0);
        }
    }

    private static PyObject getInstanceDict(PyObject o) {
        return Abstract.materializedDict(o);
    }

    private static void setInstanceDict(PyObject o, PyObject v) {
        if (v == null) {
            PyDict old = o.dict;
            o.dict = null;
            Heap.xdecref(old);
            return;
        }
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type.qualname);
        }
        PyDict old = o.dict;
        Heap.incref(d);
        o.dict = d;
        Heap.xdecref(old);
    }
}
