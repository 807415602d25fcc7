package dev.glassbox.modules.os;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The interval timers of alarm() and setitimer(): each fires its signal (SIGALRM, SIGVTALRM,
 * SIGPROF) from a timer thread after its delay and then every interval, as the kernel's
 * timers do. All three count wall-clock time (the JVM has no per-process CPU timers).
 */
final class Timers {
    private Timers() {}

    private static final int[] SIGNALS = {SignalModule.SIGALRM, SignalModule.SIGVTALRM, SignalModule.SIGPROF};
    private static ScheduledExecutorService executor;
    private static final ScheduledFuture<?>[] TASKS = new ScheduledFuture<?>[3];
    private static final long[] FIRST = new long[3];
    private static final double[] INTERVAL = new double[3];

    /** Sets timer {@code which}; returns the previous (remaining delay, interval). */
    static synchronized double[] set(int which, double delay, double interval) {
        double[] old = get(which);
        if (TASKS[which] != null) TASKS[which].cancel(false);
        TASKS[which] = null;
        INTERVAL[which] = 0;
        if (delay > 0) {
            if (executor == null) {
                executor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "glassbox-itimer");
                    t.setDaemon(true);
                    return t;
                });
            }
            int sig = SIGNALS[which];
            long d = Math.max(1, (long) (delay * 1e9));
            FIRST[which] = System.nanoTime() + d;
            INTERVAL[which] = interval;
            Runnable fire = () -> fired(which, sig);
            TASKS[which] = interval > 0
                    ? executor.scheduleAtFixedRate(fire, d, Math.max(1, (long) (interval * 1e9)), TimeUnit.NANOSECONDS)
                    : executor.schedule(fire, d, TimeUnit.NANOSECONDS);
        }
        return old;
    }

    private static void fired(int which, int sig) {
        synchronized (Timers.class) {
            if (INTERVAL[which] > 0) FIRST[which] += (long) (INTERVAL[which] * 1e9);
            else TASKS[which] = null;
        }
        SignalModule.deliver(sig);
    }

    static synchronized double[] get(int which) {
        if (TASKS[which] == null) return new double[] {0.0, 0.0};
        double left = Math.max(0, (FIRST[which] - System.nanoTime()) / 1e9);
        return new double[] {left, INTERVAL[which]};
    }
}
