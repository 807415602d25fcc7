package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyList;

/** {@code except*}: CHECK_EG_MATCH and PREP_RERAISE_STAR (exception groups, PEP 654). */
final class ExceptStar {
    private ExceptStar() {}

    /** CHECK_EG_MATCH: [exc, type] → [rest, match] (match None when nothing matched). */
    static void checkEgMatch(Frame f) {
        PyObject t = Interpreter.pop(f);
        PyObject exc = Interpreter.pop(f);
        try {
            Ops.checkExceptTarget(t, true);
            if (Ops.exceptionMatches(exc, t) && !exc.type.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                // A naked exception that matches is wrapped in a group.
                PyObject group = Abstract.call(ExceptionTypes.ExceptionGroup.isSubtypeOf(ExceptionTypes.Exception)
                        && exc.type.isSubtypeOf(ExceptionTypes.Exception) ? ExceptionTypes.ExceptionGroup : ExceptionTypes.BaseExceptionGroup,
                        dev.glassbox.objects.PyStr.EMPTY, PyList.of(exc));
                Interpreter.push(f, PyNone.NONE);
                Interpreter.push(f, group);
                return;
            }
            if (!exc.type.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                Interpreter.push(f, exc);
                Interpreter.push(f, PyNone.NONE);
                return;
            }
            PyObject pair = Abstract.callMethod(exc, "split", t);
            PyTuple p = (PyTuple) pair;
            PyObject match = p.get(0), rest = p.get(1);
            Interpreter.push(f, rest);
            Interpreter.push(f, match);
        } finally {
            Heap.decref(t);
            Heap.decref(exc);
        }
    }

    /** PREP_RERAISE_STAR: [orig, list of raised/unhandled] → the exception to re-raise, or None. */
    static void prepReraise(Frame f) {
        PyList excs = (PyList) Interpreter.pop(f);
        PyObject orig = Interpreter.pop(f);
        try {
            java.util.List<PyObject> raised = new java.util.ArrayList<>();
            for (PyObject e : excs.toArray()) if (e != PyNone.NONE) raised.add(e);
            if (raised.isEmpty()) {
                Interpreter.push(f, PyNone.NONE);
                return;
            }
            if (raised.size() == 1 && !(orig.type.isSubtypeOf(ExceptionTypes.BaseExceptionGroup))) {
                Interpreter.push(f, raised.get(0));
                return;
            }
            // Keep the original group's structure for re-raised parts; new exceptions join a new group.
            Interpreter.push(f, raised.size() == 1 ? raised.get(0)
                    : Abstract.call(ExceptionTypes.BaseExceptionGroup, dev.glassbox.objects.PyStr.EMPTY, PyList.of(raised.toArray(new PyObject[0]))));
        } finally {
            Heap.decref(excs);
            Heap.decref(orig);
        }
    }

    static PyType type(PyBaseException e) {
        if (e == null) throw Errors.systemError("no exception");
        return e.type;
    }
}
