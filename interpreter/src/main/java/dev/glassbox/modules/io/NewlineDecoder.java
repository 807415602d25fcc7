package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _io.IncrementalNewlineDecoder} (Modules/_io/textio.c): wraps a decoder (or none, for
 * str input), holds back a trailing '\r' until the next chunk, records the newline kinds seen
 * and optionally translates '\r\n' and '\r' to '\n'.
 */
@Exposed.Type(name = "IncrementalNewlineDecoder", module = "_io", basicSize = 40,
        doc = "Codec used when reading a file in universal newlines mode.\n\n"
                + "It wraps another incremental decoder, translating \\r\\n and \\r into \\n.\n"
                + "It also records the types of newlines encountered.  When used with\n"
                + "translate=False, it ensures that the newline sequence is returned in\n"
                + "one piece. When used with decoder=None, it expects unicode strings as\n"
                + "decode input and translates newlines without first invoking an external\n"
                + "decoder.")
public class NewlineDecoder extends PyObject {
    public static final PyType TYPE = PyType.fromClass(NewlineDecoder.class);

    static final int SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4, SEEN_ALL = 7;

    /** The wrapped decoder (counted), or null for None. */
    PyObject decoder;
    PyObject errors;
    boolean pendingcr, translate, initialized;
    int seennl;

    public NewlineDecoder(PyType t) {
        super(t);
    }

    static NewlineDecoder create(PyObject decoder, boolean translate) {
        NewlineDecoder d = new NewlineDecoder(TYPE);
        d.init(decoder, translate, PyStr.of("strict"));
        return d;
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return ((PyType) cls).allocate();
    }

    @Exposed.Method(sig = "($self, /, decoder, translate, errors='strict')")
    public void __init__(PyObject dec, PyObject translateObj, PyObject errorsObj) {
        if (translateObj instanceof dev.glassbox.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        boolean tr = IoSupport.cInt(translateObj) != 0;
        init(dec, tr, errorsObj);
    }

    private void init(PyObject dec, boolean tr, PyObject errorsObj) {
        PyObject old = decoder, oldErr = errors;
        decoder = dec == PyNone.NONE || dec == null ? null : dec;
        if (decoder != null) Heap.incref(decoder);
        errors = errorsObj;
        Heap.incref(errors);
        if (old != null) Heap.decref(old);
        if (oldErr != null) Heap.decref(oldErr);
        translate = tr;
        seennl = 0;
        pendingcr = false;
        initialized = true;
    }

    private void checkInit() {
        if (!initialized) throw Errors.valueError("IncrementalNewlineDecoder.__init__() not called");
    }

    @Exposed.Method(sig = "($self, /, input, final=False)")
    public PyObject decode(PyObject input, PyObject fin) {
        checkInit();
        boolean f = fin != null && IoSupport.cInt(fin == PyBool.TRUE ? PyInt.of(1) : fin == PyBool.FALSE ? PyInt.of(0) : fin) != 0;
        return PyStr.of(decode(input, f));
    }

    /** _PyIncrementalNewlineDecoder_decode. */
    String decode(PyObject input, boolean fin) {
        PyObject out;
        if (decoder == null) {
            out = input;
        } else {
            out = Abstract.call(Abstract.getAttr(decoder, "decode"), new PyObject[] {input, PyBool.of(fin)}, 0, 1,
                    PyTuple.of(PyStr.intern("final")));
        }
        if (!(out instanceof PyStr s)) {
            throw Errors.typeError("decoder should return a string result, not '%s'", out.type.qualname);
        }
        return decodeText(s.value, fin);
    }

    /** The newline handling over already decoded text. */
    String decodeText(String output, boolean fin) {
        if (pendingcr && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingcr = false;
        }
        if (!fin && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
            output = output.substring(0, output.length() - 1);
            pendingcr = true;
        }
        if (output.isEmpty()) return output;
        boolean hasCr = output.indexOf('\r') >= 0;
        if (!hasCr) {
            if ((seennl & SEEN_LF) == 0 && output.indexOf('\n') >= 0) seennl |= SEEN_LF;
            return output;
        }
        int seen = 0;
        int n = output.length();
        if (!translate) {
            if (seennl == SEEN_ALL) return output;
            for (int i = 0; i < n; i++) {
                char c = output.charAt(i);
                if (c == '\n') seen |= SEEN_LF;
                else if (c == '\r') {
                    if (i + 1 < n && output.charAt(i + 1) == '\n') { seen |= SEEN_CRLF; i++; }
                    else seen |= SEEN_CR;
                }
                if (seen == SEEN_ALL) break;
            }
            seennl |= seen;
            return output;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
                b.append('\n');
            } else if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') { seen |= SEEN_CRLF; i++; }
                else seen |= SEEN_CR;
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        seennl |= seen;
        return b.toString();
    }

    @Exposed.Method
    public PyObject getstate() {
        checkInit();
        PyObject buffer;
        java.math.BigInteger flag;
        if (decoder != null) {
            PyObject state = Abstract.callMethod(decoder, "getstate");
            if (!(state instanceof PyTuple t)) throw Errors.typeError("illegal decoder state");
            if (t.size() != 2) throw Errors.typeError("illegal decoder state");
            buffer = t.get(0);
            flag = Abstract.index(t.get(1)).toBig();
        } else {
            buffer = PyBytes.EMPTY;
            flag = java.math.BigInteger.ZERO;
        }
        flag = flag.shiftLeft(1);
        if (pendingcr) flag = flag.or(java.math.BigInteger.ONE);
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @Exposed.Method(sig = "($self, state, /)")
    public PyObject setstate(PyObject state) {
        checkInit();
        if (!(state instanceof PyTuple t)) throw Errors.typeError("state argument must be a tuple");
        if (t.size() != 2) throw Errors.typeError("illegal state argument");
        PyObject buffer = t.get(0);
        java.math.BigInteger flag = Abstract.index(t.get(1)).toBig();
        pendingcr = flag.testBit(0);
        if (decoder != null) Abstract.callMethod(decoder, "setstate", PyTuple.of(buffer, PyInt.of(flag.shiftRight(1))));
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject reset() {
        checkInit();
        seennl = 0;
        pendingcr = false;
        if (decoder != null) Abstract.callMethod(decoder, "reset");
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "newlines")
    public PyObject newlines() {
        checkInit();
        return newlinesOf(seennl);
    }

    static PyObject newlinesOf(int seennl) {
        return switch (seennl) {
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_CR | SEEN_LF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            case SEEN_ALL -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
            default -> PyNone.NONE;
        };
    }

    @Override
    public void traverse(Visitor v) {
        if (decoder != null) v.visit(decoder);
        if (errors != null) v.visit(errors);
    }

    @Override
    public void release(Releaser r) {
        PyObject d = decoder, e = errors;
        decoder = null;
        errors = null;
        r.release(d);
        r.release(e);
    }
}
