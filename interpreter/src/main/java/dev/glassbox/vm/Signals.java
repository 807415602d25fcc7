package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Signal delivery (the C half of Modules/signalmodule.c): a signal only marks itself tripped —
 * from whatever Java thread the JVM delivers it on, a timer, or the kernel's interrupt — sets
 * the eval breaker and wakes the main thread's blocking call; the Python handler runs later in
 * the main thread between instructions ({@link #runHandlers}), as CPython's
 * {@code PyErr_CheckSignals}. The {@code _signal} module keeps the handler table here.
 */
public final class Signals {
    private Signals() {}

    public static final int NSIG = 65;
    public static final int SIGINT = 2;

    private static final AtomicIntegerArray TRIPPED = new AtomicIntegerArray(NSIG);
    private static volatile boolean isTripped;

    /**
     * The Python-level action per signal: a callable, or the ints SIG_DFL (0) / SIG_IGN (1), or
     * null when unknown. Counted references, set by the {@code _signal} module; before it is
     * imported SIGINT still raises KeyboardInterrupt, as CPython installs its handler at start.
     */
    public static final PyObject[] HANDLERS = new PyObject[NSIG];

    /** set_wakeup_fd's descriptor, or -1; {@link #wakeupWriter} writes the signal's byte to it. */
    public static volatile int wakeupFd = -1;
    public static volatile WakeupWriter wakeupWriter;

    /** Writes the signal number's byte to the wakeup descriptor without blocking. */
    public interface WakeupWriter {
        void write(int fd, int sig);
    }

    public static boolean pending() {
        return isTripped;
    }

    /** trip_signal: marks {@code sig} for its handler. Safe from any thread, never blocks on Python. */
    public static void trip(int sig) {
        if (sig < 1 || sig >= NSIG) return;
        TRIPPED.set(sig, 1);
        isTripped = true;
        Interpreter.current().evalBreaker = true;
        int fd = wakeupFd;
        WakeupWriter w = wakeupWriter;
        if (fd >= 0 && w != null) {
            try {
                w.write(fd, sig);
            } catch (RuntimeException e) {
                // A full or closed wakeup fd loses the byte, as a failed write() does.
            }
        }
        ThreadState m = ThreadState.mainIfStarted();
        if (m != null) m.wake();
    }

    /** Whether the running thread handles signals now (it is the main thread) and one is pending. */
    public static boolean mustRun() {
        return isTripped && Interpreter.current().threadState().isMain();
    }

    /** PyErr_CheckSignals for blocking calls: on the main thread, runs pending handlers (which may raise). */
    public static void check() {
        if (mustRun()) runHandlers();
    }

    /** Calls the Python handler of each tripped signal, lowest number first; the first exception stops. */
    static void runHandlers() {
        if (!isTripped) return;
        isTripped = false;
        for (int i = 1; i < NSIG; i++) {
            if (TRIPPED.getAndSet(i, 0) == 0) continue;
            PyObject h = HANDLERS[i];
            if (h == null) {
                if (i == SIGINT) {
                    rearmIfMore(i);
                    throw Errors.raise(ExceptionTypes.KeyboardInterrupt);
                }
                continue;
            }
            if (h instanceof PyInt || h == PyNone.NONE) continue; // SIG_DFL / SIG_IGN set after the signal came
            Interpreter in = Interpreter.current();
            PyObject frame = in.current == null ? PyNone.NONE : PyFrameObject.of(in.current);
            Heap.incref(h);
            try {
                PyObject r = Abstract.call(h, PyInt.of(i), frame);
                Heap.decref(r);
            } catch (PyException e) {
                rearmIfMore(i);
                throw e;
            } finally {
                Heap.decref(h);
            }
        }
    }

    /** After a handler raised: signals above {@code i} still tripped stay pending for the next check. */
    private static void rearmIfMore(int i) {
        for (int j = i + 1; j < NSIG; j++) {
            if (TRIPPED.get(j) != 0) {
                isTripped = true;
                Interpreter.current().evalBreaker = true;
                return;
            }
        }
    }

    /** Whether {@code o} may be a handler (callable). */
    public static boolean isCallable(PyObject o) {
        return o instanceof PyCallable || Interpreter.isCallable(o);
    }
}
