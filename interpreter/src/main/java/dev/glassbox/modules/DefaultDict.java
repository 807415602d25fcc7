package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyDictMethods;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyNotImplemented;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code collections.defaultdict} (Modules/_collectionsmodule.c, defdict_*): a dict subclass
 * whose {@code __missing__} calls {@code default_factory} and stores the result.
 */
@Exposed.Type(name = "defaultdict", module = "collections", gc = true, basicSize = 56,
        doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
                + "The default factory is called without arguments to produce\n"
                + "a new value when a key is not present, in __getitem__ only.\n"
                + "A defaultdict compares equal to a dict with the same items.\n"
                + "All remaining arguments are treated the same as if they were\n"
                + "passed to the dict constructor, including keyword arguments.\n")
public class DefaultDict extends PyDict {
    public static final PyType TYPE = PyType.fromClass(DefaultDict.class);
    PyObject factory;

    public DefaultDict(PyType t) {
        super(t);
    }

    @Override
    public void traverse(Visitor v) {
        if (factory != null) v.visit(factory);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject f = factory;
        factory = null;
        r.release(f);
        super.release(r);
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static void __init__(PyObject selfObj, PyObject args, PyObject kwargs) {
        DefaultDict self = (DefaultDict) selfObj;
        PyTuple a = (PyTuple) args;
        PyObject nf = null;
        PyTuple rest = a;
        if (a.size() > 0) {
            nf = a.get(0);
            if (nf != PyNone.NONE && !callable(nf)) throw Errors.typeError("first argument must be callable or None");
            PyObject[] r = new PyObject[a.size() - 1];
            System.arraycopy(a.array(), 1, r, 0, r.length);
            rest = PyTuple.of(r);
        }
        self.factory = Heap.replace(self.factory, nf);
        PyDictMethods.__init__(self, rest, kwargs);
    }

    static boolean callable(PyObject o) {
        return o instanceof PyCallable || o.type.special(SpecialMethod.__call__) != null;
    }

    @Exposed.Method(sig = "($self, key, /)", conv = Exposed.Convention.O,
            doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
                    + "  if self.default_factory is None: raise KeyError((key,))\n"
                    + "  self[key] = value = self.default_factory()\n  return value\n")
    public static PyObject __missing__(PyObject selfObj, PyObject key) {
        DefaultDict self = (DefaultDict) selfObj;
        PyObject f = self.factory;
        if (f == null || f == PyNone.NONE) throw Errors.keyError(key);
        PyObject v = Abstract.call(f);
        Abstract.setItem(self, key, v); // PyObject_SetItem: a subclass's __setitem__ runs
        return v;
    }

    @Exposed.Getter(name = "default_factory", doc = "Factory for default value called by __missing__().")
    public PyObject getFactory() {
        return factory == null ? PyNone.NONE : factory;
    }

    @Exposed.Setter(name = "default_factory")
    public void setFactory(PyObject v) {
        factory = Heap.replace(factory, v == null ? null : v);
    }

    PyObject copyDict() {
        // new_defdict: calls the type with (default_factory, self)
        return Abstract.call(type, getFactory(), this);
    }

    @Exposed.Method(name = "copy", conv = Exposed.Convention.NOARGS, doc = "D.copy() -> a shallow copy of D.")
    public PyObject copyMethod() { return copyDict(); }

    @Exposed.Method(name = "__copy__", conv = Exposed.Convention.NOARGS, doc = "D.copy() -> a shallow copy of D.")
    public PyObject copyDunder() { return copyDict(); }

    @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject args = factory == null || factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(factory);
        PyObject items = Abstract.getIter(Abstract.callMethod(this, "items"));
        return PyTuple.of(type, args, PyNone.NONE, PyNone.NONE, items);
    }

    @Exposed.Method
    public PyObject __repr__() {
        String base = ((PyStr) PyDictMethods.__repr__(this)).value;
        String fr;
        if (factory == null || factory == PyNone.NONE) {
            fr = "None";
        } else if (!ReprGuard.enter(factory)) {
            fr = "...";
        } else {
            try {
                fr = Abstract.repr(factory).value;
            } finally {
                ReprGuard.leave(factory);
            }
        }
        return PyStr.of(type.qualname + "(" + fr + ", " + base + ")");
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __or__(PyObject other) {
        if (!(other instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyObject n = copyDict();
        Abstract.callMethod(n, "update", other);
        return n;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ror__(PyObject other) {
        if (!(other instanceof PyDict)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyObject n = Abstract.call(type, getFactory(), other);
        Abstract.callMethod(n, "update", this);
        return n;
    }
}
