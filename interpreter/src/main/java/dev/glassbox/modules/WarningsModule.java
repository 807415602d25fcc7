package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Builtins;
import dev.glassbox.vm.Frame;
import dev.glassbox.vm.Interpreter;

/**
 * {@code _warnings} (Python/_warnings.c): the warnings machinery the runtime itself uses
 * (SyntaxWarning from the compiler, RuntimeWarning and ResourceWarning from built-ins) and
 * that {@code warnings.py} builds on: the filter list, the default action, the once-registry,
 * {@code warn} and {@code warn_explicit}. Showing a warning goes through
 * {@code warnings._showwarnmsg} once {@code warnings} is imported, else straight to
 * {@code sys.stderr} in the same format.
 */
@Exposed.Module(name = "_warnings", doc = "_warnings provides basic warning filtering support.\n"
        + "It is a helper module to speed up interpreter start-up.")
public final class WarningsModule {
    private WarningsModule() {}

    private static PyModule module;
    /** Bumped whenever the filters change, so per-module registries are reset (_filters_mutated). */
    private static long filtersVersion = 1;

    public static PyModule create() {
        if (module != null) return module;
        PyModule m = ModuleBuilder.build(WarningsModule.class);
        PyList filters = new PyList();
        // CPython's defaults without -W options or a debug build.
        filters.append(filter("default", ExceptionTypes.DeprecationWarning, PyStr.of("__main__")));
        filters.append(filter("ignore", ExceptionTypes.DeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.PendingDeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.ImportWarning, PyNone.NONE));
        filters.append(filter("ignore", ExceptionTypes.ResourceWarning, PyNone.NONE));
        m.dict().setItem("filters", filters);
        m.dict().setItem("_defaultaction", PyStr.of("default"));
        m.dict().setItem("_onceregistry", new PyDict());
        Heap.incref(m);   // the runtime keeps its warnings state for good, as the interpreter state does
        module = m;
        return m;
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
    }

    private static PyModule state() {
        return module != null ? module : create();
    }

    // ------------------------------------------------------------------ the Java API

    /** {@code PyErr_WarnEx}: warns from the Python code running now ({@code stacklevel} 1). */
    public static void warn(PyType category, String message, int stacklevel) {
        doWarn(PyStr.of(message), category, stacklevel, PyNone.NONE);
    }

    /**
     * {@code PyErr_WarnExplicitObject} with no module or registry (the compiler's SyntaxWarnings).
     * Raises the warning if a filter turns it into an error.
     */
    public static void warnExplicit(PyType category, String message, String filename, int lineno) {
        warnExplicitImpl(category, PyStr.of(message), PyStr.of(filename), lineno, null, null, PyNone.NONE);
    }

    // ------------------------------------------------------------------ module functions

    @Exposed.Function(sig = "($module, /, message, category=None, stacklevel=1, source=None)",
            doc = "Issue a warning, or maybe ignore it or raise an exception.")
    public static PyObject warn(PyObject message, PyObject category, PyObject stacklevel, PyObject source) {
        PyType cat = categoryOf(message, category);
        long level = stacklevel == null ? 1 : Abstract.indexAsLong(stacklevel);
        doWarn(message, cat, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, level)),
                source == null ? PyNone.NONE : source);
        return PyNone.NONE;
    }

    @Exposed.Function(name = "warn_explicit",
            sig = "($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, module_globals=None, source=None)",
            doc = "Low-level interface to warnings functionality.")
    public static PyObject warnExplicitFn(PyObject message, PyObject category, PyObject filename, PyObject lineno,
                                          PyObject mod, PyObject registry, PyObject moduleGlobals, PyObject source) {
        if (!(filename instanceof PyStr fn)) throw Errors.typeError("warn_explicit() argument 3 must be str, not %s", filename.type.name);
        long line = Abstract.indexAsLong(lineno);
        if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
            throw Errors.typeError("'registry' must be a dict or None");
        }
        PyType cat = category instanceof PyType t ? t : null;
        if (cat == null && category != PyNone.NONE) {
            throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type.name);
        }
        warnExplicitImpl(cat, message, fn, (int) line, mod, registry == PyNone.NONE ? null : (PyDict) registry,
                source == null ? PyNone.NONE : source);
        return PyNone.NONE;
    }

    @Exposed.Function(name = "_filters_mutated", sig = "($module, /)")
    public static PyObject filtersMutated() {
        filtersVersion++;
        return PyNone.NONE;
    }

    // ------------------------------------------------------------------ the machinery

    /** get_category: the message's class if it is a Warning instance, else the category (default UserWarning). */
    private static PyType categoryOf(PyObject message, PyObject category) {
        if (message.type.isSubtypeOf(ExceptionTypes.Warning)) return message.type;
        if (category == null || category == PyNone.NONE) return ExceptionTypes.UserWarning;
        if (!(category instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.Warning)) {
            throw Errors.typeError("category must be a Warning subclass, not '%s'", category.type.name);
        }
        return t;
    }

    /** warn_unicode / setup_context: the frame {@code stacklevel} up gives file, line, module, registry. */
    private static void doWarn(PyObject message, PyType category, int stacklevel, PyObject source) {
        Frame f = Interpreter.current().currentFrame();
        for (int i = 1; i < stacklevel && f != null; i++) f = f.back();
        PyStr filename;
        int lineno;
        PyDict globals;
        if (f == null) {
            globals = Builtins.sys().dict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code().unit.filename);
            lineno = f.lineno();
        }
        PyObject registry = globals.getItemStr("__warningregistry__");
        if (!(registry instanceof PyDict)) {
            registry = new PyDict();
            globals.setItem("__warningregistry__", registry);
        }
        PyObject name = globals.getItemStr("__name__");
        PyObject mod = name instanceof PyStr ? name : PyStr.of("<string>");
        warnExplicitImpl(category, message, filename, lineno, mod, (PyDict) registry, source);
    }

    private static void warnExplicitImpl(PyType category, PyObject message, PyStr filename, int lineno,
                                         PyObject mod, PyDict registry, PyObject source) {
        PyModule st = state();
        if (mod == null || mod == PyNone.NONE) mod = normalizeModule(filename);
        PyObject text;
        if (message.type.isSubtypeOf(ExceptionTypes.Warning)) {
            text = Abstract.str(message);
            category = message.type;
        } else {
            if (category == null) category = ExceptionTypes.UserWarning;
            text = message;
            message = Abstract.call(category, message);
        }
        Heap.incref(message);
        try {
            PyTuple key = PyTuple.of(text, category, PyInt.of(lineno));
            if (registry != null) {
                PyObject v = registry.getItemStr("version");
                if (!(v instanceof PyInt vi) || vi.value != filtersVersion) {
                    registry.clear();
                    registry.setItem("version", PyInt.of(filtersVersion));
                }
                PyObject seen = registry.getItem(key);
                if (seen != null && Abstract.isTrue(seen)) return;
            }
            String action = action(st, category, text, lineno, mod);
            switch (action) {
                case "error" -> throw new PyException((PyBaseException) message);
                case "ignore" -> { return; }
                case "always" -> { }
                case "once" -> {
                    if (registry != null) registry.setItem(key, PyInt.of(1));
                    PyObject once = st.dict().getItemStr("_onceregistry");
                    if (!(once instanceof PyDict od)) throw Errors.typeError("_warnings.onceregistry must be a dict, not '%s'", once == null ? "NoneType" : once.type.name);
                    PyTuple oncekey = PyTuple.of(text, category);
                    PyObject s = od.getItem(oncekey);
                    if (s != null && Abstract.isTrue(s)) return;
                    od.setItem(oncekey, PyInt.of(1));
                }
                case "module" -> {
                    if (registry != null) {
                        registry.setItem(key, PyInt.of(1));
                        PyTuple alt = PyTuple.of(text, category, PyInt.of(0));
                        PyObject s = registry.getItem(alt);
                        if (s != null && Abstract.isTrue(s)) return;
                        registry.setItem(alt, PyInt.of(1));
                    }
                }
                case "default" -> {
                    if (registry != null) registry.setItem(key, PyInt.of(1));
                }
                default -> throw Errors.runtimeError("Unrecognized action (%s) in warnings.filters:\n %s", action, action);
            }
            show(category, text, message, filename, lineno, source);
        } finally {
            Heap.decref(message);
        }
    }

    /** get_filter: the first matching filter's action, else the default action. */
    private static String action(PyModule st, PyType category, PyObject text, int lineno, PyObject mod) {
        PyObject filters = st.dict().getItemStr("filters");
        // warnings.py replaces the list: take the current one from the warnings module when imported.
        PyModule w = warningsModule();
        if (w != null) {
            PyObject wf = w.dict().getItemStr("filters");
            if (wf != null) filters = wf;
        }
        if (!(filters instanceof PyList list)) throw Errors.valueError("_warnings.filters must be a list");
        for (int i = 0; i < list.size(); i++) {
            PyObject item = list.get(i);
            if (!(item instanceof PyTuple t) || t.size() != 5) throw Errors.valueError("_warnings.filters item %d isn't a 5-tuple", i);
            PyObject act = t.get(0), msg = t.get(1), cat = t.get(2), fmod = t.get(3), ln = t.get(4);
            if (!(act instanceof PyStr a)) throw Errors.typeError("action must be a string, not '%s'", act.type.name);
            if (!matches(msg, text)) continue;
            if (!(cat instanceof PyType ct) || !category.isSubtypeOf(ct)) {
                if (!(cat instanceof PyType)) {
                    if (!Abstract.isTrue(Abstract.call(Builtins.builtinsDict().getItemStr("issubclass"), category, cat))) continue;
                } else {
                    continue;
                }
            }
            if (!matches(fmod, mod)) continue;
            long l = Abstract.indexAsLong(ln);
            if (l != 0 && l != lineno) continue;
            return a.value;
        }
        PyObject def = w != null ? w.dict().getItemStr("defaultaction") : null;
        if (def == null) def = st.dict().getItemStr("_defaultaction");
        if (!(def instanceof PyStr d)) throw Errors.typeError("_warnings.defaultaction must be a string, not '%s'", def == null ? "NoneType" : def.type.name);
        return d.value;
    }

    /** check_matched: None matches everything, else {@code obj.match(arg)} is true. */
    private static boolean matches(PyObject obj, PyObject arg) {
        if (obj == PyNone.NONE) return true;
        if (obj instanceof PyStr s && s.type == PyStr.TYPE && arg instanceof PyStr a) {
            // A plain string (from the defaults) compares for equality, as _warnings.c does.
            return s.value.equals(a.value);
        }
        return Abstract.isTrue(Abstract.callMethod(obj, "match", arg));
    }

    /** normalize_module: the file name without ".py", "<unknown>" if empty. */
    private static PyStr normalizeModule(PyStr filename) {
        String f = filename.value;
        if (f.isEmpty()) return PyStr.of("<unknown>");
        return PyStr.of(f.endsWith(".py") ? f.substring(0, f.length() - 3) : f);
    }

    private static PyModule warningsModule() {
        PyObject mods = Builtins.sys().dict().getItemStr("modules");
        PyObject w = mods instanceof PyDict d ? d.getItemStr("warnings") : null;
        return w instanceof PyModule m ? m : null;
    }

    /** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) if warnings is imported, else show_warning. */
    private static void show(PyType category, PyObject text, PyObject message, PyStr filename, int lineno, PyObject source) {
        PyModule w = warningsModule();
        PyObject showFn = w == null ? null : w.dict().getItemStr("_showwarnmsg");
        PyObject msgType = w == null ? null : w.dict().getItemStr("WarningMessage");
        if (showFn != null && msgType != null) {
            PyObject msg = Abstract.call(msgType, new PyObject[] {message, category, filename, PyInt.of(lineno), PyNone.NONE, PyNone.NONE, source},
                    0, 7, null);
            Heap.incref(msg);
            try {
                Abstract.call(showFn, msg);
            } finally {
                Heap.decref(msg);
            }
            return;
        }
        PyObject err = Builtins.sys().dict().getItemStr("stderr");
        if (err == null || err == PyNone.NONE) return;
        StringBuilder b = new StringBuilder();
        b.append(filename.value).append(':').append(lineno).append(": ").append(category.name.substring(category.name.lastIndexOf('.') + 1))
                .append(": ").append(Abstract.str(text).value).append('\n');
        Runtime rt = Runtime.get();
        String line = rt == null ? null : rt.sourceLine(filename.value, lineno);
        if (line != null) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) b.append("  ").append(stripped).append('\n');
        }
        Abstract.callMethod(err, "write", PyStr.of(b.toString()));
    }
}
