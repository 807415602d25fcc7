package dev.glassbox.modules.os;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySet;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Blocking;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.Signals;

import java.util.BitSet;

/**
 * {@code _signal} (Modules/signalmodule.c) over {@link Signals}: Python handlers are kept in
 * the handler table and run in the main thread between instructions; the process's own signal
 * disposition follows them through the JVM's signal API ({@link OsSignals}) where the JVM lets
 * it. Signals the process sends itself ({@code raise_signal}, {@code os.kill(os.getpid(), n)},
 * {@code alarm}, {@code setitimer}) are delivered the same way without leaving the JVM.
 */
@Exposed.Module(name = "_signal", doc = "This module provides mechanisms to use signal handlers in Python.\n\n"
        + "Functions:\n\n"
        + "alarm() -- cause SIGALRM after a specified time [Unix only]\n"
        + "setitimer() -- cause a signal (described below) after a specified\n"
        + "               float time and the timer may restart then [Unix only]\n"
        + "getitimer() -- get current value of timer [Unix only]\n"
        + "signal() -- set the action for a given signal\n"
        + "getsignal() -- get the signal action for a given signal\n"
        + "pause() -- wait until a signal arrives [Unix only]\n"
        + "default_int_handler() -- default SIGINT handler\n\n"
        + "signal constants:\n"
        + "SIG_DFL -- used to refer to the system default handler\n"
        + "SIG_IGN -- used to ignore the signal\n"
        + "NSIG -- number of defined signals\n"
        + "SIGINT, SIGTERM, etc. -- signal numbers\n\n"
        + "itimer constants:\n"
        + "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n"
        + "               expiration\n"
        + "ITIMER_VIRTUAL -- decrements only when the process is executing,\n"
        + "               and delivers SIGVTALRM upon expiration\n"
        + "ITIMER_PROF -- decrements both when the process is executing and\n"
        + "               when the system is executing on behalf of the process.\n"
        + "               Coupled with ITIMER_VIRTUAL, this timer is usually\n"
        + "               used to profile the time spent by the application\n"
        + "               in user and kernel space. SIGPROF is delivered upon\n"
        + "               expiration.\n\n\n"
        + "*** IMPORTANT NOTICE ***\n"
        + "A signal handler function is called with two arguments:\n"
        + "the first is the signal number, the second is the interrupted stack frame.")
public final class SignalModule {
    private SignalModule() {}

    static final int SIG_DFL = 0, SIG_IGN = 1;
    static final int SIGKILL = 9, SIGSTOP = 19, SIGALRM = 14, SIGVTALRM = 26, SIGPROF = 27;
    static final int SIGPIPE = 13, SIGXFSZ = 25, SIGCHLD = 17, SIGCONT = 18, SIGURG = 23, SIGWINCH = 28;

    /** Linux's signal names by number (SIGIOT, SIGCLD and SIGPOLL are aliases). */
    static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
            "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
            "SIGIO", "SIGPWR", "SIGSYS"};

    /** glibc's strsignal texts. */
    static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
            "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
            "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued",
            "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
            "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
            "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private static PyObject defaultIntHandler;
    static PyType itimerError;
    /** pthread_sigmask's mask: recorded and reported (delivery inside the JVM is not blocked). */
    private static final BitSet MASK = new BitSet(Signals.NSIG);

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(SignalModule.class);
        PyDict d = m.dict();
        d.setItem("SIG_DFL", PyInt.of(SIG_DFL));
        d.setItem("SIG_IGN", PyInt.of(SIG_IGN));
        d.setItem("NSIG", PyInt.of(Signals.NSIG));
        d.setItem("SIG_BLOCK", PyInt.of(0));
        d.setItem("SIG_UNBLOCK", PyInt.of(1));
        d.setItem("SIG_SETMASK", PyInt.of(2));
        for (int i = 1; i < NAMES.length; i++) d.setItem(NAMES[i], PyInt.of(i));
        d.setItem("SIGIOT", PyInt.of(6));
        d.setItem("SIGCLD", PyInt.of(SIGCHLD));
        d.setItem("SIGPOLL", PyInt.of(29));
        d.setItem("SIGRTMIN", PyInt.of(34));
        d.setItem("SIGRTMAX", PyInt.of(64));
        d.setItem("ITIMER_REAL", PyInt.of(0));
        d.setItem("ITIMER_VIRTUAL", PyInt.of(1));
        d.setItem("ITIMER_PROF", PyInt.of(2));
        if (itimerError == null) {
            itimerError = (PyType) Abstract.call(PyType.TYPE, PyStr.of("itimer_error"), PyTuple.of(ExceptionTypes.OSError), new PyDict());
            Abstract.setAttr(itimerError, PyStr.of("__module__"), PyStr.of("signal"));
            Heap.incref(itimerError);
        }
        d.setItem("ItimerError", itimerError);
        defaultIntHandler = d.getItemStr("default_int_handler");
        initHandlers();
        return m;
    }

    /** The table as CPython starts it: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored. */
    private static synchronized void initHandlers() {
        for (int i = 1; i < Signals.NSIG; i++) {
            if (Signals.HANDLERS[i] != null) continue;
            PyObject h = i == Signals.SIGINT ? defaultIntHandler
                    : PyInt.of(i == SIGPIPE || i == SIGXFSZ ? SIG_IGN : SIG_DFL);
            Heap.incref(h);
            Signals.HANDLERS[i] = h;
        }
    }

    static void checkRange(long sig) {
        if (sig < 1 || sig >= Signals.NSIG) throw Errors.valueError("signal number out of range");
    }

    static void requireMainThread(String what) {
        if (!Interpreter.current().threadState().isMain()) {
            throw Errors.valueError("%s only works in main thread of the main interpreter", what);
        }
    }

    @Exposed.Function(sig = "($module, signalnum, frame, /)", doc = "The default handler for SIGINT installed by Python.\n\n"
            + "It raises KeyboardInterrupt.")
    public static PyObject default_int_handler(PyObject signalnum, PyObject frame) {
        Abstract.indexAsLong(signalnum);
        throw Errors.raise(ExceptionTypes.KeyboardInterrupt);
    }

    @Exposed.Function(sig = "($module, signalnum, handler, /)", doc = "Set the action for the given signal.\n\n"
            + "The action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
            + "The previous action is returned.  See getsignal() for possible return values.\n\n"
            + "*** IMPORTANT NOTICE ***\n"
            + "A signal handler function is called with two arguments:\n"
            + "the first is the signal number, the second is the interrupted stack frame.")
    public static PyObject signal(PyObject signalnum, PyObject handler) {
        int sig = (int) Abstract.indexAsLong(signalnum);
        requireMainThread("signal");
        checkRange(sig);
        int action;
        if (Signals.isCallable(handler)) action = -1;
        else if (isAction(handler, SIG_IGN)) action = SIG_IGN;
        else if (isAction(handler, SIG_DFL)) action = SIG_DFL;
        else throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (sig == SIGKILL || sig == SIGSTOP) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        Signals.check();
        OsSignals.install(sig, action);
        PyObject old = Signals.HANDLERS[sig];
        Heap.incref(handler);
        Signals.HANDLERS[sig] = handler;
        if (old == null) return PyNone.NONE;
        // The table's reference passes to the caller.
        if (--old.refcnt == 0) { old.refcnt = 1; Heap.decref(old); }
        return old;
    }

    /** compare_handler: an int equal to SIG_IGN / SIG_DFL (an IntEnum member too). */
    private static boolean isAction(PyObject h, int value) {
        return h instanceof PyInt i && i.value == value && i.big == null;
    }

    @Exposed.Function(sig = "($module, signalnum, /)", doc = "Return the current action for the given signal.\n\n"
            + "The return value can be:\n"
            + "  SIG_IGN -- if the signal is being ignored\n"
            + "  SIG_DFL -- if the default action for the signal is in effect\n"
            + "  None    -- if an unknown handler is in effect\n"
            + "  anything else -- the callable Python object used as a handler")
    public static PyObject getsignal(PyObject signalnum) {
        long sig = Abstract.indexAsLong(signalnum);
        checkRange(sig);
        PyObject h = Signals.HANDLERS[(int) sig];
        return h == null ? PyNone.NONE : h;
    }

    @Exposed.Function(sig = "($module, signalnum, /)", doc = "Return the system description of the given signal.\n\n"
            + "Returns the description of signal *signalnum*, such as \"Interrupt\"\n"
            + "for :const:`SIGINT`. Returns :const:`None` if *signalnum* has no\n"
            + "description. Raises :exc:`ValueError` if *signalnum* is invalid.")
    public static PyObject strsignal(PyObject signalnum) {
        long sig = Abstract.indexAsLong(signalnum);
        checkRange(sig);
        if (sig < DESCRIPTIONS.length) return PyStr.of(DESCRIPTIONS[(int) sig]);
        if (sig < 34) return PyNone.NONE;
        return PyStr.of("Real-time signal " + (sig - 34));
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return a set of valid signal numbers on this platform.\n\n"
            + "The signal numbers returned by this function can be safely passed to\n"
            + "functions like `pthread_sigmask`.")
    public static PyObject valid_signals() {
        PySet s = new PySet();
        for (int i = 1; i < Signals.NSIG; i++) if (i != 32 && i != 33) s.add(PyInt.of(i));
        return s;
    }

    @Exposed.Function(sig = "($module, signalnum, flag, /)", doc = "Change system call restart behaviour.\n\n"
            + "If flag is False, system calls will be restarted when interrupted by\n"
            + "signal sig, else system calls will be interrupted.")
    public static PyObject siginterrupt(PyObject signalnum, PyObject flag) {
        long sig = Abstract.indexAsLong(signalnum);
        Abstract.indexAsLong(flag);
        checkRange(sig);
        // Blocking calls here always return to run handlers and then resume (PEP 475), either way.
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, signalnum, /)", doc = "Send a signal to the executing process.")
    public static PyObject raise_signal(PyObject signalnum) {
        long sig = Abstract.indexAsLong(signalnum);
        if (sig < 1 || sig >= Signals.NSIG || sig == 32 || sig == 33) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        deliver((int) sig);
        Signals.check();
        return PyNone.NONE;
    }

    /**
     * A signal this process sends itself: tripped for a Python handler, dropped when ignored,
     * and otherwise the default action — nothing for the signals ignored by default, the end
     * of the process (status 128 + n, as a shell reports death by signal) for the others.
     */
    public static void deliver(int sig) {
        PyObject h = Signals.HANDLERS[sig];
        if (h != null && !(h instanceof PyInt)) {
            Signals.trip(sig);
            return;
        }
        int action = h == null ? SIG_DFL : (int) ((PyInt) h).value;
        if (action == SIG_IGN) return;
        if (sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH || (sig >= 20 && sig <= 22)) return;
        if (h == null && sig == Signals.SIGINT) {
            Signals.trip(sig);
            return;
        }
        java.lang.Runtime.getRuntime().halt(128 + sig);
    }

    @Exposed.Function(name = "set_wakeup_fd", sig = "($module, fd, /, *, warn_on_full_buffer=True)",
            doc = "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\n"
                    + "Sets the fd to be written to (with the signal number) when a signal\n"
                    + "comes in.  A library can use this to wakeup select or poll.\n"
                    + "The previous fd or -1 is returned.\n\n"
                    + "The fd must be non-blocking.")
    public static PyObject setWakeupFd(PyObject fdObj, PyObject warn) {
        long fd = Abstract.indexAsLong(fdObj);
        requireMainThread("set_wakeup_fd");
        if (fd != -1) {
            FdTable.Entry e = FdTable.get((int) fd);
            if (e.blocking) throw Errors.valueError("the fd %d must be in non-blocking mode", fd);
        }
        int old = Signals.wakeupFd;
        Signals.wakeupWriter = FdTable::writeWakeup;
        Signals.wakeupFd = (int) fd;
        return PyInt.of(old);
    }

    @Exposed.Function(sig = "($module, how, mask, /)", doc = "Fetch and/or change the signal mask of the calling thread.")
    public static PyObject pthread_sigmask(PyObject how, PyObject mask) {
        long h = Abstract.indexAsLong(how);
        BitSet sigs = new BitSet(Signals.NSIG);
        PyObject it = Abstract.getIter(mask);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            long s = Abstract.indexAsLong(v);
            if (s < 1 || s >= Signals.NSIG) throw Errors.valueError("signal number %d out of range [1; %d]", s, Signals.NSIG - 1);
            sigs.set((int) s);
        }
        PySet old;
        synchronized (MASK) {
            old = toSet(MASK);
            switch ((int) h) {
                case 0 -> MASK.or(sigs);
                case 1 -> MASK.andNot(sigs);
                case 2 -> {
                    MASK.clear();
                    MASK.or(sigs);
                }
                default -> throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            }
            MASK.clear(SIGKILL);
            MASK.clear(SIGSTOP);
        }
        return old;
    }

    private static PySet toSet(BitSet b) {
        PySet s = new PySet();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) s.add(PyInt.of(i));
        return s;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Examine pending signals.\n\n"
            + "Returns a set of signal numbers that are pending for delivery to\n"
            + "the calling thread.")
    public static PyObject sigpending() {
        // Nothing is held back: a blocked mask does not defer delivery here.
        return new PySet();
    }

    @Exposed.Function(sig = "($module, thread_id, signalnum, /)", doc = "Send a signal to a thread.")
    public static PyObject pthread_kill(PyObject threadId, PyObject signalnum) {
        Abstract.indexAsLong(threadId);
        long sig = Abstract.indexAsLong(signalnum);
        if (sig < 0 || sig >= Signals.NSIG) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        if (sig != 0) deliver((int) sig);
        Signals.check();
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Wait until a signal arrives.")
    public static PyObject pause() {
        Blocking.await(new Object(), Signals::pending, Blocking.FOREVER);
        Signals.check();
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, seconds, /)", doc = "Arrange for SIGALRM to arrive after the given number of seconds.")
    public static PyObject alarm(PyObject seconds) {
        long s = Abstract.indexAsLong(seconds);
        double[] old = Timers.set(0, s, 0);
        // alarm() reports the previous alarm's remaining time rounded to whole seconds.
        long left = (long) old[0];
        if (old[0] - left >= 0.5 || (left == 0 && old[0] > 0)) left++;
        return PyInt.of(left);
    }

    @Exposed.Function(sig = "($module, which, seconds, interval=0.0, /)", doc = "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).\n\n"
            + "The timer will fire after value seconds and after that every interval seconds.\n"
            + "The itimer can be cleared by setting seconds to zero.\n\n"
            + "Returns old values as a tuple: (delay, interval).")
    public static PyObject setitimer(PyObject which, PyObject seconds, PyObject interval) {
        int w = (int) Abstract.indexAsLong(which);
        double s = Abstract.asDouble(seconds), i = interval == null ? 0 : Abstract.asDouble(interval);
        if (w < 0 || w > 2 || s < 0 || i < 0) throw itimerEinval();
        double[] old = Timers.set(w, s, i);
        return PyTuple.of(PyFloat.of(old[0]), PyFloat.of(old[1]));
    }

    @Exposed.Function(sig = "($module, which, /)", doc = "Returns current value of given itimer.")
    public static PyObject getitimer(PyObject which) {
        int w = (int) Abstract.indexAsLong(which);
        if (w < 0 || w > 2) throw itimerEinval();
        double[] cur = Timers.get(w);
        return PyTuple.of(PyFloat.of(cur[0]), PyFloat.of(cur[1]));
    }

    /** ItimerError(EINVAL, 'Invalid argument'), as setitimer's failure raises it. */
    private static PyException itimerEinval() {
        PyObject e = Abstract.call(itimerError, PyInt.of(PosixErrors.EINVAL), PyStr.of("Invalid argument"));
        return new PyException((dev.glassbox.objects.PyBaseException) e);
    }

    /** The command line's start-up (CPython's signal_install_handlers): SIGINT reaches the VM. */
    public static void installStartupHandlers() {
        OsSignals.install(Signals.SIGINT, -1);
    }
}
