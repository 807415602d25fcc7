package dev.glassbox.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A long match honours an interrupt request (the kernel's interrupt, Ctrl-C) as sre_lib.h's
 * MAYBE_CHECK_SIGNALS does: the engine raises KeyboardInterrupt instead of running on. The
 * code is re._compiler's for {@code (?:a|a)*c}, exponential on a run of a's without a c.
 */
class SreInterruptTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void longMatchIsInterrupted() throws Exception {
        Runtime rt = Runtime.boot(new Runtime.Config(List.of(), List.of(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), true, List.of()));
        String src = String.join("\n",
                "import _sre",
                "p = _sre.compile(None, 0, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 16, 97, 7, 3, 15, 5, 3, 15,",
                "                 2, 0, 18, 16, 99, 1], 0, {}, ())",
                "try:",
                "    result = repr(p.match('a' * 64))",
                "except KeyboardInterrupt:",
                "    result = 'interrupted'",
                "");
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            Interpreter.current().requestInterrupt();
        });
        t.start();
        PyDict g = new PyDict();
        rt.execBytes(src.getBytes(StandardCharsets.UTF_8), "<sre-interrupt>", g);
        t.join();
        PyObject r = g.getItemStr("result");
        assertEquals("interrupted", r.toString());
    }
}
