package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The import system without CPython's importlib (no standard library configured): built-in
 * modules, bundled modules, then source files on {@code sys.path}, with no specs or loaders.
 */
final class LegacyFinder {
    private LegacyFinder() {}

    /** Imports {@code a.b.c}: each parent first; returns the module for the full name. */
    static PyObject importFull(String full) {
        PyDict modules = Importer.sysModules();
        PyObject m = modules.getItemStr(full);
        if (m != null && m != PyNone.NONE) return m;
        if (m == PyNone.NONE) throw Importer.notFound("import of " + full + " halted; None in sys.modules", full);
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
                throw Importer.notFound("No module named '" + full + "'; '" + parentName + "' is not a package", full);
            }
        }
        PyObject mod = load(full, path);
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.intern(full.substring(dot + 1)), mod);
        }
        return mod;
    }


    private static PyObject load(String full, PyObject path) {
        long start = System.nanoTime();
        Supplier<PyModule> builtin = path == null ? Importer.builtinFactory(full) : null;
        PyDict modules = Importer.sysModules();
        if (builtin != null) {
            PyModule m = builtin.get();
            modules.setItem(full, m);
            Importer.record(new Importer.Record(full, "built-in", null, System.nanoTime() - start, System.nanoTime() - start, Importer.nextOrder(), null, false));
            return modules.getItemStr(full);
        }
        String leaf = full.substring(full.lastIndexOf('.') + 1);
        List<String> dirs = new ArrayList<>();
        PyObject searchPath = path != null ? path : Importer.sysAttr("path");
        if (searchPath != null) {
            for (PyObject entry : Abstract.toArray(searchPath)) if (entry instanceof PyStr s) dirs.add(s.value);
        }
        // The runtime's bundled modules come before sys.path (DESIGN.md §7): its own tokenize
        // shadows the copy in CPython's Lib.
        String bundled = "/dev/glassbox/lib/" + full.replace('.', '/') + ".py";
        if (path == null && LegacyFinder.class.getResource(bundled) != null) {
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
        throw Importer.notFound("No module named '" + full + "'", full);
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
        try (var in = LegacyFinder.class.getResourceAsStream(resource)) {
            source = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw Errors.raise(ExceptionTypes.ImportError, "cannot read bundled module %s", full);
        }
        PyModule m = PyModule.create(full);
        m.dict().setItem("__package__", PyStr.of(full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : ""));
        return run(full, m, source, "<glassbox>/" + full.replace('.', '/') + ".py", start, "bundled");
    }

    private static PyObject run(String full, PyModule m, byte[] source, String filename, long start, String origin) {
        PyDict modules = Importer.sysModules();
        modules.setItem(full, m);
        Heap.incref(m);
        Importer.initializing.add(m);
        try {
            Importer.runner.exec(source, filename, m);
        } catch (PyException e) {
            PyObject removed = modules.pop(PyStr.intern(full));
            if (removed != null) Heap.decref(removed);
            throw e;
        } finally {
            Importer.initializing.remove(m);
            m.refcnt--;
            if (m.refcnt == 0) { m.refcnt = 1; Heap.decref(m); }
        }
        Importer.record(new Importer.Record(full, origin, filename, System.nanoTime() - start, System.nanoTime() - start, Importer.nextOrder(), null, false));
        Importer.notifyLoaded(m);
        PyObject result = modules.getItemStr(full);
        if (result == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "Loaded module %s not found in sys.modules", full);
        }
        return result;
    }

}
