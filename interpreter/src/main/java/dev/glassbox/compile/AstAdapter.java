package dev.glassbox.compile;

import dev.glassbox.bytecode.ConstValue;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the parser's AST ({@code dev.glassbox.ast.AstNode}: {@code typeName()},
 * {@code field(i)}, {@code attribute(i)}, with field names from
 * {@code dev.glassbox.ast.AstSchema.fields(type)}) into the compiler's {@link Node}s, and the
 * parser's constant values into {@link ConstValue} ones.
 *
 * <p>The parser package is reached reflectively, through that small generic interface only,
 * so the compiler builds and is tested on its own (tests feed it CPython's own ASTs).
 */
public final class AstAdapter {
    private AstAdapter() {}

    private static Method typeName, field, attribute, fields, fieldName;

    private static synchronized void init() {
        if (typeName != null) return;
        try {
            Class<?> node = Class.forName("dev.glassbox.ast.AstNode");
            Class<?> schema = Class.forName("dev.glassbox.ast.AstSchema");
            typeName = node.getMethod("typeName");
            field = node.getMethod("field", int.class);
            attribute = node.getMethod("attribute", int.class);
            fields = schema.getMethod("fields", String.class);
            fieldName = Class.forName("dev.glassbox.ast.AstSchema$Field").getMethod("name");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parser's AST classes are not available", e);
        }
    }

    /** The Node tree of a parser AST node (a {@code Module}, {@code Expression}, ...). */
    public static Node toNode(Object astNode) {
        init();
        try {
            return (Node) convert(astNode);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Object o) throws ReflectiveOperationException {
        if (o == null) return null;
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(convert(x));
            return out;
        }
        if (o instanceof String || o instanceof Integer) return o;
        if (!typeName.getDeclaringClass().isInstance(o)) return constant(o);
        String type = (String) typeName.invoke(o);
        Node n = new Node(type);
        List<?> fs = (List<?>) fields.invoke(null, type);
        for (int i = 0; i < fs.size(); i++) {
            String name = (String) fieldName.invoke(fs.get(i));
            Object v = field.invoke(o, i);
            n.fields.put(name, (type.equals("Constant") || type.equals("MatchSingleton")) && name.equals("value")
                    ? constant(v) : convert(v));
        }
        try {
            n.lineno = num(attribute.invoke(o, 0));
            n.colOffset = num(attribute.invoke(o, 1));
            n.endLineno = num(attribute.invoke(o, 2));
            n.endColOffset = num(attribute.invoke(o, 3));
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (!(e.getCause() instanceof IndexOutOfBoundsException)) throw e;
        }
        return n;
    }

    private static int num(Object v) { return v == null ? -1 : ((Number) v).intValue(); }

    /** The parser's constant values (dev.glassbox.ast.ConstantValue) as ConstValue values. */
    static Object constant(Object v) {
        if (v == null) return ConstValue.Singleton.NONE;
        String cls = v.getClass().getName();
        if (v instanceof Enum<?> e) {
            return e.name().equals("ELLIPSIS") ? ConstValue.Singleton.ELLIPSIS : ConstValue.Singleton.NONE;
        }
        if (cls.endsWith("ConstantValue$Bytes")) return new ConstValue.Bytes((byte[]) invoke(v, "value"));
        if (cls.endsWith("ConstantValue$Imaginary")) return new ConstValue.Complex(0.0, (Double) invoke(v, "imag"));
        return v;  // String, Long, BigInteger, Double, Boolean
    }

    private static Object invoke(Object o, String m) {
        try {
            return o.getClass().getMethod(m).invoke(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
