package dev.glassbox.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The disassembler over code objects recorded from CPython (tools/record-dis): rebuilding
 * each code object and disassembling it must print exactly what CPython's dis.dis printed.
 */
class DisassemblerTest {
    @TestFactory
    Stream<DynamicTest> disOfRecordedCodeObjects() {
        Path dir = RecordedCode.dir("bytecode/dis");
        List<String> cases = RecordedCode.cases(dir);
        return cases.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CodeUnit co = RecordedCode.code(RecordedCode.json(dir.resolve(name + ".code.json")));
            String want = RecordedCode.read(dir.resolve(name + ".dis"));
            assertEquals(RecordedCode.normalize(want), RecordedCode.normalize(Disassembler.dis(co, false)));
        }));
    }

    @Test
    void showCaches() {
        Path dir = RecordedCode.dir("bytecode/dis");
        CodeUnit co = RecordedCode.code(RecordedCode.json(dir.resolve("003_calls.code.json")));
        String want = RecordedCode.read(RecordedCode.dir("bytecode/caches").resolve("003_calls.caches.dis"));
        assertEquals(RecordedCode.normalize(want), RecordedCode.normalize(Disassembler.dis(co, true)));
    }

    /** A function quickened by CPython (its _co_code_adaptive): specialized names, cache values. */
    @Test
    void adaptiveCodeArray() {
        Path dir = RecordedCode.dir("bytecode/adaptive");
        Map<String, Object> json = RecordedCode.json(dir.resolve("f.code.json"));
        CodeUnit co = RecordedCode.code(json);
        byte[] quick = RecordedCode.hex((String) json.get("code_adaptive"));
        assertEquals(RecordedCode.read(dir.resolve("f.adaptive.dis")), Disassembler.disassemble(co, quick, -1, false));
        assertEquals(RecordedCode.read(dir.resolve("f.adaptive_caches.dis")), Disassembler.disassemble(co, quick, -1, true));
    }

    @Test
    void codeInfoOfEveryCodeObject() {
        CodeUnit co = RecordedCode.code(RecordedCode.json(RecordedCode.dir("bytecode/dis").resolve("004_closures_scopes.code.json")));
        List<String> infos = new java.util.ArrayList<>();
        collectInfo(co, infos);
        String want = RecordedCode.read(RecordedCode.dir("bytecode/info").resolve("004_closures_scopes.code_info.txt"));
        assertEquals(RecordedCode.normalize(want), RecordedCode.normalize(String.join("\n\n", infos) + "\n"));
    }

    private static void collectInfo(CodeUnit co, List<String> out) {
        out.add(Disassembler.codeInfo(co));
        for (Object c : co.consts) if (c instanceof CodeUnit inner) collectInfo(inner, out);
    }

    @Test
    void stackEffectArgumentChecks() {
        assertEquals(1, Opcode.stackEffectChecked(Opcode.LOAD_CONST, 0, null));
        assertEquals(-1, Opcode.stackEffectChecked(Opcode.FOR_ITER, 3, true));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Opcode.stackEffectChecked(Opcode.LOAD_CONST, null, null));
        assertEquals("stack_effect: opcode requires oparg but oparg was not specified", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Opcode.stackEffectChecked(Opcode.POP_TOP, 0, null));
        assertEquals("stack_effect: opcode does not permit oparg but oparg was specified", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Opcode.stackEffectChecked(Opcode.BINARY_OP_ADAPTIVE, null, null));
        assertEquals("invalid opcode or oparg", e.getMessage());
    }

    @Test
    void replaceKeepsTheRestAndRelaysLocals() {
        CodeUnit co = RecordedCode.code(RecordedCode.json(RecordedCode.dir("bytecode/dis").resolve("004_closures_scopes.code.json")));
        CodeUnit inner = null;
        for (Object c : co.consts) if (c instanceof CodeUnit u && u.cellvars().length > 0) inner = u;
        CodeUnit r = inner.replace(Map.of("co_name", "renamed", "co_firstlineno", 99));
        assertEquals("renamed", r.name);
        assertEquals(99, r.firstlineno);
        assertEquals(List.of(inner.varnames()), List.of(r.varnames()));
        assertEquals(List.of(inner.cellvars()), List.of(r.cellvars()));
        assertEquals(inner.nlocalsplus(), r.nlocalsplus());
        org.junit.jupiter.api.Assertions.assertNotEquals(inner, r);
        assertEquals(inner, inner.replace(Map.of()));
    }

    /** The structured listing holds what the text shows: same instructions and nesting. */
    @Test
    void listingMatchesText() {
        CodeUnit co = RecordedCode.code(RecordedCode.json(RecordedCode.dir("bytecode/dis").resolve("004_closures_scopes.code.json")));
        Disassembler.Listing l = Disassembler.listing(co, co.code, false);
        StringBuilder sb = new StringBuilder();
        render(l, sb, true);
        assertEquals(Disassembler.dis(co, false), sb.toString());
    }

    private static void render(Disassembler.Listing l, StringBuilder sb, boolean top) {
        if (!top) sb.append("\nDisassembly of ").append(l.header()).append(":\n");
        sb.append(Disassembler.disassemble(l.code(), l.code().code, -1, false));
        assertEquals(Disassembler.instructions(l.code(), l.code().code, false), l.instructions());
        for (Disassembler.Listing c : l.children()) render(c, sb, false);
    }
}
