package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;

/**
 * operator.itemgetter, operator.attrgetter and operator.methodcaller (Modules/_operator.c):
 * callables holding their items, attribute chains (dotted names split once, at creation) or
 * method name and arguments, with CPython's reprs, __reduce__ and argument errors.
 */
public final class OperatorTypes {
    private OperatorTypes() {}

    private static PyObject single(String fname, PyTuple args, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", fname);
        if (args.size() != 1) throw Errors.typeError("%s expected 1 argument, got %d", fname, args.size());
        return args.get(0);
    }

    /** The common counted field and its traversal. */
    abstract static class Holder extends PyObject {
        PyObject held;

        Holder(PyType t) {
            super(t);
        }

        @Override
        public void traverse(Visitor v) {
            if (held != null) v.visit(held);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PyObject h = held;
            held = null;
            if (h != null) r.release(h);
            super.release(r);
        }
    }

    @Exposed.Type(name = "itemgetter", module = "operator", gc = true, baseType = false, basicSize = 48,
            doc = "itemgetter(item, ...) --> itemgetter object\n\n"
                    + "Return a callable object that fetches the given item(s) from its operand.\n"
                    + "After f = itemgetter(2), the call f(r) returns r[2].\n"
                    + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])")
    public static final class ItemGetter extends Holder {
        public static final PyType TYPE = PyType.fromClass(ItemGetter.class);
        private int nitems;

        public ItemGetter(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            PyTuple a = (PyTuple) args;
            PyDict k = (PyDict) kwargs;
            if (k != null && k.size() > 0) throw Errors.typeError("itemgetter() takes no keyword arguments");
            PyObject item = a.size() <= 1 ? single("itemgetter", a, null) : a;
            ItemGetter g = new ItemGetter(TYPE);
            g.held = Heap.replace(null, item);
            g.nitems = a.size();
            return g;
        }

        @Exposed.Method(sig = "($self, /, *args, **kwargs)")
        public PyObject __call__(PyObject args, PyObject kwargs) {
            PyObject obj = single("itemgetter", (PyTuple) args, (PyDict) kwargs);
            if (nitems == 1) return Abstract.getItem(obj, held);
            PyTuple items = (PyTuple) held;
            PyObject[] out = new PyObject[nitems];
            for (int i = 0; i < nitems; i++) out[i] = Abstract.getItem(obj, items.get(i));
            return PyTuple.of(out);
        }

        @Exposed.Method
        public PyObject __repr__() {
            if (!ReprGuard.enter(this)) return PyStr.of("operator.itemgetter(...)");
            try {
                String r = Abstract.repr(held).value;
                return PyStr.of(nitems == 1 ? "operator.itemgetter(" + r + ")" : "operator.itemgetter" + r);
            } finally {
                ReprGuard.leave(this);
            }
        }

        @Exposed.Method(doc = "Return state information for pickling")
        public PyObject __reduce__() {
            return PyTuple.of(TYPE, nitems == 1 ? PyTuple.of(held) : held);
        }
    }

    @Exposed.Type(name = "attrgetter", module = "operator", gc = true, baseType = false, basicSize = 48,
            doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
                    + "Return a callable object that fetches the given attribute(s) from its operand.\n"
                    + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
                    + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                    + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                    + "(r.name.first, r.name.last).")
    public static final class AttrGetter extends Holder {
        public static final PyType TYPE = PyType.fromClass(AttrGetter.class);

        public AttrGetter(PyType t) {
            super(t);
        }

        /** held: a tuple with, per attribute, an interned name or a tuple of the names of a dotted chain. */
        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            PyTuple a = (PyTuple) args;
            PyDict k = (PyDict) kwargs;
            if (k != null && k.size() > 0) throw Errors.typeError("attrgetter() takes no keyword arguments");
            if (a.size() <= 1) single("attrgetter", a, null);
            PyObject[] attrs = new PyObject[a.size()];
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof PyStr s)) throw Errors.typeError("attribute name must be a string");
                if (s.value.indexOf('.') < 0) {
                    attrs[i] = PyStr.intern(s);
                } else {
                    String[] parts = s.value.split("\\.", -1);
                    PyObject[] chain = new PyObject[parts.length];
                    for (int j = 0; j < parts.length; j++) chain[j] = PyStr.intern(parts[j]);
                    attrs[i] = PyTuple.of(chain);
                }
            }
            AttrGetter g = new AttrGetter(TYPE);
            g.held = Heap.replace(null, PyTuple.of(attrs));
            return g;
        }

        private static PyObject dotted(PyObject obj, PyObject attr) {
            if (attr instanceof PyTuple chain) {
                for (int i = 0; i < chain.size(); i++) obj = Abstract.getAttr(obj, (PyStr) chain.get(i));
                return obj;
            }
            return Abstract.getAttr(obj, (PyStr) attr);
        }

        @Exposed.Method(sig = "($self, /, *args, **kwargs)")
        public PyObject __call__(PyObject args, PyObject kwargs) {
            PyObject obj = single("attrgetter", (PyTuple) args, (PyDict) kwargs);
            PyTuple attrs = (PyTuple) held;
            if (attrs.size() == 1) return dotted(obj, attrs.get(0));
            PyObject[] out = new PyObject[attrs.size()];
            for (int i = 0; i < out.length; i++) out[i] = dotted(obj, attrs.get(i));
            return PyTuple.of(out);
        }

        /** attrgetter_args: the names as given (chains joined with dots). */
        private PyTuple names() {
            PyTuple attrs = (PyTuple) held;
            PyObject[] out = new PyObject[attrs.size()];
            for (int i = 0; i < out.length; i++) {
                PyObject a = attrs.get(i);
                if (a instanceof PyTuple chain) {
                    StringBuilder b = new StringBuilder();
                    for (int j = 0; j < chain.size(); j++) b.append(j > 0 ? "." : "").append(((PyStr) chain.get(j)).value);
                    out[i] = PyStr.of(b.toString());
                } else {
                    out[i] = a;
                }
            }
            return PyTuple.of(out);
        }

        @Exposed.Method
        public PyObject __repr__() {
            if (!ReprGuard.enter(this)) return PyStr.of("operator.attrgetter(...)");
            try {
                PyTuple n = names();
                if (n.size() == 1) return PyStr.of("operator.attrgetter(" + Abstract.repr(n.get(0)).value + ")");
                return PyStr.of("operator.attrgetter" + Abstract.repr(n).value);
            } finally {
                ReprGuard.leave(this);
            }
        }

        @Exposed.Method(doc = "Return state information for pickling")
        public PyObject __reduce__() {
            return PyTuple.of(TYPE, names());
        }
    }

    @Exposed.Type(name = "methodcaller", module = "operator", gc = true, baseType = false, basicSize = 40,
            doc = "methodcaller(name, ...) --> methodcaller object\n\n"
                    + "Return a callable object that calls the given method on its operand.\n"
                    + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
                    + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
                    + "r.name('date', foo=1).")
    public static final class MethodCaller extends PyObject {
        public static final PyType TYPE = PyType.fromClass(MethodCaller.class);
        private PyObject name, args, kwds;

        public MethodCaller(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject argsObj, PyObject kwargs) {
            PyTuple a = (PyTuple) argsObj;
            if (a.size() < 1) throw Errors.typeError("methodcaller needs at least one argument, the method name");
            if (!(a.get(0) instanceof PyStr s)) throw Errors.typeError("method name must be a string");
            MethodCaller m = new MethodCaller(TYPE);
            m.name = Heap.replace(null, PyStr.intern(s));
            PyObject[] rest = new PyObject[a.size() - 1];
            for (int i = 1; i < a.size(); i++) rest[i - 1] = a.get(i);
            m.args = Heap.replace(null, PyTuple.of(rest));
            m.kwds = Heap.replace(null, kwargs);
            return m;
        }

        @Override
        public void traverse(Visitor v) {
            for (PyObject o : new PyObject[] {name, args, kwds}) if (o != null) v.visit(o);
            super.traverse(v);
        }

        @Override
        public void release(Releaser r) {
            PyObject[] h = {name, args, kwds};
            name = args = kwds = null;
            for (PyObject o : h) if (o != null) r.release(o);
            super.release(r);
        }

        @Exposed.Method(sig = "($self, /, *args, **kwargs)")
        public PyObject __call__(PyObject callArgs, PyObject kwargs) {
            PyObject obj = single("methodcaller", (PyTuple) callArgs, (PyDict) kwargs);
            PyObject method = Abstract.getAttr(obj, (PyStr) name);
            return Abstract.callArgs(method, (PyTuple) args, (PyDict) kwds);
        }

        @Exposed.Method
        public PyObject __repr__() {
            if (!ReprGuard.enter(this)) return PyStr.of("operator.methodcaller(...)");
            try {
                StringBuilder b = new StringBuilder("operator.methodcaller(").append(Abstract.repr(name).value);
                PyTuple a = (PyTuple) args;
                for (int i = 0; i < a.size(); i++) b.append(", ").append(Abstract.repr(a.get(i)).value);
                PyDict k = (PyDict) kwds;
                if (k != null) {
                    for (PyObject key : Abstract.toArray(k)) {
                        b.append(", ").append(Abstract.str(key).value).append('=').append(Abstract.repr(k.getItem(key)).value);
                    }
                }
                return PyStr.of(b.append(')').toString());
            } finally {
                ReprGuard.leave(this);
            }
        }

        @Exposed.Method(doc = "Return state information for pickling")
        public PyObject __reduce__() {
            PyDict k = (PyDict) kwds;
            PyTuple a = (PyTuple) args;
            if (k == null || k.size() == 0) {
                PyObject[] n = new PyObject[a.size() + 1];
                n[0] = name;
                for (int i = 0; i < a.size(); i++) n[i + 1] = a.get(i);
                return PyTuple.of(TYPE, PyTuple.of(n));
            }
            PyObject partial = Abstract.getAttr(Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("functools")), "partial");
            PyObject ctor = Abstract.callArgs(partial, PyTuple.of(TYPE, name), k);
            return PyTuple.of(ctor, a);
        }
    }
}
