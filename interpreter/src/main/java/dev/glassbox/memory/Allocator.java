package dev.glassbox.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model of CPython 3.11's small-object allocator ({@code Objects/obmalloc.c}, 64-bit):
 * requests of up to 512 bytes are rounded to 16-byte size classes and served from 16 KiB pools
 * carved out of 1 MiB arenas; larger requests go to the "system" allocator. Addresses are
 * what {@code id()} returns, so a freed block is handed out again the way pymalloc would
 * (a pool's free list is LIFO; a pool keeps serving its size class while it has room).
 *
 * <p>Nothing here owns memory — the JVM does. This is the runtime's exact accounting, shown by
 * {@code sys._debugmallocstats()}, {@code sys.getallocatedblocks()} and the kernel's
 * {@code %heap}.
 */
public final class Allocator {
    public static final int ALIGNMENT = 16;
    public static final int SMALL_REQUEST_THRESHOLD = 512;
    public static final int NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
    public static final int POOL_SIZE = 16 * 1024;
    public static final int ARENA_SIZE = 1024 * 1024;
    public static final int POOL_OVERHEAD = 48;
    /** Where the model's arenas start; any plausible user-space address works. */
    private static final long ARENA_BASE = 0x7f3a_0000_0000L;
    private static final long SYSTEM_BASE = 0x7f3c_0000_0000L;

    /** One 16 KiB pool serving one size class. */
    static final class Pool {
        final long base;
        final int sizeClass;
        final int blockSize;
        final int capacity;
        int nextOffset;        // bump pointer for never-used blocks
        int used;
        final ArrayDeque<Long> free = new ArrayDeque<>(); // LIFO free list, like pymalloc's freeblock
        final Arena arena;

        Pool(Arena arena, long base, int sizeClass) {
            this.arena = arena;
            this.base = base;
            this.sizeClass = sizeClass;
            this.blockSize = (sizeClass + 1) * ALIGNMENT;
            this.capacity = (POOL_SIZE - POOL_OVERHEAD) / blockSize;
            this.nextOffset = POOL_OVERHEAD;
        }

        boolean full() { return used == capacity; }
    }

    /** A 1 MiB arena of 64 pools. */
    static final class Arena {
        final long base;
        final ArrayDeque<Long> freePools = new ArrayDeque<>();
        int poolsInUse;

        Arena(long base) {
            this.base = base;
            for (int i = ARENA_SIZE / POOL_SIZE - 1; i >= 0; i--) freePools.push(base + (long) i * POOL_SIZE);
        }
    }

    private final List<Pool>[] usable; // per size class, pools with free room, most recent first
    private final Map<Long, Pool> poolsByBase = new HashMap<>();
    private final List<Arena> arenas = new ArrayList<>();
    private final ArrayDeque<Arena> arenasWithRoom = new ArrayDeque<>();
    private long nextArena = ARENA_BASE;
    private long nextSystem = SYSTEM_BASE;
    private final Map<Long, ArrayDeque<Long>> systemFree = new HashMap<>();
    private long allocatedBlocks;
    private long systemBytes;
    private long arenasAllocatedTotal, arenasFreedTotal, arenasHighwater;

    @SuppressWarnings("unchecked")
    public Allocator() {
        usable = new List[NB_SMALL_SIZE_CLASSES];
        for (int i = 0; i < usable.length; i++) usable[i] = new ArrayList<>();
    }

    /** Allocates {@code size} bytes and returns the block's address. */
    public long alloc(long size) {
        allocatedBlocks++;
        if (size <= 0) size = 1;
        if (size > SMALL_REQUEST_THRESHOLD) return systemAlloc(size);
        int cls = (int) ((size - 1) / ALIGNMENT);
        List<Pool> pools = usable[cls];
        Pool pool;
        if (pools.isEmpty()) {
            pool = newPool(cls);
            pools.add(pool);
        } else {
            pool = pools.get(pools.size() - 1);
        }
        long addr;
        if (!pool.free.isEmpty()) {
            addr = pool.free.pop();
        } else {
            addr = pool.base + pool.nextOffset;
            pool.nextOffset += pool.blockSize;
        }
        pool.used++;
        if (pool.full()) pools.remove(pools.size() - 1);
        return addr;
    }

    /** Returns a block of the given request size to its pool (or to the system). */
    public void free(long addr, long size) {
        allocatedBlocks--;
        if (size <= 0) size = 1;
        if (size > SMALL_REQUEST_THRESHOLD) {
            long rounded = roundSystem(size);
            systemBytes -= rounded;
            systemFree.computeIfAbsent(rounded, k -> new ArrayDeque<>()).push(addr);
            return;
        }
        Pool pool = poolsByBase.get(addr & ~((long) POOL_SIZE - 1));
        if (pool == null) return; // not ours (defensive: an object freed twice)
        boolean wasFull = pool.full();
        pool.free.push(addr);
        pool.used--;
        List<Pool> pools = usable[pool.sizeClass];
        if (pool.used == 0) {
            pools.remove(pool);
            releasePool(pool);
        } else if (wasFull) {
            pools.add(pool);
        }
    }

    private Pool newPool(int cls) {
        Arena arena = arenasWithRoom.peek();
        if (arena == null) {
            arena = new Arena(nextArena);
            nextArena += ARENA_SIZE;
            arenas.add(arena);
            arenasWithRoom.push(arena);
            arenasAllocatedTotal++;
            arenasHighwater = Math.max(arenasHighwater, arenas.size());
        }
        long base = arena.freePools.pop();
        arena.poolsInUse++;
        if (arena.freePools.isEmpty()) arenasWithRoom.remove(arena);
        Pool pool = new Pool(arena, base, cls);
        poolsByBase.put(base, pool);
        return pool;
    }

    private void releasePool(Pool pool) {
        poolsByBase.remove(pool.base);
        Arena arena = pool.arena;
        boolean hadRoom = !arena.freePools.isEmpty();
        arena.freePools.push(pool.base);
        arena.poolsInUse--;
        if (arena.poolsInUse == 0) {
            arenas.remove(arena);
            arenasWithRoom.remove(arena);
            arenasFreedTotal++;
            // The model gives the arena's address range back; a new arena may reuse it.
            if (arena.base + ARENA_SIZE == nextArena) nextArena = arena.base;
        } else if (!hadRoom) {
            arenasWithRoom.push(arena);
        }
    }

    private static long roundSystem(long size) {
        return (size + ALIGNMENT - 1) & ~(long) (ALIGNMENT - 1);
    }

    private long systemAlloc(long size) {
        long rounded = roundSystem(size);
        systemBytes += rounded;
        ArrayDeque<Long> reuse = systemFree.get(rounded);
        if (reuse != null && !reuse.isEmpty()) return reuse.pop();
        long addr = nextSystem;
        nextSystem += rounded + ALIGNMENT;
        return addr;
    }

    // ---- statistics (sys.getallocatedblocks, sys._debugmallocstats, %heap) ----

    public long allocatedBlocks() { return allocatedBlocks; }
    public int arenaCount() { return arenas.size(); }
    public long arenasAllocatedTotal() { return arenasAllocatedTotal; }
    public long arenasFreedTotal() { return arenasFreedTotal; }
    public long systemBytes() { return systemBytes; }
    public long arenasHighwater() { return arenasHighwater; }

    /** Pools of the current arenas serving no size class (never used or given back). */
    public long freePoolCount() {
        long n = 0;
        for (Arena a : arenas) n += a.freePools.size();
        return n;
    }

    /** The 2**32-byte address regions the arenas span: the radix tree's mid and bottom nodes. */
    public long arenaMapRegions() {
        return arenas.stream().mapToLong(a -> a.base >>> 32).distinct().count();
    }

    /** Per size class: {pools in use, blocks in use, free blocks in those pools}. */
    public long[][] sizeClassStats() {
        long[][] s = new long[NB_SMALL_SIZE_CLASSES][3];
        for (Pool p : poolsByBase.values()) {
            s[p.sizeClass][0]++;
            s[p.sizeClass][1] += p.used;
            s[p.sizeClass][2] += p.capacity - p.used;
        }
        return s;
    }
}
