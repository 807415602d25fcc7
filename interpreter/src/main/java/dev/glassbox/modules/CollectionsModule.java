package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

/**
 * {@code _collections} (Modules/_collectionsmodule.c): deque, defaultdict, the deque iterators
 * _tuplegetter and {@code _count_elements}. OrderedDict is left to the pure-Python
 * fallback in Lib/collections/__init__.py, which imports it inside try/except ImportError.
 */
@Exposed.Module(name = "_collections", doc = "High performance data structures.\n"
        + "- deque:        ordered collection accessible from endpoints only\n"
        + "- defaultdict:  dict subclass with a default value factory\n")
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(CollectionsModule.class);
        PyDict d = m.dict();
        d.setItem("deque", Deque.TYPE);
        d.setItem("defaultdict", DefaultDict.TYPE);
        d.setItem("_deque_iterator", DequeIter.TYPE);
        d.setItem("_deque_reverse_iterator", DequeIter.REV_TYPE);
        d.setItem("_tuplegetter", TupleGetter.TYPE);
        return m;
    }

    @Exposed.Function(name = "_count_elements", sig = "($module, mapping, iterable, /)",
            doc = "Count elements in the iterable, updating the mapping")
    public static PyObject countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        Heap.incref(it);
        try {
            PyObject get = Abstract.getAttr(mapping, "get");
            Heap.incref(get);
            try {
                for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
                    Heap.incref(e);
                    try {
                        PyObject old = Abstract.call(get, e, PyInt.ZERO);
                        Abstract.setItem(mapping, e, Abstract.binaryOp(old, PyInt.ONE, 0));
                    } finally {
                        Heap.decref(e);
                    }
                }
            } finally {
                Heap.decref(get);
            }
        } finally {
            Heap.decref(it);
        }
        return PyNone.NONE;
    }
}
