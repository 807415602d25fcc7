package dev.glassbox.compile;

import dev.glassbox.bytecode.Json;
import dev.glassbox.bytecode.RecordedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rebuilds a {@link Node} tree from the AST JSON that tools/record-dis writes (CPython's ast.parse). */
public final class AstJson {
    private AstJson() {}

    public static Node parse(String json) { return (Node) convert(Json.parse(json), false); }

    @SuppressWarnings("unchecked")
    private static Object convert(Object o, boolean constantValue) {
        if (o instanceof Map<?, ?> m0) {
            Map<String, Object> m = (Map<String, Object>) m0;
            Node n = new Node((String) m.get("_"));
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String k = e.getKey();
                switch (k) {
                    case "_" -> { }
                    case "lineno" -> n.lineno = ((Long) e.getValue()).intValue();
                    case "col_offset" -> n.colOffset = ((Long) e.getValue()).intValue();
                    case "end_lineno" -> n.endLineno = e.getValue() == null ? -1 : ((Long) e.getValue()).intValue();
                    case "end_col_offset" -> n.endColOffset = e.getValue() == null ? -1 : ((Long) e.getValue()).intValue();
                    case "value" -> n.fields.put(k, n.is("Constant") ? RecordedCode.constant((List<Object>) e.getValue())
                            : convert(e.getValue(), false));
                    default -> n.fields.put(k, convert(e.getValue(), false));
                }
            }
            return n;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(convert(x, false));
            return out;
        }
        return o;
    }
}
