package dev.glassbox.objects;

/** {@code bool}: the two instances of an int subclass (Objects/boolobject.c). */
@Exposed.Type(name = "bool", baseType = false, doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
        + "The builtins True and False are the only two instances of the class bool.\n"
        + "The class bool is a subclass of the class int, and cannot be subclassed.")
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.fromClass(PyBool.class);
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

    private PyBool(long v) {
        super(TYPE, v, null, true);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }
}
