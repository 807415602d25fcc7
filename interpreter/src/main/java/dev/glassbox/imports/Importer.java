package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import system's C layer (CPython's Python/import.c): {@code __import__}'s fast path
 * ({@code sys.modules} first, the fromlist, relative names) in Java, and for a module not yet
 * loaded CPython's own {@code importlib._bootstrap._find_and_load}, run as the frozen importlib
 * over this runtime's {@code _imp} and {@code marshal} ({@link Bootstrap}). So
 * {@code sys.meta_path} (BuiltinImporter for the Java modules, FrozenImporter for the bundled
 * ones, PathFinder over {@code sys.path}), specs, loaders and the bytecode cache behave as
 * CPython's. Each load is recorded (origin, file, self and cumulative time, order, importer)
 * for {@code %modules} and {@code -X importtime}.
 */
public final class Importer {
    private Importer() {}

    /** Compiles and runs a module's source in its namespace (set up by the runtime). */
    public interface SourceRunner {
        void exec(byte[] source, String filename, PyModule module);
    }

    public static SourceRunner runner;
    private static final Map<String, Supplier<PyModule>> BUILTIN = new LinkedHashMap<>();

    /**
     * One record per module loaded, for introspection ({@code %modules}): origin is "built-in",
     * "bundled", "source", "cached bytecode", "namespace" or "frozen"; times in nanoseconds
     * (self excludes the imports the module's code made); order counts loads from 0; importer
     * is the module whose code asked for it (null at top level of the runtime); lazy tells that
     * the module was first bound by a lazy import and reified later.
     */
    public record Record(String name, String origin, String file, long nanosSelf, long nanosCumulative, int order,
                         String importer, boolean lazy) {}

    public static final List<Record> records = new ArrayList<>();

    /** Called with each module whose code ran successfully (the kernel seeds linecache this way). */
    private static final List<Consumer<PyModule>> loadListeners = new ArrayList<>();

    public static void addLoadListener(Consumer<PyModule> l) {
        loadListeners.add(l);
    }

    private static int order;

    static int nextOrder() {
        return order++;
    }

    static void record(Record r) {
        records.add(r);
    }

    static void notifyLoaded(PyModule m) {
        for (var l : loadListeners) l.accept(m);
    }

    public static void registerBuiltin(String name, Supplier<PyModule> factory) {
        BUILTIN.put(name, factory);
    }

    public static boolean isBuiltin(String name) {
        return BUILTIN.containsKey(name);
    }

    public static java.util.Set<String> builtinNames() {
        return BUILTIN.keySet();
    }

    static Supplier<PyModule> builtinFactory(String name) {
        return BUILTIN.get(name);
    }

    static PyDict sysModules() {
        return (PyDict) sysAttr("modules");
    }

    static PyObject sysAttr(String name) {
        return dev.glassbox.vm.Builtins.sysAttr(name);
    }

    static PyException notFound(String msg, String name) {
        PyException e = Errors.raise(ExceptionTypes.ModuleNotFoundError, "%s", msg);
        ((ExcFields.ImportError) e.value).setName(PyStr.of(name));
        return e;
    }

    // ------------------------------------------------------------------ __import__

    /** __import__(name, globals, locals, fromlist, level): PyImport_ImportModuleLevelObject. */
    public static PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) throw Errors.valueError("level must be >= 0");
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) throw Errors.valueError("Empty module name");
            absName = name;
        }
        if (!Bootstrap.ready() && !Bootstrap.install()) return legacyImport(name, absName, level, fromlist);
        PyDict modules = sysModules();
        PyObject mod = modules.getItemStr(absName);
        if (mod != null && mod != PyNone.NONE) {
            ensureInitialized(mod, absName);
        } else {
            mod = findAndLoad(absName, globals);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) return mod;
                if (level == 0) return importModuleLevel(name.substring(0, dot), null, null, 0);
                int cutOff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                PyObject m = modules.getItemStr(toReturn);
                if (m == null) throw Errors.keyError(PyStr.of("'" + toReturn + "' not in sys.modules as expected"));
                return m;
            }
            return mod;
        }
        PyObject path = Abstract.lookupAttr(mod, PyStr.intern("__path__"));
        if (path != null) {
            return Abstract.call(Bootstrap.handleFromlist, mod, fromlist, Bootstrap.importFunc());
        }
        return mod;
    }

    /** import_ensure_initialized: a module another thread (or a lazy import) is still loading is waited for. */
    private static void ensureInitialized(PyObject mod, String name) {
        PyObject spec = mod.dict == null ? null : mod.dict.getItemStr("__spec__");
        if (spec != null && spec != PyNone.NONE && specInitializing(spec)) {
            Abstract.call(Bootstrap.lockUnlockModule, PyStr.of(name));
        }
    }

    static boolean specInitializing(PyObject spec) {
        try {
            PyObject v = Abstract.lookupAttr(spec, PyStr.intern("_initializing"));
            return v != null && Abstract.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    private static PyObject legacyImport(String name, String absName, int level, PyObject fromlist) {
        PyObject module = LegacyFinder.importFull(absName);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (dot < 0 || (level > 0 && name.isEmpty())) return module;
            if (level == 0) return sysModules().getItemStr(name.substring(0, dot));
            return sysModules().getItemStr(absName.substring(0, absName.length() - (name.length() - dot)));
        }
        if (module.dict != null && module.dict.getItemStr("__path__") != null) {
            for (PyObject item : Abstract.toArray(fromlist)) {
                if (!(item instanceof PyStr s) || s.value.equals("*")) continue;
                if (module.dict.getItemStr(s.value) != null) continue;
                try {
                    LegacyFinder.importFull(absName + "." + s.value);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.ModuleNotFoundError)) throw e;
                }
            }
        }
        return module;
    }

    /** resolve_name: a relative import's absolute name, from __package__ or __spec__.parent. */
    static String resolveName(String name, PyDict globals, int level) {
        if (globals == null) throw Errors.keyError(PyStr.of("'__name__' not in globals"));
        PyObject pkg = globals.getItemStr("__package__");
        if (pkg == PyNone.NONE) pkg = null;
        PyObject spec = globals.getItemStr("__spec__");
        String pkgName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr p)) throw Errors.typeError("package must be a string");
            pkgName = p.value;
            if (spec != null && spec != PyNone.NONE) {
                PyObject parent = Abstract.getAttr(spec, "parent");
                if (!Abstract.richCompareBool(pkg, parent, Abstract.EQ)) {
                    dev.glassbox.modules.WarningsModule.warn(ExceptionTypes.ImportWarning, "__package__ != __spec__.parent", 1);
                }
            }
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr p)) throw Errors.typeError("__spec__.parent must be a string");
            pkgName = p.value;
        } else {
            dev.glassbox.modules.WarningsModule.warn(ExceptionTypes.ImportWarning,
                    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1);
            PyObject n = globals.getItemStr("__name__");
            if (n == null) throw Errors.keyError(PyStr.of("'__name__' not in globals"));
            if (!(n instanceof PyStr ns)) throw Errors.typeError("__name__ must be a string");
            pkgName = ns.value;
            if (globals.getItemStr("__path__") == null) {
                int dot = pkgName.lastIndexOf('.');
                if (dot < 0) throw noParent();
                pkgName = pkgName.substring(0, dot);
            }
        }
        int lastDot = pkgName.length();
        if (lastDot == 0) throw noParent();
        for (int up = 1; up < level; up++) {
            lastDot = pkgName.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) throw Errors.raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        }
        String base = pkgName.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyException noParent() {
        return Errors.raise(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
    }

    /** Imports {@code a.b.c} (each parent first) and returns the module for the full name. */
    public static PyObject importFull(String full) {
        importModuleLevel(full, null, null, 0);
        PyObject m = sysModules().getItemStr(full);
        if (m == null) throw notFound("No module named '" + full + "'", full);
        return m;
    }

    // ------------------------------------------------------------------ loading, timing, records

    /** One import in progress: its timing and what the loaders reported about it. */
    private static final class Loading {
        final String name;
        final String importer;
        long children;
        String origin;
        final Set<String> cachedSources = new java.util.HashSet<>();

        Loading(String name, String importer) {
            this.name = name;
            this.importer = importer;
        }
    }

    private static final List<Loading> loading = new ArrayList<>();
    private static boolean importTimeHeader = true;

    /** Set by the launcher for {@code -X importtime}. */
    public static boolean importTime;

    /** A lazy import is being reified: the modules it loads directly are recorded as lazy. */
    static boolean reifying;

    static void noteOrigin(String name, String origin) {
        if (!loading.isEmpty()) {
            Loading top = loading.get(loading.size() - 1);
            if (top.name.equals(name) && top.origin == null) top.origin = origin;
        }
    }

    static void noteCachedLoad(String sourcePath) {
        if (!loading.isEmpty()) loading.get(loading.size() - 1).cachedSources.add(sourcePath);
    }

    /** import_find_and_load: importlib's _find_and_load, timed, recorded, its failure's frames trimmed. */
    private static PyObject findAndLoad(String absName, PyDict globals) {
        String importer = globals != null && globals.getItemStr("__name__") instanceof PyStr s ? s.value : null;
        if (importTime && importTimeHeader) {
            importTimeHeader = false;
            writeStderr("import time: self [us] | cumulative | imported package\n");
        }
        Loading l = new Loading(absName, importer);
        boolean lazy = reifying && loading.isEmpty();
        loading.add(l);
        long t0 = System.nanoTime();
        PyObject mod;
        try {
            mod = Abstract.call(Bootstrap.findAndLoad, PyStr.of(absName), Bootstrap.importFunc());
        } catch (PyException e) {
            ImportFrames.remove(e);
            throw e;
        } finally {
            loading.remove(loading.size() - 1);
        }
        long cum = System.nanoTime() - t0;
        if (!loading.isEmpty()) loading.get(loading.size() - 1).children += cum;
        if (importTime) {
            int depth = loading.size();
            writeStderr(String.format("import time: %9d | %10d | %s%s\n", ceilMicros(cum - l.children), ceilMicros(cum),
                    "  ".repeat(depth), absName));
        }
        String file = mod.dict != null && mod.dict.getItemStr("__file__") instanceof PyStr f ? f.value : null;
        String origin = l.origin;
        if (origin == null) {
            if (file != null && l.cachedSources.contains(file)) origin = "cached bytecode";
            else if (file != null) origin = "source";
            else if (mod.dict != null && mod.dict.getItemStr("__path__") != null) origin = "namespace";
            else origin = "built-in";
        }
        records.add(new Record(absName, origin, file, cum - l.children, cum, order++, importer, lazy));
        if (mod instanceof PyModule pm) notifyLoaded(pm);
        return mod;
    }

    private static long ceilMicros(long nanos) {
        return (nanos + 999) / 1000;
    }

    private static void writeStderr(String s) {
        var rt = dev.glassbox.runtime.Runtime.get();
        if (rt != null) {
            rt.stderr.writeText(s);
            rt.stderr.flushBuffer();
        } else {
            System.err.print(s);
        }
    }

    // ------------------------------------------------------------------ -m, IMPORT_FROM, import *

    /**
     * Where {@code -m NAME} finds its code: the source file of module {@code name}, or the
     * {@code __main__.py} of package {@code name} (its parent packages are imported first, as
     * runpy does). Null when there is none.
     */
    public static Path findMainSource(String name) {
        int dot = name.lastIndexOf('.');
        PyObject searchPath = sysAttr("path");
        if (dot >= 0) {
            PyObject parent = importFull(name.substring(0, dot));
            searchPath = parent.dict == null ? null : parent.dict.getItemStr("__path__");
            if (searchPath == null) return null;
        }
        String leaf = name.substring(dot + 1);
        for (PyObject entry : Abstract.toArray(searchPath)) {
            if (!(entry instanceof PyStr s)) continue;
            Path base = Path.of(s.value.isEmpty() ? "." : s.value);
            Path pkgMain = base.resolve(leaf).resolve("__main__.py");
            if (Files.isRegularFile(base.resolve(leaf).resolve("__init__.py")) && Files.isRegularFile(pkgMain)) return pkgMain;
            Path file = base.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) return file;
        }
        return null;
    }

    /** IMPORT_FROM (ceval's import_from): attribute, else a submodule in sys.modules, else CPython's ImportError. */
    public static PyObject importFrom(PyObject module, PyStr name) {
        if (module instanceof LazyImport lazy) return lazy.attr(name);
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) return v;
        PyObject pkgName = Abstract.lookupAttr(module, PyStr.intern("__name__"));
        if (pkgName instanceof PyStr pn) {
            PyObject sub = sysModules().getItemStr(pn.value + "." + name.value);
            if (sub != null) return sub;
        } else {
            pkgName = null;
        }
        PyObject file = module.dict == null ? null : module.dict.getItemStr("__file__");
        String shownName = pkgName == null ? "<unknown module name>" : ((PyStr) pkgName).value;
        PyException e;
        if (!(file instanceof PyStr f)) {
            e = Errors.raise(ExceptionTypes.ImportError, "cannot import name %s from %s (unknown location)",
                    reprStr(name.value), reprStr(shownName));
            file = null;
        } else {
            String fmt = isInitializing(module)
                    ? "cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)"
                    : "cannot import name %s from %s (%s)";
            e = Errors.raise(ExceptionTypes.ImportError, fmt, reprStr(name.value), reprStr(shownName), f.value);
        }
        if (pkgName != null) ((ExcFields.ImportError) e.value).setName(pkgName);
        if (file != null) ((ExcFields.ImportError) e.value).setPath(file);
        throw e;
    }

    private static String reprStr(String s) {
        return ((PyStr) Abstract.repr(PyStr.of(s))).value;
    }

    /** Modules the legacy finder is running (without importlib there are no specs to ask). */
    static final Set<PyObject> initializing = Collections.newSetFromMap(new IdentityHashMap<>());

    static {
        Abstract.moduleInitializing = Importer::isInitializing;
    }

    /** _PyModuleSpec_IsInitializing: the module's __spec__._initializing is true. */
    static boolean isInitializing(PyObject module) {
        if (initializing.contains(module)) return true;
        PyObject spec = module.dict == null ? null : module.dict.getItemStr("__spec__");
        return spec != null && spec != PyNone.NONE && specInitializing(spec);
    }

    /** from m import *: __all__, or every public name. */
    public static void importAllFrom(PyObject module, PyObject locals) {
        PyObject all = Abstract.lookupAttr(module, PyStr.intern("__all__"));
        boolean skipPrivate = all == null;
        PyObject[] names;
        if (all == null) {
            PyObject d = Abstract.lookupAttr(module, PyStr.intern("__dict__"));
            if (d == null) throw Errors.raise(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
            names = Abstract.toArray(Abstract.callMethod(d, "keys"));
        } else {
            names = Abstract.toArray(all);
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                String modName = module.dict != null && module.dict.getItemStr("__name__") instanceof PyStr mn ? mn.value : "?";
                throw Errors.typeError("%s in %s.%s must be str, not %s", skipPrivate ? "Key" : "Item", modName,
                        skipPrivate ? "__dict__" : "__all__", n.type.qualname);
            }
            if (skipPrivate && s.value.startsWith("_")) continue;
            PyObject v = Abstract.getAttr(module, s);
            if (locals instanceof PyDict d) d.setItem(s, v);
            else Abstract.setItem(locals, s, v);
        }
    }

}
