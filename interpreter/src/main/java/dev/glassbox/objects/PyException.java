package dev.glassbox.objects;

/**
 * How a Python exception travels through Java code: one unchecked exception type carrying the
 * Python exception object, with no Java stack trace (it is control flow, not a bug). The VM
 * catches it at instruction level and consults the code object's exception table.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** Whether the VM already chained {@code __context__} and recorded the raising frame. */
    public boolean seenByVm;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() {
        return value.type;
    }

    /** Whether the carried exception is an instance of {@code t}. */
    public boolean matches(PyType t) {
        return value.type.isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type.name + ": " + value.argsString();
    }
}
