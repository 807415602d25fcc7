package dev.glassbox.runtime;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.StructSeq;

/**
 * Exceptions that cannot be raised (a failing {@code __del__}, weakref callback, atexit
 * callback, ...) go to {@code sys.unraisablehook} as an {@code UnraisableHookArgs}, as
 * PyErr_WriteUnraisable does; the default hook prints "Exception ignored in: obj" and the
 * traceback to stderr. A hook that fails is reported with the default output.
 */
public final class Unraisable {
    private Unraisable() {}

    private static PyType argsType;

    /** sys.UnraisableHookArgs (a struct sequence). */
    public static synchronized PyType argsType() {
        if (argsType == null) {
            argsType = StructSeq.newType("sys", "UnraisableHookArgs", "exc_type", "exc_value", "exc_traceback", "err_msg", "object");
        }
        return argsType;
    }

    /** {@code prefix} is the message with its ": " ("Exception ignored in: "); {@code where} is shown after it. */
    public static void report(String prefix, PyObject where, PyObject obj, PyBaseException e) {
        Runtime rt = Runtime.get();
        if (rt == null) return;
        PyObject hook = rt.sys.dict().getItemStr("unraisablehook");
        PyObject dflt = rt.sys.dict().getItemStr("__unraisablehook__");
        if (hook != null && hook != dflt && hook != PyNone.NONE) {
            String msg = prefix.endsWith(": ") ? prefix.substring(0, prefix.length() - 2) : prefix;
            PyObject errMsg = msg.equals("Exception ignored in") ? PyNone.NONE : PyStr.of(msg);
            PyObject tb = Abstract.getAttr(e, PyStr.intern("__traceback__"));
            PyTuple args = StructSeq.make(argsType(), e.type, e, tb, errMsg, where == null ? PyNone.NONE : where);
            try {
                Abstract.call(hook, args);
                return;
            } catch (PyException failed) {
                // As _PyErr_WriteUnraisableMsg: the hook's own error, then the original.
                write(rt, "Exception ignored in sys.unraisablehook: ", hook, failed.value);
            }
        }
        write(rt, prefix, where, e);
    }

    private static void write(Runtime rt, String prefix, PyObject where, PyBaseException e) {
        rt.stdout.flushBuffer();
        String desc;
        try {
            desc = Abstract.repr(where).value;
        } catch (PyException x) {
            desc = "<object repr() failed>";
        }
        rt.stderr.writeText(prefix + desc + "\n");
        rt.stderr.writeText(TracebackPrinter.format(e, rt.sources));
        rt.stderr.flushBuffer();
    }

    /** sys.unraisablehook's default (sys.__unraisablehook__). */
    public static void defaultHook(PyObject unraisable) {
        if (!(unraisable instanceof PyTuple t) || t.type != argsType()) {
            throw Errors.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
        }
        Runtime rt = Runtime.get();
        PyObject value = t.get(1), errMsg = t.get(3), obj = t.get(4);
        String msg = errMsg instanceof PyStr s ? s.value : "Exception ignored in";
        rt.stdout.flushBuffer();
        if (obj != PyNone.NONE) {
            String desc;
            try {
                desc = Abstract.repr(obj).value;
            } catch (PyException x) {
                desc = "<object repr() failed>";
            }
            rt.stderr.writeText(msg + ": " + desc + "\n");
        } else if (errMsg instanceof PyStr) {
            rt.stderr.writeText(msg + ":\n");
        }
        if (value instanceof PyBaseException be) rt.stderr.writeText(TracebackPrinter.format(be, rt.sources));
        rt.stderr.flushBuffer();
    }
}
