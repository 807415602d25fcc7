package dev.glassbox.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.bytecode.RecordedCode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The symbol table against CPython's {@code symtable} module (tools/record-symtable): for every
 * scope of each recorded module, its type, name, line, nesting and the raw flag word of every
 * symbol (how it is bound and used, and its resolved scope) must equal CPython's.
 */
class SymtableTest {
    @TestFactory
    Stream<DynamicTest> scopesAndSymbolFlags() {
        Path dir = RecordedCode.dir("compile/symtable");
        Path asts = RecordedCode.dir("compile/dis");
        return RecordedCode.cases(dir, ".symtable.json").stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Node mod = AstJson.parse(RecordedCode.read(asts.resolve(name + ".ast.json")));
            int features = CodeGenerator.futureFeatures(mod, name + ".py", new int[1]);
            Symtable st = Symtable.build(mod, name + ".py", null,
                    (features & dev.glassbox.bytecode.CodeUnit.CO_FUTURE_ANNOTATIONS) != 0);
            compare(RecordedCode.json(dir.resolve(name + ".symtable.json")), st.top(), name);
        }));
    }

    @SuppressWarnings("unchecked")
    private static void compare(Map<String, Object> want, Scope got, String path) {
        path = path + "/" + want.get("name");
        assertEquals(want.get("type"), got.type.name().toLowerCase(), path + " type");
        assertEquals(want.get("name"), got.name, path + " name");
        assertEquals(((Long) want.get("lineno")).intValue(), got.lineno, path + " lineno");
        assertEquals(want.get("nested"), got.nested, path + " nested");
        Map<String, Long> wantSyms = (Map<String, Long>) want.get("symbols");
        Map<String, Long> gotSyms = new LinkedHashMap<>();
        for (var e : got.symbols.entrySet()) gotSyms.put(e.getKey(), (long) e.getValue());
        assertEquals(new java.util.TreeMap<>(wantSyms), new java.util.TreeMap<>(gotSyms), path + " symbols");
        List<Map<String, Object>> children = (List<Map<String, Object>>) want.get("children");
        assertEquals(children.size(), got.children.size(), path + " children");
        for (int i = 0; i < children.size(); i++) compare(children.get(i), got.children.get(i), path);
    }
}
