package dev.glassbox.tokenize;

import dev.glassbox.parse.SyntaxErrorInfo;

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

/**
 * The data-driven checks shared by the tokenizer tests: each compares this package's output
 * with CPython's, recorded under {@code src/test/resources/tokenize} by {@code record.py},
 * and returns a description of every difference (empty when all agree).
 */
final class TokenizeCases {
    private TokenizeCases() {}

    static Path resources() {
        Path p = Path.of("src/test/resources/tokenize");
        if (!Files.isDirectory(p)) p = Path.of("interpreter/src/test/resources/tokenize");
        return p;
    }

    static List<Path> files(String dir, String ext) {
        try (Stream<Path> s = Files.list(resources().resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sibling(Path p, String ext) {
        String name = p.getFileName().toString();
        return read(p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ext));
    }

    /** The parser stream's verdict on a source, in record.py's format. */
    static String parserOutcome(String source) {
        return outcome(() -> new Tokenizer(source, "f.py", Tokenizer.Mode.EXEC));
    }

    /** The same for a script file, read as {@code python3 FILE} reads it. */
    static String scriptOutcome(Path file) {
        return outcome(() -> {
            try {
                return Tokenizer.forFile(SourceReader.decodeFile(Files.readAllBytes(file), "f.py"), "f.py");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String outcome(java.util.function.Supplier<Tokenizer> make) {
        try {
            Tokenizer t = make.get();
            while (t.next().type() != TokenType.ENDMARKER) { }
            return "TOKENS";
        } catch (SyntaxErrorInfo e) {
            return String.join("\t", e.kind.pythonName, e.msg, "" + e.lineno, "" + e.offset, "" + e.endLineno,
                    "" + e.endOffset, e.text == null ? "None" : PyRepr.str(e.text));
        }
    }

    /** errors/NNN.py against errors/NNN.expected (compile) and errors/NNN.file (python3 FILE). */
    static List<String> errorDifferences() {
        List<String> diffs = new ArrayList<>();
        for (Path p : files("errors", ".py")) {
            String want = sibling(p, ".expected").strip();
            String got = parserOutcome(read(p));
            if (!want.equals(got)) diffs.add(p.getFileName() + ": want " + want + " | got " + got);
            String wantFile = sibling(p, ".file").strip();
            String gotFile = scriptOutcome(p);
            if (!wantFile.equals(gotFile)) diffs.add(p.getFileName() + " as a script: want " + wantFile + " | got " + gotFile);
        }
        return diffs;
    }

    /** The C tokenizer's stream in record.py's format: type, repr, start and end with byte columns. */
    static String parserTokens(String source) {
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder b = new StringBuilder();
        try {
            Tokenizer t = new Tokenizer(source, "f.py", Tokenizer.Mode.EXEC);
            for (Token k; (k = t.next()).type() != TokenType.ENDMARKER; ) {
                b.append(k.type().number).append(' ').append(PyRepr.str(k.string())).append(' ')
                        .append(k.startLine()).append(',').append(byteCol(lines, k.startLine(), k.startCol()))
                        .append(' ').append(k.endLine()).append(',').append(byteCol(lines, k.endLine(), k.endCol()))
                        .append('\n');
            }
        } catch (SyntaxErrorInfo e) {
            b.append("ERROR ").append(e.kind.pythonName).append('\n');
        }
        return b.toString();
    }

    private static int byteCol(String[] lines, int line, int col) {
        if (col < 0 || line < 1 || line > lines.length) return col;
        String l = lines[line - 1];
        if (col > l.codePointCount(0, l.length())) return col;
        return l.substring(0, l.offsetByCodePoints(0, col)).getBytes(StandardCharsets.UTF_8).length;
    }

    /** What {@code glassbox -m tokenize [-e] FILE} prints, with "EXIT n" and the first stderr line on failure. */
    static String cliOutput(Path file, boolean exact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        String[] argv = exact ? new String[] {"-e", file.toString()} : new String[] {file.toString()};
        int rc = TokenizeCli.run(argv, InputStream.nullInputStream(), o, e);
        String s = out.toString(StandardCharsets.UTF_8);
        if (rc != 0) s += "EXIT " + rc + "\n" + err.toString(StandardCharsets.UTF_8).split("\n")[0] + "\n";
        return s;
    }

    /** What {@code glassbox -m tokenize < FILE} prints. */
    static String cliStdinOutput(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int rc;
        try (InputStream in = Files.newInputStream(file)) {
            rc = TokenizeCli.run(new String[0], in, o, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        if (rc != 0) s += "EXIT " + rc + "\n" + err.toString(StandardCharsets.UTF_8).split("\n")[0] + "\n";
        return s;
    }

    /** samples/*.py against their .tokens, .exact, .stdin and .ctokens. */
    static List<String> sampleDifferences() {
        List<String> diffs = new ArrayList<>();
        for (Path p : files("samples", ".py")) {
            // The recorded output names the file as record.py passed it: samples/NAME.py
            Path rel = resources().relativize(p);
            String name = p.getFileName().toString();
            String[][] checks = {
                {".tokens", cliOutput(p, false)}, {".exact", cliOutput(p, true)}, {".stdin", cliStdinOutput(p)}};
            for (String[] c : checks) {
                String want = sibling(p, c[0]).replace("samples/" + name, rel.toString());
                String got = c[1].replace(p.toString(), rel.toString());
                if (!want.equals(got)) diffs.add(name + c[0] + ": " + firstDifference(want, got));
            }
            String ctokens;
            try {
                ctokens = parserTokens(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String want = sibling(p, ".ctokens");
            if (want.startsWith("ERROR")) continue;    // undecodable or rejected: covered by errors/
            if (!want.equals(ctokens)) diffs.add(name + ".ctokens: " + firstDifference(want, ctokens));
        }
        return diffs;
    }

    static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1), g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>", b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) return "line " + (i + 1) + ": want [" + a + "] got [" + b + "]";
        }
        return "equal";
    }

    /** encoding-cases.txt (bytes literals) against encoding-cases.expected (compile(bytes)'s verdict). */
    static List<String> encodingDifferences() {
        List<String> diffs = new ArrayList<>();
        List<String> cases = read(resources().resolve("encoding-cases.txt")).lines()
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> want = read(resources().resolve("encoding-cases.expected")).lines().toList();
        for (int i = 0; i < cases.size(); i++) {
            String got;
            try {
                SourceReader.Source src = SourceReader.decodeBytes(bytesLiteral(cases.get(i)), "f.py");
                Tokenizer t = new Tokenizer(src, "f.py", Tokenizer.Mode.EXEC);
                while (t.next().type() != TokenType.ENDMARKER) { }
                got = "OK";
            } catch (SyntaxErrorInfo e) {
                String pos = e.lineno == 0 && e.offset == 0 ? "None\tNone" : e.lineno + "\t" + e.offset;
                String end = e.endLineno == 0 ? "None\tNone" : e.endLineno + "\t" + e.endOffset;
                got = String.join("\t", e.kind.pythonName, e.msg, pos, end, e.text == null ? "None" : PyRepr.str(e.text));
            }
            if (!want.get(i).equals(got)) diffs.add(cases.get(i) + ": want " + want.get(i) + " | got " + got);
        }
        return diffs;
    }

    /** Parses a Python bytes literal b'...' with \\xNN, \\n, \\t, \\\\ and quote escapes. */
    static byte[] bytesLiteral(String lit) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 2; i < lit.length() - 1; i++) {
            char c = lit.charAt(i);
            if (c != '\\') {
                b.write(c);
                continue;
            }
            char e = lit.charAt(++i);
            switch (e) {
                case 'n' -> b.write('\n');
                case 'r' -> b.write('\r');
                case 't' -> b.write('\t');
                case 'x' -> {
                    b.write(Integer.parseInt(lit.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> b.write(e);
            }
        }
        return b.toByteArray();
    }

    /** samples/*.py read as `python3 FILE` reads a script, against samples/*.run. */
    static List<String> scriptDifferences() {
        List<String> diffs = new ArrayList<>();
        for (Path p : files("samples", ".py")) {
            String want = sibling(p, ".run").strip();
            String name = "samples/" + p.getFileName();
            String got;
            try {
                SourceReader.Source src = SourceReader.decodeFile(Files.readAllBytes(p), name);
                Tokenizer t = Tokenizer.forFile(src, name);
                while (t.next().type() != TokenType.ENDMARKER) { }
                got = "OK";
            } catch (SyntaxErrorInfo e) {
                got = e.kind.pythonName + ": " + e.msg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // A parser-level error (invalid syntax) is not the tokenizer's to find.
            if (want.endsWith("invalid syntax") && got.equals("OK")) continue;
            if (!want.equals(got)) diffs.add(name + ": want " + want + " | got " + got);
        }
        return diffs;
    }

    public static void main(String[] args) {
        scriptDifferences().forEach(System.out::println);
        encodingDifferences().forEach(System.out::println);
        errorDifferences().forEach(System.out::println);
        sampleDifferences().forEach(System.out::println);
    }
}
