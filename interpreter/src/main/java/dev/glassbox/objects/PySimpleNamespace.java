package dev.glassbox.objects;

/** {@code types.SimpleNamespace} (Objects/namespaceobject.c): attributes from keywords. */
@Exposed.Type(name = "SimpleNamespace", module = "types", instanceDict = true, gc = true, basicSize = 24)
public class PySimpleNamespace extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PySimpleNamespace.class);

    public PySimpleNamespace(PyType t) {
        super(t);
        Abstract.instanceDict(this);
    }

    @Exposed.Method(sig = "($self, /, **kwargs)")
    public PyObject __init__(PyObject kwargs) {
        PyDict kw = (PyDict) kwargs;
        for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) dict.setItem(kw.keyAt(e), kw.valueAt(e));
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __repr__() {
        String name = type == TYPE ? "namespace" : type.qualname;
        if (!ReprGuard.enter(this)) return PyStr.of(name + "(...)");
        try {
            StringBuilder b = new StringBuilder(name).append('(');
            boolean first = true;
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                if (!(dict.keyAt(e) instanceof PyStr k)) continue;
                if (!first) b.append(", ");
                first = false;
                b.append(k.value).append('=').append(Abstract.repr(dict.valueAt(e)).value);
            }
            return PyStr.of(b.append(')').toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PySimpleNamespace o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Abstract.richCompare(dict, o.dict, Abstract.EQ);
    }

    @Exposed.Method
    public PyObject __reduce__() {
        return PyTuple.of(type, PyTuple.EMPTY, dict);
    }
}
