package dev.glassbox.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.Disassembler;
import dev.glassbox.bytecode.RecordedCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The compiler over CPython's standard library, from CPython's own ASTs: each module recorded
 * by tools/record-stdlib-dis must disassemble exactly as CPython's dis did. The records live
 * outside the repository (they are large): run with {@code -Dglassbox.stdlibRecords=DIR}.
 */
@EnabledIfSystemProperty(named = "glassbox.stdlibRecords", matches = ".+")
class StdlibCompileTest {
    @TestFactory
    Stream<DynamicTest> stdlibModules() throws IOException {
        Path root = Path.of(System.getProperty("glassbox.stdlibRecords"));
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs.stream().flatMap(dir -> RecordedCode.cases(dir, ".ast.json").stream().map(name ->
                DynamicTest.dynamicTest(dir.getFileName() + "/" + name, () -> {
                    Node mod = AstJson.parse(RecordedCode.read(dir.resolve(name + ".ast.json")));
                    CodeUnit co = CodeGenerator.compile(mod, name + ".py", null, 0, 0);
                    assertEquals(RecordedCode.normalize(RecordedCode.read(dir.resolve(name + ".dis"))),
                            RecordedCode.normalize(Disassembler.dis(co, false)));
                })));
    }
}
