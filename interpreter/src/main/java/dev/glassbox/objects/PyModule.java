package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code module} (Objects/moduleobject.c): a namespace dict with a name. */
@Exposed.Type(instanceDict = true, gc = true, name = "module", doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.")
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyModule.class);

    public PyModule(PyType type) {
        super(type);
        PyDict d = new PyDict();
        Heap.incref(d);
        dict = d;
    }

    /** A new module with {@code __name__}, {@code __doc__} None and the other standard keys. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(TYPE);
        m.initDict(PyStr.of(name), PyNone.NONE);
        return m;
    }

    void initDict(PyObject name, PyObject doc) {
        dict.setItem("__name__", name);
        dict.setItem("__doc__", doc);
        dict.setItem("__package__", PyNone.NONE);
        dict.setItem("__loader__", PyNone.NONE);
        dict.setItem("__spec__", PyNone.NONE);
    }

    public PyDict dict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getItemStr("__name__");
        return n instanceof PyStr s ? s.value : "?";
    }

    @Exposed.Method(sig = "($self, /, name, doc=None)")
    public PyObject __init__(PyObject name, PyObject doc) {
        if (!(name instanceof PyStr)) throw Errors.typeError("module.__init__() argument 'name' must be str, not %s", name.type.name);
        initDict(name, doc == null ? PyNone.NONE : doc);
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __repr__() {
        // module_repr: importlib's _module_repr once the import system has installed it
        if (importlibRepr != null) return Abstract.call(importlibRepr, this);
        PyObject spec = dict.getItemStr("__spec__");
        PyObject file = dict.getItemStr("__file__");
        String n = Abstract.repr(PyStr.of(name())).value;
        if (file instanceof PyStr f) return PyStr.of("<module " + n + " from " + Abstract.repr(f).value + ">");
        PyObject origin = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, PyStr.intern("origin"));
        if (origin instanceof PyStr o && o.value.equals("built-in")) return PyStr.of("<module " + n + " (built-in)>");
        return PyStr.of("<module " + n + ">");
    }

    /** importlib._bootstrap._module_repr, set when the import system is installed. */
    public static PyObject importlibRepr;

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Abstract.attrName(name);
        PyObject v = Abstract.genericGetAttr(this, n, true);
        // PEP 810: a lazy import bound in the module is reified when read as an attribute
        if (v instanceof dev.glassbox.imports.LazyImport lazy) return lazy.reifyInto(dict, PyStr.intern(n));
        if (v != null) return v;
        PyObject ga = dict.getItemStr("__getattr__");
        if (ga != null) return Abstract.call(ga, name);
        throw Abstract.noAttribute(this, n);
    }

    @Exposed.Method
    public PyObject __dir__() {
        PyObject d = dict.getItemStr("__dir__");
        if (d != null) return Abstract.call(d);
        PyList l = new PyList();
        for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) l.append(dict.keyAt(e));
        return l;
    }

    @Exposed.Getter(name = "__dict__")
    public PyObject getDict() {
        return dict;
    }
}
