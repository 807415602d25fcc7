package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Installs CPython's importlib as this runtime's import machinery, as pylifecycle.c's
 * init_importlib does: {@code _frozen_importlib} runs {@code _install(sys, _imp)} (BuiltinImporter
 * and FrozenImporter on {@code sys.meta_path}, specs for the modules already loaded), then
 * {@code _install_external_importers()} imports {@code _frozen_importlib_external} (PathFinder,
 * the FileFinder path hook, SourceFileLoader and the bytecode cache). The pyc magic number is
 * then the runtime's own ({@link PycFormat}).
 *
 * <p>Done on the first import rather than at start-up, so a program that imports nothing
 * does not pay for it. Without CPython's Lib the runtime keeps its {@link LegacyFinder}.
 */
final class Bootstrap {
    private Bootstrap() {}

    static PyModule bootstrap;
    static PyObject findAndLoad, handleFromlist, lockUnlockModule;
    private static boolean tried;

    static boolean ready() {
        return findAndLoad != null;
    }

    static PyObject importFunc() {
        PyObject f = dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__");
        return f == null ? PyNone.NONE : f;
    }

    static boolean verbose() {
        PyObject flags = Importer.sysAttr("flags");
        try {
            PyObject v = flags == null ? null : Abstract.getAttr(flags, "verbose");
            return v != null && Abstract.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    static synchronized boolean install() {
        if (tried) return ready();
        tried = true;
        PyObject dir = Importer.sysAttr("_stdlib_dir");
        if (!(dir instanceof PyStr d) || !Files.isRegularFile(Path.of(d.value, "importlib", "_bootstrap.py"))
                || !Files.isRegularFile(Path.of(d.value, "importlib", "_bootstrap_external.py"))) {
            return false;
        }
        Frozen.stdlib = d.value;
        PyObject x = Importer.sysAttr("_xoptions");
        if (x instanceof PyDict xd && xd.getItemStr("importtime") != null) Importer.importTime = true;
        String env = System.getenv("PYTHONPROFILEIMPORTTIME");
        if (env != null && !env.isEmpty()) Importer.importTime = true;

        PyDict modules = Importer.sysModules();
        PyObject imp = modules.getItemStr("_imp");
        if (imp == null) {
            imp = ImpModule.create();
            modules.setItem("_imp", imp);
        }
        PyModule m = PyModule.create("_frozen_importlib");
        Heap.incref(m);
        bootstrap = m;
        m.dict().setItem("__origname__", PyStr.of("importlib._bootstrap"));
        modules.setItem("_frozen_importlib", m);
        PyCode code = Frozen.code(Frozen.find("_frozen_importlib"));
        Interpreter.current().runCode(code, m.dict(), m.dict());
        Abstract.callMethod(m, "_install", modules.getItemStr("sys"), imp);
        findAndLoad = keep(m.dict().getItemStr("_find_and_load"));
        handleFromlist = keep(m.dict().getItemStr("_handle_fromlist"));
        lockUnlockModule = keep(m.dict().getItemStr("_lock_unlock_module"));
        PyModule.importlibRepr = keep(m.dict().getItemStr("_module_repr"));
        // _bootstrap_external's `import _io` gets the stand-in while it runs (see bootio.py).
        boolean standIn = modules.getItemStr("_io") == null;
        if (standIn) {
            PyModule io = PyModule.create("_io");
            dev.glassbox.modules.PythonModules.run(Bootstrap.class, "bootio.py", io);
            modules.setItem("_io", io);
        }
        try {
            Abstract.callMethod(m, "_install_external_importers");
        } finally {
            if (standIn) {
                PyObject removed = modules.pop(PyStr.intern("_io"));
                if (removed != null) Heap.decref(removed);
            }
        }
        PyObject ext = modules.getItemStr("_frozen_importlib_external");
        if (ext != null) {
            Abstract.setAttr(ext, PyStr.intern("MAGIC_NUMBER"), PyBytes.of(PycFormat.magic()));
            Abstract.setAttr(ext, PyStr.intern("_RAW_MAGIC_NUMBER"), PyInt.of(
                    (PycFormat.magic()[0] & 0xff) | (PycFormat.magic()[1] & 0xff) << 8 | 0x0a0d0000L));
            Abstract.setAttr(ext, PyStr.intern("_compile_bytecode"), CacheRecovery.compileBytecodeFunction());
        }
        setMainLoader(modules, ext);
        preloadEncodings(modules, d.value);
        return true;
    }

    /**
     * CPython imports {@code encodings} (and with it {@code codecs}) while it initialises, before
     * the script's folder is put on sys.path, so a script named codecs.py never shadows them.
     * The same here, from the standard library folder alone; a failure leaves them unloaded.
     */
    private static void preloadEncodings(PyDict modules, String stdlib) {
        if (modules.getItemStr("encodings") != null) return;
        PyModule sys = (PyModule) modules.getItemStr("sys");
        PyObject saved = sys.dict().getItemStr("path");
        if (saved == null) return;
        Heap.incref(saved);
        try {
            sys.dict().setItem("path", dev.glassbox.objects.PyList.of(PyStr.of(stdlib)));
            PyObject enc = Abstract.call(findAndLoad, PyStr.of("encodings"), importFunc());
            if (enc == null) return;
        } catch (PyException e) {
            // As a runtime without the library: the codecs written in Java still work.
        } finally {
            sys.dict().setItem("path", saved);
            Heap.decref(saved);
        }
    }

    private static PyObject keep(PyObject o) {
        Heap.incref(o);
        return o;
    }

    /** __main__.__loader__: SourceFileLoader for a script, BuiltinImporter otherwise (as pymain does). */
    private static void setMainLoader(PyDict modules, PyObject ext) {
        if (!(modules.getItemStr("__main__") instanceof PyModule main)) return;
        PyDict g = main.dict();
        PyObject loader = g.getItemStr("__loader__");
        if (loader != null && loader != PyNone.NONE) return;
        PyObject file = g.getItemStr("__file__");
        if (file instanceof PyStr && ext != null) {
            g.setItem("__loader__", Abstract.call(Abstract.getAttr(ext, "SourceFileLoader"), PyStr.of("__main__"), file));
        } else {
            g.setItem("__loader__", Abstract.getAttr(bootstrap, "BuiltinImporter"));
        }
        if (g.getItemStr("__spec__") == null) g.setItem("__spec__", PyNone.NONE);
    }
}
