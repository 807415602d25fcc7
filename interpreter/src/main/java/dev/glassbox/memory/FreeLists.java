package dev.glassbox.memory;

/**
 * CPython 3.11's per-type free lists: a dead float, list, dict or small tuple of the exact
 * built-in type keeps its allocator block on its type's list (LIFO, bounded) and the next object
 * of that kind takes the block back, so {@code id()} reuse follows CPython's (a freed float's
 * block is not handed to a str of the same size class). The blocks stay "in use" for the
 * allocator, as in CPython, and a full collection gives them all back ({@code clear_freelists}).
 *
 * <p>Which list an object belongs to is the runtime's business ({@link Heap.Hooks#freeList}).
 */
public final class FreeLists {
    private FreeLists() {}

    public static final int FLOAT = 0, LIST = 1, DICT = 2;
    /** Tuples of 1..20 items use lists {@code TUPLE_BASE + size - 1}. */
    public static final int TUPLE_BASE = 3, TUPLE_MAX_SIZE = 20;
    public static final int COUNT = TUPLE_BASE + TUPLE_MAX_SIZE;

    /** PyFloat_MAXFREELIST, PyList_MAXFREELIST, PyDict_MAXFREELIST, PyTuple_MAXFREELIST. */
    private static final int[] CAPACITY = new int[COUNT];
    private static final long[][] blocks = new long[COUNT][];
    private static final long[] blockSizes = new long[COUNT];
    private static final int[] counts = new int[COUNT];

    static {
        CAPACITY[FLOAT] = 100;
        CAPACITY[LIST] = 80;
        CAPACITY[DICT] = 80;
        for (int i = TUPLE_BASE; i < COUNT; i++) CAPACITY[i] = 2000;
        for (int i = 0; i < COUNT; i++) blocks[i] = new long[8];
    }

    /** Keeps a dying object's block on list {@code which}; false when the list is full. */
    static boolean push(int which, long address, long size) {
        int n = counts[which];
        if (n >= CAPACITY[which]) return false;
        long[] b = blocks[which];
        if (n == b.length) blocks[which] = b = java.util.Arrays.copyOf(b, Math.min(CAPACITY[which], n * 2));
        b[n] = address;
        counts[which] = n + 1;
        blockSizes[which] = size;
        return true;
    }

    /** A block from list {@code which}, or 0 when it is empty. */
    static long pop(int which) {
        int n = counts[which];
        if (n == 0) return 0;
        counts[which] = n - 1;
        return blocks[which][n - 1];
    }

    /** How many blocks list {@code which} holds (for sys._debugmallocstats). */
    public static int count(int which) {
        return counts[which];
    }

    /** gcmodule.c's clear_freelists: every kept block goes back to the allocator. */
    public static void clear() {
        // CPython's order: tuples (by size), floats, lists, dicts; each list from its head.
        for (int i = TUPLE_BASE; i < COUNT; i++) drop(i);
        drop(FLOAT);
        drop(LIST);
        drop(DICT);
    }

    private static void drop(int which) {
        for (int n = counts[which]; n > 0; n--) Heap.allocator.free(blocks[which][n - 1], blockSizes[which]);
        counts[which] = 0;
    }
}
