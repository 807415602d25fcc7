package dev.glassbox.compile;

import dev.glassbox.ast.AstNode;
import dev.glassbox.ast.AstSchema;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.bytecode.ConstValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the parser's AST ({@link AstNode}: {@code typeName()}, {@code field(i)},
 * {@code attribute(i)}, field names from {@link AstSchema}) into the compiler's {@link Node}s,
 * and the parser's constant values ({@link ConstantValue}) into {@link ConstValue} ones. The
 * compiler works on Nodes so that it can be tested on CPython's own ASTs as well.
 */
public final class AstAdapter {
    private AstAdapter() {}

    /** The Node tree of a parser AST node (a {@code Module}, {@code Expression}, ...). */
    public static Node toNode(AstNode astNode) {
        return (Node) convert(astNode);
    }

    private static Object convert(Object o) {
        if (o == null) return null;
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(convert(x));
            return out;
        }
        if (!(o instanceof AstNode a)) return o;  // identifiers (String) and small ints (Integer)
        String type = a.typeName();
        Node n = new Node(type);
        List<AstSchema.Field> fs = AstSchema.fields(type);
        boolean constant = type.equals("Constant") || type.equals("MatchSingleton");
        for (int i = 0; i < fs.size(); i++) {
            String name = fs.get(i).name();
            Object v = a.field(i);
            n.fields.put(name, constant && name.equals("value") ? constant(v) : convert(v));
        }
        // PEP 810: a lazy import statement (a flag outside 3.11's AST schema)
        if ((a instanceof dev.glassbox.ast.Stmt.Import i && i.lazy) || (a instanceof dev.glassbox.ast.Stmt.ImportFrom f && f.lazy)) {
            n.fields.put("lazy", Boolean.TRUE);
        }
        if (!AstSchema.attributes(type).isEmpty()) {
            n.lineno = num(a.attribute(0));
            n.colOffset = num(a.attribute(1));
            n.endLineno = num(a.attribute(2));
            n.endColOffset = num(a.attribute(3));
        }
        return n;
    }

    private static int num(Object v) { return v == null ? -1 : ((Number) v).intValue(); }

    private static List<Object> constants(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object x : items) out.add(constant(x));
        return out;
    }

    /** A parser constant value as a compiler constant value. */
    static Object constant(Object v) {
        if (v == null || v == ConstantValue.NONE) return ConstValue.Singleton.NONE;
        if (v == ConstantValue.ELLIPSIS) return ConstValue.Singleton.ELLIPSIS;
        if (v instanceof ConstantValue.Bytes b) return new ConstValue.Bytes(b.value());
        if (v instanceof ConstantValue.Imaginary im) return new ConstValue.Complex(0.0, im.imag());
        if (v instanceof ConstantValue.Complex c) return new ConstValue.Complex(c.real(), c.imag());
        if (v instanceof ConstantValue.Tuple t) return new ConstValue.Tuple(constants(t.items()));
        if (v instanceof ConstantValue.FrozenSet f) return new ConstValue.FrozenSet(constants(f.items()));
        return v;  // String, Long, BigInteger, Double, Boolean
    }
}
