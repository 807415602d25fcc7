package dev.glassbox.objects;

/** {@code NotImplemented}: what binary special methods return to let the other operand try. */
@Exposed.Type(name = "NotImplementedType", baseType = false)
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyNotImplemented.class);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE, true);
    }

    /** none_new / notimplemented_new / ellipsis_new: the singleton, with no arguments. */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject type, PyObject args, PyObject kwargs) {
        if (((PyTuple) args).size() > 0 || (kwargs instanceof PyDict d && d.size() > 0)) {
            throw Errors.typeError("NotImplementedType takes no arguments");
        }
        return NOT_IMPLEMENTED;
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
