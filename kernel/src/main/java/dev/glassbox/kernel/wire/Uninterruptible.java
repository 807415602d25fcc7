package dev.glassbox.kernel.wire;

import java.io.IOException;

/**
 * Keeps Thread.interrupt() from breaking the kernel's own I/O. An engine may interrupt the VM
 * thread to wake a blocking call (time.sleep, a lock); but NIO channels (the pumps' wake-up
 * pipes, the history file) close themselves when the thread that uses them is interrupted,
 * which would silence the kernel for good. So kernel I/O runs with the thread's interrupt
 * flag cleared and then restored, under one lock that interrupt requests also take: an
 * interrupt can land before or after such a write, never during it.
 */
public final class Uninterruptible {
    private static final Object LOCK = new Object();

    /** I/O that may throw IOException. */
    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    private Uninterruptible() {}

    /** Runs {@code io} with the interrupt flag cleared; the flag is restored afterwards. */
    public static void io(IoAction io) throws IOException {
        synchronized (LOCK) {
            boolean interrupted = Thread.interrupted();
            try {
                io.run();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Delivers an interrupt (e.g. Engine.interrupt, which may Thread.interrupt the VM thread). */
    public static void interrupt(Runnable deliver) {
        synchronized (LOCK) {
            deliver.run();
        }
    }
}
