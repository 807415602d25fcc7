package dev.glassbox.introspect;

import dev.glassbox.memory.Allocator;
import dev.glassbox.memory.CycleCollector;
import dev.glassbox.memory.FreeLists;
import dev.glassbox.memory.Gc;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyMethodDescr;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory subsystem as a tool sees it (the kernel's {@code %gc} and {@code %heap}): a census
 * of live tracked objects by type, each generation's contents, the collection history, the
 * allocator's size classes and free lists, and the referrers/referents of an object. Every
 * figure is a real count of this runtime's objects; nothing here runs Python code except a
 * built-in {@code __sizeof__}, and nothing allocates Python objects, so looking does not
 * change what is looked at.
 *
 * <p>Call on the thread that runs Python code (the VM is single-threaded between instructions).
 */
public final class MemoryReport {
    private MemoryReport() {}

    /** One row of the census: live GC-tracked objects of one type and their sizes. */
    public record TypeCensus(String type, long objects, long bytes) {}

    /** A generation's state, as gc.get_count/get_threshold/get_stats report it. */
    public record Generation(String name, int count, int threshold, int tracked, long collections, long collected,
                             long uncollectable) {}

    /** One finished collection. */
    public record Collection(long startNanos, int generation, long collected, long uncollectable, long durationNanos) {}

    /** One pymalloc size class: pools serving it, blocks in use, free blocks in those pools. */
    public record SizeClass(int blockSize, long pools, long blocksUsed, long blocksFree) {}

    /** The allocator's totals. */
    public record AllocatorTotals(long blocksInUse, int arenas, long arenasAllocated, long arenasFreed, long arenasHighwater,
                                  long freePools, long systemBytes) {}

    /** One free list: what it keeps and how many blocks it holds now. */
    public record FreeList(String name, long blockSize, int blocks) {}

    /** The tracked objects of every generation and the permanent one, oldest generation last. */
    public static List<PyObject> trackedObjects() {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i <= Gc.NUM_GENERATIONS; i++) out.addAll(generationContents(i, Integer.MAX_VALUE));
        return out;
    }

    /** Up to {@code limit} objects of generation {@code gen} (0..2; 3 = the permanent generation), in list order. */
    public static List<PyObject> generationContents(int gen, int limit) {
        if (gen < 0 || gen > Gc.NUM_GENERATIONS) throw new IllegalArgumentException("invalid generation " + gen);
        Gc.Generation g = gen == Gc.NUM_GENERATIONS ? Gc.permanent : Gc.generations[gen];
        List<PyObject> out = new ArrayList<>();
        for (PyObject o = g.head.gcNext; o != null && o != g.head && out.size() < limit; o = o.gcNext) out.add(o);
        return out;
    }

    /** Live tracked objects by type, largest total size first (ties by name). */
    public static List<TypeCensus> census() {
        // Snapshot first: sizes are asked afterwards, and asking must not walk lists that change.
        List<PyObject> objects = trackedObjects();
        Map<String, long[]> byType = new HashMap<>();
        for (PyObject o : objects) {
            long[] c = byType.computeIfAbsent(typeName(o), k -> new long[2]);
            c[0]++;
            c[1] += sizeOf(o);
        }
        List<TypeCensus> rows = new ArrayList<>();
        byType.forEach((k, v) -> rows.add(new TypeCensus(k, v[0], v[1])));
        rows.sort((x, y) -> x.bytes() != y.bytes() ? Long.compare(y.bytes(), x.bytes()) : x.type().compareTo(y.type()));
        return rows;
    }

    public static List<Generation> generations() {
        List<Generation> out = new ArrayList<>();
        for (int i = 0; i < Gc.NUM_GENERATIONS; i++) {
            Gc.Generation g = Gc.generations[i];
            out.add(new Generation(Integer.toString(i), g.count, g.threshold, Gc.size(g), CycleCollector.collections[i],
                    CycleCollector.collected[i], CycleCollector.uncollectable[i]));
        }
        out.add(new Generation("permanent", 0, 0, Gc.size(Gc.permanent), 0, 0, 0));
        return out;
    }

    public static boolean gcEnabled() {
        return Gc.enabled;
    }

    /** Collections so far, oldest first (the last 1,000 are kept). */
    public static List<Collection> history() {
        List<Collection> out = new ArrayList<>();
        for (long[] r : CycleCollector.history) out.add(new Collection(r[0], (int) r[1], r[2], r[3], r[4]));
        return out;
    }

    /** Runs a collection of {@code generation} with gc.callbacks, as gc.collect does; the unreachable count. */
    public static long collect(int generation) {
        if (generation < 0 || generation >= Gc.NUM_GENERATIONS) throw new IllegalArgumentException("invalid generation " + generation);
        return CycleCollector.collectWithCallbacks(generation);
    }

    /** Size classes with at least one pool. */
    public static List<SizeClass> sizeClasses() {
        long[][] sc = Heap.allocator.sizeClassStats();
        List<SizeClass> out = new ArrayList<>();
        for (int i = 0; i < sc.length; i++) {
            if (sc[i][0] != 0) out.add(new SizeClass((i + 1) * Allocator.ALIGNMENT, sc[i][0], sc[i][1], sc[i][2]));
        }
        return out;
    }

    public static AllocatorTotals allocator() {
        Allocator a = Heap.allocator;
        return new AllocatorTotals(a.allocatedBlocks(), a.arenaCount(), a.arenasAllocatedTotal(), a.arenasFreedTotal(),
                a.arenasHighwater(), a.freePoolCount(), a.systemBytes());
    }

    public static List<FreeList> freeLists() {
        List<FreeList> out = new ArrayList<>();
        out.add(new FreeList("dict", 48, FreeLists.count(FreeLists.DICT)));
        out.add(new FreeList("float", 24, FreeLists.count(FreeLists.FLOAT)));
        out.add(new FreeList("list", 40, FreeLists.count(FreeLists.LIST)));
        for (int n = 1; n <= FreeLists.TUPLE_MAX_SIZE; n++) {
            out.add(new FreeList(n + "-tuple", 24 + 8L * n, FreeLists.count(FreeLists.TUPLE_BASE + n - 1)));
        }
        return out;
    }

    /** What {@code o} holds counted references to, in tp_traverse order (gc.get_referents). */
    public static List<PyObject> referents(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        o.traverse(out::add);
        return out;
    }

    /** The tracked objects that hold a reference to {@code target} (gc.get_referrers). */
    public static List<PyObject> referrers(PyObject target) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : trackedObjects()) {
            boolean[] hit = {false};
            o.traverse(r -> { if (r == target) hit[0] = true; });
            if (hit[0]) out.add(o);
        }
        return out;
    }

    /** The type's name as a census shows it: its tp_name ("dict", "collections.OrderedDict"). */
    public static String typeName(PyObject o) {
        return o.type == null ? "?" : o.type.name;
    }

    /**
     * sys.getsizeof(o) without running Python code: a class's own {@code __sizeof__} written in
     * Python is not called (the built-in one it inherits is).
     */
    public static long sizeOf(PyObject o) {
        try {
            PyObject m = o.type.special(SpecialMethod.__sizeof__);
            if (!(m instanceof PyMethodDescr) && o.type.mro != null) {
                for (PyType t : o.type.mro) {
                    PyObject own = t.dict == null ? null : t.dict.getItemStr("__sizeof__");
                    if (own instanceof PyMethodDescr) {
                        m = own;
                        break;
                    }
                }
            }
            if (!(m instanceof PyMethodDescr)) return 0;
            long size = Abstract.indexAsLong(Abstract.callSpecial(m, o));
            if ((o.type.flags & PyType.HAVE_GC) != 0) size += 16;
            if ((o.type.flags & PyType.MANAGED_DICT) != 0) size += 16;
            return size;
        } catch (PyException e) {
            return 0;
        }
    }
}
