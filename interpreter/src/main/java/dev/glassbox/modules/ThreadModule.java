package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.StructSeq;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.runtime.TracebackPrinter;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.Signals;
import dev.glassbox.vm.ThreadState;
import dev.glassbox.vm.Threads;

/**
 * {@code _thread} (Modules/_threadmodule.c): real JVM threads that take turns on the GIL
 * ({@link dev.glassbox.vm.Gil}), locks whose blocking acquire releases the GIL and is cut short
 * by signals, re-entrant locks, thread-local data ({@link ThreadLocalData}) and the hooks
 * {@code threading} builds on ({@code _set_sentinel}, {@code _excepthook}).
 */
@Exposed.Module(name = "_thread", doc = "This module provides primitive operations to write multi-threaded programs.\n"
        + "The 'threading' module provides a more convenient interface.")
public final class ThreadModule {
    private ThreadModule() {}

    /** CPython's PY_TIMEOUT_MAX on Linux, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;
    static PyType exceptHookArgs;
    private static long stackSize;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ThreadModule.class);
        PyDict d = m.dict();
        d.setItem("LockType", ThreadLocks.Lock.TYPE);
        d.setItem("RLock", ThreadLocks.RLock.TYPE);
        d.setItem("_local", ThreadLocalData.TYPE);
        d.setItem("error", ExceptionTypes.RuntimeError);
        d.setItem("TIMEOUT_MAX", PyFloat.of(TIMEOUT_MAX));
        if (exceptHookArgs == null) {
            exceptHookArgs = StructSeq.newType("_thread", "_ExceptHookArgs", "exc_type", "exc_value", "exc_traceback", "thread");
            exceptHookArgs.dict.setItem("__doc__", PyStr.of("ExceptHookArgs\n\nType used to pass arguments to threading.excepthook."));
        }
        d.setItem("_ExceptHookArgs", exceptHookArgs);
        return m;
    }

    static long ident() {
        return Interpreter.current().threadState().ident;
    }

    @Exposed.Function(sig = "($module, function, args, kwargs=<unrepresentable>, /)",
            doc = "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
                    + "Start a new thread and return its identifier.  The thread will call the\n"
                    + "function with positional arguments from the tuple args and keyword arguments\n"
                    + "taken from the optional dictionary kwargs.  The thread exits when the\n"
                    + "function returns; the return value is ignored.  The thread will also exit\n"
                    + "when the function raises an unhandled exception; a stack trace will be\n"
                    + "printed unless the exception is SystemExit.\n")
    public static PyObject start_new_thread(PyObject func, PyObject args, PyObject kwargs) {
        if (!Signals.isCallable(func)) throw Errors.typeError("first arg must be callable");
        if (!(args instanceof PyTuple t)) throw Errors.typeError("2nd arg must be a tuple");
        if (kwargs != null && !(kwargs instanceof PyDict)) throw Errors.typeError("optional 3rd arg must be a dictionary");
        long id = Threads.start(() -> runThread(func, t, (PyDict) kwargs), func, args, kwargs);
        return PyInt.of(id);
    }

    @Exposed.Function(sig = "($module, function, args, kwargs=<unrepresentable>, /)",
            doc = "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)")
    public static PyObject start_new(PyObject func, PyObject args, PyObject kwargs) {
        return start_new_thread(func, args, kwargs);
    }

    /** thread_run: the function's exception is reported as unraisable, SystemExit silently ends it. */
    private static void runThread(PyObject func, PyTuple args, PyDict kwargs) {
        try {
            PyObject r = Abstract.callArgs(func, args, kwargs);
            Heap.decref(r);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SystemExit)) {
                Runtime.reportUnraisable("Exception ignored in thread started by: ", func, e.value);
            }
        }
    }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "get_ident() -> integer\n\n"
            + "Return a non-zero integer that uniquely identifies the current thread\n"
            + "amongst other threads that exist simultaneously.")
    public static PyObject get_ident() { return PyInt.of(ident()); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "get_native_id() -> integer\n\n"
            + "Return a non-negative integer identifying the thread as reported\n"
            + "by the OS (kernel). This may be used to uniquely identify a\n"
            + "particular thread within a system.")
    public static PyObject get_native_id() { return PyInt.of(Interpreter.current().threadState().nativeId()); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "allocate_lock() -> lock object\n"
            + "(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\n"
            + "information about locks.")
    public static PyObject allocate_lock() { return new ThreadLocks.Lock(ThreadLocks.Lock.TYPE); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)")
    public static PyObject allocate() { return allocate_lock(); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "exit()\n(exit_thread() is an obsolete synonym)\n\n"
            + "This is synonymous to ``raise SystemExit''.  It will cause the current\n"
            + "thread to exit silently unless the exception is caught.")
    public static PyObject exit() { throw Errors.raise(ExceptionTypes.SystemExit); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "exit()\n(exit_thread() is an obsolete synonym)")
    public static PyObject exit_thread() { throw Errors.raise(ExceptionTypes.SystemExit); }

    @Exposed.Function(sig = "($module, signum=signal.SIGINT, /)", conv = Exposed.Convention.VARARGS,
            doc = "interrupt_main(signum=signal.SIGINT, /)\n\n"
                    + "Simulate the arrival of the given signal in the main thread,\n"
                    + "where the corresponding signal handler will be executed.\n"
                    + "If *signum* is omitted, SIGINT is assumed.\n"
                    + "A subthread can use this function to interrupt the main thread.\n\n"
                    + "Note: the default signal handler for SIGINT raises ``KeyboardInterrupt``.")
    public static PyObject interrupt_main(PyObject signum) {
        long sig = signum == null ? Signals.SIGINT : Abstract.indexAsLong(signum);
        if (sig < 1 || sig >= Signals.NSIG) throw Errors.valueError("signal number out of range");
        Signals.trip((int) sig);
        return PyNone.NONE;
    }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "_count() -> integer\n\n"
            + "Return the number of currently running Python threads, excluding\n"
            + "the main thread. The returned number comprises all threads created\n"
            + "through `start_new_thread()` as well as `threading.Thread`, and not\n"
            + "yet finished.")
    public static PyObject _count() { return PyInt.of(ThreadState.countOthers()); }

    @Exposed.Function(sig = "($module, size=0, /)", conv = Exposed.Convention.VARARGS, doc = "stack_size([size]) -> size\n\n"
            + "Return the thread stack size used when creating new threads.")
    public static PyObject stack_size(PyObject size) {
        long old = stackSize;
        if (size == null) return PyInt.of(old);
        long n = Abstract.indexAsLong(size);
        if (n < 0) throw Errors.valueError("size must be 0 or a positive value");
        if (n != 0 && n < 32768) throw Errors.valueError("size not valid: %d bytes", n);
        stackSize = n;
        Threads.setStackSize(n);
        return PyInt.of(old);
    }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "_set_sentinel() -> lock\n\n"
            + "Set a sentinel lock that will be released when the current thread\n"
            + "state is finalized (after it is untied from the interpreter).\n\n"
            + "This is a private API for the threading module.")
    public static PyObject _set_sentinel() {
        ThreadLocks.Lock lock = new ThreadLocks.Lock(ThreadLocks.Lock.TYPE);
        Threads.setSentinel(lock::releaseFromExit);
        return lock;
    }

    @Exposed.Function(name = "_excepthook", sig = "($module, args, /)", conv = Exposed.Convention.O,
            doc = "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught Thread.run() exception.")
    public static PyObject excepthook(PyObject args) {
        if (args.type != exceptHookArgs) throw Errors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        PyTuple t = (PyTuple) args;
        PyObject excType = t.get(0), excValue = t.get(1), thread = t.get(3);
        if (excType == ExceptionTypes.SystemExit) return PyNone.NONE;
        PyObject file = Builtins.sysAttr("stderr");
        if (file == null || file == PyNone.NONE) {
            if (thread == PyNone.NONE) return PyNone.NONE;
            file = Abstract.getAttr(thread, "_stderr");
            if (file == PyNone.NONE) return PyNone.NONE;
        }
        Heap.incref(file);
        try {
            StringBuilder b = new StringBuilder("Exception in thread ");
            PyObject name = thread == PyNone.NONE ? null : Abstract.lookupAttr(thread, PyStr.intern("name"));
            b.append(name != null ? Abstract.str(name).value : Long.toString(ident()));
            b.append(":\n");
            if (excValue instanceof PyBaseException be) {
                b.append(TracebackPrinter.format(be, Runtime.get().sources));
            }
            Heap.decref(Abstract.callMethod(file, "write", PyStr.of(b.toString())));
            Heap.decref(Abstract.callMethod(file, "flush"));
        } finally {
            Heap.decref(file);
        }
        return PyNone.NONE;
    }

    /** sys attributes without a Python-level lookup of the sys module. */
    static final class Builtins {
        private Builtins() {}

        static PyObject sysAttr(String name) {
            PyModule sys = dev.glassbox.vm.Builtins.sys();
            return sys == null ? null : sys.dict().getItemStr(name);
        }
    }

    static PyObject none() { return PyNone.NONE; }

    static PyObject bool(boolean b) { return PyBool.of(b); }
}
