package dev.glassbox.vm;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Python thread (CPython's PyThreadState): the Java thread, its ident, and the interpreter
 * state it had when it last gave up the GIL — the frame chain, the recursion depth, the handled
 * exception and its zero-count queue. The {@link Interpreter} holds the running thread's copy
 * of these; {@link Gil} swaps them on every hand-over, so the eval loop, the heap and the cycle
 * collector keep running single-threaded.
 */
public final class ThreadState {
    public final Thread thread;
    public final long ident;
    private long nativeId;

    Frame current;
    int depth;
    PyBaseException excInfo;
    boolean reraising;
    /** This thread's sys.settrace / sys.setprofile state while another thread runs (see Tracing). */
    dev.glassbox.objects.PyObject traceFunc, profileFunc;
    int tracing, tracingWhat;
    final Heap.ThreadQueue heap = new Heap.ThreadQueue();

    /**
     * How to cut this thread's current blocking wait short (a monitor's notify, a selector's
     * wakeup), or null when it is not waiting: a signal for the main thread wakes it this way
     * so its handlers run at once, as EINTR does in CPython.
     */
    private Runnable waker;

    /** sys.set_asyncgen_hooks' hooks of this thread (counted), or null. */
    public PyObject asyncgenFirstiter, asyncgenFinalizer;
    /** sys.set_coroutine_origin_tracking_depth's value. */
    public int coroutineOriginDepth;

    /** _thread._set_sentinel's lock release, run when the thread ends. */
    Runnable sentinel;

    /** Objects whose state is per thread ({@code _thread._local}): told when this thread ends. */
    public final List<ThreadExit> exitListeners = new ArrayList<>();

    /** Notified when a thread ends, while it still holds the GIL. */
    public interface ThreadExit {
        void threadEnded(ThreadState ts);
    }

    /** Every live Python thread by ident (threading._count, sys._current_frames). */
    static final Map<Long, ThreadState> LIVE = new ConcurrentHashMap<>();
    private static volatile ThreadState main;

    ThreadState(Thread thread) {
        this.thread = thread;
        this.ident = thread.getId();
    }

    /** The main thread's state: the thread that started the runtime (signal handlers run there). */
    public static ThreadState main() {
        ThreadState m = main;
        if (m == null) {
            synchronized (ThreadState.class) {
                if (main == null) {
                    main = new ThreadState(Thread.currentThread());
                    LIVE.put(main.ident, main);
                }
                m = main;
            }
        }
        return m;
    }

    /** The state of the thread running Python now (the GIL holder). */
    public static ThreadState current() {
        return Interpreter.current().threadState();
    }

    /** The main thread's state if the runtime has started, else null (safe from any thread). */
    static ThreadState mainIfStarted() {
        return main;
    }

    public boolean isMain() {
        return this == main;
    }

    /** Live Python threads other than the main one (_thread._count). */
    public static int countOthers() {
        int n = 0;
        for (ThreadState ts : LIVE.values()) if (ts != main) n++;
        return n;
    }

    /** Every live thread (for sys._current_frames). */
    public static Iterable<ThreadState> all() {
        return LIVE.values();
    }

    /** The innermost Python frame of this thread (live for the running thread, saved otherwise). */
    public Frame topFrame() {
        Interpreter in = Interpreter.current();
        return in.threadState() == this ? in.current : current;
    }

    /** The kernel's thread id (Linux's gettid), read once from /proc/thread-self. */
    public synchronized long nativeId() {
        if (nativeId == 0) {
            if (Thread.currentThread() == thread) {
                try {
                    Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
                    nativeId = Long.parseLong(p.getFileName().toString());
                } catch (Exception e) {
                    nativeId = ident;
                }
            } else {
                return ident;
            }
        }
        return nativeId;
    }

    // ---------------------------------------------------------------- waking a blocked thread

    /** Declares how to interrupt the wait this thread is about to enter (null when it ends). */
    public void setWaker(Runnable w) {
        synchronized (this) {
            waker = w;
        }
    }

    /** Cuts this thread's wait short, if it is in one. Called from any thread. */
    public void wake() {
        Runnable w;
        synchronized (this) {
            w = waker;
        }
        if (w != null) w.run();
    }
}
