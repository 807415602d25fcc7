package dev.glassbox.tokenize;

import dev.glassbox.parse.SyntaxErrorInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutates real sources (the committed samples and error cases) with a fixed seed: truncation,
 * flipped bytes, inserted brackets, quotes, backslashes, tabs and non-ASCII bytes, and deep
 * nesting. Every outcome must be tokens or the stream's own error (SyntaxErrorInfo for the
 * parser's stream, TokenizeError for the tokenize module's) — never another exception, never
 * an endless stream, and each input within a time bound.
 */
class TokenizeFuzzTest {
    private static final int ITERATIONS = 4000;
    private static final long MAX_NANOS_PER_INPUT = 2_000_000_000L;
    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\t", " ",
        "\\", "\\\n", "\n", "\r", "\r\n", "#", "0", "1_", "0x", "0o9", ".", "e", "j", "\u00e9", "\u20ac", "\u00a0",
        "\u0663", "rb", "f", "$", "!", "?", "`", "\f", "\u000b", "async ", "        ", "\t\t", "\u0000"};

    private static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        List<Path> paths = new ArrayList<>(TokenizeCases.files("samples", ".py"));
        paths.addAll(TokenizeCases.files("errors", ".py"));
        for (Path p : paths) {
            try {
                out.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.add(("x = " + "(".repeat(250) + "1" + ")".repeat(250) + "\n").getBytes());
        out.add(("x = " + "[".repeat(199) + "]".repeat(199) + "\n").getBytes());
        out.add(("x = " + "{(".repeat(120) + "\n").getBytes());
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 120; i++) deep.append(" ".repeat(i)).append("if x:\n");
        out.add(deep.toString().getBytes());
        return out;
    }

    private static byte[] mutate(byte[] src, Random rng) {
        byte[] b = src;
        int ops = 1 + rng.nextInt(5);
        for (int k = 0; k < ops; k++) {
            int pos = b.length == 0 ? 0 : rng.nextInt(b.length + 1);
            switch (rng.nextInt(4)) {
                case 0 -> b = java.util.Arrays.copyOf(b, pos);                       // truncate
                case 1 -> { if (b.length > 0) { b = b.clone(); b[Math.min(pos, b.length - 1)] = (byte) rng.nextInt(256); } }
                case 2 -> {                                                          // delete a byte
                    if (pos < b.length) {
                        byte[] c = new byte[b.length - 1];
                        System.arraycopy(b, 0, c, 0, pos);
                        System.arraycopy(b, pos + 1, c, pos, b.length - pos - 1);
                        b = c;
                    }
                }
                default -> {                                                         // insert
                    byte[] ins = INSERTS[rng.nextInt(INSERTS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] c = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, c, 0, pos);
                    System.arraycopy(ins, 0, c, pos, ins.length);
                    System.arraycopy(b, pos, c, pos + ins.length, b.length - pos);
                    b = c;
                }
            }
        }
        return b;
    }

    /** One input through every entry point; returns normally or fails the test. */
    private static void check(byte[] input, int index) {
        int limit = 4 * input.length + 200;   // no stream yields more tokens than this
        try {
            List<Token> tokens = ModuleTokenizer.tokenize(input, "fuzz.py");
            if (tokens.size() > limit) fail("input " + index + ": tokenize module stream too long");
        } catch (ModuleTokenizer.TokenizeError expected) {
            // tokenize.py would raise too
        }
        for (int path = 0; path < 2; path++) {
            try {
                SourceReader.Source src = path == 0 ? SourceReader.decodeBytes(input, "fuzz.py")
                        : SourceReader.decodeFile(input, "fuzz.py");
                for (Tokenizer.Mode mode : Tokenizer.Mode.values()) {
                    Tokenizer t = new Tokenizer(src, "fuzz.py", mode);
                    int n = 0;
                    try {
                        while (t.next().type() != TokenType.ENDMARKER) {
                            if (++n > limit) fail("input " + index + ": parser stream too long");
                        }
                    } catch (SyntaxErrorInfo expected) {
                        assertTrue(expected.msg != null && !expected.msg.isEmpty());
                    }
                }
            } catch (SyntaxErrorInfo expected) {
                // an encoding error from the source reader
            }
        }
    }

    @Test
    void mutatedSourcesGiveTokensOrSyntaxErrors() {
        List<byte[]> seeds = seeds();
        Random rng = new Random(20261123L);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] input = mutate(seeds.get(rng.nextInt(seeds.size())), rng);
                long t0 = System.nanoTime();
                try {
                    check(input, i);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input " + i + " (" + input.length + " bytes) threw " + e, e);
                }
                long took = System.nanoTime() - t0;
                assertTrue(took < MAX_NANOS_PER_INPUT, "input " + i + " took " + took / 1_000_000 + " ms");
            }
        });
    }
}
