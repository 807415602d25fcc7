package dev.glassbox.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import behaviours that need the command line (options, environment) or that go beyond
 * what CPython 3.11 can record: -B and PYTHONDONTWRITEBYTECODE, -X importtime's report,
 * a cache file with a damaged body, and PEP 810 lazy imports under -X lazy_imports. Each case
 * runs the runtime's entry point in a fresh JVM, in a temporary folder of its own.
 */
class ImportCommandLineTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int status, String out, String err) {}

    private static Result run(Path dir, Map<String, String> extraEnv, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "-Dglassbox.home=" + ROOT, "dev.glassbox.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PYTHONHASHSEED", "0");
        env.putAll(extraEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("imp", ".out"), err = Files.createTempFile("imp", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    private static void write(Path dir, String rel, String text) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Path pyc(Path dir, String module) {
        return dir.resolve("__pycache__").resolve(module + "." + PycFormat.CACHE_TAG + ".pyc");
    }

    @Test
    void cacheWrittenUnlessDisabled(@TempDir Path dir) throws Exception {
        write(dir, "m.py", "print('m runs')\n");
        write(dir, "main.py", "import m\n");
        Result r = run(dir, Map.of(), "-B", "main.py");
        assertEquals("m runs\n", r.out, r.err);
        assertFalse(Files.exists(pyc(dir, "m")), "-B writes no cache");
        r = run(dir, Map.of("PYTHONDONTWRITEBYTECODE", "1"), "main.py");
        assertEquals("m runs\n", r.out, r.err);
        assertFalse(Files.exists(pyc(dir, "m")), "PYTHONDONTWRITEBYTECODE writes no cache");
        r = run(dir, Map.of(), "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)");
        assertEquals("False 0\n", r.out, r.err);
        r = run(dir, Map.of(), "-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)");
        assertEquals("True 1\n", r.out, r.err);
        r = run(dir, Map.of(), "main.py");
        assertEquals("m runs\n", r.out, r.err);
        assertTrue(Files.exists(pyc(dir, "m")), "the cache is written by default");
        byte[] data = Files.readAllBytes(pyc(dir, "m"));
        assertEquals('\r', data[2]);
        assertEquals('\n', data[3]);
    }

    @Test
    void damagedCacheBodyIsRecompiledAndRewritten(@TempDir Path dir) throws Exception {
        write(dir, "m.py", "VALUE = 'from source'\n");
        write(dir, "main.py", "import m\nprint(m.VALUE, m.__cached__.endswith('.pyc'))\n");
        assertEquals("from source True\n", run(dir, Map.of(), "main.py").out);
        Path cache = pyc(dir, "m");
        byte[] good = Files.readAllBytes(cache);
        // The header still matches the source; the marshalled code does not parse.
        byte[] bad = java.util.Arrays.copyOf(good, 16 + 5);
        bad[16] = (byte) 0xff;
        Files.write(cache, bad);
        Result r = run(dir, Map.of(), "main.py");
        assertEquals("from source True\n", r.out, r.err);
        assertEquals("", r.err);
        assertRewritten(good, Files.readAllBytes(cache));
        // A body cut short fails in the same way and is rewritten too.
        Files.write(cache, java.util.Arrays.copyOf(good, good.length - 7));
        r = run(dir, Map.of(), "main.py");
        assertEquals("from source True\n", r.out, r.err);
        assertRewritten(good, Files.readAllBytes(cache));
        // A cached code object runs like the compiled one: the second run reads the cache.
        write(dir, "main.py", "import m, sys\nprint(m.VALUE, type(m.__loader__).__name__, m.__spec__.cached == m.__cached__)\n");
        assertEquals("from source SourceFileLoader True\n", run(dir, Map.of(), "main.py").out);
    }

    /** The same header and the same marshalled code (the code object's own ref flag aside). */
    private static void assertRewritten(byte[] good, byte[] now) {
        assertEquals(good.length, now.length, "the damaged file is rewritten");
        assertEquals(java.util.HexFormat.of().formatHex(good, 0, 16), java.util.HexFormat.of().formatHex(now, 0, 16));
        assertEquals(good[16] & 0x7f, now[16] & 0x7f);
        assertTrue(java.util.Arrays.equals(good, 17, good.length, now, 17, now.length));
    }

    @Test
    void importTimeReportHasCPythonsShape(@TempDir Path dir) throws Exception {
        write(dir, "a.py", "import b\nimport c\n");
        write(dir, "b.py", "import c\nimport d\n");
        write(dir, "c.py", "X = 1\n");
        write(dir, "d.py", "import c\n");
        write(dir, "main.py", "import a\nimport a\n");
        Result r = run(dir, Map.of(), "-X", "importtime", "main.py");
        assertEquals(0, r.status, r.err);
        List<String> lines = r.err.lines().toList();
        assertEquals("import time: self [us] | cumulative | imported package", lines.get(0));
        // CPython 3.11's lines for the program's own modules, the times replaced by N
        List<String> mine = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.matches("import time: {1,9}\\d+ \\| {1,10}\\d+ \\| *[A-Za-z_.]+"), l);
            String name = l.substring(l.lastIndexOf('|') + 2);
            if (List.of("a", "b", "c", "d").contains(name.strip())) mine.add(l.replaceAll("\\d+ \\|", "N |").replaceAll(" +N", " N"));
        }
        assertEquals(List.of("import time: N | N |     c", "import time: N | N |     d",
                "import time: N | N |   b", "import time: N | N | a"), mine);
        // self excludes the nested imports: cumulative = self + children for 'b'
        long[] c = null, d = null, b = null;
        for (String l : lines.subList(1, lines.size())) {
            String[] parts = l.substring("import time:".length()).split("\\|");
            if (parts.length != 3) continue;
            long[] v = {Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())};
            switch (parts[2].strip()) {
                case "c" -> c = v;
                case "d" -> d = v;
                case "b" -> b = v;
                default -> { }
            }
        }
        assertTrue(Math.abs(b[1] - (b[0] + c[1] + d[1])) <= 3, "cumulative of b = self + c + d");
        Result quiet = run(dir, Map.of(), "main.py");
        assertEquals("", quiet.err);
    }

    @Test
    void lazyImportsAreReifiedOnFirstUse(@TempDir Path dir) throws Exception {
        write(dir, "heavy.py", "print('heavy runs')\nX = 5\n");
        write(dir, "pk/__init__.py", "print('pk runs')\n");
        write(dir, "pk/sub.py", "print('pk.sub runs')\nY = 7\n");
        write(dir, "main.py", String.join("\n",
                "import sys",
                "lazy import heavy",
                "lazy from pk.sub import Y as why",
                "lazy import pk.sub as ps",
                "lazy = 'still a name'",
                "print('bound:', 'heavy' in sys.modules, 'pk' in sys.modules, sorted(sys.lazy_modules))",
                "print(type(globals()['heavy']).__name__, repr(globals()['heavy']), repr(globals()['why']))",
                "print('X =', heavy.X)",
                "print(type(globals()['heavy']).__name__, globals()['heavy'] is sys.modules['heavy'])",
                "def f():",
                "    return why",
                "print('Y =', f())",
                "print(ps.Y, ps is sys.modules['pk.sub'], lazy)",
                "lazy import unused_never_loaded",
                "print('unused_never_loaded' in sys.modules, type(globals()['unused_never_loaded']).__name__)",
                "lazy import missing_module_xyz",
                "try:",
                "    missing_module_xyz.attr",
                "except ModuleNotFoundError as e:",
                "    print('on use:', e)",
                ""));
        Result r = run(dir, Map.of(), "-X", "lazy_imports", "main.py");
        assertEquals(String.join("\n",
                "bound: False False ['heavy', 'pk.sub']",
                "lazy_import <lazy_import 'heavy'> <lazy_import 'pk.sub.Y'>",
                "heavy runs", "X = 5", "module True", "pk runs", "pk.sub runs", "Y = 7", "7 True still a name",
                "False lazy_import", "on use: No module named 'missing_module_xyz'", ""), r.out, r.err);
        // lazy_imports=none: the same statements import eagerly
        r = run(dir, Map.of(), "-X", "lazy_imports=none", "main.py");
        assertTrue(r.out.startsWith("heavy runs\npk runs\npk.sub runs\n"), r.out + r.err);
        // without the option the 3.11 grammar stands
        r = run(dir, Map.of(), "main.py");
        assertEquals(1, r.status);
        assertTrue(r.err.endsWith("SyntaxError: invalid syntax\n"), r.err);
    }

    @Test
    void lazyImportSyntaxErrors(@TempDir Path dir) throws Exception {
        String[][] cases = {
                {"def f():\n    lazy import os\n", "SyntaxError: lazy import not allowed inside functions"},
                {"class C:\n    lazy from os import path\n", "SyntaxError: lazy from ... import not allowed inside classes"},
                {"try:\n    lazy import os\nexcept ImportError:\n    pass\n", "SyntaxError: lazy import not allowed inside try/except blocks"},
                {"try:\n    pass\nfinally:\n    lazy import os\n", "SyntaxError: lazy import not allowed inside try/except blocks"},
                {"lazy from os import *\n", "SyntaxError: lazy from ... import * is not allowed"},
                {"lazy from __future__ import annotations\n", "SyntaxError: lazy from __future__ import is not allowed"},
        };
        for (String[] c : cases) {
            write(dir, "bad.py", c[0]);
            Result r = run(dir, Map.of(), "-X", "lazy_imports", "bad.py");
            assertEquals(1, r.status, c[0]);
            List<String> lines = r.err.lines().toList();
            assertEquals(c[1], lines.get(lines.size() - 1), c[0] + r.err);
        }
        write(dir, "ok.py", "import contextlib\nwith contextlib.suppress(ImportError):\n    lazy import os\nprint(type(globals()['os']).__name__)\n");
        assertEquals("lazy_import\n", run(dir, Map.of(), "-X", "lazy_imports", "ok.py").out);
    }
}
