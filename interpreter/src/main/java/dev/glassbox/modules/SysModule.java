package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.vm.Interpreter;

/** The functions of {@code sys} (Python/sysmodule.c); its data attributes are set by the runtime. */
@Exposed.Module(name = "sys", doc = "This module provides access to some objects used or maintained by the\n"
        + "interpreter and to functions that interact strongly with the interpreter.")
public final class SysModule {
    private SysModule() {}

    /** Runtime services sys needs (frames, exception display, exit). */
    public interface Hooks {
        PyObject getframe(int depth);
        void displayException(PyBaseException e);
        void displayhook(PyObject value);
    }

    public static Hooks hooks;

    @Exposed.Function(sig = "($module, status=None, /)")
    public static PyObject exit(PyObject status) {
        PyBaseException e = status == null || status == PyNone.NONE
                ? PyBaseException.create(ExceptionTypes.SystemExit)
                : PyBaseException.create(ExceptionTypes.SystemExit, status);
        throw new dev.glassbox.objects.PyException(e);
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getrecursionlimit() {
        return PyInt.of(Interpreter.current().recursionLimit);
    }

    @Exposed.Function(sig = "($module, limit, /)")
    public static PyObject setrecursionlimit(PyObject limit) {
        if (!(limit instanceof PyInt)) throw Errors.typeError("'%s' object cannot be interpreted as an integer", limit.type.qualname);
        long n = Abstract.indexAsLong(limit);
        if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
        // As 3.11 counts it: the Python frames plus the call of setrecursionlimit itself.
        int depth = Interpreter.current().depth() + 1;
        if (n < depth) {
            throw Errors.recursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth);
        }
        Interpreter.current().recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, object, /)")
    public static PyObject getrefcount(PyObject o) {
        return PyInt.of(o.refcnt);
    }

    @Exposed.Function(sig = "($module, object, default=<unrepresentable>, /)")
    public static PyObject getsizeof(PyObject o, PyObject dflt) {
        PyObject m = o.type.special(dev.glassbox.objects.SpecialMethod.__sizeof__);
        if (m == null) {
            if (dflt != null) return dflt;
            throw Errors.typeError("Type %s doesn't define __sizeof__", o.type.qualname);
        }
        PyObject r;
        try {
            r = Abstract.callSpecial(m, o);
        } catch (dev.glassbox.objects.PyException e) {
            // With a default, a TypeError from __sizeof__ gives the default (sys_getsizeof).
            if (dflt != null && e.matches(dev.glassbox.objects.ExceptionTypes.TypeError)) return dflt;
            throw e;
        }
        long size = Abstract.indexAsLong(r);
        if (size < 0) throw Errors.valueError("__sizeof__() should return >= 0");
        if ((o.type.flags & dev.glassbox.objects.PyType.HAVE_GC) != 0) size += 16;
        // Instances of classes with a managed __dict__ carry a 16-byte pre-header in 3.11.
        if ((o.type.flags & dev.glassbox.objects.PyType.MANAGED_DICT) != 0) size += 16;
        return PyInt.of(size);
    }

    @Exposed.Function(sig = "($module, string, /)")
    public static PyObject intern(PyObject s) {
        if (!(s instanceof PyStr ps) || s.type != PyStr.TYPE) {
            throw Errors.typeError("intern() argument must be str, not %s", s.type.qualname);
        }
        return PyStr.intern(ps);
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject exc_info() {
        PyBaseException e = Interpreter.current().handledException();
        if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return PyTuple.of(e.type, e, e.traceback == null ? PyNone.NONE : e.traceback);
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject exception() {
        PyBaseException e = Interpreter.current().handledException();
        return e == null ? PyNone.NONE : e;
    }

    @Exposed.Function(name = "_getframe", sig = "($module, depth=0, /)")
    public static PyObject getframe(PyObject depth) {
        PyObject i = Abstract.index(depth);
        if (i instanceof PyInt pi && (pi.big != null || pi.value > Integer.MAX_VALUE || pi.value < Integer.MIN_VALUE)) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long d = Abstract.indexAsLong(i);
        return hooks.getframe((int) d);
    }

    @Exposed.Function(sig = "($module, function, /)", doc = "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.")
    public static PyObject settrace(PyObject fn) {
        dev.glassbox.vm.Tracing.setTrace(fn);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.")
    public static PyObject gettrace() {
        return dev.glassbox.vm.Tracing.getTrace();
    }

    @Exposed.Function(sig = "($module, function, /)", doc = "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.")
    public static PyObject setprofile(PyObject fn) {
        dev.glassbox.vm.Tracing.setProfile(fn);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.")
    public static PyObject getprofile() {
        return dev.glassbox.vm.Tracing.getProfile();
    }

    @Exposed.Function(sig = "($module, func, args, /)", doc = "Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.")
    public static PyObject call_tracing(PyObject fn, PyObject args) {
        if (!(args instanceof PyTuple t)) throw Errors.typeError("call_tracing() argument 2 must be tuple, not %s", args.type.qualname);
        return dev.glassbox.vm.Tracing.callTracing(fn, t);
    }

    /** $PYTHONBREAKPOINT as getenv sees it: os.environ carries the program's changes (putenv). */
    private static String breakpointEnv() {
        PyObject mods = dev.glassbox.vm.Builtins.sysAttr("modules");
        PyObject os = mods instanceof dev.glassbox.objects.PyDict d ? d.getItemStr("os") : null;
        if (os != null) {
            PyObject environ = Abstract.lookupAttr(os, PyStr.intern("environ"));
            if (environ != null) {
                PyObject v = Abstract.callMethod(environ, "get", PyStr.of("PYTHONBREAKPOINT"));
                return v instanceof PyStr s ? s.value : null;
            }
        }
        return System.getenv("PYTHONBREAKPOINT");
    }

    @Exposed.Function(sig = "($module, /, *args, **kws)", doc = "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n")
    public static PyObject breakpointhook(PyObject args, PyObject kws) {
        // sys_breakpointhook: $PYTHONBREAKPOINT names the callable ("0" disables, unset is pdb.set_trace).
        String env = breakpointEnv();
        if (env == null || env.isEmpty()) env = "pdb.set_trace";
        else if (env.equals("0")) return PyNone.NONE;
        int dot = env.lastIndexOf('.');
        String modName = dot < 0 ? "builtins" : env.substring(0, dot);
        String attr = dot < 0 ? env : env.substring(dot + 1);
        PyObject hook;
        try {
            PyObject mod = dev.glassbox.imports.Importer.importFull(modName);
            hook = Abstract.getAttr(mod, PyStr.of(attr));
        } catch (dev.glassbox.objects.PyException e) {
            if (!e.matches(ExceptionTypes.ImportError) && !e.matches(ExceptionTypes.AttributeError)) throw e;
            WarningsModule.warn(ExceptionTypes.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\"", 0);
            return PyNone.NONE;
        }
        return Abstract.callArgs(hook, (PyTuple) args, (dev.glassbox.objects.PyDict) kws);
    }

    @Exposed.Function(sig = "($module, exctype, value, traceback, /)")
    public static PyObject excepthook(PyObject type, PyObject value, PyObject tb) {
        if (value instanceof PyBaseException e) hooks.displayException(e);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, object, /)")
    public static PyObject displayhook(PyObject o) {
        hooks.displayhook(o);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    /** The audit hooks (PySys_AddAuditHook / sys.addaudithook), called in order by sys.audit. */
    private static final java.util.List<PyObject> auditHooks = new java.util.ArrayList<>();

    @Exposed.Function(sig = "($module, event, /, *args)",
            doc = "audit(event, *args)\n\nPasses the event to any audit hooks that are attached.")
    public static PyObject audit(PyObject event, PyObject args) {
        if (!(event instanceof PyStr)) throw Errors.typeError("expected str for argument 'event', not %s", event.type.name);
        for (PyObject h : auditHooks.toArray(new PyObject[0])) Abstract.call(h, event, args);
        return dev.glassbox.objects.PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, hook)", doc = "Adds a new audit hook callback.")
    public static PyObject addaudithook(PyObject hook) {
        dev.glassbox.memory.Heap.incref(hook);
        auditHooks.add(hook);
        return dev.glassbox.objects.PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getallocatedblocks() {
        return PyInt.of(Heap.allocator.allocatedBlocks());
    }

    @Exposed.Function(sig = "($module, /)", doc = "Print summary info to stderr about the state of pymalloc's structures.\n\nIn Py_DEBUG mode, also perform some expensive internal consistency\nchecks.")
    public static PyObject _debugmallocstats() {
        PyObject err = dev.glassbox.runtime.Runtime.get().sys.dict().getItemStr("stderr");
        if (err != null && err != PyNone.NONE) {
            dev.glassbox.objects.Abstract.callMethod(err, "write", PyStr.of(dev.glassbox.memory.MallocStats.report()));
            dev.glassbox.objects.Abstract.callMethod(err, "flush");
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return the maximum string digits limit for non-binary int<->str conversions.")
    public static PyObject get_int_max_str_digits() {
        return PyInt.of(dev.glassbox.objects.numbers.IntText.maxStrDigits);
    }

    @Exposed.Function(sig = "($module, /, maxdigits)", doc = "Set the maximum string digits limit for non-binary int<->str conversions.")
    public static PyObject set_int_max_str_digits(PyObject maxdigits) {
        long n = Abstract.indexAsLong(maxdigits);
        if (n != 0 && n < 640) throw Errors.valueError("maxdigits must be 0 or larger than 640");
        dev.glassbox.objects.numbers.IntText.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return True if Python is exiting.")
    public static PyObject is_finalizing() {
        return dev.glassbox.objects.PyBool.of(finalizing);
    }

    /** Set by the command line when the runtime starts to shut down. */
    public static volatile boolean finalizing;

    @Exposed.Function(sig = "($module, /)", doc = "Clear the internal type lookup cache.")
    public static PyObject _clear_type_cache() {
        return PyNone.NONE; // the per-type caches are invalidated by every dict change; nothing is stale
    }

    private static int dlopenFlags = 2; // RTLD_NOW, as CPython's default on Linux

    @Exposed.Function(sig = "($module, /)", doc = "Return the current value of the flags that are used for dlopen calls.\n\nThe flag constants are defined in the os module.")
    public static PyObject getdlopenflags() {
        return PyInt.of(dlopenFlags);
    }

    @Exposed.Function(sig = "($module, flags, /)", doc = "Set the flags used by the interpreter for dlopen calls.\n\nThis is used, for example, when the interpreter loads extension\nmodules. Among other things, this will enable a lazy resolving of\nsymbols when importing a module, if called as sys.setdlopenflags(0).\nTo share symbols across extension modules, call as\nsys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag\nmodules can be found in the os module (RTLD_xxx constants, e.g.\nos.RTLD_LAZY).")
    public static PyObject setdlopenflags(PyObject flags) {
        dlopenFlags = (int) Abstract.indexAsLong(flags);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, unraisable, /)", doc = "Handle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.")
    public static PyObject unraisablehook(PyObject unraisable) {
        dev.glassbox.runtime.Unraisable.defaultHook(unraisable);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return the current thread switch interval; see sys.setswitchinterval().")
    public static PyObject getswitchinterval() {
        return dev.glassbox.objects.PyFloat.of(dev.glassbox.vm.Gil.switchInterval());
    }

    @Exposed.Function(sig = "($module, interval, /)", doc = "Set the ideal thread switching delay inside the Python interpreter.\n\n"
            + "The actual frequency of switching threads can be lower if the\n"
            + "interpreter executes long sequences of uninterruptible code\n"
            + "(this is implementation-specific and workload-dependent).\n\n"
            + "The parameter must represent the desired switching delay in seconds\n"
            + "A typical value is 0.005 (5 milliseconds).")
    public static PyObject setswitchinterval(PyObject interval) {
        double d = dev.glassbox.objects.Abstract.asDouble(interval);
        if (!(d > 0)) throw dev.glassbox.objects.Errors.valueError("switch interval must be strictly positive");
        dev.glassbox.vm.Gil.setSwitchInterval(d);
        return PyNone.NONE;
    }

    private static PyType asyncgenHooks;

    @Exposed.Function(sig = "($module, firstiter=<unrepresentable>, finalizer=<unrepresentable>)",
            doc = "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.")
    public static PyObject set_asyncgen_hooks(PyObject firstiter, PyObject finalizer) {
        if (finalizer != null && finalizer != PyNone.NONE && !dev.glassbox.vm.Signals.isCallable(finalizer)) {
            throw Errors.typeError("callable finalizer expected, got %s", finalizer.type.qualname);
        }
        if (firstiter != null && firstiter != PyNone.NONE && !dev.glassbox.vm.Signals.isCallable(firstiter)) {
            throw Errors.typeError("callable firstiter expected, got %s", firstiter.type.qualname);
        }
        dev.glassbox.vm.ThreadState ts = dev.glassbox.vm.Interpreter.current().threadState();
        if (finalizer != null) {
            PyObject old = ts.asyncgenFinalizer;
            ts.asyncgenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
            Heap.xincref(ts.asyncgenFinalizer);
            Heap.xdecref(old);
        }
        if (firstiter != null) {
            PyObject old = ts.asyncgenFirstiter;
            ts.asyncgenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
            Heap.xincref(ts.asyncgenFirstiter);
            Heap.xdecref(old);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return the installed asynchronous generators hooks.\n\n"
            + "This returns a namedtuple of the form (firstiter, finalizer).")
    public static PyObject get_asyncgen_hooks() {
        if (asyncgenHooks == null) {
            asyncgenHooks = dev.glassbox.objects.StructSeq.newType("", "asyncgen_hooks", "firstiter", "finalizer");
        }
        dev.glassbox.vm.ThreadState ts = dev.glassbox.vm.Interpreter.current().threadState();
        return dev.glassbox.objects.StructSeq.make(asyncgenHooks,
                ts.asyncgenFirstiter == null ? PyNone.NONE : ts.asyncgenFirstiter,
                ts.asyncgenFinalizer == null ? PyNone.NONE : ts.asyncgenFinalizer);
    }

    @Exposed.Function(sig = "($module, /, depth)", doc = "Enable or disable origin tracking for coroutine objects in this thread.\n\n"
            + "Coroutine objects will track 'depth' frames of traceback information\n"
            + "about where they came from, available in their cr_origin attribute.\n\n"
            + "Set a depth of 0 to disable.")
    public static PyObject set_coroutine_origin_tracking_depth(PyObject depth) {
        long d = dev.glassbox.objects.Abstract.indexAsLong(depth);
        if (d < 0) throw Errors.valueError("depth must be >= 0");
        dev.glassbox.vm.Interpreter.current().threadState().coroutineOriginDepth = (int) Math.min(d, Integer.MAX_VALUE);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Check status of origin tracking for coroutine objects in this thread.")
    public static PyObject get_coroutine_origin_tracking_depth() {
        return PyInt.of(dev.glassbox.vm.Interpreter.current().threadState().coroutineOriginDepth);
    }
}
