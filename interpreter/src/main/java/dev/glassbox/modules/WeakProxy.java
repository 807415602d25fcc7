package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.memory.Weakrefs;
import dev.glassbox.objects.*;

/** {@code weakref.ProxyType}: forwards attribute access and operators to a weakly held object. */
@Exposed.Type(name = "ProxyType", module = "weakref", baseType = false)
public class WeakProxy extends PyWeakref {
    public static final PyType TYPE = PyType.fromClass(WeakProxy.class);
    public static final PyType CALLABLE_TYPE = PyType.builtinSubtype("CallableProxyType", TYPE, WeakProxy.class);

    public WeakProxy(PyType t) {
        super(t);
    }

    static PyObject make(PyObject o, PyObject callback) {
        Weakrefs.checkSupported(o);
        boolean callable = o instanceof PyCallable || o.type.special(SpecialMethod.__call__) != null;
        WeakProxy p = new WeakProxy(callable ? CALLABLE_TYPE : TYPE);
        p.referent = o;
        if (callback != null && callback != PyNone.NONE) {
            Heap.incref(callback);
            p.callback = callback;
        }
        Weakrefs.add(o, p);
        return p;
    }

    PyObject target() {
        if (referent == null) throw Errors.raise(ExceptionTypes.ReferenceError, "weakly-referenced object no longer exists");
        return referent;
    }

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        return Abstract.getAttr(target(), PyStr.intern(Abstract.attrName(name)));
    }

    @Exposed.Method(sig = "($self, name, value, /)")
    public PyObject __setattr__(PyObject name, PyObject value) {
        Abstract.setAttr(target(), PyStr.intern(Abstract.attrName(name)), value);
        return PyNone.NONE;
    }

    @Exposed.Method
    @Override
    public PyObject __repr__() {
        if (referent == null) return PyStr.of("<weakproxy at 0x" + String.format("%012x", Heap.address(this)) + "; dead>");
        return PyStr.of("<weakproxy at 0x" + String.format("%012x", Heap.address(this)) + "; to '"
                + referent.type.qualname + "' at 0x" + String.format("%012x", Heap.address(referent)) + ">");
    }

    @Exposed.Method
    public PyObject __str__() { return Abstract.str(target()); }

    @Exposed.Method
    public long __len__() { return Abstract.length(target()); }

    @Exposed.Method(sig = "($self, key, /)")
    public PyObject __getitem__(PyObject k) { return Abstract.getItem(target(), k); }

    @Exposed.Method(sig = "($self, key, /)")
    public boolean __contains__(PyObject k) { return Abstract.contains(target(), k); }

    @Exposed.Method
    public PyObject __iter__() { return Abstract.getIter(target()); }

    @Exposed.Method
    public boolean __bool__() { return Abstract.isTrue(target()); }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __add__(PyObject o) { return Abstract.binaryOp(target(), o, 0); }

    @Exposed.Method(sig = "($self, value, /)")
    @Override
    public PyObject __eq__(PyObject o) { return Abstract.richCompare(target(), o instanceof WeakProxy p ? p.target() : o, Abstract.EQ); }

    @Exposed.Method
    @Override
    public PyObject __hash__() { throw Errors.typeError("unhashable type: 'weakref.ProxyType'"); }

    @Override
    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        return Abstract.call(target(), args, start, nargs, kwnames);
    }
}
