package dev.glassbox.ast;

import java.util.List;

/**
 * {@code ast.dump(node, annotate_fields=True, include_attributes, indent)} as CPython 3.11's
 * {@code Lib/ast.py} writes it: fields in ASDL order ({@link AstSchema}); an optional field
 * holding None is left out; a node whose arguments are all simple and at most three prints on
 * one line; lists print on one line only when empty. A value is simple when it is not a node
 * or a non-empty list, or is a node that prints no arguments ({@code Load()}).
 *
 * <p>Unlike ast.py, which builds each child's text and then joins it (quadratic on deep
 * trees), this decides each node's layout from its children's kinds and appends to one
 * builder, so it runs in time linear in the output.
 */
public final class AstDump {
    private final boolean includeAttributes;
    private final String indent;   // null: no indentation
    private final StringBuilder out = new StringBuilder();

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
        AstDump d = new AstDump(includeAttributes, indent < 0 ? null : " ".repeat(indent));
        d.format(node, 0);
        return d.out.toString();
    }

    /** Is the value printed at all (an optional field's None is not)? */
    private static boolean shown(Object value, AstSchema.Field f) {
        return !(value == null && f.optional());
    }

    /** The number of arguments a node prints. */
    private int argCount(AstNode n, AstSchema.NodeType t) {
        int count = 0;
        List<AstSchema.Field> fields = t.fields();
        for (int i = 0; i < fields.size(); i++) if (shown(n.field(i), fields.get(i))) count++;
        if (includeAttributes) {
            List<AstSchema.Field> attrs = t.attributes();
            for (int i = 0; i < attrs.size(); i++) if (shown(n.attribute(i), attrs.get(i))) count++;
        }
        return count;
    }

    private boolean simple(Object v) {
        if (v instanceof AstNode n) return argCount(n, AstSchema.of(n.typeName())) == 0;
        if (v instanceof List<?> l) return l.isEmpty();
        return true;
    }

    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) out.append(indent);
    }

    private void format(Object node, int level) {
        if (indent != null) level++;
        if (node instanceof AstNode n) {
            AstSchema.NodeType t = AstSchema.of(n.typeName());
            List<AstSchema.Field> fields = t.fields();
            List<AstSchema.Field> attrs = includeAttributes ? t.attributes() : List.of();
            int count = 0;
            boolean allSimple = true;
            for (int i = 0; i < fields.size(); i++) {
                Object v = n.field(i);
                if (!shown(v, fields.get(i))) continue;
                count++;
                allSimple &= simple(v);
            }
            for (int i = 0; i < attrs.size(); i++) {
                Object v = n.attribute(i);
                if (!shown(v, attrs.get(i))) continue;
                count++;
                allSimple &= simple(v);
            }
            boolean flat = indent == null || (allSimple && count <= 3);
            out.append(n.typeName()).append('(');
            int k = 0;
            for (int pass = 0; pass < 2; pass++) {
                List<AstSchema.Field> fs = pass == 0 ? fields : attrs;
                for (int i = 0; i < fs.size(); i++) {
                    Object v = pass == 0 ? n.field(i) : n.attribute(i);
                    if (!shown(v, fs.get(i))) continue;
                    if (k++ > 0) out.append(flat ? ", " : ",");
                    if (!flat) newline(level);
                    out.append(fs.get(i).name()).append('=');
                    format(v, level);
                }
            }
            out.append(')');
            return;
        }
        if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(indent == null ? ", " : ",");
                if (indent != null) newline(level);
                format(list.get(i), level);
            }
            out.append(']');
            return;
        }
        if (node instanceof Integer i) out.append(i.intValue());
        else if (node == null) out.append("None");
        else out.append(PyReprs.repr(node));
    }
}
