package dev.glassbox.vm;

import dev.glassbox.objects.PyModule;

import dev.glassbox.objects.Errors;

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
@Exposed.Type(instanceDict = true, gc = true, name = "function", baseType = false, basicSize = 136)
public final class PyFunction extends PyObject implements Abstract.MethodLike {
    public static final PyType TYPE = PyType.fromClass(PyFunction.class);

    PyCode code;
    final PyDict globals;
    final PyObject builtins;
    PyStr name, qualname;
    PyTuple defaults;     // or null
    PyDict kwdefaults;    // or null
    PyTuple closure;      // or null
    PyObject annotations; // or null
    PyObject module;      // __module__, or null
    PyObject doc;         // __doc__, or null

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

    /** function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType (func_new). */
    @Exposed.StaticMethod(name = "__new__", sig = "($type, code, globals, name=None, argdefs=None, closure=None)")
    public static PyObject __new__(PyObject cls, PyObject code, PyObject globals, PyObject name, PyObject argdefs, PyObject closure) {
        if (!(code instanceof PyCode c)) throw Errors.typeError("function() argument 'code' must be code, not %s", code.type.name);
        if (!(globals instanceof PyDict g)) throw Errors.typeError("function() argument 'globals' must be dict, not %s", globals.type.name);
        if (name != PyNone.NONE && !(name instanceof PyStr)) throw Errors.typeError("arg 3 (name) must be None or string");
        if (argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) throw Errors.typeError("arg 4 (defaults) must be None or tuple");
        int nfree = c.unit.freevars().length;
        if (closure != PyNone.NONE && !(closure instanceof PyTuple)) throw Errors.typeError("arg 5 (closure) must be None or tuple");
        if (nfree > 0 && closure == PyNone.NONE) throw Errors.typeError("arg 5 (closure) must be tuple");
        int nclosure = closure == PyNone.NONE ? 0 : ((PyTuple) closure).size();
        if (nfree != nclosure) {
            throw Errors.valueError("%s requires closure of length %d, not %d", c.unit.name, nfree, nclosure);
        }
        if (nclosure > 0) {
            for (PyObject o : ((PyTuple) closure).array()) {
                if (!(o instanceof PyCell)) throw Errors.typeError("arg 5 (closure) expected cell, found %s", o.type.name);
            }
        }
        // _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module's dict, or a dict), else the interpreter's.
        PyObject b = g.getItemStr("__builtins__");
        if (b instanceof PyModule m) b = m.dict();
        if (!(b instanceof PyDict)) b = Builtins.builtinsDict();
        PyFunction fn = new PyFunction(c, g, b);
        if (name instanceof PyStr n) {
            Heap.decref(fn.name);
            fn.name = n;
            Heap.incref(n);
        }
        if (argdefs instanceof PyTuple d) {
            fn.defaults = d;
            Heap.incref(d);
        }
        if (nclosure > 0) {
            fn.closure = (PyTuple) closure;
            Heap.incref(closure);
        }
        PyObject modName = g.getItemStr("__name__");
        if (modName != null) fn.setModule(modName);
        return fn;
    }

    void setModule(PyObject m) {
        Heap.incref(m);
        module = m;
    }

    /** The docstring: 3.11 takes the first constant when it is a str (PyFunction_New). */
    PyObject docstring() {
        if (doc != null) return doc;
        PyObject[] consts = code.consts;
        if (consts.length > 0 && consts[0] instanceof PyStr) return consts[0];
        return PyNone.NONE;
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

    @Exposed.Setter(name = "__code__")
    public void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) throw dev.glassbox.objects.Errors.typeError("__code__ must be set to a code object");
        int nfree = c.unit.freevars().length, nclosure = closure == null ? 0 : closure.size();
        if (nfree != nclosure) {
            throw dev.glassbox.objects.Errors.valueError("%s() requires a code object with %d free vars, not %d",
                    name.value, nclosure, nfree);
        }
        PyCode old = code;
        Heap.incref(c);
        code = c;
        Heap.decref(old);
    }
    @Exposed.Getter(name = "__globals__") public PyObject getGlobals() { return globals; }
    @Exposed.Getter(name = "__defaults__") public PyObject getDefaults() { return defaults == null ? PyNone.NONE : defaults; }
    @Exposed.Getter(name = "__kwdefaults__") public PyObject getKwdefaults() { return kwdefaults == null ? PyNone.NONE : kwdefaults; }
    @Exposed.Getter(name = "__closure__") public PyObject getClosure() { return closure == null ? PyNone.NONE : closure; }
    @Exposed.Getter(name = "__module__") public PyObject getModule() { return module == null ? PyNone.NONE : module; }
    @Exposed.Setter(name = "__module__") public void setModuleAttr(PyObject v) { PyObject o = module; module = v; Heap.xincref(v); Heap.xdecref(o); }
    @Exposed.Getter(name = "__doc__") public PyObject getDoc() { return docstring(); }
    @Exposed.Setter(name = "__doc__") public void setDoc(PyObject v) { PyObject o = doc; doc = v == null ? PyNone.NONE : v; Heap.incref(doc); Heap.xdecref(o); }

    @Exposed.Setter(name = "__name__")
    public void setName(PyObject v) {
        if (!(v instanceof PyStr s)) throw dev.glassbox.objects.Errors.typeError("__name__ must be set to a string object");
        PyStr o = name; name = s; Heap.incref(s); Heap.decref(o);
    }

    @Exposed.Setter(name = "__qualname__")
    public void setQualname(PyObject v) {
        if (!(v instanceof PyStr s)) throw dev.glassbox.objects.Errors.typeError("__qualname__ must be set to a string object");
        PyStr o = qualname; qualname = s; Heap.incref(s); Heap.decref(o);
    }

    @Exposed.Setter(name = "__defaults__")
    public void setDefaults(PyObject v) {
        PyTuple o = defaults;
        if (v == null || v == PyNone.NONE) defaults = null;
        else if (v instanceof PyTuple t) { defaults = t; Heap.incref(t); }
        else throw dev.glassbox.objects.Errors.typeError("__defaults__ must be set to a tuple object");
        Heap.xdecref(o);
    }

    @Exposed.Setter(name = "__kwdefaults__")
    public void setKwdefaults(PyObject v) {
        PyDict o = kwdefaults;
        if (v == null || v == PyNone.NONE) kwdefaults = null;
        else if (v instanceof PyDict d) { kwdefaults = d; Heap.incref(d); }
        else throw dev.glassbox.objects.Errors.typeError("__kwdefaults__ must be set to a dict object");
        Heap.xdecref(o);
    }

    @Exposed.Getter(name = "__annotations__")
    public PyObject getAnnotations() {
        if (annotations == null || annotations == PyNone.NONE) {
            annotations = new PyDict();
            Heap.incref(annotations);
        } else if (annotations instanceof PyTuple t) {
            // MAKE_FUNCTION's flat (name, value, ...) tuple becomes a dict on first access.
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) d.setItem(t.get(i), t.get(i + 1));
            Heap.incref(d);
            PyObject old = annotations;
            annotations = d;
            Heap.decref(old);
        }
        return annotations;
    }

    @Exposed.Setter(name = "__annotations__")
    public void setAnnotations(PyObject v) {
        PyObject o = annotations;
        annotations = v;
        Heap.xincref(v);
        Heap.xdecref(o);
    }

    @Exposed.Getter(name = "__builtins__") public PyObject getBuiltins() { return builtins; }

    @Exposed.Getter(name = "__dict__")
    public PyObject getDict() { return dev.glassbox.objects.Abstract.materializedDict(this); }

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
        if (annotations != null) v.visit(annotations);
        if (module != null) v.visit(module);
        if (doc != null) v.visit(doc);
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
        r.release(module);
        module = null;
        r.release(doc);
        doc = null;
        super.release(r);
        r.release(annotations);
        annotations = null;
        r.release(closure);
        closure = null;
        r.release(code);
        r.release(name);
        r.release(qualname);
    }

    /** {@code __call__} as Python code sees it; the VM calls through {@link dev.glassbox.objects.PyCallable}. */
    @Exposed.Method(name = "__call__", sig = "($self, /, *args, **kwargs)")
    public PyObject callDunder(PyObject args, PyObject kwargs) {
        return dev.glassbox.objects.Abstract.callArgs(this, (dev.glassbox.objects.PyTuple) args, (dev.glassbox.objects.PyDict) kwargs);
    }
}
