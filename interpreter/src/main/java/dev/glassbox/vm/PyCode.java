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

    /** code_richcompare: equal when the compiled contents are (CodeUnit.equals; co_filename does not count). */
    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyCode c)) return dev.glassbox.objects.PyNotImplemented.NOT_IMPLEMENTED;
        return dev.glassbox.objects.PyBool.of(c == this || c.unit.equals(unit));
    }

    @Exposed.Method(sig = "($self, value, /)")
    public PyObject __ne__(PyObject other) {
        if (!(other instanceof PyCode c)) return dev.glassbox.objects.PyNotImplemented.NOT_IMPLEMENTED;
        return dev.glassbox.objects.PyBool.of(c != this && !c.unit.equals(unit));
    }

    @Exposed.Method(sig = "($self, /)")
    public long __hash__() {
        return unit.hashCode();
    }

    /** _imp._fix_co_filename: this code and the code objects nested in it now name {@code filename}. */
    public void setFilename(String filename) {
        unit = unit.replace(java.util.Map.of("co_filename", filename));
        for (PyObject c : consts) if (c instanceof PyCode pc) pc.setFilename(filename);
    }

    /** code.replace(**changes): a copy with co_* attributes replaced (not co_consts yet). */
    @Exposed.Method(sig = "($self, /, **changes)")
    public PyObject replace(PyObject changes) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        dev.glassbox.objects.PyDict d = (dev.glassbox.objects.PyDict) changes;
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            String k = d.keyAt(e).toString();
            PyObject v = d.valueAt(e);
            switch (k) {
                case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags", "co_firstlineno" ->
                        m.put(k, (int) Abstract.indexAsLong(v));
                case "co_code", "co_linetable", "co_exceptiontable" -> m.put(k, dev.glassbox.objects.BytesOps.bytesOf(v));
                case "co_filename", "co_name", "co_qualname" -> {
                    if (!(v instanceof PyStr str)) throw dev.glassbox.objects.Errors.typeError("%s must be str, not %s", k, v.type.name);
                    m.put(k, str.value);
                }
                case "co_names", "co_varnames", "co_cellvars", "co_freevars" -> {
                    if (!(v instanceof PyTuple t)) throw dev.glassbox.objects.Errors.typeError("%s must be tuple, not %s", k, v.type.name);
                    String[] a = new String[t.size()];
                    for (int i = 0; i < a.length; i++) a[i] = t.get(i).toString();
                    m.put(k, a);
                }
                case "co_consts" -> {
                    if (v instanceof PyTuple t && t.size() == consts.length) {
                        boolean same = true;
                        for (int i = 0; i < consts.length; i++) same &= t.get(i) == consts[i];
                        if (same) break;
                    }
                    throw dev.glassbox.objects.Errors.raise(dev.glassbox.objects.ExceptionTypes.NotImplementedError,
                            "code.replace(co_consts=...) is not supported yet");
                }
                default -> throw dev.glassbox.objects.Errors.typeError("'%s' is an invalid keyword argument for replace()", k);
            }
        }
        return new PyCode(unit.replace(m));
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
