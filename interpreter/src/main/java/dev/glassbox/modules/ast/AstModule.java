package dev.glassbox.modules.ast;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyType;

import java.util.Map;

/**
 * {@code _ast} (Python/Python-ast.c's module): {@code AST}, every node class in ASDL order and
 * the compile() flags that {@code ast.parse} passes. Lib/ast.py builds on it unchanged (its
 * deprecated Num/Str/... aliases included).
 */
@Exposed.Module(name = "_ast")
public final class AstModule {
    private AstModule() {}

    public static final int PyCF_ONLY_AST = 0x0400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(AstModule.class);
        PyDict d = m.dict();
        d.setItem("AST", PyAst.TYPE);
        for (Map.Entry<String, PyType> e : AstTypes.all().entrySet()) d.setItem(e.getKey(), e.getValue());
        d.setItem("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        d.setItem("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        d.setItem("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        return m;
    }
}
