package dev.glassbox.objects;

/** {@code None}, the only instance of NoneType. */
@Exposed.Type(name = "NoneType", baseType = false)
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyNone.class);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE, true);
    }

    /** none_new / notimplemented_new / ellipsis_new: the singleton, with no arguments. */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        if (((PyTuple) args).size() > 0 || (kwargs instanceof PyDict d && d.size() > 0)) {
            throw Errors.typeError("NoneType takes no arguments");
        }
        return NONE;
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
