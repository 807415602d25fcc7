package dev.glassbox.modules.os;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyModule;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs a module's Python part (a resource beside its Java class) in the module's namespace:
 * the pieces CPython writes in C but that are plain classes over the Java functions
 * ({@code DirEntry} and scandir's iterator for {@code posix}).
 */
final class Prelude {
    private Prelude() {}

    static void run(String resource, PyModule m) {
        byte[] src;
        try (InputStream in = Prelude.class.getResourceAsStream(resource)) {
            if (in == null) throw Errors.systemError("%s is missing from the runtime", resource);
            src = in.readAllBytes();
        } catch (IOException e) {
            throw Errors.systemError("cannot read %s", resource);
        }
        PyCode code = Runtime.get().compile(src, "<frozen " + resource + ">", "exec", 0);
        Heap.incref(code);
        try {
            Interpreter.current().runCode(code, m.dict(), m.dict());
        } finally {
            Heap.decref(code);
        }
    }
}
