package dev.glassbox.objects;

/** {@code Ellipsis} ({@code ...}). */
@Exposed.Type(name = "ellipsis", baseType = false)
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyEllipsis.class);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE, true);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("Ellipsis");
    }

    @Exposed.Method
    public PyObject __reduce__() {
        return PyStr.of("Ellipsis");
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
