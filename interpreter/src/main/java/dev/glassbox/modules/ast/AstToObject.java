package dev.glassbox.modules.ast;

import dev.glassbox.ast.AstNode;
import dev.glassbox.ast.AstSchema;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyComplex;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyEllipsis;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyFrozenSet;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Interpreter;

import java.math.BigInteger;
import java.util.List;

/**
 * ast2obj (Python-ast.c, {@code PyAST_mod2obj}): a tree from the parser as ast node objects.
 * Each node is a fresh instance of its class with its fields, then its attributes (positions),
 * in its instance dict in ASDL order; absent optional values are None; the simple-sum nodes
 * (Load, Add, Eq, ...) are the shared instances. Nesting deeper than three times the
 * recursion limit is "maximum recursion depth exceeded during ast construction".
 */
public final class AstToObject {
    private int depth;
    private final int limit;

    private AstToObject() {
        Interpreter in = Interpreter.current();
        int scale = 3;  // COMPILER_STACK_FRAME_SCALE
        limit = in.recursionLimit < Integer.MAX_VALUE / scale ? in.recursionLimit * scale : in.recursionLimit;
        depth = in.depth() < Integer.MAX_VALUE / scale ? in.depth() * scale : in.depth();
    }

    /** The Python node object for a parser tree (any node kind). */
    public static PyObject convert(AstNode tree) {
        return new AstToObject().node(tree);
    }

    private PyObject node(AstNode n) {
        if (n == null) return PyNone.NONE;
        String name = n.typeName();
        if (n instanceof Enum<?>) return AstTypes.singleton(name);
        if (++depth > limit) {
            throw Errors.recursionError("maximum recursion depth exceeded during ast construction");
        }
        try {
            PyType t = AstTypes.type(name);
            PyObject o = t.allocate();
            PyDict d = Abstract.instanceDict(o);
            AstSchema.NodeType nt = AstSchema.of(name);
            List<AstSchema.Field> fields = nt.fields();
            boolean constant = name.equals("Constant") || name.equals("MatchSingleton");
            PyStr[] fnames = AstTypes.fieldNames(name);
            for (int i = 0; i < fields.size(); i++) {
                Object v = n.field(i);
                d.setItem(fnames[i], constant && i == 0 ? constant(v) : value(v));
            }
            PyStr[] anames = AstTypes.attributeNames(name);
            for (int i = 0; i < anames.length; i++) d.setItem(anames[i], value(n.attribute(i)));
            return o;
        } finally {
            depth--;
        }
    }

    private PyObject value(Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof AstNode n) return node(n);
        if (v instanceof List<?> l) {
            PyObject[] items = new PyObject[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = value(l.get(i));
            return PyList.of(items);
        }
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof Integer i) return PyInt.of(i);
        throw new IllegalStateException("unexpected AST field value " + v.getClass());
    }

    /** A Constant's (or MatchSingleton's) value as the Python object. */
    public static PyObject constant(Object v) {
        if (v == null || v == ConstantValue.NONE) return PyNone.NONE;
        if (v == ConstantValue.ELLIPSIS) return PyEllipsis.ELLIPSIS;
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof Double d) return PyFloat.of(d);
        if (v instanceof ConstantValue.Imaginary im) return PyComplex.of(0.0, im.imag());
        if (v instanceof ConstantValue.Complex c) return PyComplex.of(c.real(), c.imag());
        if (v instanceof ConstantValue.Bytes b) return PyBytes.of(b.value());
        if (v instanceof ConstantValue.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items().get(i));
            return PyTuple.of(items);
        }
        if (v instanceof ConstantValue.FrozenSet f) {
            PyObject[] items = new PyObject[f.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = constant(f.items().get(i));
            return PyFrozenSet.ofIterationOrder(items);
        }
        throw new IllegalStateException("not a constant: " + v);
    }
}
