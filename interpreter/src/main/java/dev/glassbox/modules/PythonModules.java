package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyModule;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.IOException;
import java.io.InputStream;

/**
 * The runtime's own small modules written in Python (resources under this package, e.g.
 * {@code _glassbox_anext}): the pieces that are C types in CPython but plain Python classes over
 * the runtime here. Each is compiled and run once, on first import.
 */
public final class PythonModules {
    private PythonModules() {}

    /** Makes module {@code name} by running resource {@code file} (beside this class) in it. */
    public static PyModule create(String name, String file) {
        PyModule m = PyModule.create(name);
        run(PythonModules.class, file, "<frozen " + name + ">", m);
        return m;
    }

    /**
     * Runs the Python resource {@code file} (beside class {@code anchor}) in module {@code m}'s
     * namespace: the Python part of a module whose core is Java (posix's DirEntry, _io, _sre).
     */
    public static void run(Class<?> anchor, String file, PyModule m) {
        run(anchor, file, "<frozen " + file + ">", m);
    }

    private static void run(Class<?> anchor, String file, String codeName, PyModule m) {
        byte[] src;
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) throw Errors.systemError("%s is missing from the runtime", file);
            src = in.readAllBytes();
        } catch (IOException e) {
            throw Errors.systemError("cannot read %s", file);
        }
        PyCode code = Runtime.get().compile(src, codeName, "exec", 0);
        Heap.incref(code);
        try {
            Interpreter.current().runCode(code, m.dict(), m.dict());
        } finally {
            Heap.decref(code);
        }
    }
}
