package dev.glassbox.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parser throughput: parses the largest modules of a standard library folder (default: the
 * 20 largest .py files outside test folders) repeatedly in one warm JVM and prints MB/s of
 * source per round (tokenizer and parser on decoded text; decoding is timed once, apart).
 * A benchmark, not a test: it asserts nothing.
 *
 * <p>usage: {@code java -Xss64m ... dev.glassbox.parse.ParseBench STDLIB_DIR [FILES] [ROUNDS]}.
 * The CPython figure for the same files ({@code ast.parse} on source bytes) is printed by
 * {@code python3 -c} with the command shown at the end.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files = largest(dir, count);
        List<byte[]> data = new ArrayList<>();
        long bytes = 0;
        for (Path p : files) {
            byte[] b = Files.readAllBytes(p);
            data.add(b);
            bytes += b.length;
        }
        System.out.printf("%d files, %.2f MB%n", files.size(), bytes / 1e6);
        // Decoding (SourceReader) is timed apart: the rounds measure tokenizer + parser.
        long d0 = System.nanoTime();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            texts.add(dev.glassbox.tokenize.SourceReader.decodeBytes(data.get(i), files.get(i).toString()).text());
        }
        System.out.printf("decoding: %.3f s%n", (System.nanoTime() - d0) / 1e9);
        Thread t = new Thread(null, () -> {
            for (int r = 1; r <= rounds; r++) {
                long t0 = System.nanoTime();
                int nodes = 0;
                for (int i = 0; i < data.size(); i++) {
                    nodes += Parser.parse(texts.get(i), files.get(i).toString(), Parser.Mode.EXEC).hashCode() & 1;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %2d: %.3f s, %.2f MB/s%n", r, s, data.stream().mapToLong(b -> b.length).sum() / 1e6 / s);
            }
        }, "bench", 1L << 28);
        t.start();
        t.join();
        // The same measurement in CPython, to paste into a shell.
        StringBuilder py = new StringBuilder("python3 - <<'EOF'\nimport ast, time\nfs = [\n");
        for (Path p : files) py.append("    ").append(PyReprsForBench.str(p.toString())).append(",\n");
        py.append("]\nd = [open(f, 'rb').read() for f in fs]\nn = sum(map(len, d))\nfor r in range(").append(rounds)
                .append("):\n    t = time.perf_counter()\n    for x in d:\n        ast.parse(x)\n"
                        + "    s = time.perf_counter() - t\n    print('%.3f s, %.2f MB/s' % (s, n / 1e6 / s))\nEOF");
        System.out.println("CPython, same files:\n" + py);
    }

    /** Python string literals for the file names (single quotes, backslashes escaped). */
    private static final class PyReprsForBench {
        static String str(String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
    }

    static List<Path> largest(Path dir, int count) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("/test") && !p.toString().contains("site-packages")
                            && !p.toString().contains("lib2to3") && !p.toString().contains("idlelib"))
                    .sorted(Comparator.comparingLong(ParseBench::size).reversed())
                    .limit(count).toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
