package dev.glassbox.modules;

import dev.glassbox.memory.CycleCollector;
import dev.glassbox.memory.Gc;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.*;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code gc} (Modules/gcmodule.c): control of the cycle collector, its statistics, and object
 * introspection; the collection itself is {@link CycleCollector}.
 */
@Exposed.Module(name = "gc", doc = "This module provides access to the garbage collector for reference cycles.")
public final class GcModule {
    private GcModule() {}

    public static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32,
            DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;
    static int debug;
    static PyModule module;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(GcModule.class);
        PyDict d = m.dict();
        d.setItem("garbage", new PyList());
        d.setItem("callbacks", new PyList());
        d.setItem("DEBUG_STATS", PyInt.of(DEBUG_STATS));
        d.setItem("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
        d.setItem("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
        d.setItem("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
        d.setItem("DEBUG_LEAK", PyInt.of(DEBUG_LEAK));
        module = m;
        return m;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject enable() { Gc.enabled = true; return PyNone.NONE; }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject disable() { Gc.enabled = false; return PyNone.NONE; }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject isenabled() { return PyBool.of(Gc.enabled); }

    @Exposed.Function(sig = "($module, /, generation=2)")
    public static PyObject collect(PyObject generation) {
        long g = Abstract.indexAsLong(generation);
        if (g < 0 || g > 2) throw Errors.valueError("invalid generation");
        if (Gc.collecting) return PyInt.ZERO;
        return PyInt.of(CycleCollector.collectWithCallbacks((int) g));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject get_count() {
        return PyTuple.of(PyInt.of(Gc.generations[0].count), PyInt.of(Gc.generations[1].count), PyInt.of(Gc.generations[2].count));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject get_threshold() {
        return PyTuple.of(PyInt.of(Gc.generations[0].threshold), PyInt.of(Gc.generations[1].threshold),
                PyInt.of(Gc.generations[2].threshold));
    }

    @Exposed.Function(sig = "($module, threshold0, threshold1=<unrepresentable>, threshold2=<unrepresentable>, /)",
            conv = Exposed.Convention.VARARGS)
    public static PyObject set_threshold(PyObject t0, PyObject t1, PyObject t2) {
        Gc.generations[0].threshold = (int) Abstract.indexAsLong(t0);
        if (t1 != null) Gc.generations[1].threshold = (int) Abstract.indexAsLong(t1);
        if (t2 != null) Gc.generations[2].threshold = (int) Abstract.indexAsLong(t2);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, flags, /)")
    public static PyObject set_debug(PyObject flags) { debug = (int) Abstract.indexAsLong(flags); dev.glassbox.memory.CycleCollector.debugFlags = debug; return PyNone.NONE; }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject get_debug() { return PyInt.of(debug); }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject is_tracked(PyObject o) { return PyBool.of(Gc.isTracked(o)); }

    @Exposed.Function(sig = "($module, obj, /)")
    public static PyObject is_finalized(PyObject o) { return PyBool.of((o.gcFlags & Heap.FINALIZED) != 0); }

    @Exposed.Function(sig = "($module, /, *objs)")
    public static PyObject get_referents(PyObject objs) {
        PyList out = new PyList();
        for (PyObject o : ((PyTuple) objs).array()) {
            if (!Gc.isTracked(o) && !(o instanceof PyTuple) && !(o instanceof PyList) && !(o instanceof PyDict)) continue;
            o.traverse(out::append);
        }
        return out;
    }

    @Exposed.Function(sig = "($module, /, *objs)")
    public static PyObject get_referrers(PyObject objs) {
        PyObject[] targets = ((PyTuple) objs).array();
        PyList out = new PyList();
        for (Gc.Generation g : Gc.generations) {
            for (PyObject o = g.head.gcNext; o != g.head; o = o.gcNext) {
                if (o == objs) continue;
                boolean[] hit = {false};
                o.traverse(r -> { for (PyObject t : targets) if (r == t) hit[0] = true; });
                if (hit[0]) out.append(o);
            }
        }
        return out;
    }

    @Exposed.Function(sig = "($module, /, generation=None)")
    public static PyObject get_objects(PyObject generation) {
        PyList out = new PyList();
        int lo = 0, hi = 2;
        if (generation != null && generation != PyNone.NONE) {
            long g = Abstract.indexAsLong(generation);
            if (g >= 3) throw Errors.valueError("generation parameter must be less than the number of available generations (3)");
            if (g < 0) throw Errors.valueError("generation parameter cannot be negative");
            lo = hi = (int) g;
        }
        List<PyObject> all = new ArrayList<>();
        for (int i = lo; i <= hi; i++) {
            Gc.Generation gen = Gc.generations[i];
            for (PyObject o = gen.head.gcNext; o != gen.head; o = o.gcNext) all.add(o);
        }
        for (PyObject o : all) if (o != out) out.append(o);
        return out;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject get_stats() {
        PyList out = new PyList();
        for (int i = 0; i < 3; i++) {
            PyDict d = new PyDict();
            d.setItem("collections", PyInt.of(CycleCollector.collections[i]));
            d.setItem("collected", PyInt.of(CycleCollector.collected[i]));
            d.setItem("uncollectable", PyInt.of(CycleCollector.uncollectable[i]));
            out.append(d);
        }
        return out;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject freeze() {
        for (Gc.Generation g : Gc.generations) Gc.moveAll(g, Gc.permanent);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject unfreeze() {
        Gc.moveAll(Gc.permanent, Gc.generations[2]);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject get_freeze_count() {
        return PyInt.of(Gc.size(Gc.permanent));
    }
}
