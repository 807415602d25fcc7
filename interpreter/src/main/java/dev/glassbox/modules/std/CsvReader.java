package dev.glassbox.modules.std;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * {@code _csv.reader} (Modules/_csv.c parse_process_char and Reader_iternext): CPython's
 * parser state machine fed one code point at a time, with {@link #EOL} after each input line,
 * so multi-line quoted fields, escapes, strict mode and the field size limit behave and fail
 * exactly as CPython's.
 */
@Exposed.Type(name = "reader", module = "_csv", gc = true, basicSize = 88,
        doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n")
public final class CsvReader extends PyObject implements Abstract.Iter {
    public static final PyType TYPE = PyType.fromClass(CsvReader.class);
    private static final int EOL = -2;

    private enum State { START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL }

    private PyObject inputIter;
    private CsvDialect dialect;
    private PyList fields;
    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private int fieldLen;
    private boolean numericField;
    private long lineNum;

    private CsvReader() {
        super(TYPE);
    }

    static CsvReader create(PyObject iterable, CsvDialect d) {
        CsvReader r = new CsvReader();
        r.inputIter = Heap.replace(null, Abstract.getIter(iterable));
        r.dialect = (CsvDialect) Heap.replace(null, d);
        r.reset();
        return r;
    }

    @Override
    public void traverse(Visitor v) {
        for (PyObject o : new PyObject[] {dialect, inputIter, fields}) if (o != null) v.visit(o);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject[] h = {dialect, inputIter, fields};
        dialect = null;
        inputIter = null;
        fields = null;
        for (PyObject o : h) if (o != null) r.release(o);
        super.release(r);
    }

    private void reset() {
        fields = (PyList) Heap.replace(fields, new PyList());
        field.setLength(0);
        fieldLen = 0;
        state = State.START_RECORD;
        numericField = false;
    }

    private void saveField() {
        PyObject f = PyStr.of(field.toString());
        field.setLength(0);
        fieldLen = 0;
        if (numericField) {
            numericField = false;
            f = Abstract.call(PyFloat.TYPE, f);
        }
        fields.append(f);
    }

    private void addChar(int c) {
        long limit = CsvModule.fieldLimit;
        if (fieldLen >= limit) throw CsvModule.error("field larger than field limit (%d)", limit);
        field.appendCodePoint(c);
        fieldLen++;
    }

    /** parse_process_char. */
    private void process(int c) {
        CsvDialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) break;
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    break;
                }
                state = State.START_FIELD;
                // fall through
            case START_FIELD:
                if (c == '\n' || c == '\r' || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.escapechar) {
                    state = State.ESCAPED_CHAR;
                } else if (c == ' ' && d.skipinitialspace) {
                    // spaces at the start of a field are ignored
                } else if (c == d.delimiter) {
                    saveField();
                } else {
                    if (d.quoting == CsvDialect.QUOTE_NONNUMERIC) numericField = true;
                    addChar(c);
                    state = State.IN_FIELD;
                }
                break;
            case ESCAPED_CHAR:
                if (c == '\n' || c == '\r') {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    break;
                }
                if (c == EOL) c = '\n';
                addChar(c);
                state = State.IN_FIELD;
                break;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) break;
                // fall through
            case IN_FIELD:
                if (c == '\n' || c == '\r' || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (c == d.escapechar) {
                    state = State.ESCAPED_CHAR;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else {
                    addChar(c);
                }
                break;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    // a line break inside quotes continues the field on the next line
                } else if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                break;
            case ESCAPE_IN_QUOTED_FIELD:
                if (c == EOL) c = '\n';
                addChar(c);
                state = State.IN_QUOTED_FIELD;
                break;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (c == '\n' || c == '\r' || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw CsvModule.error("'%s' expected after '%s'", cp(d.delimiter), cp(d.quotechar));
                }
                break;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') break;
                if (c == EOL) {
                    state = State.START_RECORD;
                    break;
                }
                throw CsvModule.error("new-line character seen in unquoted field - do you need to open the file with newline=''?");
            default:
                throw new IllegalStateException();
        }
    }

    /** The %c of PyErr_Format: the low byte of the code point. */
    private static String cp(int c) {
        return String.valueOf((char) (c & 0xff));
    }

    /** Reader_iternext. */
    @Override
    public PyObject next() {
        reset();
        do {
            PyObject line = Abstract.next(inputIter);
            if (line == null) {
                if (fieldLen != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) throw CsvModule.error("unexpected end of data");
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not %s (the file should be opened in text mode)", line.type.name);
            }
            lineNum++;
            for (int c : s.codePoints()) process(c);
            process(EOL);
        } while (state != State.START_RECORD);
        PyList out = fields;
        fields = null;
        Heap.decref(out);   // the caller takes the reference this object held
        return out;
    }

    @Exposed.Method public PyObject __iter__() { return this; }

    @Exposed.Method
    public PyObject __next__() {
        PyObject r = next();
        if (r == null) throw Errors.stopIteration();
        return r;
    }

    @Exposed.Getter(name = "dialect") public PyObject getDialect() { return dialect; }
    @Exposed.Getter(name = "line_num") public PyObject getLineNum() { return PyInt.of(lineNum); }
}
