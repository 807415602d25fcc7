package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _csv.Dialect} (Modules/_csv.c dialect_new and the _set_* converters): the parsing
 * and generation options, built from keyword arguments over an optional base dialect (a
 * registered name, a Dialect instance, or any object with the attributes), validated with
 * CPython's messages. Characters are code points; {@link #NOT_SET} marks an unset one.
 */
@Exposed.Type(name = "Dialect", module = "_csv", gc = true, basicSize = 56,
        doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n")
public class CsvDialect extends PyObject {
    public static final PyType TYPE = PyType.fromClass(CsvDialect.class);
    static final int NOT_SET = -1;
    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;

    boolean doublequote, skipinitialspace, strict;
    int quoting;
    int delimiter, quotechar, escapechar;
    /** The line terminator (counted; never null once constructed). */
    PyStr lineterminator;

    public CsvDialect(PyType t) {
        super(t);
    }

    @Override
    public void traverse(Visitor v) {
        if (lineterminator != null) v.visit(lineterminator);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject l = lineterminator;
        lineterminator = null;
        if (l != null) r.release(l);
        super.release(r);
    }

    private static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
        "quoting", "skipinitialspace", "strict"};

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyTuple a = (PyTuple) args;
        PyDict k = (PyDict) kwargs;
        // PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", dialect_kws)
        int given = a.size() + (k == null ? 0 : k.size());
        if (given > 9) throw Errors.typeError("function takes at most 9 arguments (%d given)", given);
        PyObject[] v = new PyObject[9];
        for (int i = 0; i < a.size(); i++) v[i] = a.get(i);
        if (k != null) {
            for (PyObject key : Abstract.toArray(k)) {
                String name = key instanceof PyStr s ? s.value : null;
                int idx = name == null ? -1 : java.util.Arrays.asList(KEYWORDS).indexOf(name);
                if (idx < 0) throw Errors.typeError("'%s' is an invalid keyword argument for this function", Abstract.str(key));
                if (v[idx] != null) throw Errors.typeError("argument for function given by name ('%s') and position (%d)", name, idx + 1);
                v[idx] = k.getItem(key);
            }
        }
        return make((PyType) cls, v);
    }

    /** _call_dialect: the module's Dialect type called with a base dialect (or none) and keywords. */
    static CsvDialect call(PyObject dialect, PyDict kwargs) {
        PyTuple args = dialect == null ? PyTuple.EMPTY : PyTuple.of(dialect);
        return (CsvDialect) __new__(TYPE, args, kwargs == null ? new PyDict() : kwargs);
    }

    private static PyObject make(PyType type, PyObject[] v) {
        PyObject dialect = v[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) dialect = CsvModule.registered(dialect);
            boolean noOptions = true;
            for (int i = 1; i < 9; i++) noOptions &= v[i] == null;
            if (dialect instanceof CsvDialect && noOptions) return dialect;
            for (int i = 1; i < 9; i++) {
                if (v[i] != null) continue;
                try {
                    v[i] = Abstract.getAttr(dialect, KEYWORDS[i]);
                } catch (PyException e) {
                    // a missing attribute keeps the default (the error is cleared, as in CPython)
                }
            }
        }
        CsvDialect d = (CsvDialect) type.allocate();
        d.delimiter = charArg("delimiter", v[1], ',', false);
        d.doublequote = v[2] == null || Abstract.isTrue(v[2]);
        d.escapechar = charArg("escapechar", v[3], NOT_SET, true);
        PyObject lt = v[4];
        if (lt == null) {
            d.lineterminator = (PyStr) Heap.replace(null, PyStr.of("\r\n"));
        } else if (lt != PyNone.NONE) {
            if (!(lt instanceof PyStr)) throw Errors.typeError("\"lineterminator\" must be a string");
            d.lineterminator = (PyStr) Heap.replace(null, lt);
        }
        d.quotechar = charArg("quotechar", v[5], '"', true);
        PyObject q = v[6];
        if (q == null) {
            d.quoting = QUOTE_MINIMAL;
        } else {
            if (q.type != PyInt.TYPE) throw Errors.typeError("\"quoting\" must be an integer");
            d.quoting = Args.cInt(q);
        }
        d.skipinitialspace = v[7] != null && Abstract.isTrue(v[7]);
        d.strict = v[8] != null && Abstract.isTrue(v[8]);
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NONE) throw Errors.typeError("bad \"quoting\" value");
        if (d.delimiter == NOT_SET) throw Errors.typeError("\"delimiter\" must be a 1-character string");
        if (v[5] == PyNone.NONE && v[6] == null) d.quoting = QUOTE_NONE;
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) throw Errors.typeError("quotechar must be set if quoting enabled");
        if (d.lineterminator == null) throw Errors.typeError("lineterminator must be set");
        return d;
    }

    /** _set_char / _set_char_or_none. */
    private static int charArg(String name, PyObject src, int dflt, boolean orNone) {
        if (src == null) return dflt;
        if (orNone && src == PyNone.NONE) return NOT_SET;
        if (!(src instanceof PyStr s)) {
            throw Errors.typeError("\"%s\" must be string%s, not %s", name, orNone ? " or None" : "", src.type.name);
        }
        if (s.length() != 1) throw Errors.typeError("\"%s\" must be a 1-character string", name);
        return s.codePointAt(0);
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.ofCodePoint(c);
    }

    @Exposed.Getter(name = "delimiter") public PyObject getDelimiter() { return charOrNone(delimiter); }
    @Exposed.Getter(name = "escapechar") public PyObject getEscapechar() { return charOrNone(escapechar); }
    @Exposed.Getter(name = "lineterminator") public PyObject getLineterminator() { return lineterminator; }
    @Exposed.Getter(name = "quotechar") public PyObject getQuotechar() { return charOrNone(quotechar); }
    @Exposed.Getter(name = "quoting") public PyObject getQuoting() { return PyInt.of(quoting); }
    @Exposed.Getter(name = "skipinitialspace") public PyObject getSkipinitialspace() { return PyBool.of(skipinitialspace); }
    @Exposed.Getter(name = "doublequote") public PyObject getDoublequote() { return PyBool.of(doublequote); }
    @Exposed.Getter(name = "strict") public PyObject getStrict() { return PyBool.of(strict); }

    @Exposed.Method(sig = "($self, *args)", conv = Exposed.Convention.VARARGS, doc = "raises an exception to avoid pickling")
    public PyObject __reduce__(PyObject args) {
        throw Errors.typeError("cannot pickle '%s' instances", type.qualname);
    }

    @Exposed.Method(sig = "($self, *args)", conv = Exposed.Convention.VARARGS, doc = "raises an exception to avoid pickling")
    public PyObject __reduce_ex__(PyObject args) {
        throw Errors.typeError("cannot pickle '%s' instances", type.qualname);
    }
}
