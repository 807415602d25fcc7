package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.util.ArrayList;
import java.util.List;

/** MATCH_KEYS and MATCH_CLASS (match_keys / match_class in Python/ceval.c). */
final class Match {
    private Match() {}

    /** MATCH_KEYS: [subject, keys] → push a tuple of values, or None when a key is missing. */
    static void matchKeys(Frame f) {
        PyObject keys = f.stack[f.sp - 1], subject = f.stack[f.sp - 2];
        PyTuple kt = (PyTuple) keys;
        if (kt.size() == 0) {
            Interpreter.push(f, PyTuple.EMPTY);
            return;
        }
        PyObject get = Abstract.getAttr(subject, PyStr.intern("get"));
        Heap.incref(get);
        try {
            PyObject dummy = new PyList();
            Heap.incref(dummy);
            try {
                List<PyObject> seen = new ArrayList<>();
                PyObject[] values = new PyObject[kt.size()];
                for (int i = 0; i < kt.size(); i++) {
                    PyObject k = kt.get(i);
                    for (PyObject s : seen) {
                        if (Abstract.richCompareBool(s, k, Abstract.EQ)) {
                            throw Errors.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(k));
                        }
                    }
                    seen.add(k);
                    PyObject v = Abstract.call(get, k, dummy);
                    if (v == dummy) {
                        Interpreter.push(f, PyNone.NONE);
                        return;
                    }
                    values[i] = v;
                }
                Interpreter.push(f, PyTuple.of(values));
            } finally {
                Heap.decref(dummy);
            }
        } finally {
            Heap.decref(get);
        }
    }

    /** MATCH_CLASS(count): [subject, cls, names] → tuple of attributes, or None. */
    static void matchClass(Frame f, int nargs) {
        PyTuple names = (PyTuple) Interpreter.pop(f);
        PyObject cls = Interpreter.pop(f);
        PyObject subject = Interpreter.pop(f);
        try {
            if (!(cls instanceof PyType t)) throw Errors.typeError("called match pattern must be a type");
            if (!subject.type.isSubtypeOf(t) && !Abstract.isTrue(Abstract.callMethod(cls, "__instancecheck__", subject))) {
                Interpreter.push(f, PyNone.NONE);
                return;
            }
            List<PyObject> attrs = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            if (nargs > 0) {
                boolean matchSelf = false;
                PyObject matchArgs = Abstract.lookupAttr(cls, PyStr.intern("__match_args__"));
                if (matchArgs == null) {
                    matchSelf = (t.flags & PyType.MATCH_SELF) != 0;
                    matchArgs = PyTuple.EMPTY;
                } else if (!(matchArgs instanceof PyTuple)) {
                    throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", t.qualname, matchArgs.type.qualname);
                }
                PyTuple ma = (PyTuple) matchArgs;
                int allowed = matchSelf ? 1 : ma.size();
                if (allowed < nargs) {
                    throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.qualname, allowed,
                            allowed == 1 ? "" : "s", nargs);
                }
                if (matchSelf) {
                    attrs.add(subject);
                } else {
                    for (int i = 0; i < nargs; i++) {
                        PyObject n = ma.get(i);
                        if (!(n instanceof PyStr ns)) {
                            throw Errors.typeError("__match_args__ elements must be strings (got %s)", n.type.qualname);
                        }
                        PyObject v = attr(subject, ns, seen, t);
                        if (v == null) { Interpreter.push(f, PyNone.NONE); return; }
                        attrs.add(v);
                    }
                }
            }
            for (PyObject n : names.array()) {
                PyObject v = attr(subject, (PyStr) n, seen, t);
                if (v == null) { Interpreter.push(f, PyNone.NONE); return; }
                attrs.add(v);
            }
            Interpreter.push(f, PyTuple.of(attrs.toArray(new PyObject[0])));
        } finally {
            Heap.decref(names);
            Heap.decref(cls);
            Heap.decref(subject);
        }
    }

    private static PyObject attr(PyObject subject, PyStr name, List<String> seen, PyType t) {
        if (seen.contains(name.value)) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute %s", t.qualname, Abstract.repr(name));
        }
        seen.add(name.value);
        try {
            return Abstract.getAttr(subject, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) return null;
            throw e;
        }
    }

    static PyBool bool(boolean b) {
        return PyBool.of(b);
    }
}
