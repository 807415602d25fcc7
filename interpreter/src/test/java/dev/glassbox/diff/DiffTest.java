package dev.glassbox.diff;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential tests: every {@code tests/diff/**}{@code /NAME.py} runs through the command line's
 * entry point ({@code dev.glassbox.cli.Main}, as {@code bin/glassbox} does) in a fresh JVM, in its
 * own folder with {@code PYTHONHASHSEED=0}; stdout must equal {@code NAME.out} (recorded from
 * CPython 3.11 by {@code tools/record-diff-tests}); with a {@code NAME.err} the exit status must be
 * non-zero and stderr must equal it, otherwise the status must be 0.
 */
class DiffTest {
    private static final Path ROOT = Path.of("..", "tests", "diff");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static Path sibling(Path py, String ext) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    private static void check(Path py) throws Exception {
        Path dir = py.toAbsolutePath().getParent();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"),
                // The project root, whose .glassbox-stdlib names CPython's Lib/ (tools/record-stdlib.sh).
                "-Dglassbox.home=" + ROOT.toAbsolutePath().normalize().getParent().getParent(),
                "dev.glassbox.cli.Main", py.getFileName().toString());
        pb.directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("diff", ".out"), err = Files.createTempFile("diff", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process proc = pb.start();
        if (!proc.waitFor(60, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(py + " timed out");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        // The main script's path is absolute in tracebacks (as CPython's): drop the folder.
        String stderr = Files.readString(err, StandardCharsets.UTF_8).replace(dir + "/", "")
                .replace(dir.normalize() + "/", "").replace(dir.toRealPath() + "/", "");
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        assertEquals(Files.readString(sibling(py, ".out"), StandardCharsets.UTF_8), stdout, "stdout of " + py + "\nstderr:\n" + stderr);
        // NAME.err: the expected stderr (warnings, tracebacks); NAME.exit: a non-zero exit status.
        Path expectedErr = sibling(py, ".err"), expectedExit = sibling(py, ".exit");
        int status = Files.exists(expectedExit) ? Integer.parseInt(Files.readString(expectedExit).strip()) : 0;
        assertEquals(status, proc.exitValue(), "exit status; stderr:\n" + stderr);
        if (Files.exists(expectedErr)) {
            assertEquals(Files.readString(expectedErr, StandardCharsets.UTF_8), stderr, "stderr of " + py);
        }
    }
}
