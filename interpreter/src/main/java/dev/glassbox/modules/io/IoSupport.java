package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/** What the _io classes share: io.UnsupportedOperation, argument conversions, common errors. */
final class IoSupport {
    private IoSupport() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    /** io.UnsupportedOperation, made on first need (start-up makes the standard streams, not this class). */
    private static PyType unsupportedType;

    /** Made as _iomodule.c makes it: type('UnsupportedOperation', (OSError, ValueError), {}). */
    static synchronized PyType unsupportedType() {
        if (unsupportedType == null) {
            PyDict ns = new PyDict();
            ns.setItem("__module__", PyStr.of("io"));
            PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                    PyTuple.of(ExceptionTypes.OSError, ExceptionTypes.ValueError), ns);
            Heap.incref(t);
            unsupportedType = t;
        }
        return unsupportedType;
    }

    static PyException unsupported(String message) {
        return Errors.raise(unsupportedType(), "%s", message);
    }

    static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** _Py_convert_optional_to_ssize_t: None is -1, otherwise __index__ (clamped as Py_ssize_t). */
    static long sizeArg(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        if (!dev.glassbox.objects.Buffers.isIndex(o)) {
            throw Errors.typeError("argument should be integer or None, not '%s'", o.type.qualname);
        }
        PyInt i = Abstract.index(o);
        if (i.isBig()) return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return i.value;
    }

    /** A Py_ssize_t argument (clinic "n"): __index__, OverflowError beyond 64 bits. */
    static long ssize(PyObject o) {
        if (!dev.glassbox.objects.Buffers.isIndex(o)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type.qualname);
        }
        PyInt i = Abstract.index(o);
        if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    /** A C int argument (whence): __index__, OverflowError beyond 32 bits. */
    static int cInt(PyObject o) {
        if (o instanceof dev.glassbox.objects.PyFloat) throw Errors.typeError("integer argument expected, got float");
        long v = ssize(o);
        if (v > Integer.MAX_VALUE) throw Errors.overflowError("signed integer is greater than maximum");
        if (v < Integer.MIN_VALUE) throw Errors.overflowError("signed integer is less than minimum");
        return (int) v;
    }

    static boolean isTrue(PyObject o) {
        return o != null && Abstract.isTrue(o);
    }

    /** The "closed" attribute of an arbitrary stream, as a truth value. */
    static boolean closedAttr(PyObject o) {
        return Abstract.isTrue(Abstract.getAttr(o, "closed"));
    }

    /** Whether the interpreter runs in development mode (-X dev): finalizer errors are then reported. */
    static boolean devMode() {
        try {
            PyObject flags = dev.glassbox.vm.Builtins.sysAttr("flags");
            return flags != null && Abstract.isTrue(Abstract.getAttr(flags, "dev_mode"));
        } catch (PyException e) {
            return false;
        }
    }

    /** Chains a secondary exception raised while handling {@code first} (_PyErr_ChainExceptions). */
    static PyException chain(PyException later, PyException first) {
        if (first == null) return later;
        if (later == null) return first;
        PyBaseException v = later.value;
        if (v.context == null && v != first.value) v.setContext(first.value);
        return later;
    }
}
