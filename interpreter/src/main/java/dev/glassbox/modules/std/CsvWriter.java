package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyComplex;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code _csv.writer} (Modules/_csv.c join_append_data and csv_writerow): a record is built
 * field by field, quoting or escaping as the dialect says (a field is quoted when it holds
 * the delimiter, quotechar, escapechar or a line-terminator character), then written
 * with its line terminator through the file's write().
 */
@Exposed.Type(name = "writer", module = "_csv", gc = true, basicSize = 72,
        doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n")
public final class CsvWriter extends PyObject {
    public static final PyType TYPE = PyType.fromClass(CsvWriter.class);

    private PyObject write;
    private CsvDialect dialect;
    private final StringBuilder rec = new StringBuilder();
    private int numFields;

    private CsvWriter() {
        super(TYPE);
    }

    static CsvWriter create(PyObject file, CsvDialect d) {
        CsvWriter w = new CsvWriter();
        PyObject write = Abstract.lookupAttr(file, PyStr.of("write"));
        if (write == null || !callable(write)) throw dev.glassbox.objects.Errors.typeError("argument 1 must have a \"write\" method");
        w.write = Heap.replace(null, write);
        w.dialect = (CsvDialect) Heap.replace(null, d);
        return w;
    }

    private static boolean callable(PyObject o) {
        return o instanceof dev.glassbox.objects.PyCallable || o.type.special(SpecialMethod.__call__) != null;
    }

    @Override
    public void traverse(Visitor v) {
        if (dialect != null) v.visit(dialect);
        if (write != null) v.visit(write);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject d = dialect, w = write;
        dialect = null;
        write = null;
        if (d != null) r.release(d);
        if (w != null) r.release(w);
        super.release(r);
    }

    private boolean special(int c) {
        CsvDialect d = dialect;
        // CPython 3.11.7 quotes CR and LF only when they are in the line terminator
        return c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.value.indexOf(c) >= 0;
    }

    /** join_append: one field (null for None) with its quoting decided as CPython's two-pass join. */
    private void append(PyStr f, boolean quoted) {
        CsvDialect d = dialect;
        int[] cps = f == null ? new int[0] : f.codePoints();
        StringBuilder body = new StringBuilder();
        for (int c : cps) {
            boolean wantEscape = false;
            if (special(c)) {
                if (d.quoting == CsvDialect.QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) body.appendCodePoint(d.quotechar);
                        else wantEscape = true;
                    } else if (c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) quoted = true;
                }
                if (wantEscape) {
                    if (d.escapechar == CsvDialect.NOT_SET) throw CsvModule.error("need to escape, but no escapechar set");
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (numFields > 0) rec.appendCodePoint(d.delimiter);
        if (quoted) rec.appendCodePoint(d.quotechar);
        rec.append(body);
        if (quoted) rec.appendCodePoint(d.quotechar);
        numFields++;
    }

    /** PyNumber_Check: __index__, __int__ or __float__, or a complex. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type;
        return t.special(SpecialMethod.__index__) != null || t.special(SpecialMethod.__int__) != null
                || t.special(SpecialMethod.__float__) != null || o instanceof PyComplex;
    }

    @Exposed.Method(sig = "($self, row, /)", conv = Exposed.Convention.O, doc = "writerow(iterable)\n\n"
            + "Construct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.")
    public PyObject writerow(PyObject seq) {
        CsvDialect d = dialect;
        PyObject it;
        try {
            it = Abstract.getIter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) throw CsvModule.error("iterable expected, not %s", seq.type.name);
            throw e;
        }
        Heap.incref(it);
        rec.setLength(0);
        numFields = 0;
        try {
            for (PyObject field = Abstract.next(it); field != null; field = Abstract.next(it)) {
                boolean quoted = switch (d.quoting) {
                    case CsvDialect.QUOTE_NONNUMERIC -> !isNumber(field);
                    case CsvDialect.QUOTE_ALL -> true;
                    default -> false;
                };
                if (field instanceof PyStr s) append(s, quoted);
                else if (field == PyNone.NONE) append(null, quoted);
                else append(Abstract.str(field), quoted);
            }
        } finally {
            Heap.decref(it);
        }
        if (numFields > 0 && rec.length() == 0) {
            if (d.quoting == CsvDialect.QUOTE_NONE) throw CsvModule.error("single empty field record must be quoted");
            numFields--;
            append(null, true);
        }
        rec.append(d.lineterminator.value);
        return Abstract.call(write, PyStr.of(rec.toString()));
    }

    @Exposed.Method(sig = "($self, rows, /)", conv = Exposed.Convention.O, doc = "writerows(iterable of iterables)\n\n"
            + "Construct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.")
    public PyObject writerows(PyObject rows) {
        PyObject it = Abstract.getIter(rows);
        Heap.incref(it);
        try {
            for (PyObject row = Abstract.next(it); row != null; row = Abstract.next(it)) writerow(row);
        } finally {
            Heap.decref(it);
        }
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "dialect") public PyObject getDialect() { return dialect; }
}
