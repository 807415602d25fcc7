package dev.glassbox.memory;

import dev.glassbox.objects.PyObject;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's cycle detection ({@code gc_collect_main} in Modules/gcmodule.c): copy each
 * count into {@code gcRefs}, subtract references internal to the generation, keep whatever is
 * still referenced from outside (and what it reaches), call finalizers of the rest, drop
 * resurrected objects, and clear what remains so reference counting frees it.
 */
public final class CycleCollector {
    private CycleCollector() {}

    /** Hooks the runtime provides for the parts that run Python code. */
    public interface Hooks {
        /** Clears weak references to unreachable objects and calls callbacks; returns how many were freed. */
        int handleWeakrefs(List<PyObject> unreachable);
        /** Calls {@code tp_finalize} on objects not yet finalized. */
        void finalizeGarbage(List<PyObject> unreachable);
        /** gc.callbacks "start"/"stop" and DEBUG output. */
        void phase(String phase, int generation, long collected, long uncollectable);
        /** Whether tuples/dicts hold only untracked items (so they can be untracked). */
        boolean mayUntrack(PyObject o);
        /** Clears the references a container holds (tp_clear), or does nothing for types without it. */
        void clear(PyObject o);
        /** Writes a gc.DEBUG_* message to sys.stderr. */
        void debugMessage(String text);
        /** With DEBUG_SAVEALL, the collector keeps garbage in gc.garbage instead of clearing it. */
        boolean saveAll(List<PyObject> unreachable);
    }

    public static Hooks hooks;

    /** gc.set_debug flags: DEBUG_STATS (1), DEBUG_COLLECTABLE (2), DEBUG_UNCOLLECTABLE (4), DEBUG_SAVEALL (32). */
    public static int debugFlags;

    /** Statistics per generation, as gc.get_stats() reports them. */
    public static final long[] collections = new long[Gc.NUM_GENERATIONS];
    public static final long[] collected = new long[Gc.NUM_GENERATIONS];
    public static final long[] uncollectable = new long[Gc.NUM_GENERATIONS];

    /** Collection history for the kernel's %gc: start nanos, generation, collected, uncollectable, duration nanos. */
    public static final List<long[]> history = new ArrayList<>();

    /** gcmodule.c's gc_collect_generations: the oldest generation over its threshold. */
    static void collectGenerations() {
        for (int i = Gc.NUM_GENERATIONS - 1; i >= 0; i--) {
            Gc.Generation g = Gc.generations[i];
            if (g.count > g.threshold) {
                // The 25% rule: a full collection only when enough long-lived objects are pending.
                if (i == Gc.NUM_GENERATIONS - 1 && Gc.longLivedPending < Gc.longLivedTotal / 4) continue;
                collectWithCallbacks(i);
                break;
            }
        }
    }

    /** Runs one collection with gc.callbacks around it; returns collected + uncollectable. */
    public static long collectWithCallbacks(int generation) {
        if (Gc.collecting) return 0;
        if (hooks != null) hooks.phase("start", generation, 0, 0);
        long[] r = collect(generation);
        if (hooks != null) hooks.phase("stop", generation, r[0], r[1]);
        return r[0] + r[1];
    }

    private static final class Unreachable extends PyObject {
        Unreachable() { super(null, true); }
    }

    /** One collection of {@code generation} and the younger ones: {collected, uncollectable}. */
    static long[] collect(int generation) {
        long start = System.nanoTime();
        Gc.collecting = true;
        try {
            if ((debugFlags & 1) != 0 && hooks != null) {
                hooks.debugMessage("gc: collecting generation " + generation + "...\n");
                hooks.debugMessage("gc: objects in each generation: " + Gc.size(Gc.generations[0].head) + " "
                        + Gc.size(Gc.generations[1].head) + " " + Gc.size(Gc.generations[2].head) + "\n");
                hooks.debugMessage("gc: objects in permanent generation: " + Gc.size(Gc.permanent) + "\n");
            }
            if (generation + 1 < Gc.NUM_GENERATIONS) Gc.generations[generation + 1].count += 1;
            for (int i = 0; i <= generation; i++) Gc.generations[i].count = 0;
            for (int i = 0; i < generation; i++) Gc.merge(Gc.generations[i].head, Gc.generations[generation].head);
            PyObject young = Gc.generations[generation].head;
            PyObject old = generation == Gc.NUM_GENERATIONS - 1 ? young : Gc.generations[generation + 1].head;

            List<PyObject> unreachable = deduceUnreachable(young);
            if ((debugFlags & 2) != 0 && hooks != null) {
                for (PyObject o : unreachable) {
                    hooks.debugMessage("gc: collectable <" + o.type.name + " 0x" + Long.toHexString(Heap.address(o)) + ">\n");
                }
            }
            untrackContainers(young, false);
            if (young != old) {
                if (generation == Gc.NUM_GENERATIONS - 2) Gc.longLivedPending += Gc.size(young);
                Gc.merge(young, old);
            } else {
                untrackContainers(young, true);
                Gc.longLivedPending = 0;
                Gc.longLivedTotal = Gc.size(young);
            }
            long m = 0;
            if (hooks != null) m += hooks.handleWeakrefs(unreachable);
            if (hooks != null) hooks.finalizeGarbage(unreachable);
            List<PyObject> finalUnreachable = handleResurrected(unreachable, old);
            m += finalUnreachable.size();
            if (hooks != null && hooks.saveAll(finalUnreachable)) {
                // DEBUG_SAVEALL: the garbage lives on in gc.garbage, still tracked, in the old generation.
                for (PyObject o : finalUnreachable) {
                    o.gcFlags &= ~Heap.COLLECTING;
                    if ((o.gcFlags & (Heap.TRACKED | Heap.DEAD)) == 0) {
                        Gc.link(o, old);
                        o.gcFlags |= Heap.TRACKED;
                    }
                }
            } else {
                deleteGarbage(finalUnreachable, old);
            }
            if ((debugFlags & 1) != 0 && hooks != null) {
                hooks.debugMessage(String.format("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed%n",
                        m, 0, (System.nanoTime() - start) / 1e9));
            }
            if (generation == Gc.NUM_GENERATIONS - 1) FreeLists.clear();
            collections[generation]++;
            collected[generation] += m;
            history.add(new long[] {start, generation, m, 0, System.nanoTime() - start});
            if (history.size() > 1000) history.remove(0);
            return new long[] {m, 0};
        } finally {
            Gc.collecting = false;
        }
    }

    /**
     * update_refs + subtract_refs + move_unreachable: the objects of {@code young} not reachable
     * from outside it. They are unlinked from {@code young} and flagged COLLECTING.
     */
    private static List<PyObject> deduceUnreachable(PyObject young) {
        for (PyObject o = young.gcNext; o != young; o = o.gcNext) {
            o.gcRefs = o.refcnt;
            // Queued objects at count 0 are held by Java code (borrowed): treat as external.
            if ((o.gcFlags & Heap.IN_QUEUE) != 0) o.gcRefs++;
            o.gcFlags |= Heap.COLLECTING;
        }
        for (PyObject o = young.gcNext; o != young; o = o.gcNext) {
            o.traverse(r -> {
                if ((r.gcFlags & Heap.COLLECTING) != 0 && r.gcRefs > 0) r.gcRefs--;
            });
        }
        // Propagate reachability from objects with outside references (iterative worklist).
        ArrayList<PyObject> work = new ArrayList<>();
        for (PyObject o = young.gcNext; o != young; o = o.gcNext) {
            if (o.gcRefs > 0) {
                o.gcFlags &= ~Heap.COLLECTING;
                work.add(o);
            }
        }
        while (!work.isEmpty()) {
            PyObject o = work.remove(work.size() - 1);
            o.traverse(r -> {
                if ((r.gcFlags & Heap.COLLECTING) != 0) {
                    r.gcFlags &= ~Heap.COLLECTING;
                    work.add(r);
                }
            });
        }
        List<PyObject> unreachable = new ArrayList<>();
        for (PyObject o = young.gcNext; o != young; ) {
            PyObject next = o.gcNext;
            if ((o.gcFlags & Heap.COLLECTING) != 0) {
                Gc.unlink(o);
                o.gcFlags &= ~Heap.TRACKED;
                unreachable.add(o);
            }
            o = next;
        }
        return unreachable;
    }

    /** untrack_tuples / untrack_dicts: containers that can hold no cycle leave the GC. */
    private static void untrackContainers(PyObject head, boolean dictsToo) {
        if (hooks == null) return;
        for (PyObject o = head.gcNext; o != head; ) {
            PyObject next = o.gcNext;
            if (hooks.mayUntrack(o)) {
                String n = o.type == null ? "" : o.type.name;
                if (n.equals("tuple") || (dictsToo && n.equals("dict"))) Gc.untrack(o);
            }
            o = next;
        }
    }

    /** Objects a finalizer made reachable again go back to {@code old}; the rest is garbage. */
    private static List<PyObject> handleResurrected(List<PyObject> unreachable, PyObject old) {
        // Re-run the subtraction over the unreachable set alone.
        for (PyObject o : unreachable) {
            o.gcRefs = o.refcnt;
            if ((o.gcFlags & Heap.IN_QUEUE) != 0) o.gcRefs++;
        }
        for (PyObject o : unreachable) {
            if ((o.gcFlags & Heap.COLLECTING) == 0) continue;
            o.traverse(r -> {
                if ((r.gcFlags & Heap.COLLECTING) != 0 && r.gcRefs > 0) r.gcRefs--;
            });
        }
        ArrayList<PyObject> work = new ArrayList<>();
        for (PyObject o : unreachable) if (o.gcRefs > 0 && (o.gcFlags & Heap.COLLECTING) != 0) {
            o.gcFlags &= ~Heap.COLLECTING;
            work.add(o);
        }
        while (!work.isEmpty()) {
            PyObject o = work.remove(work.size() - 1);
            o.traverse(r -> {
                if ((r.gcFlags & Heap.COLLECTING) != 0) {
                    r.gcFlags &= ~Heap.COLLECTING;
                    work.add(r);
                }
            });
        }
        List<PyObject> still = new ArrayList<>();
        for (PyObject o : unreachable) {
            if ((o.gcFlags & Heap.COLLECTING) != 0) {
                still.add(o);
            } else if ((o.gcFlags & Heap.DEAD) == 0) {
                Gc.link(o, old);
                o.gcFlags |= Heap.TRACKED;
            }
        }
        return still;
    }

    /** delete_garbage: tp_clear each object still alive; reference counting does the rest. */
    private static void deleteGarbage(List<PyObject> garbage, PyObject old) {
        for (PyObject o : garbage) {
            Heap.incref(o); // hold it while clearing, as CPython does
        }
        for (PyObject o : garbage) {
            o.gcFlags &= ~Heap.COLLECTING;
            if ((o.gcFlags & Heap.DEAD) == 0 && hooks != null) hooks.clear(o);
        }
        for (PyObject o : garbage) {
            if ((o.gcFlags & Heap.DEAD) == 0 && o.refcnt > 1 && (o.gcFlags & Heap.TRACKED) == 0) {
                // Survived clearing (e.g. no tp_clear): back to the old generation.
                Gc.link(o, old);
                o.gcFlags |= Heap.TRACKED;
            }
            Heap.decref(o);
        }
    }
}
