package dev.glassbox.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ast.dump(node, annotate_fields=True, include_attributes, indent)} as CPython 3.11's
 * {@code Lib/ast.py} writes it: fields in ASDL order ({@link AstSchema}); an optional field
 * holding None is left out and switches the rest to keyword form; a node whose arguments are
 * all simple and at most three prints on one line; lists print on one line only when empty.
 */
public final class AstDump {
    private final boolean includeAttributes;
    private final String indent;   // null: no indentation

    private AstDump(boolean includeAttributes, String indent) {
        this.includeAttributes = includeAttributes;
        this.indent = indent;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Object node) {
        return dump(node, false, -1);
    }

    /** {@code ast.dump(node, include_attributes=..., indent=n)}; {@code indent < 0} is indent=None. */
    public static String dump(Object node, boolean includeAttributes, int indent) {
        return new AstDump(includeAttributes, indent < 0 ? null : " ".repeat(indent)).format(node, 0).text;
    }

    private record Out(String text, boolean simple) {}

    private Out format(Object node, int level) {
        String prefix, sep;
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            sep = ",\n" + indent.repeat(level);
        } else {
            prefix = "";
            sep = ", ";
        }
        if (node instanceof AstNode n) {
            AstSchema.NodeType t = AstSchema.of(n.typeName());
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            List<AstSchema.Field> fields = t.fields();
            for (int i = 0; i < fields.size(); i++) {
                AstSchema.Field f = fields.get(i);
                Object value = n.field(i);
                if (value == null && f.optional()) continue;   // the class default is None
                Out o = format(value, level);
                allSimple &= o.simple;
                args.add(f.name() + "=" + o.text);              // annotate_fields=True
            }
            if (includeAttributes) {
                List<AstSchema.Field> attrs = t.attributes();
                for (int i = 0; i < attrs.size(); i++) {
                    Object value = n.attribute(i);
                    if (value == null && attrs.get(i).optional()) continue;
                    Out o = format(value, level);
                    allSimple &= o.simple;
                    args.add(attrs.get(i).name() + "=" + o.text);
                }
            }
            if (allSimple && args.size() <= 3) {
                return new Out(n.typeName() + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Out(n.typeName() + "(" + prefix + String.join(sep, args) + ")", false);
        }
        if (node instanceof List<?> list) {
            if (list.isEmpty()) return new Out("[]", true);
            StringBuilder b = new StringBuilder("[").append(prefix);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) b.append(sep);
                b.append(format(list.get(i), level).text);
            }
            return new Out(b.append(']').toString(), false);
        }
        if (node instanceof Integer i) return new Out(i.toString(), true);
        if (node == null) return new Out("None", true);
        return new Out(PyReprs.repr(node), true);
    }
}
