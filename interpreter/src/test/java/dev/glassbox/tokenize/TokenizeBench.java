package dev.glassbox.tokenize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark runner (not a test): tokenizes the largest modules of CPython's standard library
 * N times in one warm process and prints MB/s for each stream — the parser's
 * ({@link Tokenizer}) and the tokenize module's ({@link ModuleTokenizer}).
 *
 * <pre>
 * java -cp interpreter/target/classes:interpreter/target/test-classes dev.glassbox.tokenize.TokenizeBench [ROUNDS] [FILES] [STDLIB_DIR]
 * </pre>
 * STDLIB_DIR defaults to what {@code python3 -c "import sysconfig; print(sysconfig.get_path('stdlib'))"} says.
 * Extend {@link #STAGES} to time further stages (e.g. tokenize + parse).
 */
public final class TokenizeBench {
    private TokenizeBench() {}

    /** A stage to time over one file's bytes; returns a count so the JIT cannot drop the work. */
    interface Stage { long run(byte[] source, String name); }

    static final List<String> STAGE_NAMES = new ArrayList<>(List.of("parser tokens", "tokenize module"));
    static final List<Stage> STAGES = new ArrayList<>(List.of(
            (src, name) -> {
                Tokenizer t = new Tokenizer(SourceReader.decodeBytes(src, name), name, Tokenizer.Mode.EXEC);
                long n = 0;
                while (t.next().type() != TokenType.ENDMARKER) n++;
                return n;
            },
            (src, name) -> ModuleTokenizer.tokenize(src, name).size()));

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path stdlib = Path.of(args.length > 2 ? args[2] : stdlibDir());
        List<Path> files;
        try (Stream<Path> s = Files.walk(stdlib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/test"))
                    .sorted(Comparator.comparingLong(TokenizeBench::size).reversed()).limit(count).toList();
        }
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (Path p : files) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf("%d files, %.2f MB, %d rounds%n", files.size(), bytes / 1e6, rounds);
        for (int st = 0; st < STAGES.size(); st++) {
            Stage stage = STAGES.get(st);
            long sink = 0;
            for (int w = 0; w < Math.max(3, rounds / 4); w++) {      // warm-up
                for (int i = 0; i < sources.size(); i++) sink += stage.run(sources.get(i), files.get(i).toString());
            }
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < sources.size(); i++) sink += stage.run(sources.get(i), files.get(i).toString());
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-16s %8.1f MB/s  (%.3f s, %d tokens/round)%n", STAGE_NAMES.get(st),
                    bytes * (double) rounds / 1e6 / secs, secs, sink / (rounds + Math.max(3, rounds / 4)));
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String stdlibDir() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
