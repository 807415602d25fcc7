package dev.glassbox.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Import benchmark (prints figures, asserts nothing). Two measurements:
 * <ol>
 * <li>start-up importing the same modules ({@code json, collections, re, enum, typing, textwrap, random, pathlib}
 * and a generated 40-module package) in fresh runtimes: the first start with an empty cache
 * against the second start, which finds the cache the first one wrote. The cache goes to a
 * fresh {@code PYTHONPYCACHEPREFIX} folder each round (CPython's mechanism for a separate
 * cache tree), so caches written elsewhere before do not count.</li>
 * <li>re-importing a loaded module 100,000 times in one runtime: the module's code runs once,
 * and the cost per hit of {@code import m} (the sys.modules fast path) is printed.</li>
 * </ol>
 * usage: {@code java -cp CLASSPATH dev.glassbox.imports.ImportBench [GLASSBOX_LAUNCHER] [ROUNDS]};
 * with no launcher the entry point runs from this class path.
 */
public final class ImportBench {
    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        String launcher = args.length > 0 && !args[0].isEmpty() ? args[0] : null;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("importbench");
        Path pkg = work.resolve("mods");
        Files.createDirectories(pkg);
        // A package of 40 generated modules (classes, functions, constants), like a small application.
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder("import collections, functools\n");
            if (i > 0) b.append("from . import m").append(i - 1).append("\n");
            for (int k = 0; k < 30; k++) {
                b.append("class C").append(k).append(":\n    X = ").append(k).append("\n")
                        .append("    def f(self, a, b=2, *c, **d):\n        return [x * a for x in range(b)] + list(c)\n")
                        .append("def g").append(k).append("(x):\n    return {'k': x, 'v': (x, ").append(k).append(", 'text')}\n");
            }
            Files.writeString(pkg.resolve("m" + i + ".py"), b.toString());
        }
        Files.writeString(pkg.resolve("__init__.py"), "");
        Path prog = work.resolve("startup.py");
        Files.writeString(prog, "import json, collections, re, enum, typing, textwrap, random, pathlib\nimport mods.m39\n");
        System.out.println("start-up: import json, collections, re, enum, typing, textwrap, random, pathlib + a 40-module package");
        long cold = Long.MAX_VALUE, warm = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            Path prefix = Files.createTempDirectory(work, "cache");
            cold = Math.min(cold, time(launcher, work, prefix, prog.toString()));  // compiles, writes the cache
            warm = Math.min(warm, time(launcher, work, prefix, prog.toString()));  // reads it
        }
        System.out.printf("  first start, empty cache:  %5d ms (best of %d)%n", cold, rounds);
        System.out.printf("  second start, cache found: %5d ms (best of %d)%n", warm, rounds);
        System.out.printf("  saved by the cache:        %5d ms (%.0f%%)%n", cold - warm, 100.0 * (cold - warm) / cold);

        Path hits = work.resolve("hits.py");
        Files.writeString(hits, String.join("\n",
                "import time, sys",
                "with open('counted.py', 'w') as f:",
                "    f.write('import sys\\nsys.runs = getattr(sys, \"runs\", 0) + 1\\n')",
                "sys.path.insert(0, '.')",
                "def run(n):",
                "    for _ in range(n):",
                "        import counted",
                "run(1000)",
                "t = time.perf_counter()",
                "run(100000)",
                "dt = time.perf_counter() - t",
                "print(f'  100,000 imports of a loaded module: {dt * 1e3:.1f} ms, {dt * 1e9 / 100000:.0f} ns each; module code ran {sys.runs} time(s)')",
                ""));
        System.out.println("re-import:");
        runShow(launcher, work, hits.toString());
        System.out.println("(CPython for comparison: PYTHONPYCACHEPREFIX=DIR python3 " + prog + ", twice)");
    }

    private static List<String> command(String launcher, String... args) {
        List<String> cmd = new ArrayList<>();
        if (launcher != null) {
            cmd.add(launcher);
        } else {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    "-Dglassbox.home=" + Path.of("..").toAbsolutePath().normalize(), "dev.glassbox.cli.Main"));
        }
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    private static long time(String launcher, Path dir, Path cachePrefix, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(launcher, args)).directory(dir.toFile());
        pb.environment().remove("PYTHONDONTWRITEBYTECODE");
        pb.environment().put("PYTHONPYCACHEPREFIX", cachePrefix.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) p.destroyForcibly();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void runShow(String launcher, Path dir, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command(launcher, args)).directory(dir.toFile()).inheritIO();
        pb.environment().remove("PYTHONDONTWRITEBYTECODE");
        pb.start().waitFor(300, TimeUnit.SECONDS);
    }
}
