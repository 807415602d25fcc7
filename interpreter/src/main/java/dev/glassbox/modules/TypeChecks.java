package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;
import dev.glassbox.objects.UnionType;

/** isinstance / issubclass (PyObject_IsInstance, PyObject_IsSubclass in Objects/abstract.c). */
final class TypeChecks {
    private TypeChecks() {}

    static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type == cls) return true;
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            if (o.type.isSubtypeOf(t)) return true;
            PyObject c = Abstract.lookupAttr(o, PyStr.intern("__class__"));
            return c instanceof PyType ct && ct != o.type && ct.isSubtypeOf(t);
        }
        if (cls instanceof UnionType u) cls = Abstract.getAttr(u, "__args__");
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.array()) if (isInstance(o, c)) return true;
            return false;
        }
        PyObject check = cls.type.special(SpecialMethod.__instancecheck__);
        if (check != null) return Abstract.isTrue(Abstract.callSpecial(check, cls, o));
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t && t.type == PyType.TYPE && c instanceof PyType ct) return ct.isSubtypeOf(t);
        if (cls instanceof UnionType u) cls = Abstract.getAttr(u, "__args__");
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.array()) if (isSubclass(c, x)) return true;
            return false;
        }
        PyObject check = cls.type.special(SpecialMethod.__subclasscheck__);
        if (check != null && !(cls instanceof PyType t2 && t2.type == PyType.TYPE)) {
            return Abstract.isTrue(Abstract.callSpecial(check, cls, c));
        }
        if (!(c instanceof PyType)) throw Errors.typeError("issubclass() arg 1 must be a class");
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
