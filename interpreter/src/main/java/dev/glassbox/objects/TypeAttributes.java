package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/** Attribute access on type objects (type_getattro / type_setattro in Objects/typeobject.c). */
public final class TypeAttributes {
    private TypeAttributes() {}

    /** type_getattro: metatype data descriptors, then the type's own MRO, then metatype attributes. */
    public static PyObject getAttr(PyType t, PyStr name, boolean suppress) {
        PyType meta = t.type;
        PyObject metaAttr = meta.lookup(name);
        PyObject metaGet = null;
        if (metaAttr != null) {
            if (metaAttr instanceof PyGetSetDescr gs) return gs.get(t);
            metaGet = metaAttr.type.special(SpecialMethod.__get__);
            if (metaGet != null && Abstract.isDataDescriptor(metaAttr)) {
                return Abstract.callSpecial(metaGet, metaAttr, t, meta);
            }
        }
        PyObject attr = t.lookup(name);
        if (attr != null) {
            if (attr instanceof PyMethodDescr || attr instanceof PyBuiltinFunction) return attr;
            PyObject get = attr.type.special(SpecialMethod.__get__);
            if (get != null) {
                if (attr instanceof PyClassMethodDescr cm) return cm.__get__(PyNone.NONE, t);
                return Abstract.callSpecial(get, attr, PyNone.NONE, t);
            }
            return attr;
        }
        if (metaGet != null) return Abstract.callSpecial(metaGet, metaAttr, t, meta);
        if (metaAttr != null) return metaAttr;
        if (suppress) return null;
        throw Abstract.noAttribute(t, name.value);
    }

    static PyObject getAttrOrNull(PyType t, PyStr name) {
        return getAttr(t, name, true);
    }

    /** type_setattro: built-in types are immutable; heap types update their dict and caches. */
    public static void setAttr(PyType t, PyStr name, PyObject value) {
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name.value, t.qualname);
        }
        PyType meta = t.type;
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null) {
            if (metaAttr instanceof PyGetSetDescr gs) {
                gs.set(t, value);
                return;
            }
            PyObject setter = metaAttr.type.special(value == null ? SpecialMethod.__delete__ : SpecialMethod.__set__);
            if (setter != null) {
                if (value == null) Abstract.callSpecial(setter, metaAttr, t);
                else Abstract.callSpecial(setter, metaAttr, t, value);
                return;
            }
        }
        PyStr key = PyStr.intern(name);
        if (value == null) {
            PyObject old = t.dict.pop(key);
            if (old == null) throw Errors.attributeError("type object '%s' has no attribute '%s'", t.qualname, name.value);
            Heap.decref(old);
        } else {
            t.dict.setItem(key, key.hash(), value);
        }
        t.modified();
    }
}
