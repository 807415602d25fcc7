package dev.glassbox.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code types.UnionType}: {@code int | str} (Objects/unionobject.c). */
@Exposed.Type(name = "UnionType", module = "types", baseType = false)
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.fromClass(UnionType.class);
    final PyTuple args;

    private UnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
        args.refcnt++;
    }

    static PyObject of(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return PyNotImplemented.NOT_IMPLEMENTED;
        List<PyObject> items = new ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            if (x instanceof UnionType u) {
                for (PyObject y : u.args.array()) add(items, y);
            } else {
                add(items, x == PyNone.NONE ? PyNone.TYPE : x);
            }
        }
        if (items.size() == 1) return items.get(0);
        return new UnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> items, PyObject x) {
        for (PyObject y : items) if (y == x) return;
        items.add(x);
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof UnionType || o instanceof GenericAlias;
    }

    @Exposed.Getter(name = "__args__") public PyObject args() { return args; }

    @Exposed.Method(sig = "($self, other, /)")
    public PyObject __or__(PyObject other) { return of(this, other); }

    @Exposed.Method(sig = "($self, other, /)")
    public PyObject __ror__(PyObject other) { return of(other, this); }

    @Exposed.Method
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(" | ");
            PyObject x = args.get(i);
            if (x == PyNone.TYPE) b.append("None");
            else if (x instanceof PyType t) {
                String m = Abstract.typeModule(t);
                b.append(m == null || m.equals("builtins") ? t.qualname : m + "." + t.qualname);
            } else b.append(Abstract.repr(x).value);
        }
        return PyStr.of(b.toString());
    }

    @Override public void traverse(Visitor v) { v.visit(args); }
    @Override public void release(Releaser r) { r.release(args); }
}
