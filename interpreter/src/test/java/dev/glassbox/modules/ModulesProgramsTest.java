package dev.glassbox.modules;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java built-in modules (itertools, _collections, math, ...) against CPython 3.11: each
 * {@code modules/programs/NAME.py} runs through the command line's entry point in a fresh JVM
 * and its stdout must equal {@code NAME.txt}, recorded from python3 (see the README there).
 * The programs import CPython's own Lib/ modules (collections, functools), so the test needs
 * the standard library folder that install.sh records in {@code .glassbox-stdlib} (or
 * {@code GLASSBOX_STDLIB}); without it the test is skipped.
 */
class ModulesProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        Path dir = Path.of(ModulesProgramsTest.class.getResource("/modules/programs/README.md").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (files.isEmpty()) throw new AssertionError("no programs in " + dir);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** The repository root: Maven runs the interpreter module's tests in its own folder. */
    private static Path home() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve(".glassbox-stdlib")) ? here : here.getParent();
    }

    private static void check(Path py) throws Exception {
        Path home = home();
        String envLib = System.getenv("GLASSBOX_STDLIB");
        Assumptions.assumeTrue((envLib != null && !envLib.isEmpty()) || (home != null && Files.exists(home.resolve(".glassbox-stdlib"))),
                "CPython's Lib/ folder is not recorded; run install.sh");
        String name = py.getFileName().toString();
        Path expected = py.resolveSibling(name.substring(0, name.length() - 3) + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dglassbox.home=" + home, "-cp", System.getProperty("java.class.path"), "dev.glassbox.cli.Main", name);
        pb.directory(py.getParent().toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile("modules", ".out"), err = Files.createTempFile("modules", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process proc = pb.start();
        if (!proc.waitFor(180, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError(name + " timed out");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), stdout, "stdout of " + name + "\nstderr:\n" + stderr);
        assertEquals(0, proc.exitValue(), "exit status; stderr:\n" + stderr);
    }
}
