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

    @Exposed.Method(sig = "($self, protocol, /)")
    public static PyObject __reduce_ex__(PyObject self, PyObject protocol) {
        throw Errors.typeError("cannot pickle '%s' object", self.type.qualname);
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
        if (!t.isHeapType() || !self.type.isHeapType() || t.javaClass != self.type.javaClass) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        Heap.incref(t);
        PyType old = self.type;
        self.type = t;
        Heap.decref(old);
    }
}
