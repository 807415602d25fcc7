package dev.glassbox.objects;

/** {@code NotImplemented}: what binary special methods return to let the other operand try. */
@Exposed.Type(name = "NotImplementedType", baseType = false)
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyNotImplemented.class);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE, true);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("NotImplemented");
    }

    @Exposed.Method
    public PyObject __reduce__() {
        return PyStr.of("NotImplemented");
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
