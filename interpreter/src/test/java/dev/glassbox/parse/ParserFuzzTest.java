package dev.glassbox.parse;

import dev.glassbox.ast.Mod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Robustness: mutated real sources (the recorded cases' sources, truncated, with characters
 * flipped, brackets and keywords inserted, lines duplicated or re-indented) and deeply nested
 * inputs must each end in a tree or a {@link SyntaxErrorInfo}: never another exception, a
 * Java stack overflow, or a hang. The seed is fixed, so a failure names a reproducible input.
 */
class ParserFuzzTest {
    private static final long SEED = 20261123L;
    private static final int MUTANTS = 4000;
    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "'", "\"",
            "\"\"\"", "f'", "{x", "\\", "\n", "\n    ", "\t", " if ", " else ", " for ", " in ", "lambda ", "yield ",
            "await ", "async ", "match ", "case ", "_", "@", ":=", "->", ".", "...", "#", "é", "\0", "\r", "not ",
            "def ", "class ", "return ", "try:", "except* ", "del ", "global x", "import ", "from . import "};

    /** The outcome of one parse: null when fine, else a description of what went wrong. */
    static String check(String source) {
        AtomicReference<Throwable> bad = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                for (Parser.Mode m : new Parser.Mode[] {Parser.Mode.EXEC, Parser.Mode.EVAL, Parser.Mode.SINGLE}) {
                    try {
                        Mod tree = Parser.parse(source, "<fuzz>", m, m == Parser.Mode.EXEC);
                        if (tree == null) throw new AssertionError("null tree");
                        // (a deep tree's indented dump is quadratic in size, as CPython's is)
                        if (source.length() < 5000) dev.glassbox.ast.AstDump.dump(tree, true, 3);
                    } catch (SyntaxErrorInfo e) {
                        if (e.msg == null || e.lineno < 0) throw new AssertionError("malformed error " + e);
                    }
                }
            } catch (Throwable e) {
                bad.set(e);
            }
        }, "fuzz", 1L << 28);
        t.setDaemon(true);
        t.start();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (t.isAlive()) return "hang";
        Throwable e = bad.get();
        if (e == null) return null;
        StackTraceElement[] st = e.getStackTrace();
        return e + (st.length > 0 ? " at " + st[0] : "");
    }

    static List<String> corpus() {
        List<String> out = new ArrayList<>();
        for (RecordedCases.Case c : RecordedCases.load("/parse/ast-cases.txt")) out.add(c.source());
        for (RecordedCases.Case c : RecordedCases.load("/parse/error-cases.txt")) out.add(c.source());
        return out;
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(6)) {
                case 0: b.setLength(at); break;                                        // truncate
                case 1: if (at < b.length()) b.setCharAt(at, (char) (32 + r.nextInt(95))); break;   // flip
                case 2: b.insert(at, INSERTS[r.nextInt(INSERTS.length)]); break;      // insert
                case 3: if (at < b.length()) b.deleteCharAt(at); break;                // delete
                case 4: {                                                              // duplicate a slice
                    int to = Math.min(b.length(), at + r.nextInt(40));
                    b.insert(at, b.substring(at, to));
                    break;
                }
                default: b.insert(at, "    "); break;                                  // indent
            }
        }
        return b.toString();
    }

    static List<String> deep() {
        List<String> out = new ArrayList<>();
        for (int n : new int[] {50, 199, 200, 201, 1000}) {
            out.add("x = " + "(".repeat(n) + ")".repeat(n));
            out.add("x = " + "[".repeat(n) + "]".repeat(n));
            out.add("x = " + "{".repeat(n));
            out.add("x = " + "(".repeat(n));
        }
        for (int n : new int[] {100, 1000, 3000}) {
            out.add("x = " + "-".repeat(n) + "1");
            out.add("x = " + "not ".repeat(n) + "1");
            out.add("x = " + "lambda: ".repeat(n) + "1");
            out.add("x = 1" + " if a else 1".repeat(n));
            out.add("x = a" + ".b".repeat(n) + "(1)".repeat(n));
            out.add("x = 1" + " + 1".repeat(n));
            out.add("x = " + "await ".repeat(n) + "y");
            out.add("x = " + "*".repeat(n) + "y");
            out.add("if x:\n" + "    ".repeat(1) + "pass\n".repeat(n));
        }
        StringBuilder nest = new StringBuilder();
        for (int i = 0; i < 120; i++) nest.append("    ".repeat(i)).append("if x:\n");
        nest.append("    ".repeat(120)).append("pass\n");
        out.add(nest.toString());
        out.add("f'" + "{".repeat(50) + "x" + "}".repeat(50) + "'");
        out.add("f'{x:{y:{z:{w}}}}'");
        return out;
    }

    @Test
    void mutantsEndInTreeOrSyntaxError() {
        Random r = new Random(SEED);
        List<String> corpus = corpus();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTANTS && failures.size() < 10; i++) {
            String src = mutate(corpus.get(r.nextInt(corpus.size())), r);
            String bad = check(src);
            if (bad != null) failures.add(bad + " for " + dev.glassbox.ast.PyReprs.str(src));
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    @Test
    void deepNestingEndsInTreeOrSyntaxError() {
        List<String> failures = new ArrayList<>();
        for (String src : deep()) {
            String bad = check(src);
            if (bad != null) failures.add(bad + " for " + src.substring(0, Math.min(60, src.length())));
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    public static void main(String[] args) {
        Random r = new Random(SEED);
        List<String> corpus = corpus();
        int bad = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String src = mutate(corpus.get(r.nextInt(corpus.size())), r);
            String b = check(src);
            if (b != null && bad++ < 30) System.out.println(b + "\n   for " + dev.glassbox.ast.PyReprs.str(src));
        }
        for (String src : deep()) {
            String b = check(src);
            if (b != null) {
                bad++;
                System.out.println(b + "\n   for deep " + src.substring(0, Math.min(60, src.length())));
            }
        }
        System.out.println(bad + " failures");
    }
}
