package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

import java.util.ArrayList;
import java.util.List;

/**
 * The abstract object protocol (CPython's Objects/abstract.c and object.c): attribute access,
 * calls, truth, hashing, comparisons, operators, iteration and the sequence/mapping protocols,
 * each resolving special methods through the type ({@link PyType#special}).
 *
 * <p>Arguments are borrowed; results are new objects (count 0, queued) or borrowed singletons —
 * the caller stores them (counting) or lets them go.
 */
public final class Abstract {
    private Abstract() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    static final SpecialMethod[] COMPARE = {SpecialMethod.__lt__, SpecialMethod.__le__, SpecialMethod.__eq__,
            SpecialMethod.__ne__, SpecialMethod.__gt__, SpecialMethod.__ge__};
    static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    public static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    /** Runs Python functions: installed by the VM (objects must not depend on its internals). */
    public interface Runner {
        /** Calls a callable that is not a {@link PyCallable} through its type's __call__. */
        PyObject callSlow(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames);
        /** Guards recursion of Java code calling back into Python (repr of nested lists, ...). */
        void enterRecursiveCall(String where);
        void leaveRecursiveCall();
    }

    public static Runner runner;

    // ------------------------------------------------------------------ calls

    public static PyObject call(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        // A Python subclass of a callable built-in (a weakref.ref subclass) may override __call__:
        // its instances go through the type's __call__ (types dispatch their metatype's themselves).
        if (callable instanceof PyCallable c && (!callable.type.isHeapType() || callable instanceof PyType)) {
            return c.call(args, start, nargs, kwnames);
        }
        return runner.callSlow(callable, args, start, nargs, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, 0, args.length, null);
    }

    /** callable(*args, **kwargs) with a tuple and an optional dict. */
    public static PyObject callArgs(PyObject callable, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return call(callable, args.items, 0, args.size(), null);
        int n = args.size(), k = kwargs.size();
        PyObject[] all = new PyObject[n + k];
        System.arraycopy(args.items, 0, all, 0, n);
        PyObject[] names = new PyObject[k];
        int i = 0;
        for (int e = kwargs.nextEntry(0); e >= 0; e = kwargs.nextEntry(e + 1)) {
            PyObject key = kwargs.keyAt(e);
            if (!(key instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            names[i] = key;
            all[n + i] = kwargs.valueAt(e);
            i++;
        }
        return call(callable, all, 0, n, PyTuple.wrap(names));
    }

    /**
     * Calls a special method found on the type ({@code descr}) with self and arguments,
     * binding as the descriptor protocol would but without creating a bound method when
     * the descriptor is a function or built-in method.
     */
    public static PyObject callSpecial(PyObject descr, PyObject self, PyObject... args) {
        if (descr instanceof PyMethodDescr m) {
            return switch (args.length) {
                case 0 -> m.call0(self);
                case 1 -> m.call1(self, args[0]);
                case 2 -> m.call2(self, args[0], args[1]);
                default -> m.callMethod(self, args, 0, args.length, null);
            };
        }
        if (descr instanceof MethodLike f) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return f.call(full, 0, full.length, null);
        }
        PyObject bound = bindDescriptor(descr, self);
        return call(bound, args, 0, args.length, null);
    }

    /** Marks callables that bind self as their first argument (Python functions): see callSpecial. */
    public interface MethodLike extends PyCallable {}

    /** descr.__get__(self, type(self)) when descr has __get__, else descr itself. */
    public static PyObject bindDescriptor(PyObject descr, PyObject self) {
        PyObject get = descr.type.special(SpecialMethod.__get__);
        if (get == null) return descr;
        return callSpecial(get, descr, self, self.type);
    }

    /** Calls obj.name(*args) (PyObject_CallMethod). */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject m = getAttr(obj, PyStr.intern(name));
        return call(m, args, 0, args.length, null);
    }

    // ------------------------------------------------------------------ attributes

    public static String attrName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", name.type.name);
        }
        return s.value;
    }

    /** getattr(obj, name). */
    public static PyObject getAttr(PyObject obj, PyStr name) {
        PyType t = obj.type;
        PyObject ga = t.special(SpecialMethod.__getattribute__);
        PyObject r;
        try {
            if (ga == OBJECT_GETATTRIBUTE) r = genericGetAttr(obj, name, false);
            else if (ga == TYPE_GETATTRIBUTE) r = TypeAttributes.getAttr((PyType) obj, name, false);
            else r = callSpecial(ga, obj, name);
        } catch (PyException e) {
            PyObject hook = t.special(SpecialMethod.__getattr__);
            if (hook == null || !e.matches(ExceptionTypes.AttributeError)) throw e;
            return callSpecial(hook, obj, name);
        }
        return r;
    }

    public static PyObject getAttr(PyObject obj, String name) {
        return getAttr(obj, PyStr.intern(name));
    }

    /** getattr(obj, name, None)-like: null when AttributeError. */
    public static PyObject lookupAttr(PyObject obj, PyStr name) {
        PyType t = obj.type;
        PyObject ga = t.special(SpecialMethod.__getattribute__);
        if (ga == OBJECT_GETATTRIBUTE && t.special(SpecialMethod.__getattr__) == null) {
            return genericGetAttr(obj, name, true);
        }
        try {
            return getAttr(obj, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) return null;
            throw e;
        }
    }

    static PyObject OBJECT_GETATTRIBUTE, TYPE_GETATTRIBUTE;

    /** Called once the core types exist. */
    public static void init() {
        OBJECT_GETATTRIBUTE = PyBaseObject.TYPE.ready().dict.getItemStr("__getattribute__");
        TYPE_GETATTRIBUTE = PyType.TYPE.ready().dict.getItemStr("__getattribute__");
    }

    /** Whether {@code descr}'s type defines __set__ or __delete__ (a data descriptor). */
    public static boolean isDataDescriptor(PyObject descr) {
        PyType dt = descr.type;
        return dt.special(SpecialMethod.__set__) != null || dt.special(SpecialMethod.__delete__) != null;
    }

    /** _PyObject_GenericGetAttrWithDict; returns null instead of raising when {@code suppress}. */
    public static PyObject genericGetAttr(PyObject obj, String name, boolean suppress) {
        return genericGetAttr(obj, PyStr.intern(name), suppress);
    }

    /** As above with the name already a str (the VM's names): no interning on the hot path. */
    public static PyObject genericGetAttr(PyObject obj, PyStr key, boolean suppress) {
        if (key.type != PyStr.TYPE) key = PyStr.intern(key.value);
        PyType t = obj.type;
        String name = key.value;
        PyObject descr = t.lookup(key);
        PyObject get = null;
        if (descr != null) {
            get = descr.type.special(SpecialMethod.__get__);
            if (descr instanceof PyGetSetDescr || (get != null && isDataDescriptor(descr))) {
                // As CPython with suppress: an AttributeError from a data descriptor is "absent".
                try {
                    return descr instanceof PyGetSetDescr gs ? gs.get(obj) : callSpecial(get, descr, obj, t);
                } catch (PyException e) {
                    if (suppress && e.matches(ExceptionTypes.AttributeError)) return null;
                    throw e;
                }
            }
        }
        if (obj.dict != null) {
            PyObject v = obj.dict.getItemStr(key);
            if (v != null) return v;
        }
        if (get != null) {
            if (descr instanceof PyMethodDescr md) return md.__get__(obj, t);
            try {
                return callSpecial(get, descr, obj, t);
            } catch (PyException e) {
                if (suppress && e.matches(ExceptionTypes.AttributeError)) return null;
                throw e;
            }
        }
        if (descr != null) return descr;
        if (suppress) return null;
        throw noAttribute(obj, name);
    }

    /** Whether a module is still running its body (set by the import system; module_getattro's check). */
    public static java.util.function.Predicate<PyObject> moduleInitializing = m -> false;

    public static PyException noAttribute(PyObject obj, String name) {
        PyException e;
        if (obj instanceof PyType t) {
            e = Errors.attributeError("type object '%s' has no attribute '%s'", t.name, name);
        } else if (obj.type.name.equals("module")) {
            e = moduleInitializing.test(obj)
                    ? Errors.attributeError("partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)",
                            moduleName(obj), name)
                    : Errors.attributeError("module '%s' has no attribute '%s'", moduleName(obj), name);
        } else {
            e = Errors.attributeError("'%s' object has no attribute '%s'", obj.type.name, name); // tp_name
        }
        if (e.value instanceof ExcFields.AttributeError ae) {
            ae.setName(PyStr.of(name));
            ae.setObj(obj);
        }
        return e;
    }

    private static String moduleName(PyObject module) {
        PyObject n = module.dict == null ? null : module.dict.getItemStr("__name__");
        return n instanceof PyStr s ? s.value : "?";
    }

    /** setattr(obj, name, value); value null deletes. */
    public static void setAttr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type;
        SpecialMethod which = value == null ? SpecialMethod.__delattr__ : SpecialMethod.__setattr__;
        PyObject sa = t.special(which);
        if (sa == OBJECT_SETATTR || sa == OBJECT_DELATTR) {
            genericSetAttr(obj, name, value);
        } else if (obj instanceof PyType pt && (sa == TYPE_SETATTR || sa == TYPE_DELATTR)) {
            TypeAttributes.setAttr(pt, name, value);
        } else if (value == null) {
            callSpecial(sa, obj, name);
        } else {
            callSpecial(sa, obj, name, value);
        }
    }

    static PyObject OBJECT_SETATTR, OBJECT_DELATTR, TYPE_SETATTR, TYPE_DELATTR;

    public static void initSetattr() {
        OBJECT_SETATTR = PyBaseObject.TYPE.dict.getItemStr("__setattr__");
        OBJECT_DELATTR = PyBaseObject.TYPE.dict.getItemStr("__delattr__");
        TYPE_SETATTR = PyType.TYPE.dict.getItemStr("__setattr__");
        TYPE_DELATTR = PyType.TYPE.dict.getItemStr("__delattr__");
    }

    /** _PyObject_GenericSetAttrWithDict. */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        genericSetAttr(obj, PyStr.intern(name), value);
    }

    /** As above with the name already a str. */
    public static void genericSetAttr(PyObject obj, PyStr key, PyObject value) {
        if (key.type != PyStr.TYPE) key = PyStr.intern(key.value);
        PyType t = obj.type;
        String name = key.value;
        PyObject descr = t.lookup(key);
        if (descr != null) {
            if (descr instanceof PyGetSetDescr gs) {
                gs.set(obj, value);
                return;
            }
            PyObject setter = descr.type.special(value == null ? SpecialMethod.__delete__ : SpecialMethod.__set__);
            if (setter != null) {
                if (value == null) callSpecial(setter, descr, obj);
                else callSpecial(setter, descr, obj, value);
                return;
            }
        }
        if (!t.hasInstanceDict && obj.dict == null && !(obj.type.name.equals("module"))) {
            if (descr == null) {
                throw Errors.attributeError("'%s' object has no attribute '%s'", t.name, name);
            }
            throw Errors.attributeError("'%s' object attribute '%s' is read-only", t.name, name);
        }
        PyDict d = instanceDict(obj);
        if (value == null) {
            PyObject old = d.pop(key);
            if (old == null) throw noAttribute(obj, name);
            Heap.decref(old);
        } else {
            d.setItem(key, key.hash(), value);
        }
    }

    /**
     * The object's attribute dict, created on first need. Like CPython 3.11's inline values,
     * it is not a GC object of its own (the owner traverses its contents) until Python code
     * asks for {@code __dict__} ({@link #materializedDict}).
     */
    public static PyDict instanceDict(PyObject obj) {
        if (obj.dict == null) {
            PyDict d = new PyDict();
            Heap.incref(d);
            dev.glassbox.memory.Gc.untrackDetached(d);
            d.inlineOwned = true;
            obj.dict = d;
        }
        return obj.dict;
    }

    /** {@code obj.__dict__}: the dict becomes a tracked object of its own, as CPython materializes it. */
    public static PyDict materializedDict(PyObject obj) {
        PyDict d = instanceDict(obj);
        d.inlineOwned = false;
        if (!dev.glassbox.memory.Gc.isTracked(d)) dev.glassbox.memory.Gc.retrack(d);
        return d;
    }

    public static String typeModule(PyType t) {
        if (!t.isHeapType()) return t.moduleName;
        PyObject m = t.dict.getItemStr("__module__");
        return m instanceof PyStr s ? s.value : null;
    }

    public static PyType checkTypeArg(PyObject cls, String where) {
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError("%s(X): X is not a type object (%s)", where, cls.type.name);
        }
        return t;
    }

    public static PyException abstractInstantiationError(PyType t) {
        PyObject am = t.lookup("__abstractmethods__");
        List<String> names = new ArrayList<>();
        if (am != null) {
            for (PyObject o : toArray(am)) names.add(o.toString());
        }
        java.util.Collections.sort(names);
        // 3.11's wording: comma-separated bare names (3.12 quotes them).
        String b = String.join(", ", names);
        return Errors.typeError("Can't instantiate abstract class %s with abstract method%s %s", t.qualname,
                names.size() == 1 ? "" : "s", b);
    }

    /** object.__dir__: the instance dict's keys plus the class attributes along the MRO. */
    public static PyObject defaultDir(PyObject obj) {
        PyDict result = new PyDict();
        if (obj.dict != null) {
            for (int e = obj.dict.nextEntry(0); e >= 0; e = obj.dict.nextEntry(e + 1)) result.setItem(obj.dict.keyAt(e), PyNone.NONE);
        }
        for (PyType t : obj.type.ready().mro) {
            t.ready();
            for (int e = t.dict.nextEntry(0); e >= 0; e = t.dict.nextEntry(e + 1)) result.setItem(t.dict.keyAt(e), PyNone.NONE);
        }
        PyList l = new PyList();
        for (int e = result.nextEntry(0); e >= 0; e = result.nextEntry(e + 1)) l.append(result.keyAt(e));
        return l;
    }

    // ------------------------------------------------------------------ str, repr, hash, truth

    public static PyStr repr(PyObject o) {
        if (o instanceof PyStr s && s.type == PyStr.TYPE) return StrRepr.repr(s);
        if (o instanceof PyInt i && o.type == PyInt.TYPE && !i.isBig()) return PyStr.of(Long.toString(i.value));
        PyObject r;
        runner.enterRecursiveCall(" while getting the repr of an object");
        try {
            r = callSpecial(o.type.special(SpecialMethod.__repr__), o);
        } finally {
            runner.leaveRecursiveCall();
        }
        if (!(r instanceof PyStr s)) throw Errors.typeError("__repr__ returned non-string (type %s)", r.type.name);
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && s.type == PyStr.TYPE) return s;
        if (o instanceof PyInt i && o.type == PyInt.TYPE && !i.isBig()) return PyStr.of(Long.toString(i.value));
        PyObject r;
        runner.enterRecursiveCall(" while getting the str of an object");
        try {
            r = callSpecial(o.type.special(SpecialMethod.__str__), o);
        } finally {
            runner.leaveRecursiveCall();
        }
        if (!(r instanceof PyStr s)) throw Errors.typeError("__str__ returned non-string (type %s)", r.type.name);
        return s;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            if (o.type == PyStr.TYPE) return s.hash();
        } else if (o instanceof PyInt i && (o.type == PyInt.TYPE || o.type == PyBool.TYPE)) {
            return i.hash();
        }
        PyObject h = o.type.special(SpecialMethod.__hash__);
        if (h == null || h == PyNone.NONE) throw Errors.typeError("unhashable type: '%s'", o.type.qualname);
        PyObject r = callSpecial(h, o);
        if (!(r instanceof PyInt ri)) throw Errors.typeError("__hash__ method should return an integer");
        // Large results are reduced as CPython reduces a long's hash.
        long v = ri.isBig() ? ri.hash() : ri.value;
        return v == -1 ? -2 : v;
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        if (o instanceof PyInt i && o.type == PyInt.TYPE) return i.signum() != 0;
        if (o instanceof PyStr s && o.type == PyStr.TYPE) return s.length() != 0;
        if (o instanceof PyList l && o.type == PyList.TYPE) return l.size() != 0;
        if (o instanceof PyTuple t && o.type == PyTuple.TYPE) return t.size() != 0;
        if (o instanceof PyDict d && o.type == PyDict.TYPE) return d.size() != 0;
        PyObject b = o.type.special(SpecialMethod.__bool__);
        if (b != null) {
            PyObject r = callSpecial(b, o);
            if (!(r instanceof PyBool)) {
                throw Errors.typeError("__bool__ should return bool, returned %s", r.type.name);
            }
            return r == PyBool.TRUE;
        }
        PyObject len = o.type.special(SpecialMethod.__len__);
        if (len != null) return lengthResult(callSpecial(len, o)) != 0;
        return true;
    }

    public static PyObject not(PyObject o) {
        return PyBool.of(!isTrue(o));
    }

    // ------------------------------------------------------------------ comparisons

    /** PyObject_RichCompare: reflected first when the right operand's type is a proper subtype that overrides. */
    public static PyObject richCompare(PyObject v, PyObject w, int op) {
        PyType vt = v.type, wt = w.type;
        boolean checkedReverse = false;
        if (vt != wt && wt.isSubtypeOf(vt)) {
            PyObject f = wt.special(COMPARE[SWAPPED[op]]);
            if (f != null) {
                checkedReverse = true;
                PyObject r = callSpecial(f, w, v);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
        }
        PyObject f = vt.special(COMPARE[op]);
        if (f != null) {
            PyObject r = callSpecial(f, v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (!checkedReverse) {
            PyObject g = wt.special(COMPARE[SWAPPED[op]]);
            if (g != null) {
                PyObject r = callSpecial(g, w, v);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
        }
        if (op == EQ) return PyBool.of(v == w);
        if (op == NE) return PyBool.of(v != w);
        throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", COMPARE_SYMBOLS[op],
                vt.name, wt.name);
    }

    /** PyObject_RichCompareBool: identity implies equality. */
    public static boolean richCompareBool(PyObject v, PyObject w, int op) {
        if (v == w) {
            if (op == EQ) return true;
            if (op == NE) return false;
        }
        return isTrue(richCompare(v, w, op));
    }

    // ------------------------------------------------------------------ operators

    /** BINARY_OP semantics (binary_op1 + the error): {@code op} is the NB_* index 0..12. */
    public static PyObject binaryOp(PyObject v, PyObject w, int op) {
        PyObject r = binaryOp1(v, w, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        throw binaryOpError(v, w, SpecialMethod.BINARY_SYMBOLS[op]);
    }

    static PyException binaryOpError(PyObject v, PyObject w, String sym) {
        if (sym.equals("+") && v instanceof PyStr && !(w instanceof PyStr)) {
            return Errors.typeError("can only concatenate str (not \"%s\") to str", w.type.qualname);
        }
        if (sym.equals("+") && v instanceof PyList && !(w instanceof PyList)) {
            return Errors.typeError("can only concatenate list (not \"%s\") to list", w.type.qualname);
        }
        if (sym.equals("+") && v instanceof PyTuple && !(w instanceof PyTuple)) {
            return Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", w.type.qualname);
        }
        if (sym.equals("**")) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", v.type.qualname, w.type.qualname);
        }
        return Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, v.type.qualname, w.type.qualname);
    }

    public static PyObject binaryOp1(PyObject v, PyObject w, int op) {
        PyType vt = v.type, wt = w.type;
        PyObject fv = vt.special(SpecialMethod.BINARY[op]);
        PyObject fw = vt != wt ? wt.special(SpecialMethod.REFLECTED[op]) : null;
        if (fw != null && fw == vt.special(SpecialMethod.REFLECTED[op])) fw = null;
        if (fv != null) {
            if (fw != null && wt.isSubtypeOf(vt)) {
                PyObject r = callSpecial(fw, w, v);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
                fw = null;
            }
            PyObject r = callSpecial(fv, v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (fw != null) return callSpecial(fw, w, v);
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** divmod(v, w) through __divmod__ / __rdivmod__. */
    public static PyObject divmod(PyObject v, PyObject w) {
        PyObject r = binaryNamed(v, w, SpecialMethod.__divmod__, SpecialMethod.__rdivmod__);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", v.type.qualname, w.type.qualname);
    }

    /** binary_op1 for a forward/reflected pair of special methods. */
    public static PyObject binaryNamed(PyObject v, PyObject w, SpecialMethod fwd, SpecialMethod rev) {
        PyType vt = v.type, wt = w.type;
        PyObject fv = vt.special(fwd);
        PyObject fw = vt != wt ? wt.special(rev) : null;
        if (fw != null && fw == vt.special(rev)) fw = null;
        if (fv != null) {
            if (fw != null && wt.isSubtypeOf(vt)) {
                PyObject r = callSpecial(fw, w, v);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
                fw = null;
            }
            PyObject r = callSpecial(fv, v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (fw != null) return callSpecial(fw, w, v);
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** In-place operator (BINARY_OP with NB_INPLACE_*): __iop__, then the binary fallback. */
    public static PyObject inplaceOp(PyObject v, PyObject w, int op) {
        PyObject f = v.type.special(SpecialMethod.INPLACE[op]);
        if (f != null) {
            PyObject r = callSpecial(f, v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        PyObject r = binaryOp1(v, w, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        String sym = SpecialMethod.BINARY_SYMBOLS[op] + "=";
        if (op == 8) {
            return binaryOpErrorThrow(Errors.typeError("unsupported operand type(s) for **=: '%s' and '%s'", v.type.qualname, w.type.qualname));
        }
        throw binaryOpError(v, w, sym);
    }

    private static PyObject binaryOpErrorThrow(PyException e) {
        throw e;
    }

    public static PyObject unaryOp(PyObject v, SpecialMethod m, String what) {
        PyObject f = v.type.special(m);
        if (f == null) throw Errors.typeError("bad operand type for %s: '%s'", what, v.type.qualname);
        return callSpecial(f, v);
    }

    // ------------------------------------------------------------------ numbers

    /** operator.index(o) as a PyInt. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            if (o.type == PyInt.TYPE || o.type == PyBool.TYPE) return i;
        }
        PyObject f = o.type.special(SpecialMethod.__index__);
        if (f == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", o.type.qualname);
        }
        PyObject r = callSpecial(f, o);
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__index__ returned non-int (type %s)", r.type.name);
        }
        return ri;
    }

    public static long indexAsLong(PyObject o) {
        PyInt i = index(o);
        if (i.isBig()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    /** PyNumber_AsSsize_t with IndexError on overflow (for sequence indices). */
    public static int asIndex(PyObject o, String what) {
        PyInt i;
        if (o instanceof PyInt pi) i = pi;
        else {
            PyObject f = o.type.special(SpecialMethod.__index__);
            if (f == null) throw Errors.typeError("%s indices must be integers or slices, not %s", what, o.type.qualname);
            i = index(o);
        }
        if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return (int) i.value;
    }

    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.asDouble();
        PyObject f = o.type.special(SpecialMethod.__float__);
        if (f == null) {
            PyObject ix = o.type.special(SpecialMethod.__index__);
            if (ix != null) return index(o).asDouble();
            throw Errors.typeError("must be real number, not %s", o.type.qualname);
        }
        PyObject r = callSpecial(f, o);
        if (!(r instanceof PyFloat rf)) throw Errors.typeError("%s.__float__ returned non-float (type %s)", o.type.qualname, r.type.name);
        return rf.value;
    }

    // ------------------------------------------------------------------ containers

    public static long length(PyObject o) {
        if (o instanceof PyList l) return l.size();
        if (o instanceof PyTuple t) return t.size();
        if (o instanceof PyStr s && o.type == PyStr.TYPE) return s.length();
        if (o instanceof PyDict d && o.type == PyDict.TYPE) return d.size();
        PyObject f = o.type.special(SpecialMethod.__len__);
        if (f == null) throw Errors.typeError("object of type '%s' has no len()", o.type.qualname);
        return lengthResult(callSpecial(f, o));
    }

    private static long lengthResult(PyObject r) {
        if (!(r instanceof PyInt)) {
            PyObject ix = r.type.special(SpecialMethod.__index__);
            if (ix == null) throw Errors.typeError("'%s' object cannot be interpreted as an integer", r.type.qualname);
        }
        PyInt i = index(r);
        if (i.signum() < 0) throw Errors.valueError("__len__() should return >= 0");
        if (i.isBig()) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return i.value;
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        PyObject f = o.type.special(SpecialMethod.__getitem__);
        if (f == null) {
            if (o instanceof PyType t) {
                if (t == PyType.TYPE) return GenericAlias.of(t, key);
                PyObject cg = TypeAttributes.getAttrOrNull(t, SpecialMethod.__class_getitem__.pyName());
                if (cg != null) return call(cg, key);
                throw Errors.typeError("type '%s' is not subscriptable", t.qualname);
            }
            throw Errors.typeError("'%s' object is not subscriptable", o.type.qualname);
        }
        return callSpecial(f, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject f = o.type.special(SpecialMethod.__setitem__);
        if (f == null) throw Errors.typeError("'%s' object does not support item assignment", o.type.qualname);
        callSpecial(f, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.type.special(SpecialMethod.__delitem__);
        if (f == null) throw Errors.typeError("'%s' object doesn't support item deletion", o.type.qualname);
        callSpecial(f, o, key);
    }

    /** x in o */
    public static boolean contains(PyObject o, PyObject x) {
        PyObject f = o.type.special(SpecialMethod.__contains__);
        if (f != null) return isTrue(callSpecial(f, o, x));
        PyObject it = getIterOrNull(o);
        if (it == null) throw Errors.typeError("argument of type '%s' is not iterable", o.type.qualname);
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (richCompareBool(v, x, EQ)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ iteration

    public static PyObject getIter(PyObject o) {
        PyObject it = getIterOrNull(o);
        if (it == null) throw Errors.typeError("'%s' object is not iterable", o.type.qualname);
        return it;
    }

    static PyObject getIterOrNull(PyObject o) {
        PyObject f = o.type.special(SpecialMethod.__iter__);
        if (f == PyNone.NONE) return null;
        if (f == null) {
            if (o.type.special(SpecialMethod.__getitem__) != null) return new SeqIter(o);
            return null;
        }
        PyObject it = callSpecial(f, o);
        if (it.type.special(SpecialMethod.__next__) == null) {
            throw Errors.typeError("iter() returned non-iterator of type '%s'", it.type.qualname);
        }
        return it;
    }

    /** next(it), or null when exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof Iter fast) return fast.next();
        PyObject f = it.type.special(SpecialMethod.__next__);
        if (f == null) throw Errors.typeError("'%s' object is not an iterator", it.type.qualname);
        try {
            return callSpecial(f, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) return null;
            throw e;
        }
    }

    /** Built-in iterators implement this: next item or null, without raising StopIteration. */
    public interface Iter {
        PyObject next();
    }

    /** All items of an iterable. */
    public static PyObject[] toArray(PyObject o) {
        if (o instanceof PyList l && o.type == PyList.TYPE) return l.toArray();
        if (o instanceof PyTuple t) return t.items.clone();
        PyObject it = getIter(o);
        Heap.incref(it);
        try {
            List<PyObject> out = new ArrayList<>();
            for (PyObject v = next(it); v != null; v = next(it)) {
                Heap.incref(v); // held by the list until the caller stores it
                out.add(v);
            }
            PyObject[] a = out.toArray(new PyObject[0]);
            for (PyObject v : a) { v.refcnt--; if (v.refcnt == 0) Heap.decref(incrementedFor(v)); }
            return a;
        } finally {
            Heap.decref(it);
        }
    }

    /** Helper for toArray: re-increments so decref re-queues an object whose count reached 0. */
    private static PyObject incrementedFor(PyObject v) {
        v.refcnt++;
        return v;
    }
}
