package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The import system (CPython's Python/import.c plus importlib._bootstrap's essentials):
 * {@code sys.modules} first, then built-in (Java) modules, the runtime's bundled Python
 * modules, and source files on {@code sys.path}; a module runs once and is cached, and one
 * that fails while importing is removed again. Each import is recorded for {@code %modules}.
 */
public final class Importer {
    private Importer() {}

    /** Compiles and runs a module's source in its namespace (set up by the runtime). */
    public interface SourceRunner {
        void exec(byte[] source, String filename, PyModule module);
    }

    public static SourceRunner runner;
    private static final Map<String, Supplier<PyModule>> BUILTIN = new LinkedHashMap<>();

    /** One record per module loaded, for introspection ({@code %modules}). */
    public record Record(String name, String origin, String file, long nanosSelf, long nanosCumulative, int order,
                         String importer) {}

    public static final List<Record> records = new ArrayList<>();

    /** Called with each module whose code ran successfully (the kernel seeds linecache this way). */
    private static final List<java.util.function.Consumer<PyModule>> loadListeners = new ArrayList<>();

    public static void addLoadListener(java.util.function.Consumer<PyModule> l) {
        loadListeners.add(l);
    }
    private static int order;

    public static void registerBuiltin(String name, Supplier<PyModule> factory) {
        BUILTIN.put(name, factory);
    }

    public static boolean isBuiltin(String name) {
        return BUILTIN.containsKey(name);
    }

    public static java.util.Set<String> builtinNames() {
        return BUILTIN.keySet();
    }

    static PyDict sysModules() {
        return (PyDict) sysAttr("modules");
    }

    static PyObject sysAttr(String name) {
        return dev.glassbox.vm.Builtins.sysAttr(name);
    }

    /** __import__(name, globals, locals, fromlist, level). */
    public static PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) throw Errors.valueError("level must be >= 0");
        String full = level > 0 ? resolveName(name, globals, level) : name;
        if (full.isEmpty()) throw Errors.valueError("Empty module name");
        PyObject module = importFull(full);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) return level == 0 ? module : module;
                if (level == 0) return sysModules().getItemStr(name.substring(0, dot));
                String head = full.substring(0, full.length() - (name.length() - dot));
                return sysModules().getItemStr(head);
            }
            return module;
        }
        // Packages: import fromlist entries that are submodules.
        if (module.dict != null && module.dict.getItemStr("__path__") != null) {
            for (PyObject item : Abstract.toArray(fromlist)) {
                if (!(item instanceof PyStr s)) {
                    throw Errors.typeError("Item in %s.__all__ must be str, not %s", full, item.type.qualname);
                }
                if (s.value.equals("*")) {
                    PyObject all = module.dict.getItemStr("__all__");
                    if (all != null) for (PyObject a : Abstract.toArray(all)) ensureSub(module, full, ((PyStr) a).value);
                    continue;
                }
                ensureSub(module, full, s.value);
            }
        }
        return module;
    }

    private static void ensureSub(PyObject module, String full, String name) {
        if (module.dict.getItemStr(name) != null) return;
        try {
            importFull(full + "." + name);
        } catch (PyException e) {
            // A missing submodule named in fromlist is not an error here (CPython's _handle_fromlist).
            if (!(e.matches(ExceptionTypes.ModuleNotFoundError) && nameOf(e).equals(full + "." + name))) throw e;
        }
    }

    private static String nameOf(PyException e) {
        if (e.value instanceof ExcFields.ImportError ie && ie.name() instanceof PyStr s) return s.value;
        return "";
    }

    /** Resolves a relative import against the importing module's package. */
    static String resolveName(String name, PyDict globals, int level) {
        PyObject pkg = globals.getItemStr("__package__");
        String base;
        if (pkg instanceof PyStr p) {
            base = p.value;
        } else {
            PyObject n = globals.getItemStr("__name__");
            if (!(n instanceof PyStr ns)) throw Errors.keyError(PyStr.of("'__name__' not in globals"));
            base = globals.getItemStr("__path__") != null ? ns.value
                    : ns.value.contains(".") ? ns.value.substring(0, ns.value.lastIndexOf('.')) : "";
        }
        if (base.isEmpty()) throw Errors.raise(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        String[] parts = base.split("\\.");
        if (level - 1 > parts.length - 1 + 0 && level > parts.length) {
            throw Errors.raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length - (level - 1); i++) {
            if (i > 0) b.append('.');
            b.append(parts[i]);
        }
        if (b.length() == 0) throw Errors.raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        return name.isEmpty() ? b.toString() : b + "." + name;
    }

    /** Imports {@code a.b.c}: each parent first; returns the module for the full name. */
    public static PyObject importFull(String full) {
        PyDict modules = sysModules();
        PyObject m = modules.getItemStr(full);
        if (m != null && m != PyNone.NONE) return m;
        if (m == PyNone.NONE) throw notFound("import of " + full + " halted; None in sys.modules", full);
        int dot = full.lastIndexOf('.');
        PyObject path = null;
        PyObject parent = null;
        if (dot >= 0) {
            String parentName = full.substring(0, dot);
            parent = importFull(parentName);
            m = modules.getItemStr(full);
            if (m != null) return m;
            path = parent.dict == null ? null : parent.dict.getItemStr("__path__");
            if (path == null) {
                throw notFound("No module named '" + full + "'; '" + parentName + "' is not a package", full);
            }
        }
        PyObject mod = load(full, path);
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.intern(full.substring(dot + 1)), mod);
        }
        return mod;
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Errors.raise(ExceptionTypes.ModuleNotFoundError, "%s", msg);
        ((ExcFields.ImportError) e.value).setName(PyStr.of(name));
        return e;
    }

    private static PyObject load(String full, PyObject path) {
        long start = System.nanoTime();
        Supplier<PyModule> builtin = path == null ? BUILTIN.get(full) : null;
        PyDict modules = sysModules();
        if (builtin != null) {
            PyModule m = builtin.get();
            modules.setItem(full, m);
            records.add(new Record(full, "built-in", null, System.nanoTime() - start, System.nanoTime() - start, order++, null));
            return modules.getItemStr(full);
        }
        String leaf = full.substring(full.lastIndexOf('.') + 1);
        List<String> dirs = new ArrayList<>();
        PyObject searchPath = path != null ? path : sysAttr("path");
        if (searchPath != null) {
            for (PyObject entry : Abstract.toArray(searchPath)) if (entry instanceof PyStr s) dirs.add(s.value);
        }
        // The runtime's bundled modules come before sys.path (DESIGN.md §7): its own tokenize
        // shadows the copy in CPython's Lib.
        String bundled = "/dev/glassbox/lib/" + full.replace('.', '/') + ".py";
        if (path == null && Importer.class.getResource(bundled) != null) {
            return execBundled(full, bundled, start);
        }
        List<String> namespaceDirs = new ArrayList<>();
        for (String dir : dirs) {
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkg = base.resolve(leaf);
            Path init = pkg.resolve("__init__.py");
            if (Files.isRegularFile(init)) return execSource(full, init, pkg, start);
            Path file = base.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) return execSource(full, file, null, start);
            if (Files.isDirectory(pkg)) namespaceDirs.add(pkg.toString());
        }
        if (!namespaceDirs.isEmpty()) {
            PyModule m = PyModule.create(full);
            PyList p = new PyList();
            for (String d : namespaceDirs) p.append(PyStr.of(d));
            m.dict().setItem("__path__", p);
            m.dict().setItem("__package__", PyStr.of(full));
            modules.setItem(full, m);
            return m;
        }
        throw notFound("No module named '" + full + "'", full);
    }

    private static PyObject execSource(String full, Path file, Path pkgDir, long start) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw Errors.raise(ExceptionTypes.OSError, "%s", e.getMessage());
        }
        PyModule m = PyModule.create(full);
        PyDict d = m.dict();
        d.setItem("__file__", PyStr.of(file.toString()));
        if (pkgDir != null) {
            d.setItem("__path__", PyList.of(PyStr.of(pkgDir.toString())));
            d.setItem("__package__", PyStr.of(full));
        } else {
            d.setItem("__package__", PyStr.of(full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : ""));
        }
        return run(full, m, source, file.toString(), start, "source");
    }

    private static PyObject execBundled(String full, String resource, long start) {
        byte[] source;
        try (var in = Importer.class.getResourceAsStream(resource)) {
            source = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw Errors.raise(ExceptionTypes.ImportError, "cannot read bundled module %s", full);
        }
        PyModule m = PyModule.create(full);
        m.dict().setItem("__package__", PyStr.of(full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : ""));
        return run(full, m, source, "<glassbox>/" + full.replace('.', '/') + ".py", start, "bundled");
    }

    private static PyObject run(String full, PyModule m, byte[] source, String filename, long start, String origin) {
        PyDict modules = sysModules();
        modules.setItem(full, m);
        Heap.incref(m);
        initializing.add(m);
        try {
            runner.exec(source, filename, m);
        } catch (PyException e) {
            PyObject removed = modules.pop(PyStr.intern(full));
            if (removed != null) Heap.decref(removed);
            throw e;
        } finally {
            initializing.remove(m);
            m.refcnt--;
            if (m.refcnt == 0) { m.refcnt = 1; Heap.decref(m); }
        }
        records.add(new Record(full, origin, filename, System.nanoTime() - start, System.nanoTime() - start, order++, null));
        for (var l : loadListeners) l.accept(m);
        PyObject result = modules.getItemStr(full);
        if (result == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "Loaded module %s not found in sys.modules", full);
        }
        return result;
    }

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

    /** IMPORT_FROM: attribute, else a submodule, else CPython's ImportError. */
    public static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) return v;
        PyObject pkgName = module.dict == null ? null : module.dict.getItemStr("__name__");
        if (pkgName instanceof PyStr pn) {
            PyObject sub = sysModules().getItemStr(pn.value + "." + name.value);
            if (sub != null) return sub;
            PyObject file = module.dict.getItemStr("__file__");
            boolean initializing = isInitializing(module);
            String msg = initializing
                    ? "cannot import name '" + name + "' from partially initialized module '" + pn + "' (most likely due to a circular import) ("
                            + (file instanceof PyStr f ? f.value : "unknown location") + ")"
                    : "cannot import name '" + name + "' from '" + pn + "' (" + (file instanceof PyStr f ? f.value : "unknown location") + ")";
            PyException e = Errors.raise(ExceptionTypes.ImportError, "%s", msg);
            ((ExcFields.ImportError) e.value).setName(pn);
            if (file instanceof PyStr) ((ExcFields.ImportError) e.value).setPath(file);
            throw e;
        }
        throw Errors.raise(ExceptionTypes.ImportError, "cannot import name '%s' from '<unknown module name>' (unknown location)", name);
    }

    private static final java.util.Set<PyObject> initializing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    static {
        dev.glassbox.objects.Abstract.moduleInitializing = initializing::contains;
    }

    static boolean isInitializing(PyObject module) {
        return initializing.contains(module);
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
                throw Errors.typeError("%s in %s.__all__ must be str, not %s", skipPrivate ? "Key" : "Item", modName, n.type.qualname);
            }
            if (skipPrivate && s.value.startsWith("_")) continue;
            PyObject v = Abstract.getAttr(module, s);
            if (locals instanceof PyDict d) d.setItem(s, v);
            else Abstract.setItem(locals, s, v);
        }
    }

    static PyBaseException err(PyException e) {
        return e.value;
    }

    static PyTuple empty() {
        return PyTuple.EMPTY;
    }
}
