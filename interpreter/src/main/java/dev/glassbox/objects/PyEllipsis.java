package dev.glassbox.objects;

/** {@code Ellipsis} ({@code ...}). */
@Exposed.Type(name = "ellipsis", baseType = false)
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyEllipsis.class);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE, true);
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
