package dev.glassbox.ast;

import dev.glassbox.parse.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ast package against CPython's recorded answers ({@code tools/record-parse-cases}):
 * {@code fields.txt} ({@code _fields} and {@code _attributes} of every node class, against
 * {@link AstSchema}), {@code repr-cases.txt} (Python's repr of literal values, against
 * {@link PyReprs}) and {@code cli-sample.*.txt} ({@code python3 -m ast} under several options,
 * against {@link AstCli}; {@code cli-single}/{@code cli-eval} for the other start rules).
 */
class AstPackageTest {

    static String resource(String name) {
        try (InputStream in = AstPackageTest.class.getResourceAsStream("/ast/" + name)) {
            if (in == null) throw new IllegalStateException(name + " missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void schemaMatchesCpythonFields() {
        List<String> diffs = new ArrayList<>();
        for (String line : resource("fields.txt").split("\n")) {
            if (line.isEmpty()) continue;
            String name = line.substring(0, line.indexOf(':'));
            String[] parts = line.substring(line.indexOf(':') + 1).split("\\|", -1);
            AstSchema.NodeType t = AstSchema.of(name);
            if (t == null) {
                diffs.add(name + " missing");
                continue;
            }
            String fields = String.join(" ", t.fields().stream().map(AstSchema.Field::name).toList());
            String attrs = String.join(" ", t.attributes().stream().map(AstSchema.Field::name).toList());
            if (!fields.equals(parts[0].trim()) || !attrs.equals(parts[1].trim())) {
                diffs.add(name + ": " + fields + " | " + attrs);
            }
        }
        assertEquals(List.of(), diffs);
    }

    @TestFactory
    Stream<DynamicTest> reprs() {
        return Stream.of(resource("repr-cases.txt").split("\n")).filter(l -> !l.isEmpty()).map(line -> {
            String[] p = line.split("\t", 2);
            return DynamicTest.dynamicTest(p[0], () -> {
                Mod.Expression e = (Mod.Expression) Parser.parse(p[0], "<repr>", Parser.Mode.EVAL);
                assertEquals(p[1], PyReprs.repr(((Expr.Constant) e.body).value));
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> cliModes() {
        return Stream.of("single", "eval").map(mode -> DynamicTest.dynamicTest(mode, () -> {
            Path f = Files.createTempFile("cli-" + mode, ".py");
            Files.writeString(f, resource("cli-" + mode + ".py"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int rc = AstCli.run(new String[] {"-m", mode, "-a", f.toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
            assertEquals(resource("cli-" + mode + ".txt"), out.toString(StandardCharsets.UTF_8));
        }));
    }

    @TestFactory
    Stream<DynamicTest> cli() throws IOException {
        Path sample = Files.createTempFile("cli-sample", ".py");
        Files.writeString(sample, resource("cli-sample.py"));
        return Stream.of(new String[][] {{"default"}, {"a", "-a"}, {"i1", "-i", "1"}, {"i0a", "-i", "0", "-a"},
                {"notc", "--no-type-comments"}}).map(c -> DynamicTest.dynamicTest(c[0], () -> {
                    List<String> argv = new ArrayList<>(List.of(c).subList(1, c.length));
                    argv.add(sample.toString());
                    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
                    int rc = AstCli.run(argv.toArray(new String[0]), new ByteArrayInputStream(new byte[0]),
                            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                    assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
                    assertEquals(resource("cli-sample." + c[0] + ".txt"), out.toString(StandardCharsets.UTF_8));
                }));
    }
}
