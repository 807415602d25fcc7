package dev.glassbox.modules.ast;

import dev.glassbox.ast.AstSchema;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Mod;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyComplex;
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

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * obj2ast (Python-ast.c, {@code PyAST_obj2mod}): ast node objects back to the parser's tree,
 * reading each field by attribute lookup in ASDL order with CPython's checks and messages. A sum
 * reads its attributes (positions) first and then picks the first constructor the object is an
 * instance of; a product reads its fields, then its attributes. Missing required fields, lists
 * that are not lists, identifiers that are not str and objects of the wrong kind are TypeErrors
 * worded as CPython's; a None where a node is required is the constructor's ValueError
 * ("field 'left' is required for BinOp"). Each field is one level of Python recursion
 * (" while traversing 'X' node").
 */
public final class ObjectToAst {
    private ObjectToAst() {}

    /** Per class name: the parser's Java class constructor, or the enum constant of a simple sum. */
    private static final Map<String, Object> MAKERS = new HashMap<>();

    static {
        for (String name : AstSchema.names()) {
            AstSchema.NodeType nt = AstSchema.of(name);
            if (AstSchema.constructors(name) != null) continue;
            try {
                if (nt.base() != null && AstSchema.isSimpleSum(nt.base())) {
                    Class<?> e = Class.forName("dev.glassbox.ast." + javaName(nt.base()));
                    for (Object c : e.getEnumConstants()) if (((Enum<?>) c).name().equals(name)) MAKERS.put(name, c);
                } else {
                    String cls = nt.base() != null ? javaName(nt.base()) + "$" + name : javaName(name);
                    MAKERS.put(name, Class.forName("dev.glassbox.ast." + cls).getConstructors()[0]);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String javaName(String asdl) {
        return Character.toUpperCase(asdl.charAt(0)) + asdl.substring(1);
    }

    /** The RecursionError suffix per owner, made once. */
    private static final Map<String, String> WHERE = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String[] MODE_NAMES = {"Module", "Expression", "Interactive"};

    /**
     * PyAST_obj2mod: {@code mode} 0 exec (a Module), 1 eval (an Expression), 2 single (an
     * Interactive). The tree is not validated yet ({@link AstValidator}).
     */
    public static Mod toMod(PyObject obj, int mode) {
        PyType req = AstTypes.type(MODE_NAMES[mode]);
        if (!isInstance(obj, req)) {
            throw Errors.typeError("expected %s node, got %s", MODE_NAMES[mode], PyAst.shortName(obj.type));
        }
        return (Mod) convert(obj, "mod");
    }

    /** Converts {@code obj} as a value of ASDL type {@code type} (a sum or product name). */
    static Object convert(PyObject obj, String type) {
        if (AstSchema.isSimpleSum(type)) return simple(obj, type);
        if (AstSchema.constructors(type) != null) return sum(obj, type);
        return product(obj, type);
    }

    /** PyObject_IsInstance against an ast class (its metaclass is type: the type, then __class__). */
    static boolean isInstance(PyObject o, PyType t) {
        if (o.type.isSubtypeOf(t)) return true;
        PyObject c = Abstract.lookupAttr(o, PyStr.intern("__class__"));
        return c instanceof PyType ct && ct != o.type && ct.isSubtypeOf(t);
    }

    /** The first constructor of {@code sum} that {@code obj} is an instance of, or null. */
    private static String constructorOf(PyObject obj, String sum) {
        List<String> cons = AstSchema.constructors(sum);
        if (obj.type.isSubtypeOf(AstTypes.type(sum))) {
            // The common case, without a __class__ lookup per constructor.
            for (String c : cons) if (obj.type.isSubtypeOf(AstTypes.type(c))) return c;
        }
        for (String c : cons) if (isInstance(obj, AstTypes.type(c))) return c;
        return null;
    }

    private static Object simple(PyObject obj, String sum) {
        String c = constructorOf(obj, sum);
        if (c == null) throw Errors.typeError("expected some sort of %s, but got %s", sum, Abstract.repr(obj).value);
        return MAKERS.get(c);
    }

    private static Object sum(PyObject obj, String sum) {
        if (obj == PyNone.NONE) return null;
        AstSchema.NodeType st = AstSchema.of(sum);
        int[] pos = positions(obj, st.attributes(), AstTypes.attributeNames(sum), sum);
        String c = constructorOf(obj, sum);
        if (c == null) throw Errors.typeError("expected some sort of %s, but got %s", sum, Abstract.repr(obj).value);
        List<AstSchema.Field> fields = AstSchema.fields(c);
        Object[] args = new Object[fields.size() + pos.length];
        PyStr[] names = AstTypes.fieldNames(c);
        for (int i = 0; i < fields.size(); i++) args[i] = field(obj, fields.get(i), names[i], c);
        for (int i = 0; i < pos.length; i++) args[fields.size() + i] = pos[i];
        return make(c, fields, args);
    }

    private static Object product(PyObject obj, String name) {
        AstSchema.NodeType nt = AstSchema.of(name);
        List<AstSchema.Field> fields = nt.fields();
        Object[] vals = new Object[fields.size()];
        PyStr[] names = AstTypes.fieldNames(name);
        for (int i = 0; i < vals.length; i++) vals[i] = field(obj, fields.get(i), names[i], name);
        int[] pos = positions(obj, nt.attributes(), AstTypes.attributeNames(name), name);
        Object[] args = new Object[vals.length + pos.length];
        System.arraycopy(vals, 0, args, 0, vals.length);
        for (int i = 0; i < pos.length; i++) args[vals.length + i] = pos[i];
        return make(name, fields, args);
    }

    /** The position attributes; end_lineno/end_col_offset default to lineno/col_offset. */
    private static int[] positions(PyObject obj, List<AstSchema.Field> attrs, PyStr[] names, String owner) {
        int[] out = new int[attrs.size()];
        for (int i = 0; i < out.length; i++) {
            AstSchema.Field a = attrs.get(i);
            Object v = field(obj, a, names[i], owner);
            if (v == null) v = a.name().equals("end_lineno") ? out[0] : a.name().equals("end_col_offset") ? out[1] : 0;
            out[i] = (Integer) v;
        }
        return out;
    }

    /** The _PyAST_X constructor: a None in a required node or identifier field is a ValueError. */
    private static Object make(String name, List<AstSchema.Field> fields, Object[] args) {
        for (int i = 0; i < fields.size(); i++) {
            AstSchema.Field f = fields.get(i);
            if (args[i] == null && f.qualifier() == ' ' && !f.type().equals("int") && !f.type().equals("constant")) {
                throw Errors.valueError("field '%s' is required for %s", f.name(), name);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (args[i] == null && fields.get(i).type().equals("int")) args[i] = 0;  // int? level
        }
        Object maker = MAKERS.get(name);
        if (maker instanceof Enum<?>) return maker;
        try {
            return ((Constructor<?>) maker).newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + name, e);
        }
    }

    /** One field by attribute lookup: its converted value, or null for an absent optional one. */
    private static Object field(PyObject obj, AstSchema.Field f, PyStr name, String owner) {
        PyObject tmp = Abstract.lookupAttr(obj, name);
        if (tmp == null && f.qualifier() != '?') {
            throw Errors.typeError("required field \"%s\" missing from %s", f.name(), owner);
        }
        if (f.optional() && (tmp == null || tmp == PyNone.NONE)) return null;
        Heap.incref(tmp);  // held across conversions that may run Python code
        try {
            String where = WHERE.computeIfAbsent(owner, o -> " while traversing '" + o + "' node");
            if (!f.sequence()) return item(tmp, f.type(), where);
            if (!(tmp instanceof PyList list)) {
                throw Errors.typeError("%s field \"%s\" must be a list, not a %s", owner, f.name(), PyAst.shortName(tmp.type));
            }
            int len = list.size();
            List<Object> out = new ArrayList<>(len);
            for (int i = 0; i < len; i++) {
                PyObject x = list.get(i);
                Heap.incref(x);
                try {
                    out.add(item(x, f.type(), where));
                } finally {
                    Heap.decref(x);
                }
                if (len != list.size()) {
                    throw Errors.runtimeError("%s field \"%s\" changed size during iteration", owner, f.name());
                }
            }
            return out;
        } finally {
            Heap.decref(tmp);
        }
    }

    private static Object item(PyObject v, String type, String where) {
        Interpreter in = Interpreter.current();
        in.enterRecursiveCall(where);
        try {
            return switch (type) {
                case "identifier" -> identifier(v);
                case "string" -> string(v);
                case "int" -> integer(v);
                case "constant" -> constant(v);
                default -> convert(v, type);
            };
        } finally {
            in.leaveRecursiveCall();
        }
    }

    private static String identifier(PyObject v) {
        if (v == PyNone.NONE) return null;
        if (v.type != PyStr.TYPE) throw Errors.typeError("AST identifier must be of type str");
        return ((PyStr) v).value;
    }

    private static String string(PyObject v) {
        if (v.type == PyStr.TYPE) return ((PyStr) v).value;
        if (v.type == PyBytes.TYPE) return new String(((PyBytes) v).value(), StandardCharsets.ISO_8859_1);
        throw Errors.typeError("AST string must be of type str");
    }

    private static Integer integer(PyObject v) {
        if (!(v instanceof PyInt i)) throw Errors.valueError("invalid integer value: %s", Abstract.repr(v).value);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /**
     * A Constant's value as the parser's constant kinds; an object of a type a Constant may not
     * hold becomes {@link ConstantValue.Invalid}, for the validator to reject in tree order.
     */
    static Object constant(PyObject v) {
        if (v == PyNone.NONE) return ConstantValue.NONE;
        if (v == PyEllipsis.ELLIPSIS) return ConstantValue.ELLIPSIS;
        if (v instanceof PyBool b) return b == PyBool.TRUE;
        PyType t = v.type;
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.big != null ? ConstantValue.integer(i.big) : (Object) i.value;
        }
        if (t == PyFloat.TYPE) return ((PyFloat) v).value;
        if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            if (c.real == 0 && Math.copySign(1.0, c.real) > 0) return new ConstantValue.Imaginary(c.imag);
            return new ConstantValue.Complex(c.real, c.imag);
        }
        if (t == PyStr.TYPE) return ((PyStr) v).value;
        if (t == PyBytes.TYPE) return new ConstantValue.Bytes(((PyBytes) v).value().clone());
        if (t == PyTuple.TYPE || t == PyFrozenSet.TYPE) {
            List<Object> items = new ArrayList<>();
            PyObject it = Abstract.getIter(v);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(constant(x));
            return t == PyTuple.TYPE ? new ConstantValue.Tuple(items) : new ConstantValue.FrozenSet(items);
        }
        return new ConstantValue.Invalid(PyAst.shortName(t));
    }
}
