package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyObject;

import java.util.ArrayList;

/**
 * Starting and ending Python threads (Python/pystate.c's thread states plus
 * Modules/_threadmodule.c's thread_run): each runs on its own daemon JVM thread with a large
 * stack, takes the GIL with a fresh {@link ThreadState}, and on the way out drains its
 * zero-count queue, clears its thread-local data and releases its sentinel lock before
 * giving the GIL up for good.
 */
public final class Threads {
    private Threads() {}

    /** Stack reserved per thread (committed lazily): nested eval loops recurse in Java. */
    private static final long DEFAULT_STACK = 1L << 28;
    private static volatile long stackSize;
    private static int started;

    public static void setStackSize(long bytes) {
        stackSize = bytes;
    }

    /**
     * Starts {@code body} on a new Python thread; {@code held} (the function and its
     * arguments) stay counted until it ends. Returns the thread's ident.
     */
    public static long start(Runnable body, PyObject... held) {
        for (PyObject o : held) Heap.xincref(o);
        Gil.activate();
        long size = Math.max(stackSize, DEFAULT_STACK);
        ThreadState[] box = new ThreadState[1];
        Thread t = new Thread(null, () -> run(box[0], body, held), "glassbox-thread-" + (++started), size);
        t.setDaemon(true);
        ThreadState ts = new ThreadState(t);
        box[0] = ts;
        ThreadState.LIVE.put(ts.ident, ts);
        try {
            t.start();
        } catch (OutOfMemoryError | IllegalThreadStateException e) {
            ThreadState.LIVE.remove(ts.ident);
            for (PyObject o : held) Heap.xdecref(o);
            throw Errors.runtimeError("can't start new thread");
        }
        return ts.ident;
    }

    private static void run(ThreadState ts, Runnable body, PyObject[] held) {
        Gil.enterNewThread(ts);
        try {
            body.run();
        } catch (StackOverflowError e) {
            System.err.println("Fatal Python error: thread stack overflow");
        } catch (RuntimeException e) {
            System.err.println("SystemError: glassbox internal error in thread: " + e);
        } finally {
            try {
                for (PyObject o : held) Heap.xdecref(o);
                Heap.drain(0);
                for (ThreadState.ThreadExit l : new ArrayList<>(ts.exitListeners)) l.threadEnded(ts);
                ts.exitListeners.clear();
                Heap.drain(0);
            } finally {
                Runnable s = ts.sentinel;
                ts.sentinel = null;
                ThreadState.LIVE.remove(ts.ident);
                if (s != null) s.run();
                Gil.exitThread();
            }
        }
    }

    /** _thread._set_sentinel: {@code release} runs when the current thread's state goes away. */
    public static void setSentinel(Runnable release) {
        Interpreter.current().threadState().sentinel = release;
    }
}
