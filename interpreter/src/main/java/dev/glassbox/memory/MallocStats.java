package dev.glassbox.memory;

/**
 * {@code sys._debugmallocstats()}: the allocator model's pools, arenas and the free lists, in
 * the layout of CPython 3.11's {@code _PyObject_DebugMallocStats} (obmalloc.c) followed by the
 * free lists' {@code _PyDebugAllocatorStats} lines (dict, float, list, tuples by size).
 *
 * <p>The model's arenas are pool-aligned, so nothing is lost to arena alignment; the arena map
 * lines describe the 64-bit radix tree CPython keeps (one root, one mid and one bottom node per
 * 2**32-byte region the arenas span), with CPython's node sizes.
 */
public final class MallocStats {
    private MallocStats() {}

    private static final long ARENA_MAP_ROOT = 262_144, ARENA_MAP_MID = 262_144, ARENA_MAP_BOT = 131_072;

    public static String report() {
        Allocator a = Heap.allocator;
        StringBuilder out = new StringBuilder();
        int classes = Allocator.NB_SMALL_SIZE_CLASSES;
        out.append("Small block threshold = ").append(Allocator.SMALL_REQUEST_THRESHOLD)
                .append(", in ").append(classes).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n"
                + "-----   ----   ---------   -------------  ------------\n");
        long[][] stats = a.sizeClassStats();
        long allocatedBytes = 0, availableBytes = 0, headerBytes = 0, quantization = 0;
        for (int i = 0; i < classes; i++) {
            long pools = stats[i][0], used = stats[i][1], free = stats[i][2];
            if (pools == 0) continue;
            int size = (i + 1) * Allocator.ALIGNMENT;
            out.append(String.format("%5d %6d %11d %15d %13d%n", i, size, pools, used, free));
            allocatedBytes += used * size;
            availableBytes += free * size;
            headerBytes += pools * Allocator.POOL_OVERHEAD;
            quantization += pools * ((Allocator.POOL_SIZE - Allocator.POOL_OVERHEAD) % size);
        }
        out.append('\n');
        int arenas = a.arenaCount();
        line(out, "# arenas allocated total", a.arenasAllocatedTotal());
        line(out, "# arenas reclaimed", a.arenasAllocatedTotal() - arenas);
        line(out, "# arenas highwater mark", a.arenasHighwater());
        line(out, "# arenas allocated current", arenas);
        line(out, arenas + " arenas * " + Allocator.ARENA_SIZE + " bytes/arena", (long) arenas * Allocator.ARENA_SIZE);
        out.append('\n');
        long freePools = a.freePoolCount();
        long total = line(out, "# bytes in allocated blocks", allocatedBytes);
        total += line(out, "# bytes in available blocks", availableBytes);
        total += line(out, freePools + " unused pools * " + Allocator.POOL_SIZE + " bytes", freePools * Allocator.POOL_SIZE);
        total += line(out, "# bytes lost to pool headers", headerBytes);
        total += line(out, "# bytes lost to quantization", quantization);
        total += line(out, "# bytes lost to arena alignment", 0);
        line(out, "Total", total);
        out.append("\narena map counts\n");
        long regions = a.arenaMapRegions();
        line(out, "# arena map mid nodes", regions);
        line(out, "# arena map bot nodes", regions);
        out.append('\n');
        long mapTotal = line(out, "# bytes lost to arena map root", ARENA_MAP_ROOT);
        mapTotal += line(out, "# bytes lost to arena map mid", ARENA_MAP_MID * regions);
        mapTotal += line(out, "# bytes lost to arena map bot", ARENA_MAP_BOT * regions);
        line(out, "Total", mapTotal);
        out.append('\n');
        freeList(out, "free PyDictObject", FreeLists.count(FreeLists.DICT), 48);
        freeList(out, "free PyFloatObject", FreeLists.count(FreeLists.FLOAT), 24);
        freeList(out, "free PyListObject", FreeLists.count(FreeLists.LIST), 40);
        for (int n = 1; n <= FreeLists.TUPLE_MAX_SIZE; n++) {
            freeList(out, "free " + n + "-sized PyTupleObject", FreeLists.count(FreeLists.TUPLE_BASE + n - 1), 24 + 8L * n);
        }
        return out.toString();
    }

    /** obmalloc.c's printone: the label padded to 35 columns, '=', the value with commas in 21. */
    private static long line(StringBuilder out, String label, long value) {
        out.append(label);
        for (int i = label.length(); i < 35; i++) out.append(' ');
        out.append('=');
        String v = String.format("%,d", value);
        for (int i = v.length(); i < 21; i++) out.append(' ');
        out.append(v).append('\n');
        return value;
    }

    /** _PyDebugAllocatorStats: "N names * S bytes each" right-aligned in 48 columns, then the product. */
    private static void freeList(StringBuilder out, String name, int count, long size) {
        String label = String.format("%48s ", count + " " + name + "s * " + size + " bytes each");
        line(out, label, count * size);
    }
}
