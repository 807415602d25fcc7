package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyCallable;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.runtime.Runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code atexit} (Modules/atexitmodule.c): callbacks run last registered first when the
 * interpreter exits, after an uncaught exception's report and before the final flush and
 * collection. A callback's exception is reported ("Exception ignored in atexit callback")
 * and the others still run; SystemExit from one is ignored likewise.
 */
@Exposed.Module(name = "atexit", doc = "allow programmer to define multiple exit functions to be executed\n"
        + "upon normal program termination.\n\n"
        + "Two public functions, register and unregister, are defined.\n")
public final class AtexitModule {
    private AtexitModule() {}

    /** One registration: the function and its arguments, held counted. */
    private record Callback(PyObject func, PyTuple args, PyObject kwargs) {}

    private static final List<Callback> CALLBACKS = new ArrayList<>();

    public static PyModule create() {
        return ModuleBuilder.build(AtexitModule.class);
    }

    @Exposed.Function(sig = "($module, func, /, *args, **kwargs)", doc = "register(func, *args, **kwargs) -> func\n\n"
            + "Register a function to be executed upon normal program termination\n\n"
            + "    func - function to be called at exit\n"
            + "    args - optional arguments to pass to func\n"
            + "    kwargs - optional keyword arguments to pass to func\n\n"
            + "    func is returned to facilitate usage as a decorator.")
    public static PyObject register(PyObject func, PyObject args, PyObject kwargs) {
        if (!(func instanceof PyCallable) && func.type.lookup("__call__") == null) {
            throw Errors.typeError("the first argument must be callable");
        }
        PyObject kw = kwargs instanceof PyDict d && d.size() > 0 ? kwargs : null;
        Heap.incref(func);
        Heap.incref(args);
        if (kw != null) Heap.incref(kw);
        CALLBACKS.add(new Callback(func, (PyTuple) args, kw));
        return func;
    }

    @Exposed.Function(sig = "($module, func, /)", doc = "unregister(func) -> None\n\n"
            + "Unregister an exit function which was previously registered using\n"
            + "atexit.register\n\n"
            + "    func - function to be unregistered")
    public static PyObject unregister(PyObject func) {
        for (int i = CALLBACKS.size() - 1; i >= 0; i--) {
            Callback c = CALLBACKS.get(i);
            if (c.func == func || Abstract.richCompareBool(c.func, func, Abstract.EQ)) {
                CALLBACKS.remove(i);
                drop(c);
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Function(name = "_run_exitfuncs", sig = "($module, /)", doc = "_run_exitfuncs() -> None\n\n"
            + "Run all registered exit functions.\n\n"
            + "If a callback raises an exception, it is logged with sys.unraisablehook.")
    public static PyObject runExitfuncsFn() {
        runExitFuncs();
        return PyNone.NONE;
    }

    @Exposed.Function(name = "_clear", sig = "($module, /)", doc = "_clear() -> None\n\nClear the list of previously registered exit functions.")
    public static PyObject clear() {
        while (!CALLBACKS.isEmpty()) drop(CALLBACKS.remove(CALLBACKS.size() - 1));
        return PyNone.NONE;
    }

    @Exposed.Function(name = "_ncallbacks", sig = "($module, /)", doc = "_ncallbacks() -> int\n\nReturn the number of registered exit functions.")
    public static PyObject ncallbacks() {
        return PyInt.of(CALLBACKS.size());
    }

    /** atexit_callfuncs: last registered first; each callback is removed before it runs. */
    public static void runExitFuncs() {
        while (!CALLBACKS.isEmpty()) {
            Callback c = CALLBACKS.remove(CALLBACKS.size() - 1);
            try {
                PyObject[] a = c.args.array();
                if (c.kwargs == null) {
                    Abstract.call(c.func, a, 0, a.length, null);
                } else {
                    Abstract.callArgs(c.func, c.args, (PyDict) c.kwargs);
                }
            } catch (PyException e) {
                Runtime.reportUnraisable("Exception ignored in atexit callback: ", c.func, e.value);
            } finally {
                drop(c);
            }
        }
    }

    private static void drop(Callback c) {
        Heap.decref(c.func);
        Heap.decref(c.args);
        if (c.kwargs != null) Heap.decref(c.kwargs);
    }

    static {
        // Keep ExceptionTypes initialised before any callback can raise.
        ExceptionTypes.SystemExit.ready();
    }
}
