package dev.glassbox.parse;

import dev.glassbox.ast.AstDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parser against CPython's recorded answers ({@code tools/record-parse-cases}):
 * {@code ast-cases.txt} holds sources with their {@code ast.dump(include_attributes=True)},
 * {@code error-cases.txt} sources with their SyntaxError fields (class, msg, lineno, offset,
 * end_lineno, end_offset, text). Parsing runs on a thread with a large stack, as the runtime does.
 */
class ParserCasesTest {

    @TestFactory
    Stream<DynamicTest> trees() {
        return RecordedCases.load("/parse/ast-cases.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(c.expected(), onBigStack(() -> AstDump.dump(
                        Parser.parse(c.source(), "<string>", Parser.Mode.EXEC, true), true, -1)))));
    }

    @TestFactory
    Stream<DynamicTest> errors() {
        return RecordedCases.load("/parse/error-cases.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(c.expected(), onBigStack(() -> outcome(c.source())))));
    }

    static String treeOrError(String source) {
        try {
            return AstDump.dump(Parser.parse(source, "<string>", Parser.Mode.EXEC, true), true, -1);
        } catch (SyntaxErrorInfo e) {
            return RecordedCases.describe(e);
        }
    }

    static String outcome(String source) {
        try {
            Parser.parse(source, "<string>", Parser.Mode.EXEC);
            return "no error";
        } catch (SyntaxErrorInfo e) {
            return RecordedCases.describe(e);
        }
    }

    static String onBigStack(java.util.function.Supplier<String> f) {
        AtomicReference<Object> r = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                r.set(f.get());
            } catch (Throwable e) {
                r.set(e);
            }
        }, "parse", 1L << 28);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (r.get() instanceof RuntimeException e) throw e;
        if (r.get() instanceof Error e) throw e;
        return (String) r.get();
    }

    /**
     * Prints every case that differs (a quick report while working on the parser). With a file
     * argument (as {@code tools/parse-diff-fuzz} writes), checks that file's cases instead: an
     * expected value starting with {@code Module(} is a tree, anything else an error.
     */
    public static void main(String[] args) throws java.io.IOException {
        int ok = 0, all = 0;
        List<String> files = args.length > 0 ? List.of(args) : List.of("/parse/ast-cases.txt", "/parse/error-cases.txt");
        for (String file : files) {
            List<RecordedCases.Case> cases = args.length > 0
                    ? RecordedCases.parse(java.nio.file.Files.readString(java.nio.file.Path.of(file))) : RecordedCases.load(file);
            for (RecordedCases.Case c : cases) {
                all++;
                String got;
                try {
                    boolean tree = args.length > 0 ? c.expected().startsWith("Module(") : file.contains("ast");
                    got = onBigStack(() -> tree ? treeOrError(c.source()) : outcome(c.source()));
                } catch (Throwable e) {
                    got = "CRASH " + e;
                }
                if (got.equals(c.expected())) ok++;
                else System.out.println(c.name() + "\n  want " + c.expected() + "\n  got  " + got);
            }
        }
        System.out.println(ok + "/" + all + " cases identical");
    }
}
