package dev.glassbox.runtime;

import dev.glassbox.memory.CycleCollector;
import dev.glassbox.memory.Heap;
import dev.glassbox.memory.Weakrefs;
import dev.glassbox.modules.GcModule;
import dev.glassbox.objects.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** The collector's steps that need the runtime: weakrefs, finalizers, gc.callbacks, tp_clear. */
final class GcHooks implements CycleCollector.Hooks {
    @Override
    public int handleWeakrefs(List<PyObject> unreachable) {
        IdentityHashMap<PyObject, Boolean> dead = new IdentityHashMap<>();
        for (PyObject o : unreachable) dead.put(o, true);
        List<PyWeakref> callbacks = new ArrayList<>();
        for (PyObject o : unreachable) {
            if ((o.gcFlags & Heap.HAS_WEAKREFS) == 0) continue;
            for (PyWeakref r : Weakrefs.clearOnly(o)) {
                // A weakref that is itself garbage gets no callback (handle_weakrefs).
                if (r.callback != null && !dead.containsKey(r)) callbacks.add(r);
            }
        }
        for (PyWeakref r : callbacks) {
            Heap.incref(r);
            try {
                Abstract.call(r.callback, r);
            } catch (PyException e) {
                Unraisable.report("Exception ignored in: ", r.callback, r, e.value);
            } finally {
                Heap.decref(r);
            }
        }
        return 0;
    }

    @Override
    public void finalizeGarbage(List<PyObject> unreachable) {
        Heap.Hooks h = new Hooks.HeapHooks();
        for (PyObject o : new ArrayList<>(unreachable)) {
            if ((o.gcFlags & Heap.FINALIZED) != 0 || !h.hasFinalizer(o)) continue;
            o.gcFlags |= Heap.FINALIZED;
            Heap.incref(o);
            try {
                h.finalize(o);
            } finally {
                o.refcnt--;
            }
        }
    }

    @Override
    public void phase(String phase, int generation, long collected, long uncollectable) {
        PyModule gc = gcModule();
        if (gc == null) return;
        PyObject cbs = gc.dict().getItemStr("callbacks");
        if (!(cbs instanceof PyList l) || l.size() == 0) return;
        PyDict info = new PyDict();
        info.setItem("generation", PyInt.of(generation));
        info.setItem("collected", PyInt.of(collected));
        info.setItem("uncollectable", PyInt.of(uncollectable));
        Heap.incref(info);
        try {
            for (PyObject cb : l.toArray()) {
                try {
                    Abstract.call(cb, PyStr.of(phase), info);
                } catch (PyException e) {
                    Unraisable.report("Exception ignored in garbage collector callback: ", cb, cb, e.value);
                }
            }
        } finally {
            Heap.decref(info);
        }
    }

    @Override
    public void debugMessage(String text) {
        PyObject err = Runtime.get().sys.dict().getItemStr("stderr");
        try {
            if (err != null && err != dev.glassbox.objects.PyNone.NONE) Abstract.callMethod(err, "write", PyStr.of(text));
        } catch (PyException e) {
            // As PySys_WriteStderr: a failing stderr loses the message.
        }
    }

    private static PyModule gcModule() {
        PyObject mods = Runtime.get().sys.dict().getItemStr("modules");
        PyObject m = mods instanceof PyDict d ? d.getItemStr("gc") : null;
        return m instanceof PyModule pm ? pm : null;
    }

    @Override
    public boolean mayUntrack(PyObject o) {
        boolean[] only = {true};
        o.traverse(r -> { if (dev.glassbox.memory.Gc.isTracked(r)) only[0] = false; });
        return only[0];
    }

    @Override
    public void clear(PyObject o) {
        List<PyObject> held = new ArrayList<>();
        if (o.gcClear(x -> { if (x != null) held.add(x); })) o.gcFlags |= Heap.CLEARED;
        for (PyObject x : held) Heap.decref(x);
    }

    @Override
    public boolean saveAll(List<PyObject> unreachable) {
        PyModule gc = gcModule();
        if (gc == null) return false;
        PyObject dbg = gc.dict().getItemStr("get_debug");
        int flags = dbg == null ? 0 : (int) ((PyInt) Abstract.call(dbg)).value;
        if ((flags & GcModule.DEBUG_SAVEALL) == 0) return false;
        PyList garbage = (PyList) gc.dict().getItemStr("garbage");
        for (PyObject o : unreachable) {
            o.gcFlags &= ~Heap.COLLECTING;
            garbage.append(o);
        }
        return true;
    }
}
