package dev.glassbox.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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
}
