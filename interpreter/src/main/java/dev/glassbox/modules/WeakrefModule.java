package dev.glassbox.modules;

import dev.glassbox.memory.Weakrefs;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyWeakref;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyStr;

/** {@code _weakref} (Modules/_weakref.c): ref, getweakrefcount, getweakrefs, proxies. */
@Exposed.Module(name = "_weakref", doc = "Weak-reference support module.")
public final class WeakrefModule {
    private WeakrefModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(WeakrefModule.class);
        PyDict d = m.dict();
        d.setItem("ref", PyWeakref.TYPE);
        d.setItem("ReferenceType", PyWeakref.TYPE);
        d.setItem("ProxyType", WeakProxy.TYPE);
        d.setItem("CallableProxyType", WeakProxy.CALLABLE_TYPE);
        return m;
    }

    @Exposed.Function(sig = "($module, object, /)")
    public static PyObject getweakrefcount(PyObject o) {
        return PyInt.of(Weakrefs.count(o));
    }

    @Exposed.Function(sig = "($module, object, /)")
    public static PyObject getweakrefs(PyObject o) {
        PyList l = new PyList();
        for (PyWeakref r : Weakrefs.refs(o)) l.append(r);
        return l;
    }

    @Exposed.Function(sig = "($module, object, callback=None, /)")
    public static PyObject proxy(PyObject o, PyObject callback) {
        return WeakProxy.make(o, callback);
    }

    @Exposed.Function(name = "_remove_dead_weakref", sig = "($module, dct, key, /)")
    public static PyObject removeDeadWeakref(PyObject dct, PyObject key) {
        PyDict d = (PyDict) dct;
        PyObject v = d.getItem(key);
        if (v instanceof PyWeakref r && r.referent == null) {
            PyObject old = d.pop(key);
            if (old != null) dev.glassbox.memory.Heap.decref(old);
        }
        return PyNone.NONE;
    }

    static PyObject attr(PyObject o, String n) {
        return Abstract.getAttr(o, PyStr.intern(n));
    }
}
