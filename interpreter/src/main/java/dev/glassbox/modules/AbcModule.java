package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFrozenSet;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyNotImplemented;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySet;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.PyWeakref;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _abc} (Modules/_abc.c): the machinery behind {@code abc.ABCMeta}. Each ABC keeps an
 * {@code _abc_impl} ({@link AbcData}) with its registry and its positive and negative caches,
 * sets of weak references to classes that remove themselves when a class dies, and a global
 * invalidation counter bumped by every register(). Registering a class with a collection ABC
 * ({@code __abc_tpflags__}: Sequence, Mapping) gives it the type flag that {@code match} tests.
 */
@Exposed.Module(name = "_abc", doc = "Module contains faster C implementation of abc.ABCMeta")
public final class AbcModule {
    private AbcModule() {}

    private static final long COLLECTION_FLAGS = PyType.SEQUENCE | PyType.MAPPING;
    /** abc_invalidation_counter: bumped on every registration, so negative caches expire. */
    private static long invalidationCounter;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(AbcModule.class);
        m.dict().setItem("_abc_data", AbcData.TYPE);
        return m;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Returns the current ABC cache token.\n\n"
            + "The token is an opaque object (supporting equality testing) identifying the\n"
            + "current version of the ABC cache for virtual subclasses. The token changes\n"
            + "with every call to register() on any ABC.")
    public static PyObject get_cache_token() {
        return PyInt.of(invalidationCounter);
    }

    @Exposed.Function(name = "_abc_init", sig = "($module, self, /)", doc = "Internal ABC helper for class set-up. Should be never used outside abc module.")
    public static PyObject abcInit(PyObject self) {
        computeAbstractMethods(self);
        AbcData data = new AbcData(AbcData.TYPE);
        Abstract.setAttr(self, PyStr.intern("_abc_impl"), data);
        if (self instanceof PyType t) {
            PyObject flags = t.dict.getItemStr("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof PyInt i) {
                    t.flags |= (i.signum() < 0 ? 0 : i.big != null ? i.big.longValue() : i.value) & COLLECTION_FLAGS;
                }
                Abstract.setAttr(t, PyStr.intern("__abc_tpflags__"), null);
            }
        }
        return PyNone.NONE;
    }

    /** The names of abstract methods: the namespace's and the bases' still-abstract ones. */
    private static void computeAbstractMethods(PyObject self) {
        PySet abstracts = new PySet();
        Heap.incref(abstracts);
        try {
            PyObject ns = Abstract.getAttr(self, "__dict__");
            PyObject items = Abstract.callMethod(ns, "items");
            PyObject it = Abstract.getIter(items);
            for (PyObject kv = Abstract.next(it); kv != null; kv = Abstract.next(it)) {
                if (!(kv instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("items() returned item which is not a 2-tuple");
                if (isAbstract(t.get(1))) abstracts.add(t.get(0));
            }
            PyObject bases = Abstract.getAttr(self, "__bases__");
            if (!(bases instanceof PyTuple bt)) throw Errors.typeError("__bases__ is not tuple");
            for (PyObject base : bt.array()) {
                PyObject names = Abstract.lookupAttr(base, PyStr.intern("__abstractmethods__"));
                if (names == null) continue;
                PyObject nit = Abstract.getIter(names);
                for (PyObject name = Abstract.next(nit); name != null; name = Abstract.next(nit)) {
                    if (!(name instanceof PyStr s)) continue;
                    PyObject value = Abstract.lookupAttr(self, s);
                    if (value != null && isAbstract(value)) abstracts.add(name);
                }
            }
            Abstract.setAttr(self, PyStr.intern("__abstractmethods__"), PyFrozenSet.of(abstracts));
        } finally {
            Heap.decref(abstracts);
        }
    }

    private static boolean isAbstract(PyObject value) {
        PyObject v = Abstract.lookupAttr(value, PyStr.intern("__isabstractmethod__"));
        return v != null && Abstract.isTrue(v);
    }

    private static AbcData impl(PyObject self) {
        PyObject d = Abstract.getAttr(self, "_abc_impl");
        if (!(d instanceof AbcData a)) throw Errors.typeError("_abc_impl is set to a wrong type");
        return a;
    }

    @Exposed.Function(name = "_abc_register", sig = "($module, self, subclass, /)", doc = "Internal ABC helper for subclasss registration. Should be never used outside abc module.")
    public static PyObject abcRegister(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) throw Errors.typeError("Can only register classes");
        if (TypeChecks.isSubclass(subclass, self)) return subclass;     // already a subclass
        // Subtle: test for cycles *after* testing for "already a subclass".
        if (TypeChecks.isSubclass(self, subclass)) throw Errors.runtimeError("Refusing to create an inheritance cycle");
        impl(self).registry().addRef(subclass);
        invalidationCounter++;
        if (self instanceof PyType t && (t.flags & COLLECTION_FLAGS) != 0) {
            setCollectionFlagRecursive(sub, t.flags & COLLECTION_FLAGS);
        }
        return subclass;
    }

    private static void setCollectionFlagRecursive(PyType child, long flag) {
        if (!child.isHeapType() || (child.flags & COLLECTION_FLAGS) == flag) return;
        child.flags = (child.flags & ~COLLECTION_FLAGS) | flag;
        for (PyType grandchild : child.subclasses()) setCollectionFlagRecursive(grandchild, flag);
    }

    @Exposed.Function(name = "_abc_instancecheck", sig = "($module, self, instance, /)", doc = "Internal ABC helper for instance checks. Should be never used outside abc module.")
    public static PyObject abcInstancecheck(PyObject self, PyObject instance) {
        AbcData data = impl(self);
        PyObject subclass = Abstract.getAttr(instance, "__class__");
        if (data.inSet(data.cache, subclass)) return PyBool.TRUE;
        PyObject subtype = instance.type;
        if (subtype == subclass) {
            if (data.negativeVersion == invalidationCounter && data.inSet(data.negative, subclass)) return PyBool.FALSE;
            // Fall back to the subclass check.
            return Abstract.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject r = Abstract.callMethod(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(r)) return r;
        return Abstract.callMethod(self, "__subclasscheck__", subtype);
    }

    @Exposed.Function(name = "_abc_subclasscheck", sig = "($module, self, subclass, /)", doc = "Internal ABC helper for subclasss checks. Should be never used outside abc module.")
    public static PyObject abcSubclasscheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) throw Errors.typeError("issubclass() arg 1 must be a class");
        AbcData data = impl(self);
        // 1. The positive cache.
        if (data.inSet(data.cache, subclass)) return PyBool.TRUE;
        // 2. The negative cache, unless a registration made it stale.
        if (data.negativeVersion < invalidationCounter) {
            data.resetNegative();
            data.negativeVersion = invalidationCounter;
        } else if (data.inSet(data.negative, subclass)) {
            return PyBool.FALSE;
        }
        // 3. The subclass hook.
        PyObject ok = Abstract.callMethod(self, "__subclasshook__", subclass);
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            if (!(ok instanceof PyBool)) throw Errors.raise(dev.glassbox.objects.ExceptionTypes.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
            if (ok == PyBool.TRUE) data.cache().addRef(subclass);
            else data.negative().addRef(subclass);
            return ok;
        }
        // 4. A direct subclass.
        for (PyType t : ((PyType) subclass).ready().mro) {
            if (t == self) {
                data.cache().addRef(subclass);
                return PyBool.TRUE;
            }
        }
        // 5. A subclass of a registered class (recursively).
        for (PyObject rcls : data.registry == null ? List.<PyObject>of() : data.registry().liveReferents()) {
            if (TypeChecks.isSubclass(subclass, rcls)) {
                data.cache().addRef(subclass);
                return PyBool.TRUE;
            }
        }
        // 6. A subclass of a subclass (recursively).
        PyObject subs = Abstract.callMethod(self, "__subclasses__");
        if (!(subs instanceof dev.glassbox.objects.PyList)) throw Errors.typeError("__subclasses__() must return a list");
        Heap.incref(subs);
        try {
            PyObject it = Abstract.getIter(subs);
            for (PyObject scls = Abstract.next(it); scls != null; scls = Abstract.next(it)) {
                if (TypeChecks.isSubclass(subclass, scls)) {
                    data.cache().addRef(subclass);
                    return PyBool.TRUE;
                }
            }
        } finally {
            Heap.decref(subs);
        }
        // No dice; update the negative cache.
        data.negative().addRef(subclass);
        return PyBool.FALSE;
    }

    @Exposed.Function(name = "_get_dump", sig = "($module, self, /)", doc = "Internal ABC helper for cache and registry debugging.\n\n"
            + "Return shallow copies of registry, of both caches, and\n"
            + "negative cache version. Don't call this function directly,\n"
            + "instead use ABC._dump_registry() for a nice repr.")
    public static PyObject getDump(PyObject self) {
        AbcData d = impl(self);
        return PyTuple.of(d.dump(d.registry), d.dump(d.cache), d.dump(d.negative),
                PyInt.of(d.negativeVersion));
    }

    @Exposed.Function(name = "_reset_registry", sig = "($module, self, /)", doc = "Internal ABC helper to reset registry of a given class.\n\n"
            + "Should be only used by refleak.py")
    public static void resetRegistry(PyObject self) {
        AbcData d = impl(self);
        if (d.registry != null) d.registry().clearAll();
    }

    @Exposed.Function(name = "_reset_caches", sig = "($module, self, /)", doc = "Internal ABC helper to reset both caches of a given class.\n\n"
            + "Should be only used by refleak.py")
    public static void resetCaches(PyObject self) {
        AbcData d = impl(self);
        if (d.cache != null) d.cache().clearAll();
        d.resetNegative();
    }

    /** A set of weak references to classes; each reference removes itself when its class dies. */
    static final class WeakClassSet {
        final PySet set;

        WeakClassSet(PySet set) {
            this.set = set;
        }

        boolean containsRef(PyObject cls) {
            if (set.size() == 0) return false;
            // As _in_weak_set: a (usually shared, callback-less) reference to compare with.
            return set.contains(PyWeakref.__new__(PyWeakref.TYPE, cls, null));
        }

        void addRef(PyObject cls) {
            PyWeakref selfRef = (PyWeakref) PyWeakref.__new__(PyWeakref.TYPE, set, null);
            PyObject ref = PyWeakref.__new__(PyWeakref.TYPE, cls, new Remover(Remover.TYPE, selfRef));
            set.add(ref);
        }

        List<PyObject> liveReferents() {
            List<PyObject> out = new ArrayList<>();
            PyObject it = Abstract.getIter(set);
            for (PyObject r = Abstract.next(it); r != null; r = Abstract.next(it)) {
                if (r instanceof PyWeakref w && w.referent != null) out.add(w.referent);
            }
            return out;
        }

        void clearAll() {
            Abstract.callMethod(set, "clear");
        }
    }

    /** The {@code _abc_impl} of an ABC (CPython's {@code _abc_data}). */
    @Exposed.Type(name = "_abc_data", module = "_abc", gc = true, basicSize = 48, doc = "Internal state held by ABC machinery.")
    public static final class AbcData extends PyObject {
        public static final PyType TYPE = PyType.fromClass(AbcData.class);
        private PySet registry, cache, negative;
        long negativeVersion = invalidationCounter;

        public AbcData(PyType t) {
            super(t);
        }

        // The sets are made on first use, as _abc.c does (most ABCs never register anything).
        WeakClassSet registry() {
            if (registry == null) registry = counted();
            return new WeakClassSet(registry);
        }

        WeakClassSet cache() {
            if (cache == null) cache = counted();
            return new WeakClassSet(cache);
        }

        WeakClassSet negative() {
            if (negative == null) negative = counted();
            return new WeakClassSet(negative);
        }

        private static PySet counted() {
            PySet s = new PySet();
            Heap.incref(s);
            return s;
        }

        void resetNegative() {
            if (negative != null) negative().clearAll();
        }

        /** _in_weak_set: a set not made yet, or empty, holds nothing. */
        boolean inSet(PySet s, PyObject cls) {
            return s != null && new WeakClassSet(s).containsRef(cls);
        }

        PyObject dump(PySet s) {
            return s == null ? new PySet() : PySet.of(s);
        }

        @Override
        public void traverse(Visitor v) {
            if (registry != null) v.visit(registry);
            if (cache != null) v.visit(cache);
            if (negative != null) v.visit(negative);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PySet a = registry, b = cache, c = negative;
            registry = cache = negative = null;
            r.release(a);
            r.release(b);
            r.release(c);
            super.release(r);
        }
    }

    /**
     * The callback of a weak reference in a {@link WeakClassSet} ({@code _destroy} of _abc.c):
     * holds a weak reference to the set, and discards the dead reference from it.
     */
    @Exposed.Type(name = "_abc_destroy", module = "_abc", baseType = false, gc = true, basicSize = 56)
    public static final class Remover extends PyObject {
        public static final PyType TYPE = PyType.fromClass(Remover.class);
        private PyObject setRef;

        public Remover(PyType t) {
            super(t);
        }

        Remover(PyType t, PyObject setRef) {
            super(t);
            this.setRef = Heap.replace(null, setRef);
        }

        @Exposed.Method(sig = "($self, objweakref, /)")
        public PyObject __call__(PyObject ref) {
            if (setRef instanceof PyWeakref w && w.referent instanceof PySet s) {
                Abstract.callMethod(s, "discard", ref);
            }
            return PyNone.NONE;
        }

        @Override
        public void traverse(Visitor v) {
            if (setRef != null) v.visit(setRef);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PyObject s = setRef;
            setRef = null;
            r.release(s);
            super.release(r);
        }
    }
}
