package dev.glassbox.objects;

/** {@code float}: an IEEE double (Objects/floatobject.c). Methods in {@code PyFloatMethods}. */
@Exposed.Type(name = "float", doc = "Convert a string or number to a floating point number, if possible.")
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyFloat.class);

    public final double value;

    PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public PyFloat(PyType type) {
        this(type, 0.0);
    }

    public static PyFloat of(double v) {
        return new PyFloat(TYPE, v);
    }

    public static PyFloat ofSubtype(PyType t, double v) {
        return new PyFloat(t, v);
    }

    @Override
    public long basicSize() {
        return 24;
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }
}
