package dev.glassbox.modules.ast;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code ast.AST} (Python-ast.c's AST_type): the base of every node class. Instances keep
 * their fields in the instance dict; the node classes themselves are ordinary heap types made
 * by {@link AstTypes} as {@code type(name, (base,), {...})}, as {@code make_type} makes them.
 */
@Exposed.Type(name = "AST", module = "ast", instanceDict = true, gc = true, basicSize = 24)
public class PyAst extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyAst.class);

    public PyAst(PyType t) {
        super(t);
    }

    /** The short type name CPython's _PyType_Name gives (after the last dot). */
    static String shortName(PyType t) {
        return t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    /**
     * ast_type_init: positional arguments fill {@code _fields} in order (at most that many),
     * keywords are set as attributes whatever their name (3.11 accepts unknown ones), a keyword
     * naming a field already given positionally is an error. Fields not given stay unset.
     */
    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __init__(PyObject self, PyObject argsObj, PyObject kwargsObj) {
        PyTuple args = (PyTuple) argsObj;
        PyDict kw = (PyDict) kwargsObj;
        PyObject fields = Abstract.lookupAttr(self.type, PyStr.intern("_fields"));
        long numfields = 0;
        if (fields != null) numfields = Abstract.length(fields);
        if (numfields < args.size()) {
            throw Errors.typeError("%s constructor takes at most %d positional argument%s",
                    shortName(self.type), numfields, numfields == 1 ? "" : "s");
        }
        for (int i = 0; i < args.size(); i++) {
            PyObject name = Abstract.getItem(fields, dev.glassbox.objects.PyInt.of(i));
            Abstract.setAttr(self, attrName(name), args.get(i));
        }
        if (kw != null) {
            for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
                PyObject key = kw.keyAt(e);
                if (fields != null && Abstract.contains(fields, key)) {
                    long p = Abstract.indexAsLong(Abstract.callMethod(fields, "index", key));
                    if (p < args.size()) {
                        throw Errors.typeError("%s got multiple values for argument '%s'", self.type.name,
                                Abstract.str(key).value);
                    }
                }
                Abstract.setAttr(self, attrName(key), kw.valueAt(e));
            }
        }
        return PyNone.NONE;
    }

    private static PyStr attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", name.type.name);
        }
        return s;
    }

    /** PyObject_GenericGetDict. */
    @Exposed.Getter(name = "__dict__")
    public PyObject getDict() {
        return Abstract.materializedDict(this);
    }

    /** PyObject_GenericSetDict: a dict, or deleted. */
    @Exposed.Setter(name = "__dict__")
    public void setDict(PyObject v) {
        if (v != null && !(v instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type.qualname);
        }
        PyDict old = dict;
        dev.glassbox.memory.Heap.xincref(v);
        dict = (PyDict) v;
        dev.glassbox.memory.Heap.xdecref(old);
    }

    /** ast_type_reduce: {@code (type, (), __dict__)}, or {@code (type, ())} without a dict. */
    @Exposed.Method(sig = "($self, /)")
    public static PyObject __reduce__(PyObject self) {
        PyObject dict = Abstract.lookupAttr(self, PyStr.intern("__dict__"));
        if (dict != null) return PyTuple.of(self.type, PyTuple.EMPTY, dict);
        return PyTuple.of(self.type, PyTuple.EMPTY);
    }
}
