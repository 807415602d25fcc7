package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code object}, the root of every type (Objects/typeobject.c's object_* functions): generic
 * attribute access, default repr/str/hash/eq, {@code __class__}, and the layout of instances
 * of plain Python classes (dict and slots in {@link PyObject}).
 */
@Exposed.Type(name = "object", doc = "The base class of the class hierarchy.\n\n"
        + "When called, it accepts no arguments and returns a new featureless\n"
        + "instance that has no instance attributes and cannot be given any.\n")
public class PyBaseObject extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyBaseObject.class);

    public PyBaseObject(PyType type) {
        super(type);
    }

    /** Immortal sentinels used inside the runtime. */
    PyBaseObject(boolean immortal) {
        super(TYPE, immortal);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(cls, "object.__new__");
        boolean excess = ((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0;
        if (excess) {
            if (t.special(SpecialMethod.__new__) != TYPE.lookup("__new__")) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.special(SpecialMethod.__init__) == TYPE.lookup("__init__")) {
                throw Errors.typeError("%s() takes no arguments", t.qualname);
            }
        }
        if ((t.flags & PyType.IS_ABSTRACT) != 0) {
            throw Abstract.abstractInstantiationError(t);
        }
        return t.allocate();
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __init__(PyObject self, PyObject args, PyObject kwargs) {
        boolean excess = ((PyTuple) args).size() > 0 || ((PyDict) kwargs).size() > 0;
        if (excess) {
            PyType t = self.type;
            if (t.special(SpecialMethod.__init__) != TYPE.lookup("__init__")) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.special(SpecialMethod.__new__) == TYPE.lookup("__new__")) {
                throw Errors.typeError("%s() takes no arguments", t.qualname);
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Method
    public static PyObject __repr__(PyObject self) {
        PyType t = self.type;
        String mod = Abstract.typeModule(t);
        String name = t.qualname;
        String prefix = mod == null || mod.equals("builtins") ? name : mod + "." + name;
        return PyStr.of("<" + prefix + " object at 0x" + String.format("%012x", Heap.address(self)) + ">");
    }

    @Exposed.Method
    public static PyObject __str__(PyObject self) {
        return Abstract.repr(self);
    }

    @Exposed.Method
    public static long __hash__(PyObject self) {
        return Hashing.identityHash(Heap.address(self));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __eq__(PyObject self, PyObject other) {
        return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed.Method(sig = "($self, value, /)")
    public static PyObject __ne__(PyObject self, PyObject other) {
        // object_richcompare: the inverse of __eq__ unless it is NotImplemented.
        PyObject eq = self.type.special(SpecialMethod.__eq__);
        PyObject r = Abstract.callSpecial(eq, self, other);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) return r;
        return PyBool.of(!Abstract.isTrue(r));
    }

    @Exposed.Method(name = "__lt__", sig = "($self, value, /)")
    public static PyObject lt(PyObject self, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @Exposed.Method(name = "__le__", sig = "($self, value, /)")
    public static PyObject le(PyObject self, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @Exposed.Method(name = "__gt__", sig = "($self, value, /)")
    public static PyObject gt(PyObject self, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @Exposed.Method(name = "__ge__", sig = "($self, value, /)")
    public static PyObject ge(PyObject self, PyObject o) { return PyNotImplemented.NOT_IMPLEMENTED; }

    @Exposed.Method(sig = "($self, name, /)")
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        return Abstract.genericGetAttr(self, Abstract.attrName(name), false);
    }

    @Exposed.Method(sig = "($self, name, value, /)")
    public static PyObject __setattr__(PyObject self, PyObject name, PyObject value) {
        Abstract.genericSetAttr(self, Abstract.attrName(name), value);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, name, /)")
    public static PyObject __delattr__(PyObject self, PyObject name) {
        Abstract.genericSetAttr(self, Abstract.attrName(name), null);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, format_spec, /)")
    public static PyObject __format__(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) throw Errors.typeError("__format__() argument must be str, not %s", spec.type.name);
        if (s.length() > 0) {
            throw Errors.typeError("unsupported format string passed to %s.__format__", self.type.qualname);
        }
        return Abstract.str(self);
    }

    @Exposed.Method
    public static long __sizeof__(PyObject self) {
        return self.basicSize();
    }

    @Exposed.Method
    public static PyObject __dir__(PyObject self) {
        return Abstract.defaultDir(self);
    }

    /** object.__reduce_ex__: a class's own __reduce__ wins; else copyreg's protocol (typeobject.c). */
    @Exposed.Method(sig = "($self, protocol, /)")
    public static PyObject __reduce_ex__(PyObject self, PyObject protocol) {
        long proto = Abstract.indexAsLong(protocol);
        PyObject reduce = self.type.lookup("__reduce__");
        if (reduce != null && reduce != TYPE.ready().dict.getItemStr("__reduce__")) return Abstract.callMethod(self, "__reduce__");
        return commonReduce(self, proto);
    }

    @Exposed.Method(sig = "($self, /)")
    public static PyObject __reduce__(PyObject self) {
        return commonReduce(self, 0);
    }

    private static PyObject copyreg() {
        return Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("copyreg"));
    }

    private static PyObject commonReduce(PyObject self, long proto) {
        if (proto >= 2) return reduceNewobj(self);
        return Abstract.callMethod(copyreg(), "_reduce_ex", self, PyInt.of(proto));
    }

    /** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
    private static PyObject reduceNewobj(PyObject self) {
        PyObject args = null, kwargs = null;
        PyObject getnewargsEx = Abstract.lookupAttr(self, PyStr.intern("__getnewargs_ex__"));
        if (getnewargsEx != null) {
            PyObject r = Abstract.call(getnewargsEx);
            if (!(r instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '%s'", r.type.name);
            args = t.get(0);
            kwargs = t.get(1);
        } else {
            PyObject getnewargs = Abstract.lookupAttr(self, PyStr.intern("__getnewargs__"));
            if (getnewargs != null) {
                args = Abstract.call(getnewargs);
                if (!(args instanceof PyTuple)) throw Errors.typeError("__getnewargs__ should return a tuple, not '%s'", args.type.name);
            }
        }
        boolean hasArgs = args != null;
        if (args == null) args = PyTuple.EMPTY;
        PyObject copyreg = copyreg();
        PyObject newobj, newargs;
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            newobj = Abstract.getAttr(copyreg, "__newobj__");
            PyTuple a = (PyTuple) args;
            PyObject[] items = new PyObject[a.size() + 1];
            items[0] = self.type;
            for (int i = 0; i < a.size(); i++) items[i + 1] = a.get(i);
            newargs = PyTuple.of(items);
        } else {
            newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.of(self.type, args, kwargs);
        }
        boolean isList = self instanceof PyList, isDict = self instanceof PyDict;
        PyObject state = getstate(self, !hasArgs && !isList && !isDict);
        PyObject listitems = isList ? Abstract.getIter(self) : PyNone.NONE;
        PyObject dictitems = isDict ? Abstract.getIter(Abstract.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    private static PyObject getstate(PyObject self, boolean required) {
        PyObject gs = Abstract.lookupAttr(self, PyStr.intern("__getstate__"));
        if (gs == null) return PyNone.NONE;
        PyObject own = TYPE.ready().dict.getItemStr("__getstate__");
        if (self.type.lookup("__getstate__") == own) return defaultState(self, required);
        return Abstract.call(gs);
    }

    /** object.__getstate__ (object_getstate_default): the instance dict, and the slots. */
    @Exposed.Method(sig = "($self, /)")
    public static PyObject __getstate__(PyObject self) {
        return defaultState(self, false);
    }

    private static PyObject defaultState(PyObject self, boolean required) {
        if (required && (self.type.itemSize != 0 || self.type.javaClass != PyBaseObject.class && !(self instanceof PyBaseException))) {
            throw Errors.typeError("cannot pickle '%s' object", self.type.qualname);
        }
        PyObject state = PyNone.NONE;
        PyObject d = self.type.hasInstanceDict ? Abstract.lookupAttr(self, PyStr.intern("__dict__")) : null;
        if (d instanceof PyDict dict && dict.size() > 0) state = dict.copy();
        PyObject names = Abstract.callMethod(copyreg(), "_slotnames", self.type);
        if (names instanceof PyList l && l.size() > 0) {
            PyDict slots = new PyDict();
            for (int i = 0; i < l.size(); i++) {
                PyObject name = l.get(i);
                PyObject v = Abstract.lookupAttr(self, (PyStr) name);
                if (v != null) slots.setItem(name, v);
            }
            if (slots.size() > 0) state = PyTuple.of(state, slots);
        }
        return state;
    }

    @Exposed.ClassMethod(sig = "($type, /)")
    public static PyObject __init_subclass__(PyObject cls) {
        return PyNone.NONE;
    }

    @Exposed.ClassMethod(sig = "($type, subclass, /)")
    public static PyObject __subclasshook__(PyObject cls, PyObject sub) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed.Getter(name = "__class__")
    public static PyObject getClass(PyObject self) {
        return self.type;
    }

    @Exposed.Setter(name = "__class__")
    public static void setClass(PyObject self, PyObject value) {
        if (value == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType t)) {
            throw Errors.typeError("__class__ must be set to a class, not '%s' object", value.type.name);
        }
        // object_set_class: modules may change to and from ModuleType subclasses (LazyLoader does)
        boolean modules = t.isSubtypeOf(PyModule.TYPE) && self.type.isSubtypeOf(PyModule.TYPE);
        if (!modules && (!t.isHeapType() || !self.type.isHeapType())) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (t.javaClass != self.type.javaClass) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'", t.name, self.type.name);
        }
        Heap.incref(t);
        PyType old = self.type;
        self.type = t;
        Heap.decref(old);
    }
}
