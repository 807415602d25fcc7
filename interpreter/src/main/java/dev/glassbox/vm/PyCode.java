package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyEllipsis;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.math.BigInteger;

/**
 * {@code code}: a compiled {@link CodeUnit} as a Python object, with its constants as
 * Python objects and its names interned — what the eval loop reads (Objects/codeobject.c).
 */
@Exposed.Type(name = "code", baseType = false)
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PyCode.class);

    public CodeUnit unit;
    final PyObject[] consts;
    final PyStr[] names;
    final PyStr[] localsPlusNames;

    public PyCode(CodeUnit unit) {
        this(unit, new java.util.HashMap<>());
    }

    /**
     * {@code cache}: the constants made so far for this compilation, so that equal constants
     * of the module and its functions are one object, as the compiler's c_const_cache makes
     * them. Names are interned (mortal, counted here); identifier-like str constants too.
     */
    private PyCode(CodeUnit unit, java.util.Map<Object, PyObject> cache) {
        super(TYPE);
        this.unit = unit;
        consts = new PyObject[unit.consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = toPython(unit.consts[i], cache);
            consts[i].refcnt++;
        }
        names = new PyStr[unit.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.internMortal(unit.names[i]);
            names[i].refcnt++;
        }
        localsPlusNames = new PyStr[unit.localsPlusNames.length];
        for (int i = 0; i < localsPlusNames.length; i++) {
            localsPlusNames[i] = PyStr.internMortal(unit.localsPlusNames[i]);
            localsPlusNames[i].refcnt++;
        }
    }

    /** A compiler constant as the Python object the VM pushes. */
    static PyObject toPython(Object c) {
        return toPython(c, new java.util.HashMap<>());
    }

    private static PyObject toPython(Object c, java.util.Map<Object, PyObject> cache) {
        if (c instanceof String || c instanceof Long || c instanceof BigInteger || c instanceof Double
                || c instanceof ConstValue.Tuple || c instanceof ConstValue.Complex) {
            PyObject known = cache.get(c);
            if (known != null) return known;
            PyObject made = makeConstant(c, cache);
            cache.put(c, made);
            return made;
        }
        return makeConstant(c, cache);
    }

    /** intern_string_constants: a str made only of ASCII letters, digits and '_' is interned. */
    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) return false;
        }
        return true;
    }

    private static PyObject makeConstant(Object c, java.util.Map<Object, PyObject> cache) {
        if (c == ConstValue.Singleton.NONE) return PyNone.NONE;
        if (c == ConstValue.Singleton.ELLIPSIS) return PyEllipsis.ELLIPSIS;
        if (c instanceof Boolean b) return PyBool.of(b);
        if (c instanceof Long l) return PyInt.of(l);
        if (c instanceof BigInteger b) return PyInt.of(b);
        if (c instanceof Double d) return PyFloat.of(d);
        if (c instanceof String s) return allNameChars(s) ? PyStr.internMortal(s) : PyStr.of(s);
        if (c instanceof ConstValue.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(t.items().get(i), cache);
            return PyTuple.of(items);
        }
        if (c instanceof CodeUnit u) return new PyCode(u, cache);
        // Constants of types defined outside the core: built through their Python constructors.
        if (c instanceof ConstValue.FrozenSet fs) {
            PyObject[] items = new PyObject[fs.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(fs.items().get(i), cache);
            return dev.glassbox.objects.PyFrozenSet.ofIterationOrder(items);
        }
        if (c instanceof ConstValue.Bytes b) {
            PyObject[] items = new PyObject[b.value().length];
            for (int i = 0; i < items.length; i++) items[i] = PyInt.of(b.value()[i] & 0xff);
            return Abstract.call(builtin("bytes"), PyTuple.of(items));
        }
        if (c instanceof ConstValue.Complex z) {
            return dev.glassbox.objects.PyComplex.of(z.real(), z.imag());
        }
        throw new IllegalStateException("constant not supported: " + c.getClass().getSimpleName());
    }

    private static PyObject builtin(String name) {
        PyObject t = Builtins.builtinsDict().getItemStr(name);
        if (t == null) throw dev.glassbox.objects.Errors.systemError("%s constants are not supported yet", name);
        return t;
    }

    /** The line of each code unit, -1 where there is none (CPython's _co_linearray), built on first use. */
    private int[] lineArray;
    /** The index of the first RESUME (_co_firsttraceable): instructions before it are never traced. */
    private int firstTraceable = -1;

    int[] lineArray() {
        int[] a = lineArray;
        if (a == null) {
            a = new int[unit.code.length / 2];
            java.util.Arrays.fill(a, -1);
            for (var r : unit.lines()) {
                for (int i = r.start() / 2; i < r.end() / 2 && i < a.length; i++) a[i] = r.line();
            }
            lineArray = a;
        }
        return a;
    }

    /** The line of code unit {@code index}: -1 if it has none. */
    int lineAt(int index) {
        int[] a = lineArray();
        return index >= 0 && index < a.length ? a[index] : -1;
    }

    int firstTraceable() {
        int t = firstTraceable;
        if (t < 0) {
            t = 0;
            byte[] c = unit.code;
            for (int i = 0; i < c.length / 2; i++) {
                if ((c[2 * i] & 0xff) == dev.glassbox.bytecode.Opcode.RESUME) { t = i; break; }
            }
            firstTraceable = t;
        }
        return t;
    }

    @Exposed.Getter(name = "co_name") public PyObject coName() { return PyStr.of(unit.name); }
    @Exposed.Getter(name = "co_qualname") public PyObject coQualname() { return PyStr.of(unit.qualname); }
    @Exposed.Getter(name = "co_filename") public PyObject coFilename() { return PyStr.of(unit.filename); }
    @Exposed.Getter(name = "co_firstlineno") public long coFirstlineno() { return unit.firstlineno; }
    @Exposed.Getter(name = "co_argcount") public long coArgcount() { return unit.argcount; }
    @Exposed.Getter(name = "co_posonlyargcount") public long coPosonly() { return unit.posonlyargcount; }
    @Exposed.Getter(name = "co_kwonlyargcount") public long coKwonly() { return unit.kwonlyargcount; }
    @Exposed.Getter(name = "co_stacksize") public long coStacksize() { return unit.stacksize; }
    @Exposed.Getter(name = "co_flags") public long coFlags() { return unit.flags; }
    @Exposed.Getter(name = "co_nlocals") public long coNlocals() { return unit.nlocals(); }
    @Exposed.Getter(name = "co_consts") public PyObject coConsts() { return PyTuple.of(consts); }
    @Exposed.Getter(name = "co_names") public PyObject coNames() { return PyTuple.of(names); }
    @Exposed.Getter(name = "co_varnames") public PyObject coVarnames() { return strTuple(unit.varnames()); }
    @Exposed.Getter(name = "co_cellvars") public PyObject coCellvars() { return strTuple(unit.cellvars()); }
    @Exposed.Getter(name = "co_freevars") public PyObject coFreevars() { return strTuple(unit.freevars()); }

    private static PyObject strTuple(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) o[i] = PyStr.intern(a[i]);
        return PyTuple.of(o);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of(unit.repr());
    }

    @Exposed.Getter(name = "co_code") public PyObject coCode() { return dev.glassbox.objects.PyBytes.of(unit.code); }
    /** The code as executed: the same as co_code (no specialisation yet). */
    @Exposed.Getter(name = "_co_code_adaptive") public PyObject coCodeAdaptive() { return dev.glassbox.objects.PyBytes.of(unit.code); }

    @Exposed.Method(sig = "($self, oparg, /)")
    public PyObject _varname_from_oparg(PyObject oparg) {
        long i = Abstract.indexAsLong(oparg);
        if (i < 0 || i >= unit.localsPlusNames.length) throw dev.glassbox.objects.Errors.indexError("tuple index out of range");
        return PyStr.intern(unit.varnameFromOparg((int) i));
    }
    @Exposed.Getter(name = "co_linetable") public PyObject coLinetable() { return dev.glassbox.objects.PyBytes.of(unit.linetable); }
    @Exposed.Getter(name = "co_exceptiontable") public PyObject coExceptiontable() { return dev.glassbox.objects.PyBytes.of(unit.exceptiontable); }

    private static PyObject orNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    /** co_positions(): (line, end_line, col, end_col) per code unit, None where unknown. */
    @Exposed.Method(sig = "($self, /)")
    public PyObject co_positions() {
        var ps = unit.positions();
        dev.glassbox.objects.PyList out = new dev.glassbox.objects.PyList();
        for (var p : ps) out.append(PyTuple.of(orNone(p.line()), orNone(p.endLine()), orNone(p.col()), orNone(p.endCol())));
        return Abstract.getIter(out);
    }

    /** co_lines(): (start, end, line) over byte offsets, line None where there is none. */
    @Exposed.Method(sig = "($self, /)")
    public PyObject co_lines() {
        dev.glassbox.objects.PyList out = new dev.glassbox.objects.PyList();
        for (var r : unit.lines()) out.append(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()), orNone(r.line())));
        return Abstract.getIter(out);
    }

    /** _imp._fix_co_filename: this code and the code objects nested in it now name {@code filename}. */
    public void setFilename(String filename) {
        unit = unit.replace(java.util.Map.of("co_filename", filename));
        for (PyObject c : consts) if (c instanceof PyCode pc) pc.setFilename(filename);
    }


    /** code.replace()'s keyword-only parameters, in the order Argument Clinic converts them. */
    private static final String[] REPLACE_PARAMS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
            "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
            "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    /**
     * code.replace(**changes) (codeobject.c code_replace_impl): a copy with co_* attributes
     * replaced, each argument checked as Argument Clinic does, then CPython's code checks
     * (co_varnames too small, co_nlocals != len(co_varnames), co_code malformed).
     * {@code co_consts} may hold any objects: the copy runs with them.
     */
    @Exposed.Method(sig = "($self, /, **changes)")
    public PyObject replace(PyObject changes) {
        dev.glassbox.objects.PyDict d = (dev.glassbox.objects.PyDict) changes;
        java.util.List<String> known = java.util.List.of(REPLACE_PARAMS);
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            String k = d.keyAt(e).toString();
            if (!known.contains(k)) throw dev.glassbox.objects.Errors.typeError("'%s' is an invalid keyword argument for replace()", k);
        }
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        PyObject[] newConsts = null;
        int nlocals = unit.nlocals();
        for (String k : REPLACE_PARAMS) {
            PyObject v = d.getItemStr(k);
            if (v == null) continue;
            switch (k) {
                case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
                        "co_firstlineno" -> {
                    int n = Abstract.index(v).asInt();
                    if (k.equals("co_nlocals")) nlocals = n;
                    else m.put(k, n);
                }
                case "co_code", "co_linetable", "co_exceptiontable" -> {
                    if (!(v instanceof dev.glassbox.objects.PyBytes b)) throw argType(k, "bytes", v);
                    m.put(k, b.value().clone());
                }
                case "co_filename", "co_name", "co_qualname" -> {
                    if (!(v instanceof PyStr str)) throw argType(k, "str", v);
                    m.put(k, str.value);
                }
                case "co_consts" -> {
                    if (!(v instanceof PyTuple t)) throw argType(k, "tuple", v);
                    newConsts = t.array().clone();
                    Object[] cv = new Object[newConsts.length];
                    for (int i = 0; i < cv.length; i++) cv[i] = compilerConstant(newConsts[i]);
                    m.put(k, cv);
                }
                default -> {
                    if (!(v instanceof PyTuple t)) throw argType(k, "tuple", v);
                    String[] a = new String[t.size()];
                    for (int i = 0; i < a.length; i++) {
                        if (!(t.get(i) instanceof PyStr name)) throw dev.glassbox.objects.Errors.systemError("bad argument to internal function");
                        a[i] = name.value;
                    }
                    m.put(k, a);
                }
            }
        }
        String[] positive = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
                "co_firstlineno"};
        for (String k : positive) {
            int n = k.equals("co_nlocals") ? nlocals : m.containsKey(k) ? (Integer) m.get(k) : 0;
            if (n < 0) throw dev.glassbox.objects.Errors.valueError("%s must be a positive integer", k);
        }
        CodeUnit u = unit.replace(m);
        if (u.argcount < u.posonlyargcount) throw dev.glassbox.objects.Errors.systemError("bad argument to internal function");
        if (u.code.length % 2 != 0) throw dev.glassbox.objects.Errors.valueError("code: co_code is malformed");
        int plain = u.nlocals() - u.argcount - u.kwonlyargcount - ((u.flags & CodeUnit.CO_VARARGS) != 0 ? 1 : 0)
                - ((u.flags & CodeUnit.CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (plain < 0) throw dev.glassbox.objects.Errors.valueError("code: co_varnames is too small");
        if (nlocals != u.nlocals()) throw dev.glassbox.objects.Errors.valueError("code: co_nlocals != len(co_varnames)");
        return newConsts == null ? new PyCode(u, this.consts) : new PyCode(u, newConsts);
    }

    private static dev.glassbox.objects.PyException argType(String k, String want, PyObject v) {
        return dev.glassbox.objects.Errors.typeError("replace() argument '%s' must be %s, not %s", k, want, v.type.name);
    }

    /** A copy running with the given constants (code.replace(co_consts=...), any objects). */
    private PyCode(CodeUnit unit, PyObject[] consts) {
        super(TYPE);
        this.unit = unit;
        this.consts = consts.clone();
        for (PyObject c : this.consts) c.refcnt++;
        names = new PyStr[unit.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.internMortal(unit.names[i]);
            names[i].refcnt++;
        }
        localsPlusNames = new PyStr[unit.localsPlusNames.length];
        for (int i = 0; i < localsPlusNames.length; i++) {
            localsPlusNames[i] = PyStr.internMortal(unit.localsPlusNames[i]);
            localsPlusNames[i].refcnt++;
        }
    }

    /**
     * The compiler's form of a constant object, for the Java views of the code (its repr,
     * equality, the disassembler); an object the compiler cannot hold is None there (the
     * code itself runs with the object).
     */
    private static Object compilerConstant(PyObject o) {
        if (o == PyNone.NONE) return ConstValue.Singleton.NONE;
        if (o == PyEllipsis.ELLIPSIS) return ConstValue.Singleton.ELLIPSIS;
        if (o instanceof PyBool b) return b == PyBool.TRUE;
        if (o.type == PyInt.TYPE) return ((PyInt) o).big != null ? ConstValue.integer(((PyInt) o).big) : (Object) ((PyInt) o).value;
        if (o.type == PyFloat.TYPE) return ((PyFloat) o).value;
        if (o.type == PyStr.TYPE) return ((PyStr) o).value;
        if (o.type == dev.glassbox.objects.PyComplex.TYPE) {
            return new ConstValue.Complex(((dev.glassbox.objects.PyComplex) o).real, ((dev.glassbox.objects.PyComplex) o).imag);
        }
        if (o.type == dev.glassbox.objects.PyBytes.TYPE) return new ConstValue.Bytes(((dev.glassbox.objects.PyBytes) o).value().clone());
        if (o instanceof PyCode c) return c.unit;
        if (o.type == PyTuple.TYPE) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (PyObject x : ((PyTuple) o).array()) items.add(compilerConstant(x));
            return new ConstValue.Tuple(items);
        }
        return ConstValue.Singleton.NONE;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : consts) v.visit(o);
    }

    @Override
    public void release(Releaser r) {
        for (int i = consts.length - 1; i >= 0; i--) r.release(consts[i]);
        for (PyStr n : names) r.release(n);
        for (PyStr n : localsPlusNames) r.release(n);
    }
}
