package dev.glassbox.objects;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the {@link Exposed} annotations of a built-in type's Java layout class (and of a
 * companion class named {@code <Layout>Methods}, where a type's methods are many) and fills
 * the type's dict with descriptors: {@link PyMethodDescr} for methods, {@link PyGetSetDescr}
 * for attributes, a bound {@link PyBuiltinFunction} for {@code __new__}, class-method
 * descriptors, and {@code __doc__}.
 */
final class TypeBuilder {
    private TypeBuilder() {}

    /** The C3 linearisation of {@code t}: t, then the merge of its bases' MROs and the bases. */
    private static List<PyType> c3(PyType t) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : t.bases) seqs.add(new ArrayList<>(Arrays.asList(b.ready().mro)));
        seqs.add(new ArrayList<>(Arrays.asList(t.bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out;
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType cand = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) if (o.indexOf(cand) > 0) { inTail = true; break; }
                if (!inTail) { next = cand; break; }
            }
            if (next == null) throw new IllegalStateException("no consistent MRO for built-in type " + t.name);
            out.add(next);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == next) s.remove(0);
        }
    }

    static void populate(PyType t) {
        if (t.base != null) t.base.ready();
        // MRO of a built-in type: C3 over its bases, as for any class (ExceptionGroup's bases).
        t.mro = c3(t).toArray(new PyType[0]);
        PyDict d = new PyDict();
        d.refcnt = 1 << 28; // held by an immortal type
        t.dict = d;
        Exposed.Type spec = t.javaClass.getAnnotation(Exposed.Type.class);
        boolean ownsLayout = t.base == null || t.base.javaClass != t.javaClass;
        if (spec != null && spec.name().equals(t.qualname)) {
            t.basicSize = spec.basicSize();
            t.itemSize = spec.itemSize();
            if (spec.gc()) t.flags |= PyType.HAVE_GC;
            if (spec.instanceDict()) t.hasInstanceDict = true;
        } else if (t.base != null) {
            t.basicSize = t.base.basicSize;
            t.itemSize = t.base.itemSize;
            t.flags |= t.base.flags & PyType.HAVE_GC;
            t.hasInstanceDict |= t.base.hasInstanceDict;
        }
        if (ownsLayout) {
            // Unannotated Java superclasses between this layout and its base's hold methods the
            // sibling types share (the Buffered* classes): scanned first, so the class's own win.
            List<Class<?>> shared = new ArrayList<>();
            for (Class<?> c = t.javaClass.getSuperclass(); c != null && c != PyObject.class
                    && !c.isAnnotationPresent(Exposed.Type.class); c = c.getSuperclass()) shared.add(0, c);
            for (Class<?> c : shared) scan(t, c);
            scan(t, t.javaClass);
            try {
                scan(t, Class.forName(t.javaClass.getName() + "Methods"));
            } catch (ClassNotFoundException e) {
                // no companion class
            }
        }
        if (spec != null && spec.unhashable() && ownsLayout) d.setItem("__hash__", PyNone.NONE);
        // Pattern-matching flags (Py_TPFLAGS_SEQUENCE / MAPPING / _Py_TPFLAGS_MATCH_SELF) of the built-in types.
        switch (t.qualname) {
            case "list", "tuple", "range", "memoryview", "deque" -> t.flags |= PyType.SEQUENCE;
            case "dict", "defaultdict", "OrderedDict" -> t.flags |= PyType.MAPPING;
            default -> { }
        }
        switch (t.qualname) {
            case "bool", "int", "float", "str", "bytes", "bytearray", "dict", "frozenset", "list", "set", "tuple" ->
                    t.flags |= PyType.MATCH_SELF;
            default -> { }
        }
        if (t.base != null) t.flags |= t.base.flags & (PyType.SEQUENCE | PyType.MAPPING);
        if (d.getItemStr("__doc__") == null) {
            String doc = spec != null && spec.name().equals(t.qualname) ? t.doc : null;
            d.setItem("__doc__", doc == null ? PyNone.NONE : PyStr.of(doc));
        }
    }

    private static void scan(PyType t, Class<?> cls) {
        Method[] methods = cls.getDeclaredMethods();
        // Declaration order is not guaranteed by reflection: sort by name for a stable dict order.
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
        PyDict d = t.dict;
        for (Method m : methods) {
            if (m.isSynthetic() || m.isBridge()) continue;
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            Exposed.Method em = m.getAnnotation(Exposed.Method.class);
            if (em != null) {
                String name = em.name().isEmpty() ? m.getName() : em.name();
                int params = m.getParameterCount() - (isStatic ? 1 : 0);
                String sig = em.sig().isEmpty() ? ArgParser.positionalSignature(true, params) : em.sig();
                ArgParser p = new ArgParser(name, t.qualname + "." + name, sig, convention(em.conv(), sig));
                d.setItem(name, new PyMethodDescr(t, name, p, new JavaCallable(m), docOf(em.doc(), name, sig)));
                continue;
            }
            Exposed.ClassMethod cm = m.getAnnotation(Exposed.ClassMethod.class);
            if (cm != null) {
                String name = cm.name().isEmpty() ? m.getName() : cm.name();
                String sig = cm.sig().isEmpty() ? ArgParser.positionalSignature(true, m.getParameterCount() - 1).replace("$self", "$type") : cm.sig();
                ArgParser p = new ArgParser(name, t.qualname + "." + name, sig, convention(cm.conv(), sig));
                d.setItem(name, new PyClassMethodDescr(t, name, p, new JavaCallable(m), docOf(cm.doc(), name, sig)));
                continue;
            }
            Exposed.StaticMethod sm = m.getAnnotation(Exposed.StaticMethod.class);
            if (sm != null) {
                String name = sm.name().isEmpty() ? m.getName() : sm.name();
                String sig = sm.sig().isEmpty() ? ArgParser.positionalSignature(false, m.getParameterCount()) : sm.sig();
                if (name.equals("__new__")) {
                    // tp_new_wrapper: bound to the type; the first argument is the subtype.
                    ArgParser p = new ArgParser(name, t.qualname + "." + name, sig, convention(sm.conv(), sig));
                    d.setItem(name, new PyBuiltinFunction(name, p, new JavaCallable(m),
                            "Create and return a new object.  See help(type) for accurate signature.", t, true));
                } else {
                    ArgParser p = new ArgParser(name, name, sig, convention(sm.conv(), sig));
                    d.setItem(name, new PyBuiltinFunction(name, p, new JavaCallable(m), docOf(sm.doc(), name, sig), null, true));
                }
                continue;
            }
            Exposed.Getter g = m.getAnnotation(Exposed.Getter.class);
            if (g != null) {
                getset(t, g.name()).getter = new JavaCallable(m);
                if (!g.doc().isEmpty()) getset(t, g.name()).doc = g.doc();
                continue;
            }
            Exposed.Setter s = m.getAnnotation(Exposed.Setter.class);
            if (s != null) {
                getset(t, s.name()).setter = new JavaCallable(m);
            }
        }
    }

    private static PyGetSetDescr getset(PyType t, String name) {
        PyObject o = t.dict.getItemStr(name);
        if (o instanceof PyGetSetDescr g && g.objclass == t) return g;
        PyGetSetDescr g = new PyGetSetDescr(t, name);
        t.dict.setItem(name, g);
        return g;
    }

    private static String docOf(String doc, String name, String sig) {
        return doc.isEmpty() ? null : doc;
    }

    /** The convention CPython would use for this signature unless stated: NOARGS, O, or clinic. */
    static Exposed.Convention convention(Exposed.Convention declared, String sig) {
        if (declared != Exposed.Convention.CLINIC) return declared;
        String body = sig.substring(1, sig.length() - 1).replace("$self", "").replace("$type", "").replace("$module", "");
        List<String> parts = new ArrayList<>();
        for (String p : body.split(",")) if (!p.isBlank()) parts.add(p.trim());
        if (parts.isEmpty() || parts.equals(List.of("/"))) return Exposed.Convention.NOARGS;
        if (parts.size() == 2 && parts.get(1).equals("/") && !parts.get(0).contains("=") && !parts.get(0).startsWith("*")) {
            return Exposed.Convention.O;
        }
        return Exposed.Convention.CLINIC;
    }
}
