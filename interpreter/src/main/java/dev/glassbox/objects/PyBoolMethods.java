package dev.glassbox.objects;

/**
 * The methods of {@code bool} (Objects/boolobject.c): its repr, its constructor, and the
 * bitwise operators that stay bool when both operands are bools ({@code bool_and} and
 * friends); everything else is inherited from int.
 */
public final class PyBoolMethods {
    private PyBoolMethods() {}

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(cls, "bool.__new__");
        if (!t.isSubtypeOf(PyBool.TYPE)) {
            throw Errors.typeError("bool.__new__(%s): %s is not a subtype of bool", t.qualname, t.qualname);
        }
        PyTuple a = (PyTuple) args;
        if (((PyDict) kwargs).size() > 0) throw Errors.typeError("bool() takes no keyword arguments");
        if (a.size() > 1) throw Errors.typeError("bool expected at most 1 argument, got %d", a.size());
        return a.size() == 0 ? PyBool.FALSE : PyBool.of(Abstract.isTrue(a.get(0)));
    }

    @Exposed.Method(doc = "Return repr(self).")
    public static String __repr__(PyObject self) {
        return ((PyInt) self).value != 0 ? "True" : "False";
    }

    /** a op b: bool when both are bools, else int's operator (which may return NotImplemented). */
    private static PyObject bitwise(PyObject a, PyObject b, char op) {
        if (a instanceof PyBool x && b instanceof PyBool y) {
            boolean p = x.value != 0, q = y.value != 0;
            return PyBool.of(op == '&' ? p & q : op == '|' ? p | q : p ^ q);
        }
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) return PyNotImplemented.NOT_IMPLEMENTED;
        return op == '&' ? IntOps.and(x, y) : op == '|' ? IntOps.or(x, y) : IntOps.xor(x, y);
    }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self&value.")
    public static PyObject __and__(PyObject self, PyObject o) { return bitwise(self, o, '&'); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value&self.")
    public static PyObject __rand__(PyObject self, PyObject o) { return bitwise(o, self, '&'); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self|value.")
    public static PyObject __or__(PyObject self, PyObject o) { return bitwise(self, o, '|'); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value|self.")
    public static PyObject __ror__(PyObject self, PyObject o) { return bitwise(o, self, '|'); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return self^value.")
    public static PyObject __xor__(PyObject self, PyObject o) { return bitwise(self, o, '^'); }

    @Exposed.Method(sig = "($self, value, /)", doc = "Return value^self.")
    public static PyObject __rxor__(PyObject self, PyObject o) { return bitwise(o, self, '^'); }
}
