package dev.glassbox.vm;

import java.util.function.BooleanSupplier;

/**
 * Blocking waits done the way CPython's blocking calls are (Py_BEGIN_ALLOW_THREADS plus PEP 475):
 * the GIL is released for the wait, a signal for the main thread cuts it short so the Python
 * handler runs at once (an exception from it propagates), and then the wait resumes with what
 * is left of its timeout.
 */
public final class Blocking {
    private Blocking() {}

    /** No deadline: wait until ready. */
    public static final long FOREVER = Long.MAX_VALUE;

    /** The deadline {@code seconds} from now (a negative timeout is {@link #FOREVER}). */
    public static long deadline(double seconds) {
        if (seconds < 0) return FOREVER;
        double n = seconds * 1e9;
        if (n >= (double) (Long.MAX_VALUE / 2)) return FOREVER;
        return System.nanoTime() + (long) Math.ceil(n);
    }

    /**
     * Waits on {@code mon} until {@code ready} (evaluated holding {@code mon}, and without the
     * GIL: plain Java state only) returns true, or until {@code deadline} ({@link System#nanoTime}
     * based). Whoever makes it ready must {@code notifyAll} on {@code mon}. Returns whether it
     * became ready.
     */
    public static boolean await(Object mon, BooleanSupplier ready, long deadline) {
        ThreadState me = Interpreter.current().threadState();
        Runnable waker = () -> {
            synchronized (mon) {
                mon.notifyAll();
            }
        };
        for (;;) {
            boolean ok = false, signalled = false;
            ThreadState saved = Gil.release();
            try {
                synchronized (mon) {
                    me.setWaker(waker);
                    for (;;) {
                        if (ready.getAsBoolean()) {
                            ok = true;
                            break;
                        }
                        if (me.isMain() && Signals.pending()) {
                            signalled = true;
                            break;
                        }
                        long left = deadline == FOREVER ? 0 : deadline - System.nanoTime();
                        if (deadline != FOREVER && left <= 0) break;
                        try {
                            if (left == 0) mon.wait();
                            else mon.wait(left / 1_000_000, (int) (left % 1_000_000));
                        } catch (InterruptedException e) {
                            // Wakes go through the waker; a stray interrupt only ends this wait early.
                        }
                    }
                }
            } finally {
                me.setWaker(null);
                Gil.acquire(saved);
            }
            if (!signalled) return ok;
            Signals.check();
        }
    }

    /** time.sleep: the whole delay unless a signal handler raises. */
    public static void sleep(long deadline) {
        await(new Object(), () -> false, deadline);
    }
}
