package dev.glassbox.modules.ast;

import dev.glassbox.ast.AstSchema;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.TypeNew;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node classes of the ast module, made once per runtime as Python-ast.c's
 * {@code init_types} makes them: each is {@code type(name, (base,), {'_fields': ...,
 * '__match_args__': ..., '__module__': 'ast', '__doc__': <its ASDL text>})}; sums and products
 * get {@code _attributes}; optional fields and attributes default to None on the class;
 * {@code *} fields have no default (3.11). Field-less constructors of simple sums (Load, Add,
 * ...) have one shared instance that trees from the parser use.
 */
public final class AstTypes {
    private AstTypes() {}

    private static Map<String, PyType> byName;
    private static Map<PyType, String> names;
    private static Map<String, PyObject> singletons;

    /** The class named {@code name} ("BinOp", "expr", "arguments"). */
    public static PyType type(String name) {
        init();
        return byName.get(name);
    }

    /** The ASDL name of a node class made here, or null for other types (subclasses included). */
    static String nameOf(PyType t) {
        init();
        return names.get(t);
    }

    /** The shared instance of a simple-sum constructor ("Load", "Add"). */
    static PyObject singleton(String name) {
        init();
        return singletons.get(name);
    }

    /** Every class by name, in the order {@code _ast} lists them. */
    static Map<String, PyType> all() {
        init();
        return byName;
    }

    private static final Map<String, PyStr[]> FIELD_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, PyStr[]> ATTRIBUTE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The interned names of a class's fields, in ASDL order. */
    static PyStr[] fieldNames(String type) {
        return FIELD_NAMES.computeIfAbsent(type, t -> interned(AstSchema.fields(t)));
    }

    /** The interned names of a class's attributes (positions). */
    static PyStr[] attributeNames(String type) {
        return ATTRIBUTE_NAMES.computeIfAbsent(type, t -> interned(AstSchema.attributes(t)));
    }

    private static PyStr[] interned(List<AstSchema.Field> fields) {
        PyStr[] out = new PyStr[fields.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.intern(fields.get(i).name());
        return out;
    }

    /** PyAST_Check: whether {@code o} is an ast.AST instance. */
    public static boolean isAst(PyObject o) {
        return o.type.isSubtypeOf(PyAst.TYPE);
    }

    private static synchronized void init() {
        if (byName != null) return;
        Map<String, PyType> made = new LinkedHashMap<>();
        Map<PyType, String> rev = new HashMap<>();
        Map<String, PyObject> single = new HashMap<>();
        PyType ast = PyAst.TYPE.ready();
        ast.dict.setItem("_fields", PyTuple.EMPTY);
        ast.dict.setItem("__match_args__", PyTuple.EMPTY);
        ast.dict.setItem("_attributes", PyTuple.EMPTY);
        ast.modified();
        for (String name : AstSchema.names()) {
            AstSchema.NodeType nt = AstSchema.of(name);
            List<String> cons = AstSchema.constructors(name);
            boolean constructor = nt.base() != null;
            PyType base = constructor ? made.get(nt.base()) : ast;
            PyType t = makeType(name, base, constructor ? nt.fields() : cons == null ? nt.fields() : List.of(), doc(name));
            made.put(name, t);
            rev.put(t, name);
            if (!constructor) {
                // A sum's attributes, or a product's: add_attributes, then None for the optional ones.
                Abstract.setAttr(t, PyStr.intern("_attributes"), names(nt.attributes()));
                if (cons == null) noneDefaults(t, nt.fields());
                noneDefaults(t, nt.attributes());
            } else {
                noneDefaults(t, nt.fields());
                if (AstSchema.isSimpleSum(nt.base())) {
                    PyObject s = t.allocate();
                    Heap.incref(s);
                    single.put(name, s);
                }
            }
        }
        singletons = single;
        names = rev;
        byName = made;
    }

    private static PyType makeType(String name, PyType base, List<AstSchema.Field> fields, String doc) {
        PyTuple fnames = names(fields);
        PyDict ns = new PyDict();
        ns.setItem("_fields", fnames);
        ns.setItem("__match_args__", fnames);
        ns.setItem("__module__", PyStr.intern("ast"));
        ns.setItem("__doc__", PyStr.of(doc));
        PyType t = (PyType) TypeNew.create(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns, new PyDict());
        Heap.incref(t);
        return t;
    }

    private static PyTuple names(List<AstSchema.Field> fields) {
        PyObject[] n = new PyObject[fields.size()];
        for (int i = 0; i < n.length; i++) n[i] = PyStr.intern(fields.get(i).name());
        return PyTuple.of(n);
    }

    private static void noneDefaults(PyType t, List<AstSchema.Field> fields) {
        for (AstSchema.Field f : fields) if (f.optional()) Abstract.setAttr(t, PyStr.intern(f.name()), PyNone.NONE);
    }

    /** The class's {@code __doc__}: its ASDL definition as asdl_c.py's asdl_of prints it. */
    static String doc(String name) {
        AstSchema.NodeType nt = AstSchema.of(name);
        List<String> cons = AstSchema.constructors(name);
        if (cons == null) return signature(name, nt.fields());
        StringBuilder b = new StringBuilder(name).append(" = ");
        String sep = AstSchema.isSimpleSum(name) ? " | " : "\n" + " ".repeat(name.length() + 1) + "| ";
        for (int i = 0; i < cons.size(); i++) {
            if (i > 0) b.append(sep);
            b.append(signature(cons.get(i), AstSchema.fields(cons.get(i))));
        }
        return b.toString();
    }

    private static String signature(String name, List<AstSchema.Field> fields) {
        if (fields.isEmpty()) return name;
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.size(); i++) {
            AstSchema.Field f = fields.get(i);
            if (i > 0) b.append(", ");
            b.append(f.type());
            if (f.qualifier() != ' ') b.append(f.qualifier());
            b.append(' ').append(f.name());
        }
        return b.append(')').toString();
    }
}
