package dev.glassbox.objects;

import java.util.IllegalFormatException;

/**
 * The one way Java code raises Python exceptions: {@code throw Errors.typeError("...", args)}.
 * Messages are CPython's; format arguments are Java strings, numbers or {@link PyStr}s (whose
 * {@code toString} is their text), never arbitrary objects (their str() may run Python code).
 */
public final class Errors {
    private Errors() {}

    public static PyException raise(PyType type, String fmt, Object... args) {
        return new PyException(PyBaseException.create(type, PyStr.of(format(fmt, args))));
    }

    /** An exception of {@code type} with no arguments. */
    public static PyException raise(PyType type) {
        return new PyException(PyBaseException.create(type));
    }

    static String format(String fmt, Object... args) {
        if (args.length == 0) return fmt;
        try {
            return String.format(fmt, args);
        } catch (IllegalFormatException e) {
            return fmt;
        }
    }

    public static PyException typeError(String fmt, Object... args) { return raise(ExceptionTypes.TypeError, fmt, args); }
    public static PyException valueError(String fmt, Object... args) { return raise(ExceptionTypes.ValueError, fmt, args); }
    public static PyException attributeError(String fmt, Object... args) { return raise(ExceptionTypes.AttributeError, fmt, args); }
    public static PyException indexError(String fmt, Object... args) { return raise(ExceptionTypes.IndexError, fmt, args); }
    public static PyException overflowError(String fmt, Object... args) { return raise(ExceptionTypes.OverflowError, fmt, args); }
    public static PyException zeroDivisionError(String fmt, Object... args) { return raise(ExceptionTypes.ZeroDivisionError, fmt, args); }
    public static PyException runtimeError(String fmt, Object... args) { return raise(ExceptionTypes.RuntimeError, fmt, args); }
    public static PyException systemError(String fmt, Object... args) { return raise(ExceptionTypes.SystemError, fmt, args); }
    public static PyException nameError(String fmt, Object... args) { return raise(ExceptionTypes.NameError, fmt, args); }
    public static PyException notImplementedError(String fmt, Object... args) { return raise(ExceptionTypes.NotImplementedError, fmt, args); }
    public static PyException memoryError() { return raise(ExceptionTypes.MemoryError); }
    public static PyException recursionError(String fmt, Object... args) { return raise(ExceptionTypes.RecursionError, fmt, args); }
    public static PyException unboundLocalError(String fmt, Object... args) { return raise(ExceptionTypes.UnboundLocalError, fmt, args); }

    /** KeyError(key): the key itself is the argument, as CPython's _PyErr_SetKeyError. */
    public static PyException keyError(PyObject key) {
        return new PyException(PyBaseException.create(ExceptionTypes.KeyError, key));
    }

    public static PyException stopIteration() {
        return raise(ExceptionTypes.StopIteration);
    }

    /** "'int' object is not subscriptable"-style messages name the type. */
    public static String typeName(PyObject o) {
        return o.type.name;
    }
}
