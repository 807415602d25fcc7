package dev.glassbox.objects;

/** {@code classmethod_descriptor}: a built-in class method ({@code dict.fromkeys}); binds to the type. */
@Exposed.Type(name = "classmethod_descriptor", baseType = false)
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyClassMethodDescr.class);

    public final String name;
    public final PyType objclass;
    final ArgParser parser;
    final JavaCallable target;
    final String doc;

    PyClassMethodDescr(PyType objclass, String name, ArgParser parser, JavaCallable target, String doc) {
        super(TYPE, true);
        this.objclass = objclass;
        this.name = name;
        this.parser = parser;
        this.target = target;
        this.doc = doc;
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        PyType t = owner != null && owner != PyNone.NONE ? (PyType) owner : obj.type;
        // Named after the type it is bound to, as meth_get__qualname__ does ("Bad.__init_subclass__").
        return new PyBuiltinFunction(name, new ArgParser(name, t.qualname + "." + name, parser.textSignature, parser.conv),
                new BoundTarget(target, t).callable(), doc, t, false);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<method '" + name + "' of '" + objclass.qualname + "' objects>");
    }

    /** Adapts the target so its first (type) argument is fixed. */
    private record BoundTarget(JavaCallable target, PyType t) {
        JavaCallable callable() {
            return new JavaCallable.Bound(target, t);
        }
    }
}
