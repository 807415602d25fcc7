package dev.glassbox.vm;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock (CPython's Python/ceval_gil.c): one Python thread runs at a time,
 * so the eval loop, reference counts, the zero-count queue and the cycle collector stay
 * single-threaded. A thread gives the GIL up around blocking calls ({@link #release} /
 * {@link #acquire}: sleep, lock waits, select, reads) and, when another thread has waited a
 * switch interval for it, at the next eval-breaker check ({@link #yieldToWaiter}).
 *
 * <p>As before Python 3.7, the lock is created by the first thread start: until then the one
 * thread runs with no locking at all. The lock is fair, so a thread that drops the GIL on
 * request queues behind the thread that asked for it (CPython's FORCE_SWITCHING).
 */
public final class Gil {
    private Gil() {}

    private static final ReentrantLock LOCK = new ReentrantLock(true);
    private static volatile boolean active;
    /** A thread waited a whole interval: the holder should drop the GIL at its next check. */
    static volatile boolean dropRequest;
    private static volatile long intervalNanos = 5_000_000L;
    /** Counts hand-overs, so a waiter can tell whether the holder changed while it waited. */
    private static volatile long switches;

    public static boolean active() {
        return active;
    }

    /** The first thread start: the calling thread, which is running Python, becomes the holder. */
    public static synchronized void activate() {
        if (active) return;
        LOCK.lock();
        active = true;
    }

    /** sys.getswitchinterval(), in seconds. */
    public static double switchInterval() {
        return intervalNanos / 1e9;
    }

    public static void setSwitchInterval(double seconds) {
        intervalNanos = Math.max(1000L, (long) (seconds * 1e9));
    }

    /**
     * Gives the GIL up before a blocking call: saves the running thread's interpreter state and
     * returns it for {@link #acquire}; null (and nothing done) while there is only one thread.
     * Between the two calls the thread must not touch Python objects.
     */
    public static ThreadState release() {
        if (!active) return null;
        Interpreter in = Interpreter.current();
        ThreadState ts = in.threadState();
        in.saveState(ts);
        LOCK.unlock();
        return ts;
    }

    /** Takes the GIL back after a blocking call and restores the thread's state. */
    public static void acquire(ThreadState ts) {
        if (ts == null) return;
        take();
        Interpreter.current().restoreState(ts);
    }

    /** Starts running a new thread's Python code: takes the GIL with the thread's fresh state. */
    static void enterNewThread(ThreadState ts) {
        take();
        Interpreter.current().restoreState(ts);
    }

    /** A thread's Python code is done: drops the GIL without saving (the state is discarded). */
    static void exitThread() {
        Interpreter.current().clearState();
        LOCK.unlock();
    }

    /** The eval breaker saw a drop request: let the waiting thread run, then queue for the GIL again. */
    static void yieldToWaiter() {
        ThreadState ts = release();
        if (ts != null) acquire(ts);
    }

    private static void take() {
        boolean got = false;
        while (!got) {
            long seen = switches;
            try {
                // The timed tryLock honours fairness (the untimed one barges).
                got = LOCK.tryLock(intervalNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // Waking a thread is done through its waker, never Thread.interrupt; a stray
                // interrupt must not be left set (it would close the next NIO channel used).
                continue;
            }
            if (!got && switches == seen) {
                dropRequest = true;
                Interpreter.current().evalBreaker = true;
            }
        }
        switches++;
        dropRequest = false;
    }
}
