package dev.glassbox.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's view of an AST node: its {@code ast} class name ({@code "BinOp"},
 * {@code "Add"}, ...), its fields by their {@code ast} names ({@code left}, {@code op},
 * {@code type_comment}...) and its position (1-based lines, 0-based UTF-8 byte columns, as
 * the {@code ast} module reports them; -1 when the node has none).
 *
 * <p>Field values are Nodes, {@code List}s, identifiers ({@code String}), small ints
 * ({@code Integer}: {@code level}, {@code conversion}, {@code is_async}, {@code simple}), a
 * {@code Constant}'s value as a {@link dev.glassbox.bytecode.ConstValue} value, or null.
 * The parser's node classes are converted to this form by {@link AstAdapter}; tests build it
 * from CPython's own {@code ast} output, so the compiler can be checked independently of the
 * parser. The constant folder rewrites nodes in place ({@link #become}).
 */
public final class Node {
    public String type;
    public final Map<String, Object> fields;
    public int lineno = -1, colOffset = -1, endLineno = -1, endColOffset = -1;

    public Node(String type) {
        this.type = type;
        this.fields = new LinkedHashMap<>();
    }

    public Node(String type, int lineno, int colOffset, int endLineno, int endColOffset) {
        this(type);
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    public boolean is(String t) { return type.equals(t); }

    public Node node(String f) { return (Node) fields.get(f); }

    @SuppressWarnings("unchecked")
    public List<Node> list(String f) {
        Object v = fields.get(f);
        return v == null ? List.of() : (List<Node>) v;
    }

    @SuppressWarnings("unchecked")
    public List<String> names(String f) {
        Object v = fields.get(f);
        return v == null ? List.of() : (List<String>) v;
    }

    public String str(String f) { return (String) fields.get(f); }

    public int integer(String f) {
        Object v = fields.get(f);
        return v == null ? 0 : ((Number) v).intValue();
    }

    public Object get(String f) { return fields.get(f); }

    public Node set(String f, Object v) {
        fields.put(f, v);
        return this;
    }

    /** The name of the operator/context node in field {@code f} ("Add", "Load", ...). */
    public String op(String f) {
        Node n = node(f);
        return n == null ? null : n.type;
    }

    /** Replaces this node's kind and fields by another's, keeping the identity (COPY_NODE). */
    public void become(Node other) {
        type = other.type;
        Map<String, Object> f = new LinkedHashMap<>(other.fields);
        fields.clear();
        fields.putAll(f);
        lineno = other.lineno;
        colOffset = other.colOffset;
        endLineno = other.endLineno;
        endColOffset = other.endColOffset;
    }

    /** Turns this node into {@code Constant(value)} at the same position (make_const). */
    public void becomeConstant(Object value) {
        type = "Constant";
        fields.clear();
        fields.put("value", value);
        fields.put("kind", null);
    }

    public static Node constant(Object value, int lineno, int col, int endLineno, int endCol) {
        Node n = new Node("Constant", lineno, col, endLineno, endCol);
        n.fields.put("value", value);
        n.fields.put("kind", null);
        return n;
    }

    @Override
    public String toString() { return type + fields; }
}
