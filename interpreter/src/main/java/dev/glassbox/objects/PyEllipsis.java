package dev.glassbox.objects;

/** {@code Ellipsis} ({@code ...}). */
@Exposed.Type(name = "ellipsis", baseType = false)
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyEllipsis.class);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE, true);
    }

    /** none_new / notimplemented_new / ellipsis_new: the singleton, with no arguments. */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        if (((PyTuple) args).size() > 0 || (kwargs instanceof PyDict d && d.size() > 0)) {
            throw Errors.typeError("EllipsisType takes no arguments");
        }
        return ELLIPSIS;
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
