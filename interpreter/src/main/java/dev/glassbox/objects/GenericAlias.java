package dev.glassbox.objects;

/** {@code types.GenericAlias} ({@code list[int]}): origin and arguments. */
@Exposed.Type(name = "GenericAlias", module = "types")
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.fromClass(GenericAlias.class);
    final PyObject origin;
    final PyTuple args;

    GenericAlias(PyObject origin, PyTuple args) {
        super(TYPE);
        this.origin = origin;
        this.args = args;
        origin.refcnt++;
        args.refcnt++;
    }

    public static PyObject of(PyObject origin, PyObject args) {
        return new GenericAlias(origin, args instanceof PyTuple t ? t : PyTuple.of(args));
    }

    /** GenericAlias(origin, args): what classmethod(GenericAlias) as __class_getitem__ calls (os.PathLike[str]). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, origin, args, /)")
    public static PyObject __new__(PyObject cls, PyObject origin, PyObject args) {
        return of(origin, args);
    }

    @Exposed.Getter(name = "__origin__") public PyObject origin() { return origin; }
    @Exposed.Getter(name = "__args__") public PyObject args() { return args; }

    @Exposed.Method
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder(reprItem(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(reprItem(args.get(i)));
        }
        if (args.size() == 0) b.append("()");
        return PyStr.of(b.append(']').toString());
    }

    private static String reprItem(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) return "...";
        if (o instanceof PyType t) {
            String m = Abstract.typeModule(t);
            return m == null || m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        return Abstract.repr(o).value;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __or__(PyObject other) { return UnionType.of(this, other); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ror__(PyObject other) { return UnionType.of(other, this); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof GenericAlias g)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(Abstract.richCompareBool(origin, g.origin, Abstract.EQ) && Abstract.richCompareBool(args, g.args, Abstract.EQ));
    }

    @Exposed.Method
    public long __hash__() { return Abstract.hash(origin) ^ Abstract.hash(args); }

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        String n = Abstract.attrName(name);
        PyObject v = Abstract.genericGetAttr(this, n, true);
        if (v != null) return v;
        return Abstract.getAttr(origin, PyStr.intern(n));
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject a, PyObject k) {
        return Abstract.callArgs(origin, (PyTuple) a, (PyDict) k);
    }

    @Override public void traverse(Visitor v) { v.visit(origin); v.visit(args); }
    @Override public void release(Releaser r) { r.release(origin); r.release(args); }
}
