package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.List;

/**
 * The Python-visible API of {@code type} (Objects/typeobject.c): calling a type to make an
 * instance ({@code type_call}), {@code type(x)}, attribute hooks, and the class attributes
 * {@code __name__}, {@code __mro__}, {@code __dict__}, ...
 */
public final class PyTypeMethods {
    private PyTypeMethods() {}

    /** type_call: {@code cls(*args, **kwargs)}. */
    public static PyObject call(PyType t, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (t == PyType.TYPE && nargs == 1 && kwnames == null) return args[start].type;
        PyObject newFn = t.special(SpecialMethod.__new__);
        if (newFn == null) throw Errors.typeError("cannot create '%s' instances", t.name);
        PyObject obj;
        PyObject[] full = new PyObject[nargs + 1 + (kwnames == null ? 0 : kwnames.size())];
        full[0] = t;
        System.arraycopy(args, start, full, 1, full.length - 1);
        obj = staticCall(newFn, full, nargs + 1, kwnames);
        if (!obj.type.isSubtypeOf(t)) return obj;
        PyObject init = obj.type.special(SpecialMethod.__init__);
        if (init != null) {
            Heap.incref(obj);
            try {
                full[0] = obj;
                PyObject r = callUnbound(init, full, nargs + 1, kwnames);
                if (r != PyNone.NONE) {
                    throw Errors.typeError("__init__() should return None, not '%s'", r.type.qualname);
                }
            } finally {
                obj.refcnt--;
                if (obj.refcnt == 0) { obj.refcnt = 1; Heap.decref(obj); }
            }
        }
        return obj;
    }

    /** Calls __new__ as found in a type dict (a staticmethod wrapper or a built-in bound to its type). */
    private static PyObject staticCall(PyObject newFn, PyObject[] full, int nargs, PyTuple kwnames) {
        PyObject f = unwrapStatic(newFn);
        return Abstract.call(f, full, 0, nargs, kwnames);
    }

    /** The function inside a staticmethod object, or the object itself. */
    static PyObject unwrapStatic(PyObject f) {
        if (f instanceof PyStaticMethod s && s.fn != null) return s.fn;
        return f;
    }

    /** Calls an unbound method found on a type with self as the first argument. */
    static PyObject callUnbound(PyObject method, PyObject[] full, int nargs, PyTuple kwnames) {
        if (method instanceof PyMethodDescr md) return md.callMethod(full[0], full, 1, nargs - 1, kwnames);
        if (method instanceof Abstract.MethodLike) return Abstract.call(method, full, 0, nargs, kwnames);
        PyObject bound = Abstract.bindDescriptor(method, full[0]);
        return Abstract.call(bound, full, 1, nargs - 1, kwnames);
    }

    // ------------------------------------------------------------------ exposed

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject metatype, PyObject args, PyObject kwargs) {
        PyTuple a = (PyTuple) args;
        PyType meta = Abstract.checkTypeArg(metatype, "type.__new__");
        if (meta == PyType.TYPE && a.size() == 1 && ((PyDict) kwargs).size() == 0) return a.get(0).type;
        if (a.size() != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        return TypeNew.create(meta, a.get(0), a.get(1), a.get(2), (PyDict) kwargs);
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __init__(PyObject self, PyObject args, PyObject kwargs) {
        int n = ((PyTuple) args).size();
        if (n != 1 && n != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject args, PyObject kwargs) {
        PyTuple a = (PyTuple) args;
        PyDict k = (PyDict) kwargs;
        if (!(self instanceof PyType t)) return Abstract.callArgs(self, a, k);
        return Abstract.callArgs(new TypeCallerObj(t), a, k);
    }

    /** Adapts type_call to a callable object for {@code type.__call__(cls, ...)}. */
    private static final class TypeCallerObj extends PyObject implements PyCallable {
        private final PyType t;

        TypeCallerObj(PyType t) {
            super(PyBaseObject.TYPE);
            this.t = t;
        }

        @Override
        public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
            return PyTypeMethods.call(t, args, start, nargs, kwnames);
        }
    }

    @Exposed.Method(sig = "($self, name, /)")
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        return TypeAttributes.getAttr((PyType) self, PyStr.intern(Abstract.attrName(name)), false);
    }

    @Exposed.Method(sig = "($self, name, value, /)")
    public static PyObject __setattr__(PyObject self, PyObject name, PyObject value) {
        TypeAttributes.setAttr((PyType) self, PyStr.intern(Abstract.attrName(name)), value);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, name, /)")
    public static PyObject __delattr__(PyObject self, PyObject name) {
        TypeAttributes.setAttr((PyType) self, PyStr.intern(Abstract.attrName(name)), null);
        return PyNone.NONE;
    }

    @Exposed.Method
    public static PyObject __repr__(PyObject self) {
        PyType t = (PyType) self;
        String mod = Abstract.typeModule(t);
        if (mod == null || mod.equals("builtins")) return PyStr.of("<class '" + t.qualname + "'>");
        return PyStr.of("<class '" + mod + "." + t.qualname + "'>");
    }

    @Exposed.Method
    public static PyObject mro(PyObject self) {
        PyType t = (PyType) self;
        return PyList.of(TypeNew.computeMro(t).toArray(new PyObject[0]));
    }

    @Exposed.Method
    public static PyObject __subclasses__(PyObject self) {
        List<PyType> subs = ((PyType) self).subclasses();
        return PyList.of(subs.toArray(new PyObject[0]));
    }

    @Exposed.Method(sig = "($self, instance, /)")
    public static boolean __instancecheck__(PyObject self, PyObject inst) {
        return inst.type.isSubtypeOf((PyType) self) || isSubclassViaClassAttr(inst, (PyType) self);
    }

    private static boolean isSubclassViaClassAttr(PyObject inst, PyType t) {
        PyObject c = Abstract.lookupAttr(inst, PyStr.intern("__class__"));
        return c instanceof PyType ct && ct != inst.type && ct.isSubtypeOf(t);
    }

    @Exposed.Method(sig = "($self, subclass, /)")
    public static boolean __subclasscheck__(PyObject self, PyObject sub) {
        if (!(sub instanceof PyType st)) throw Errors.typeError("issubclass() arg 1 must be a class");
        return st.isSubtypeOf((PyType) self);
    }

    @Exposed.ClassMethod(sig = "($type, name, bases, /, **kwds)")
    public static PyObject __prepare__(PyObject meta, PyObject name, PyObject bases, PyObject kwds) {
        return new PyDict();
    }

    @Exposed.Method
    public static long __sizeof__(PyObject self) {
        return ((PyType) self).isHeapType() ? 1056 : 920;
    }

    @Exposed.Method
    public static PyObject __dir__(PyObject self) {
        PyDict result = new PyDict();
        for (PyType t : ((PyType) self).ready().mro) {
            t.ready();
            for (int e = t.dict.nextEntry(0); e >= 0; e = t.dict.nextEntry(e + 1)) result.setItem(t.dict.keyAt(e), PyNone.NONE);
        }
        PyList l = new PyList();
        for (int e = result.nextEntry(0); e >= 0; e = result.nextEntry(e + 1)) l.append(result.keyAt(e));
        return l;
    }

    @Exposed.Method(sig = "($self, other, /)")
    public static PyObject __or__(PyObject self, PyObject other) {
        return UnionType.of(self, other);
    }

    @Exposed.Method(sig = "($self, other, /)")
    public static PyObject __ror__(PyObject self, PyObject other) {
        return UnionType.of(other, self);
    }

    @Exposed.Getter(name = "__name__")
    public static PyObject getName(PyObject self) {
        PyType t = (PyType) self;
        int dot = t.name.lastIndexOf('.');
        return PyStr.of(t.isHeapType() || dot < 0 ? t.name : t.name.substring(dot + 1));
    }

    @Exposed.Setter(name = "__name__")
    public static void setName(PyObject self, PyObject v) {
        PyType t = checkHeap(self, "__name__");
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.__name__, not '%s'", t.name, v == null ? "NoneType" : v.type.name);
        }
        t.name = s.value;
    }

    @Exposed.Getter(name = "__qualname__")
    public static PyObject getQualname(PyObject self) {
        return PyStr.of(((PyType) self).qualname);
    }

    @Exposed.Setter(name = "__qualname__")
    public static void setQualname(PyObject self, PyObject v) {
        PyType t = checkHeap(self, "__qualname__");
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.__qualname__, not '%s'", t.name, v == null ? "NoneType" : v.type.name);
        }
        t.qualname = s.value;
    }

    private static PyType checkHeap(PyObject self, String what) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", what, t.name);
        return t;
    }

    @Exposed.Getter(name = "__module__")
    public static PyObject getModule(PyObject self) {
        PyType t = (PyType) self;
        if (t.isHeapType()) {
            PyObject m = t.dict.getItemStr("__module__");
            if (m == null) throw Errors.attributeError("__module__");
            return m;
        }
        return PyStr.of(t.moduleName);
    }

    @Exposed.Setter(name = "__module__")
    public static void setModule(PyObject self, PyObject v) {
        PyType t = checkHeap(self, "__module__");
        t.dict.setItem("__module__", v);
        t.modified();
    }

    @Exposed.Getter(name = "__bases__")
    public static PyObject getBases(PyObject self) {
        return ((PyType) self).basesTuple();
    }

    /** type_set_bases: checks in CPython's order and messages, then {@link PyType#replaceBases}. */
    @Exposed.Setter(name = "__bases__")
    public static void setBases(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) throw Errors.typeError("cannot set '__bases__' attribute of immutable type '%s'", t.name);
        if (v == null) throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '%s'", t.name);
        if (!(v instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to %s.__bases__, not %s", t.name, v.type.name);
        }
        if (tuple.size() == 0) throw Errors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", t.name);
        PyType[] nb = new PyType[tuple.size()];
        for (int i = 0; i < nb.length; i++) {
            PyObject o = tuple.get(i);
            if (!(o instanceof PyType b)) {
                throw Errors.typeError("%s.__bases__ must be tuple of classes, not '%s'", t.name, o.type.name);
            }
            if (b.isSubtypeOf(t)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            nb[i] = b.ready();
        }
        PyType newBase = TypeNew.bestBase(nb);
        // compatible_for_assignment: tp_free first (GC objects are freed by another deallocator), then the layout.
        if ((newBase.flags & PyType.HAVE_GC) != (t.base.flags & PyType.HAVE_GC)) {
            throw Errors.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", newBase.name, t.base.name);
        }
        PyType oldSolid = TypeNew.solidBase(t.base), newSolid = TypeNew.solidBase(newBase);
        if (oldSolid.javaClass != newSolid.javaClass || oldSolid.slotNames.length != newSolid.slotNames.length
                || oldSolid.hasInstanceDict != newSolid.hasInstanceDict && oldSolid.basicSize != newSolid.basicSize) {
            throw Errors.typeError("__bases__ assignment: '%s' object layout differs from '%s'", newBase.name, t.base.name);
        }
        t.replaceBases(nb);
    }

    @Exposed.Getter(name = "__base__")
    public static PyObject getBase(PyObject self) {
        PyType b = ((PyType) self).base;
        return b == null ? PyNone.NONE : b;
    }

    @Exposed.Getter(name = "__mro__")
    public static PyObject getMro(PyObject self) {
        return ((PyType) self).mroTuple();
    }

    @Exposed.Getter(name = "__dict__")
    public static PyObject getDict(PyObject self) {
        return new MappingProxy(((PyType) self).ready().dict);
    }

    @Exposed.Getter(name = "__doc__")
    public static PyObject getDoc(PyObject self) {
        PyType t = ((PyType) self).ready();
        PyObject d = t.dict.getItemStr("__doc__");
        if (d == null) return PyNone.NONE;
        PyObject get = d.type.special(SpecialMethod.__get__);
        if (get != null) return Abstract.callSpecial(get, d, PyNone.NONE, t);
        return d;
    }

    /** type_set_doc: a class's docstring can be replaced (not deleted), as CPython's. */
    @Exposed.Setter(name = "__doc__")
    public static void setDoc(PyObject self, PyObject v) {
        PyType t = checkHeap(self, "__doc__");
        if (v == null) throw Errors.typeError("cannot delete '__doc__' attribute of immutable type '%s'", t.name);
        t.dict.setItem("__doc__", v);
        t.modified();
    }

    @Exposed.Getter(name = "__flags__")
    public static long getFlags(PyObject self) {
        return ((PyType) self).flags;
    }

    @Exposed.Getter(name = "__basicsize__")
    public static long getBasicsize(PyObject self) {
        return ((PyType) self).basicSize;
    }

    @Exposed.Getter(name = "__itemsize__")
    public static long getItemsize(PyObject self) {
        return ((PyType) self).itemSize;
    }

    @Exposed.Getter(name = "__abstractmethods__")
    public static PyObject getAbstract(PyObject self) {
        PyType t = (PyType) self;
        PyObject v = t != PyType.TYPE ? t.dict.getItemStr("__abstractmethods__") : null;
        if (v == null) throw Errors.attributeError("__abstractmethods__");
        return v;
    }

    @Exposed.Setter(name = "__abstractmethods__")
    public static void setAbstract(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (v == null) {
            PyObject old = t.dict.pop(PyStr.intern("__abstractmethods__"));
            if (old == null) throw Errors.attributeError("__abstractmethods__");
            Heap.decref(old);
            t.flags &= ~PyType.IS_ABSTRACT;
        } else {
            t.dict.setItem("__abstractmethods__", v);
            if (Abstract.isTrue(v)) t.flags |= PyType.IS_ABSTRACT; else t.flags &= ~PyType.IS_ABSTRACT;
        }
        t.modified();
    }

    @Exposed.Getter(name = "__annotations__")
    public static PyObject getAnnotations(PyObject self) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) throw Errors.attributeError("type object '%s' has no attribute '__annotations__'", t.name);
        PyObject a = t.dict.getItemStr("__annotations__");
        if (a == null) {
            a = new PyDict();
            t.dict.setItem("__annotations__", a);
        }
        return a;
    }

    @Exposed.Setter(name = "__annotations__")
    public static void setAnnotations(PyObject self, PyObject v) {
        PyType t = checkHeap(self, "__annotations__");
        if (v == null) {
            PyObject old = t.dict.pop(PyStr.intern("__annotations__"));
            if (old == null) throw Errors.attributeError("__annotations__");
            Heap.decref(old);
        } else {
            t.dict.setItem("__annotations__", v);
        }
        t.modified();
    }

    @Exposed.Getter(name = "__text_signature__")
    public static PyObject getTextSignature(PyObject self) {
        return PyNone.NONE;
    }
}
