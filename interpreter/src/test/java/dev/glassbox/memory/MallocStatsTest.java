package dev.glassbox.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** sys._debugmallocstats' report: obmalloc.c's layout over the allocator model's real counts. */
class MallocStatsTest {
    private static long blocksInUse(String report, int sizeClass) {
        for (String line : report.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 5 && f[0].equals(String.valueOf(sizeClass)) && f[1].equals(String.valueOf((sizeClass + 1) * 16))) {
                return Long.parseLong(f[3]);
            }
        }
        return 0;
    }

    @Test
    void reportsTheAllocatorsBlocksAndKeepsCPythonsColumns() {
        long before = blocksInUse(MallocStats.report(), 1);
        long[] addrs = new long[1000];
        for (int i = 0; i < addrs.length; i++) addrs[i] = Heap.allocator.alloc(24);
        String report = MallocStats.report();
        assertEquals(before + 1000, blocksInUse(report, 1));
        int printed = 0;
        for (String line : report.split("\n")) {
            if (line.startsWith("Small") || !line.matches(".*=\\s+[0-9,]+")) continue;
            printed++;
            int eq = line.lastIndexOf('=');
            assertTrue(eq >= 35, "label padded to 35 columns: " + line);
            assertEquals(21, line.length() - eq - 1, "value right-aligned in 21 columns: " + line);
        }
        assertEquals(5 + 7 + 6 + 23, printed, "printone lines: arenas, bytes, arena map, free lists");
        assertTrue(report.startsWith("Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools"));
        for (long a : addrs) Heap.allocator.free(a, 24);
        assertEquals(before, blocksInUse(MallocStats.report(), 1));
    }

    @Test
    void freeListsKeepBlocksUntilAFullCollectionClearsThem() {
        long a = Heap.allocator.alloc(24);
        long blocks = Heap.allocator.allocatedBlocks();
        assertTrue(FreeLists.push(FreeLists.FLOAT, a, 24));
        assertEquals(blocks, Heap.allocator.allocatedBlocks(), "a free-listed block stays allocated");
        assertEquals(1, FreeLists.count(FreeLists.FLOAT));
        FreeLists.clear();
        assertEquals(0, FreeLists.count(FreeLists.FLOAT));
        assertEquals(blocks - 1, Heap.allocator.allocatedBlocks());
        for (int i = 0; i < 100; i++) assertTrue(FreeLists.push(FreeLists.FLOAT, Heap.allocator.alloc(24), 24));
        long extra = Heap.allocator.alloc(24);
        assertTrue(!FreeLists.push(FreeLists.FLOAT, extra, 24), "PyFloat_MAXFREELIST is 100");
        Heap.allocator.free(extra, 24);
        FreeLists.clear();
    }
}
