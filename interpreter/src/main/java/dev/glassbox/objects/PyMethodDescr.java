package dev.glassbox.objects;

/**
 * {@code method_descriptor} (Objects/descrobject.c): a built-in type's method in its dict.
 * {@code list.append} is one; {@code [].append} binds it into a {@link PyBuiltinFunction}.
 */
@Exposed.Type(name = "method_descriptor", baseType = false)
public final class PyMethodDescr extends PyObject implements PyCallable {
    public static final PyType TYPE = PyType.fromClass(PyMethodDescr.class);

    public final String name;
    public final PyType objclass;
    public final ArgParser parser;
    final JavaCallable target;
    public final String doc;

    PyMethodDescr(PyType objclass, String name, ArgParser parser, JavaCallable target, String doc) {
        super(TYPE, true);
        this.name = name;
        this.objclass = objclass;
        this.parser = parser;
        this.target = target;
        this.doc = doc;
    }

    /** Calls the method with {@code self} and arguments in vectorcall form. */
    public PyObject callMethod(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        checkSelf(self);
        PyObject[] full;
        if (kwnames == null && parser.fitsPositional(nargs)) {
            full = new PyObject[nargs + 1];
            full[0] = self;
            System.arraycopy(args, start, full, 1, nargs);
        } else {
            PyObject[] bound = parser.bind(args, start, nargs, kwnames);
            full = new PyObject[bound.length + 1];
            full[0] = self;
            System.arraycopy(bound, 0, full, 1, bound.length);
        }
        return target.invoke(full);
    }

    /** Direct call with exactly the method's parameters (no keyword handling). */
    public PyObject call0(PyObject self) {
        checkSelf(self);
        if (!parser.fitsPositional(0)) return callMethod(self, PyTuple.NO_ITEMS, 0, 0, null);
        return target.invoke(new PyObject[] {self});
    }

    public PyObject call1(PyObject self, PyObject a) {
        checkSelf(self);
        if (!parser.fitsPositional(1)) return callMethod(self, new PyObject[] {a}, 0, 1, null);
        return target.invoke(new PyObject[] {self, a});
    }

    public PyObject call2(PyObject self, PyObject a, PyObject b) {
        checkSelf(self);
        if (!parser.fitsPositional(2)) return callMethod(self, new PyObject[] {a, b}, 0, 2, null);
        return target.invoke(new PyObject[] {self, a, b});
    }

    void checkSelf(PyObject self) {
        if (!objclass.acceptsLayout(self) || !self.type.isSubtypeOf(objclass)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, objclass.qualname, self.type.qualname);
        }
    }

    /** Unbound call: {@code list.append(l, x)}. */
    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs < 1) {
            throw Errors.typeError("unbound method %s.%s() needs an argument", objclass.qualname, name);
        }
        return callMethod(args[start], args, start + 1, nargs - 1, kwnames);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<method '" + name + "' of '" + objclass.qualname + "' objects>");
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        checkSelf(obj);
        return new PyBuiltinFunction(this, obj);
    }

    @Exposed.Getter(name = "__name__")
    public PyObject getName() { return PyStr.of(name); }

    @Exposed.Getter(name = "__qualname__")
    public PyObject getQualname() { return PyStr.of(objclass.qualname + "." + name); }

    @Exposed.Getter(name = "__objclass__")
    public PyObject getObjclass() { return objclass; }

    @Exposed.Getter(name = "__doc__")
    public PyObject getDoc() { return doc == null ? PyNone.NONE : PyStr.of(doc); }

    @Exposed.Getter(name = "__text_signature__")
    public PyObject getTextSignature() { return PyStr.of(parser.textSignature); }
}
