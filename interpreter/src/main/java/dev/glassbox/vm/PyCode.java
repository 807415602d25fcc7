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

    public final CodeUnit unit;
    final PyObject[] consts;
    final PyStr[] names;
    final PyStr[] localsPlusNames;

    public PyCode(CodeUnit unit) {
        super(TYPE);
        this.unit = unit;
        consts = new PyObject[unit.consts.length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = toPython(unit.consts[i]);
            consts[i].refcnt++;
        }
        names = new PyStr[unit.names.length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.intern(unit.names[i]);
        localsPlusNames = new PyStr[unit.localsPlusNames.length];
        for (int i = 0; i < localsPlusNames.length; i++) localsPlusNames[i] = PyStr.intern(unit.localsPlusNames[i]);
    }

    /** A compiler constant as the Python object the VM pushes. */
    static PyObject toPython(Object c) {
        if (c == ConstValue.Singleton.NONE) return PyNone.NONE;
        if (c == ConstValue.Singleton.ELLIPSIS) return PyEllipsis.ELLIPSIS;
        if (c instanceof Boolean b) return PyBool.of(b);
        if (c instanceof Long l) return PyInt.of(l);
        if (c instanceof BigInteger b) return PyInt.of(b);
        if (c instanceof Double d) return PyFloat.of(d);
        if (c instanceof String s) return PyStr.intern(s);
        if (c instanceof ConstValue.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(t.items().get(i));
            return PyTuple.of(items);
        }
        if (c instanceof CodeUnit u) return new PyCode(u);
        // Constants of types defined outside the core: built through their Python constructors.
        if (c instanceof ConstValue.FrozenSet fs) {
            PyObject[] items = new PyObject[fs.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPython(fs.items().get(i));
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

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : consts) v.visit(o);
    }

    @Override
    public void release(Releaser r) {
        for (int i = consts.length - 1; i >= 0; i--) r.release(consts[i]);
    }
}
