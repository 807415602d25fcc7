package dev.glassbox.objects;

/** {@code None}, the only instance of NoneType. */
@Exposed.Type(name = "NoneType", baseType = false)
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyNone.class);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE, true);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("None");
    }

    @Exposed.Method
    public boolean __bool__() {
        return false;
    }

    @Override
    public String toString() {
        return "None";
    }
}
