package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/** {@code function}: code plus its globals, defaults and closure (Objects/funcobject.c). */
@Exposed.Type(name = "function", baseType = false)
public final class PyFunction extends PyObject implements Abstract.MethodLike {
    public static final PyType TYPE = PyType.fromClass(PyFunction.class);

    final PyCode code;
    final PyDict globals;
    final PyObject builtins;
    PyStr name, qualname;
    PyTuple defaults;     // or null
    PyDict kwdefaults;    // or null
    PyTuple closure;      // or null

    PyFunction(PyCode code, PyDict globals, PyObject builtins) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        Heap.incref(code);
        Heap.incref(globals);
        Heap.incref(builtins);
        name = PyStr.of(code.unit.name);
        qualname = PyStr.of(code.unit.qualname);
        Heap.incref(name);
        Heap.incref(qualname);
    }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        return Interpreter.current().callFunction(this, args, start, nargs, kwnames);
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject obj, PyObject owner) {
        if (obj == null || obj == PyNone.NONE) return this;
        return new PyMethod(this, obj);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<function " + qualname + " at 0x" + String.format("%012x", Heap.address(this)) + ">");
    }

    @Exposed.Getter(name = "__name__") public PyObject getName() { return name; }
    @Exposed.Getter(name = "__qualname__") public PyObject getQualname() { return qualname; }
    @Exposed.Getter(name = "__code__") public PyObject getCode() { return code; }
    @Exposed.Getter(name = "__globals__") public PyObject getGlobals() { return globals; }
    @Exposed.Getter(name = "__defaults__") public PyObject getDefaults() { return defaults == null ? PyNone.NONE : defaults; }
    @Exposed.Getter(name = "__kwdefaults__") public PyObject getKwdefaults() { return kwdefaults == null ? PyNone.NONE : kwdefaults; }
    @Exposed.Getter(name = "__closure__") public PyObject getClosure() { return closure == null ? PyNone.NONE : closure; }

    @Override
    public void traverse(Visitor v) {
        v.visit(code);
        v.visit(globals);
        v.visit(builtins);
        v.visit(name);
        v.visit(qualname);
        if (defaults != null) v.visit(defaults);
        if (kwdefaults != null) v.visit(kwdefaults);
        if (closure != null) v.visit(closure);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        // func_clear order: globals, builtins, module, defaults, kwdefaults, doc, dict, closure, annotations; then code, name, qualname
        r.release(globals);
        r.release(builtins);
        r.release(defaults);
        defaults = null;
        r.release(kwdefaults);
        kwdefaults = null;
        super.release(r);
        r.release(closure);
        closure = null;
        r.release(code);
        r.release(name);
        r.release(qualname);
    }
}
