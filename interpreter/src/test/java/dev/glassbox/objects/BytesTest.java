package dev.glassbox.objects;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * bytes, bytearray, memoryview and the text codecs against CPython 3.11: each
 * {@code objects/bytes/NAME.py} runs through the command line's entry point in a fresh JVM with
 * {@code PYTHONHASHSEED=0} (bytes hashes are SipHash with CPython's key for seed 0), and its
 * stdout must equal {@code NAME.out}, recorded from python3 (see the README there).
 */
class BytesTest {
    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        Path dir = folder();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        if (files.isEmpty()) throw new AssertionError("no programs in " + dir);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BytesTest.class.getResource("/objects/bytes/README.md").toURI()).getParent();
    }

    private static void check(Path py) throws Exception {
        String name = py.getFileName().toString();
        Path expected = py.resolveSibling(name.substring(0, name.length() - 3) + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.glassbox.cli.Main", name);
        pb.directory(py.getParent().toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = Files.createTempFile("bytes", ".out"), err = Files.createTempFile("bytes", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process proc = pb.start();
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
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
