package dev.glassbox.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A long match honours an interrupt request (the kernel's interrupt, Ctrl-C) as sre_lib.h's
 * MAYBE_CHECK_SIGNALS does: the engine raises KeyboardInterrupt instead of running on. The
 * code is re._compiler's for {@code (?:a|a)*c}, exponential on a run of a's without a c. The
 * runtime boots in a child JVM ({@link #main}), so this JVM's global state stays untouched.
 */
class SreInterruptTest {
    @Test
    void longMatchIsInterrupted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                SreInterruptTest.class.getName());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals("interrupted", done ? out : "still matching after 60 s");
    }

    /** Whether the running program has bound name (read from another thread: a failed read is a no). */
    private static boolean defined(PyDict g, String name) {
        try {
            return g.getItemStr(name) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs the match with an interrupt requested 300 ms in; prints what the Python code saw. */
    public static void main(String[] args) throws Exception {
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
        PyDict g = new PyDict();
        // The interrupt comes 300 ms after the pattern exists (start-up before it may be slow).
        Thread t = new Thread(() -> {
            try {
                while (!defined(g, "p")) Thread.sleep(10);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            Interpreter.current().requestInterrupt();
        });
        t.setDaemon(true);
        t.start();
        rt.execBytes(src.getBytes(StandardCharsets.UTF_8), "<sre-interrupt>", g);
        PyObject r = g.getItemStr("result");
        System.out.println(r);
        System.out.flush();
        System.exit(0);
    }
}
