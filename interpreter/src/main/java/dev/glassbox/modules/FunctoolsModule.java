package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/**
 * {@code _functools} (Modules/_functoolsmodule.c): reduce and cmp_to_key. partial and
 * _lru_cache_wrapper are left to the pure-Python versions in Lib/functools.py, which it
 * imports inside try/except ImportError and which behave the same (reprs included).
 */
@Exposed.Module(name = "_functools", doc = "Tools that operate on functions.")
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(FunctoolsModule.class);
        m.dict().setItem("KeyWrapper", KeyWrapper.TYPE);
        return m;
    }

    @Exposed.Function(sig = "($module, function, iterable, initial=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "reduce(function, iterable[, initial]) -> value\n\n"
                    + "Apply a function of two arguments cumulatively to the items of a sequence\n"
                    + "or iterable, from left to right, so as to reduce the iterable to a single\n"
                    + "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
                    + "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
                    + "of the iterable in the calculation, and serves as a default when the\n"
                    + "iterable is empty.")
    public static PyObject reduce(PyObject func, PyObject seq, PyObject initial) {
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) throw Errors.typeError("reduce() arg 2 must support iteration");
            throw e;
        }
        Heap.incref(it);
        Heap.incref(func);
        PyObject result = initial;
        if (result != null) Heap.incref(result);
        try {
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                if (result == null) {
                    result = v;
                    Heap.incref(result);
                    continue;
                }
                PyObject r = Abstract.call(func, result, v);
                Heap.incref(r);
                Heap.decref(result);
                result = r;
            }
        } catch (RuntimeException e) {
            if (result != null) Heap.decref(result);
            throw e;
        } finally {
            Heap.decref(it);
            Heap.decref(func);
        }
        if (result == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
        // Hand the result back uncounted: it is queued again if nothing stores it.
        result.refcnt--;
        if (result.refcnt == 0) {
            result.refcnt = 1;
            Heap.decref(result);
        }
        return result;
    }

    @Exposed.Function(sig = "($module, /, mycmp)", doc = "Convert a cmp= function into a key= function.")
    public static PyObject cmp_to_key(PyObject mycmp) {
        return new KeyWrapper(KeyWrapper.TYPE, mycmp, null);
    }

    /** functools.KeyWrapper: orders objects by calling cmp(a, b) and comparing the result with 0. */
    @Exposed.Type(name = "KeyWrapper", module = "functools", baseType = false, gc = true, unhashable = true, basicSize = 32)
    public static final class KeyWrapper extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(KeyWrapper.class);

        public KeyWrapper(PyType t) { super(t, 2); }

        KeyWrapper(PyType t, PyObject cmp, PyObject obj) {
            super(t, 2);
            set(0, cmp);
            set(1, obj);
        }

        @Override
        public PyObject next() { return null; }

        @Exposed.Method(sig = "($self, /, obj)")
        public PyObject __call__(PyObject obj) {
            return new KeyWrapper(TYPE, get(0), obj);
        }

        @Exposed.Getter(name = "obj", doc = "Value wrapped by a key function.")
        public PyObject getObj() {
            PyObject o = get(1);
            if (o == null) throw Errors.attributeError("obj");
            return o;
        }

        @Exposed.Setter(name = "obj")
        public void setObj(PyObject v) { set(1, v); }

        private PyObject compare(PyObject other, int op) {
            if (!(other instanceof KeyWrapper w)) throw Errors.typeError("other argument must be K instance");
            PyObject x = get(1), y = w.get(1);
            if (x == null || y == null) throw Errors.attributeError("object");
            PyObject r = Abstract.call(get(0), x, y);
            return Abstract.richCompare(r, PyInt.ZERO, op);
        }

        @Exposed.Method(sig = "($self, value, /)") public PyObject __lt__(PyObject o) { return compare(o, Abstract.LT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __le__(PyObject o) { return compare(o, Abstract.LE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __eq__(PyObject o) { return compare(o, Abstract.EQ); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ne__(PyObject o) { return compare(o, Abstract.NE); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __gt__(PyObject o) { return compare(o, Abstract.GT); }
        @Exposed.Method(sig = "($self, value, /)") public PyObject __ge__(PyObject o) { return compare(o, Abstract.GE); }
    }
}
