package dev.glassbox.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.Disassembler;
import dev.glassbox.bytecode.RecordedCode;
import dev.glassbox.parse.SyntaxErrorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiler against CPython, independently of the parser: each recorded module's AST
 * (CPython's own ast.parse output) is compiled and disassembled, and must print exactly what
 * CPython's dis printed for the module (compile/dis, recorded by tools/record-dis); each
 * recorded compile-time error must be raised with CPython's message and position
 * (compile/errors, recorded by tools/record-compile-errors). Cases listed in
 * compile/known-failures.txt are features not compiled yet: they are expected to fail.
 */
class CompilerTest {
    static List<String> knownFailures() {
        String text = RecordedCode.read(RecordedCode.dir("compile").resolve("known-failures.txt"));
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @TestFactory
    Stream<DynamicTest> disOfCompiledModules() {
        Path dir = RecordedCode.dir("compile/dis");
        List<String> known = knownFailures();
        return RecordedCode.cases(dir, ".ast.json").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Node mod = AstJson.parse(RecordedCode.read(dir.resolve(name + ".ast.json")));
            String source = RecordedCode.read(dir.resolve(name + ".py"));
            String want = RecordedCode.normalize(RecordedCode.read(dir.resolve(name + ".dis")));
            if (known.contains(name)) {
                assertThrows(UnsupportedOperationException.class,
                        () -> CodeGenerator.compile(mod, name + ".py", source, 0, 0), "now supported: update known-failures.txt");
                return;
            }
            CodeUnit co = CodeGenerator.compile(mod, name + ".py", source, 0, 0);
            assertEquals(want, RecordedCode.normalize(Disassembler.dis(co, false)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> compileTimeSyntaxErrors() throws Exception {
        Path dir = RecordedCode.dir("compile/errors");
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".err.json"))
                    .map(n -> n.substring(0, n.length() - ".err.json".length())).sorted().toList();
        }
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Node mod = AstJson.parse(RecordedCode.read(dir.resolve(name + ".ast.json")));
            String source = RecordedCode.read(dir.resolve(name + ".py"));
            Map<String, Object> want = RecordedCode.json(dir.resolve(name + ".err.json"));
            SyntaxErrorInfo e = assertThrows(SyntaxErrorInfo.class,
                    () -> CodeGenerator.compile(mod, name + ".py", source, 0, 0));
            assertEquals(want.get("msg"), e.msg);
            assertEquals(((Long) want.get("lineno")).intValue(), e.lineno, "lineno");
            assertEquals(((Long) want.get("offset")).intValue(), e.offset, "offset");
            assertEquals(((Long) want.get("end_lineno")).intValue(), e.endLineno, "end_lineno");
            assertEquals(((Long) want.get("end_offset")).intValue(), e.endOffset, "end_offset");
        }));
    }

    /** compile(source, NAME, 'eval') and 'single' (Expression and Interactive trees). */
    @TestFactory
    Stream<DynamicTest> evalAndSingleModes() {
        Path dir = RecordedCode.dir("compile/modes");
        return RecordedCode.cases(dir, ".ast.json").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Node mod = AstJson.parse(RecordedCode.read(dir.resolve(name + ".ast.json")));
            CodeUnit co = CodeGenerator.compile(mod, name, RecordedCode.read(dir.resolve(name + ".py")), 0, 0);
            assertEquals(RecordedCode.normalize(RecordedCode.read(dir.resolve(name + ".dis"))),
                    RecordedCode.normalize(Disassembler.dis(co, false)));
        }));
    }

    /**
     * Every attribute of every code object (co_code, co_linetable, co_exceptiontable,
     * co_stacksize, co_flags, names, localsplus names and kinds, constants) equals CPython's,
     * not just the dis text (which shows no columns).
     */
    @TestFactory
    Stream<DynamicTest> codeObjectsEqualCPythons() {
        Path dir = RecordedCode.dir("compile/dis");
        return RecordedCode.cases(dir).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Node mod = AstJson.parse(RecordedCode.read(dir.resolve(name + ".ast.json")));
            CodeUnit got = CodeGenerator.compile(mod, name + ".py", RecordedCode.read(dir.resolve(name + ".py")), 0, 0);
            CodeUnit want = RecordedCode.code(RecordedCode.json(dir.resolve(name + ".code.json")));
            assertSameCode(want, got, name);
        }));
    }

    static void assertSameCode(CodeUnit w, CodeUnit g, String path) {
        path = path + "/" + w.qualname;
        org.junit.jupiter.api.Assertions.assertArrayEquals(w.code, g.code, path + " co_code");
        org.junit.jupiter.api.Assertions.assertArrayEquals(w.linetable, g.linetable, path + " co_linetable");
        org.junit.jupiter.api.Assertions.assertArrayEquals(w.exceptiontable, g.exceptiontable, path + " co_exceptiontable");
        assertEquals(w.stacksize, g.stacksize, path + " co_stacksize");
        assertEquals(w.flags, g.flags, path + " co_flags");
        assertEquals(w.firstlineno, g.firstlineno, path + " co_firstlineno");
        assertEquals(w.argcount, g.argcount, path + " co_argcount");
        assertEquals(w.posonlyargcount, g.posonlyargcount, path + " co_posonlyargcount");
        assertEquals(w.kwonlyargcount, g.kwonlyargcount, path + " co_kwonlyargcount");
        assertEquals(List.of(w.names), List.of(g.names), path + " co_names");
        assertEquals(List.of(w.localsPlusNames), List.of(g.localsPlusNames), path + " localsplusnames");
        org.junit.jupiter.api.Assertions.assertArrayEquals(w.localsPlusKinds, g.localsPlusKinds, path + " localspluskinds");
        assertEquals(w.qualname, g.qualname, path + " co_qualname");
        assertEquals(w.consts.length, g.consts.length, path + " len(co_consts)");
        for (int i = 0; i < w.consts.length; i++) {
            if (w.consts[i] instanceof CodeUnit cw) {
                assertSameCode(cw, (CodeUnit) g.consts[i], path);
            } else {
                assertEquals(dev.glassbox.bytecode.ConstValue.key(w.consts[i]), dev.glassbox.bytecode.ConstValue.key(g.consts[i]),
                        path + " co_consts[" + i + "]");
                assertEquals(dev.glassbox.bytecode.ConstRepr.repr(w.consts[i]), dev.glassbox.bytecode.ConstRepr.repr(g.consts[i]),
                        path + " repr(co_consts[" + i + "])");
            }
        }
    }

    /** PyCF_ALLOW_TOP_LEVEL_AWAIT (asyncio REPL, notebooks): module code that awaits. */
    @org.junit.jupiter.api.Test
    void topLevelAwait() {
        Path dir = RecordedCode.dir("compile/toplevel_await");
        Node mod = AstJson.parse(RecordedCode.read(dir.resolve("tla.ast.json")));
        CodeUnit co = CodeGenerator.compile(mod, "tla", null, 0x2000, 0);
        assertEquals(RecordedCode.normalize(RecordedCode.read(dir.resolve("tla.dis"))),
                RecordedCode.normalize(Disassembler.dis(co, false)));
        assertEquals(CodeUnit.CO_COROUTINE, co.flags);
        assertThrows(SyntaxErrorInfo.class, () -> CodeGenerator.compile(
                AstJson.parse(RecordedCode.read(dir.resolve("tla.ast.json"))), "tla", null, 0, 0));
    }

    /** SyntaxWarnings: CPython's messages and line numbers, in CPython's order. */
    @org.junit.jupiter.api.Test
    @SuppressWarnings("unchecked")
    void syntaxWarnings() {
        Path dir = RecordedCode.dir("compile/warnings");
        Node mod = AstJson.parse(RecordedCode.read(dir.resolve("w.ast.json")));
        List<List<Object>> got = new java.util.ArrayList<>();
        CodeGenerator.compile(mod, "w.py", null, 0, 0, (msg, file, line) -> {
            got.add(List.of(msg, (long) line));
            return false;
        });
        Object want = dev.glassbox.bytecode.Json.parse(RecordedCode.read(dir.resolve("w.warnings.json")));
        assertEquals(want, got);
        // A warning that must become an error raises SyntaxError at that line.
        SyntaxErrorInfo e = assertThrows(SyntaxErrorInfo.class, () -> CodeGenerator.compile(
                AstJson.parse(RecordedCode.read(dir.resolve("w.ast.json"))), "w.py", null, 0, 0, (m, f, l) -> true));
        assertEquals("\"is\" with a literal. Did you mean \"==\"?", e.msg);
        assertEquals(2, e.lineno);
    }

    /** compile(..., optimize=1) drops asserts and folds __debug__; optimize=2 also docstrings. */
    @org.junit.jupiter.api.Test
    void optimizeLevels() {
        Path dir = RecordedCode.dir("compile/optimize");
        for (int level = 1; level <= 2; level++) {
            Node mod = AstJson.parse(RecordedCode.read(dir.resolve("o.ast.json")));
            CodeUnit co = CodeGenerator.compile(mod, "o", null, 0, level);
            assertEquals(RecordedCode.normalize(RecordedCode.read(dir.resolve("o" + level + ".dis"))),
                    RecordedCode.normalize(Disassembler.dis(co, false)), "optimize=" + level);
        }
    }
}
