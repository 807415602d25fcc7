package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code builtin_function_or_method}: a module-level built-in function ({@code len}), or a
 * built-in method bound to its object ({@code [].append}).
 */
@Exposed.Type(name = "builtin_function_or_method", baseType = false)
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    public static final PyType TYPE = PyType.fromClass(PyBuiltinFunction.class);

    public final String name;
    /** The bound object (a method's self, a function's module), or null. */
    public final PyObject self;
    final ArgParser parser;
    final JavaCallable target;
    /** For a bound method: its descriptor (its target takes self first). */
    final PyMethodDescr method;
    final String doc;
    public String module;

    /** A module function: the target takes only the parameters. */
    PyBuiltinFunction(String name, ArgParser parser, JavaCallable target, String doc, PyObject module, boolean immortal) {
        super(TYPE, immortal);
        this.name = name;
        this.parser = parser;
        this.target = target;
        this.method = null;
        this.doc = doc;
        this.self = module;
    }

    /** A built-in method bound to {@code self}. */
    PyBuiltinFunction(PyMethodDescr method, PyObject self) {
        super(TYPE);
        this.name = method.name;
        this.parser = method.parser;
        this.target = method.target;
        this.method = method;
        this.doc = method.doc;
        this.self = self;
        Heap.incref(self);
    }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (method != null) return method.callMethod(self, args, start, nargs, kwnames);
        PyObject[] full;
        if (kwnames == null && parser.fitsPositional(nargs)) {
            full = new PyObject[nargs];
            System.arraycopy(args, start, full, 0, nargs);
        } else {
            full = parser.bind(args, start, nargs, kwnames);
        }
        return target.invoke(full);
    }

    @Exposed.Method
    public PyObject __repr__() {
        if (method != null) {
            return PyStr.of("<built-in method " + name + " of " + self.type.qualname + " object at 0x"
                    + String.format("%012x", Heap.address(self)) + ">");
        }
        if (self instanceof PyType t) {
            return PyStr.of("<built-in method " + name + " of type object at 0x" + String.format("%012x", Heap.address(t)) + ">");
        }
        return PyStr.of("<built-in function " + name + ">");
    }

    @Exposed.Getter(name = "__name__")
    public PyObject getName() { return PyStr.of(name); }

    @Exposed.Getter(name = "__qualname__")
    public PyObject getQualname() {
        if (method != null) return PyStr.of(method.objclass.qualname + "." + name);
        if (self instanceof PyType t) return PyStr.of(t.qualname + "." + name);
        return PyStr.of(name);
    }

    @Exposed.Getter(name = "__self__")
    public PyObject getSelf() { return self == null ? PyNone.NONE : self; }

    @Exposed.Getter(name = "__module__")
    public PyObject getModule() { return module == null ? PyNone.NONE : PyStr.of(module); }

    @Exposed.Getter(name = "__doc__")
    public PyObject getDoc() { return doc == null ? PyNone.NONE : PyStr.of(doc); }

    @Exposed.Getter(name = "__text_signature__")
    public PyObject getTextSignature() { return PyStr.of(parser.textSignature); }

    @Override
    public void traverse(Visitor v) {
        if (self != null && method != null) v.visit(self);
    }

    @Override
    public void release(Releaser r) {
        if (method != null) r.release(self);
    }

    /** {@code __call__} as Python code sees it; the VM calls through {@link dev.glassbox.objects.PyCallable}. */
    @Exposed.Method(name = "__call__", sig = "($self, /, *args, **kwargs)")
    public PyObject callDunder(PyObject args, PyObject kwargs) {
        return dev.glassbox.objects.Abstract.callArgs(this, (dev.glassbox.objects.PyTuple) args, (dev.glassbox.objects.PyDict) kwargs);
    }
}
