package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** {@code mappingproxy}: a read-only view of a mapping (a type's {@code __dict__}). */
@Exposed.Type(name = "mappingproxy", baseType = false)
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = PyType.fromClass(MappingProxy.class);
    final PyObject mapping;

    public MappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
        Heap.incref(mapping);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, /, mapping)")
    public static PyObject __new__(PyObject t, PyObject mapping) {
        return new MappingProxy(mapping);
    }

    @Exposed.Method(sig = "($self, key, /)")
    public PyObject __getitem__(PyObject key) { return Abstract.getItem(mapping, key); }

    @Exposed.Method(sig = "($self, key, /)")
    public boolean __contains__(PyObject key) { return Abstract.contains(mapping, key); }

    @Exposed.Method
    public long __len__() { return Abstract.length(mapping); }

    @Exposed.Method
    public PyObject __iter__() { return Abstract.getIter(mapping); }

    @Exposed.Method(sig = "($self, key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) { return Abstract.callMethod(mapping, "get", key, dflt); }

    @Exposed.Method
    public PyObject keys() { return Abstract.callMethod(mapping, "keys"); }

    @Exposed.Method
    public PyObject values() { return Abstract.callMethod(mapping, "values"); }

    @Exposed.Method
    public PyObject items() { return Abstract.callMethod(mapping, "items"); }

    @Exposed.Method
    public PyObject copy() { return Abstract.callMethod(mapping, "copy"); }

    @Exposed.Method
    public PyObject __repr__() { return PyStr.of("mappingproxy(" + Abstract.repr(mapping) + ")"); }

    @Exposed.Method
    public PyObject __str__() { return Abstract.str(mapping); }

    // mappingproxy_richcompare: every comparison is the mapping's
    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.EQ); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.NE); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __lt__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.LT); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __le__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.LE); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __gt__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.GT); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ge__(PyObject o) { return Abstract.richCompare(mapping, o, Abstract.GE); }

    @Override public void traverse(Visitor v) { v.visit(mapping); }
    @Override public void release(Releaser r) { r.release(mapping); }
}
