package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyClassMethodDescr;
import dev.glassbox.objects.PyGetSetDescr;
import dev.glassbox.objects.PyMethodDescr;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code super} (Objects/typeobject.c super_*): attribute lookup along the MRO of the
 * instance's type, after {@code thisclass}. With no arguments it reads {@code __class__} and
 * the first argument from the calling frame.
 */
@Exposed.Type(name = "super")
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PySuper.class);
    PyType thisType;
    PyObject obj;
    PyType objType;

    public PySuper(PyType t) {
        super(t);
    }

    @Exposed.Method(sig = "($self, type=<unrepresentable>, object_or_type=<unrepresentable>, /)")
    public PyObject __init__(PyObject t, PyObject o) {
        if (t == null) {
            Frame f = Interpreter.current().currentFrame();
            if (f == null) throw Errors.runtimeError("super(): no current frame");
            CodeUnit u = f.code.unit;
            if (u.argcount == 0 && (u.flags & CodeUnit.CO_VARARGS) == 0) throw Errors.runtimeError("super(): no arguments");
            PyObject first = f.localsplus[0];
            if (first instanceof PyCell c && (u.localsPlusKinds[0] & CodeUnit.CO_FAST_CELL) != 0) first = c.get();
            if (first == null) throw Errors.runtimeError("super(): arg[0] deleted");
            PyObject cls = null;
            for (int i = 0; i < u.localsPlusNames.length; i++) {
                if (u.localsPlusNames[i].equals("__class__") && (u.localsPlusKinds[i] & CodeUnit.CO_FAST_FREE) != 0) {
                    PyObject cell = f.localsplus[i];
                    cls = cell instanceof PyCell c ? c.get() : null;
                    if (cls == null) throw Errors.runtimeError("super(): empty __class__ cell");
                    break;
                }
            }
            if (cls == null) throw Errors.runtimeError("super(): __class__ cell not found");
            if (!(cls instanceof PyType)) throw Errors.runtimeError("super(): __class__ is not a type (%s)", cls.type.qualname);
            t = cls;
            o = first;
        }
        if (!(t instanceof PyType tt)) throw Errors.typeError("super() argument 1 must be a type, not %s", t.type.qualname);
        PyType ot = null;
        if (o != null && o != PyNone.NONE) ot = checkObj(tt, o);
        thisType = tt;
        Heap.incref(tt);
        if (o != null && o != PyNone.NONE) {
            obj = o;
            Heap.incref(o);
            objType = ot;
            Heap.incref(ot);
        }
        return PyNone.NONE;
    }

    private static PyType checkObj(PyType t, PyObject o) {
        if (o instanceof PyType ot && ot.isSubtypeOf(t)) return ot;
        if (o.type.isSubtypeOf(t)) return o.type;
        PyObject cls = Abstract.lookupAttr(o, PyStr.intern("__class__"));
        if (cls instanceof PyType ct && ct != o.type && ct.isSubtypeOf(t)) return ct;
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject nameObj) {
        String name = Abstract.attrName(nameObj);
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.ready().mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].ready().dict.getItemStr(name);
                if (v == null) continue;
                PyObject inst = obj == objType ? PyNone.NONE : obj;
                if (v instanceof PyMethodDescr md) return inst == PyNone.NONE ? md : md.__get__(inst, objType);
                if (v instanceof PyClassMethodDescr cm) return cm.__get__(inst, objType);
                if (v instanceof PyGetSetDescr gs) return inst == PyNone.NONE ? gs : gs.get(inst);
                PyObject get = v.type.special(SpecialMethod.__get__);
                if (get != null) return Abstract.callSpecial(get, v, inst, objType);
                return v;
            }
        }
        return Abstract.genericGetAttr(this, name, false);
    }

    @Exposed.Method(sig = "($self, instance, owner=None, /)")
    public PyObject __get__(PyObject o, PyObject owner) {
        if (o == null || o == PyNone.NONE || obj != null) return this;
        PySuper s = new PySuper(TYPE);
        s.__init__(thisType, o);
        return s;
    }

    @Exposed.Method
    public PyObject __repr__() {
        if (objType != null) {
            return PyStr.of("<super: <class '" + thisType.qualname + "'>, <" + objType.qualname + " object>>");
        }
        return PyStr.of("<super: <class '" + (thisType == null ? "NULL" : thisType.qualname) + "'>, NULL>");
    }

    @Exposed.Getter(name = "__thisclass__") public PyObject thisclass() { return thisType == null ? PyNone.NONE : thisType; }
    @Exposed.Getter(name = "__self__") public PyObject self() { return obj == null ? PyNone.NONE : obj; }
    @Exposed.Getter(name = "__self_class__") public PyObject selfClass() { return objType == null ? PyNone.NONE : objType; }

    @Override
    public void traverse(Visitor v) {
        if (thisType != null) v.visit(thisType);
        if (obj != null) v.visit(obj);
        if (objType != null) v.visit(objType);
    }

    @Override
    public void release(Releaser r) {
        r.release(thisType);
        r.release(obj);
        r.release(objType);
        thisType = null;
        obj = null;
        objType = null;
    }
}
