package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.util.Arrays;

/**
 * {@code _io.StringIO} (Modules/_io/stringio.c): text in memory as code points (positions are
 * code-point offsets, as CPython's UCS4 buffer), with the newline modes of TextIOWrapper:
 * None translates on write and records newlines, '' records without translating, '\r' and
 * '\r\n' translate '\n' on write and split lines only at themselves.
 */
@Exposed.Type(name = "StringIO", module = "_io", instanceDict = true, gc = true, basicSize = 120,
        doc = "Text I/O implementation using an in-memory buffer.\n\n"
                + "The initial_value argument sets the value of object.  The newline\n"
                + "argument is like the one of TextIOWrapper's constructor.")
public class StringIO extends TextIOBase {
    public static final PyType TYPE = PyType.fromClass(StringIO.class);

    static {
        TYPE.weakrefable = true;
    }

    private static final int[] EMPTY = new int[0];

    int[] buf = EMPTY;
    int size, pos;
    boolean ok, closed;
    /** The newline argument (null for None), and the sequence '\n' becomes on write (null: unchanged). */
    String readnl, writenl;
    boolean readuniversal, readtranslate;
    NewlineDecoder decoder;

    public StringIO(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return ((PyType) cls).allocate();
    }

    @Exposed.Method(sig = "($self, /, initial_value='', newline='\\n')")
    public void __init__(PyObject value, PyObject newlineObj) {
        String newline = "\n";
        if (newlineObj == PyNone.NONE) newline = null;
        else if (newlineObj != null) {
            if (!(newlineObj instanceof PyStr ns)) {
                throw Errors.typeError("newline must be str or None, not %s", newlineObj.type.qualname);
            }
            newline = ns.value;
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", Abstract.repr(newlineObj));
        }
        if (value != null && value != PyNone.NONE && !(value instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not %s", value.type.qualname);
        }
        ok = false;
        readnl = newline;
        writenl = null;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        if (newline != null && newline.startsWith("\r")) writenl = newline;
        NewlineDecoder old = decoder;
        decoder = null;
        if (old != null) Heap.decref(old);
        if (readuniversal) {
            decoder = NewlineDecoder.create(null, readtranslate);
            Heap.incref(decoder);
        }
        size = 0;
        pos = 0;
        buf = EMPTY;
        if (value instanceof PyStr s && s.length() > 0) writeStr(s.value);
        pos = 0;
        closed = false;
        ok = true;
    }

    // ------------------------------------------------------------ checks

    private void checkInitialized() {
        if (!ok) throw Errors.valueError("I/O operation on uninitialized object");
    }

    private void checkClosed() {
        if (closed) throw Errors.valueError("I/O operation on closed file");
    }

    private void check() {
        checkInitialized();
        checkClosed();
    }

    // ------------------------------------------------------------ storage

    /** write_str: newline decoding/translation, then the code points at pos (zero-filling an overseek). */
    void writeStr(String text) {
        String decoded = decoder != null ? decoder.decodeText(text, true) : text;
        if (writenl != null) decoded = decoded.replace("\n", writenl);
        int len = decoded.codePointCount(0, decoded.length());
        if (len == 0) return;
        long end = (long) pos + len;
        if (end > Integer.MAX_VALUE - 8) throw Errors.overflowError("new position too large");
        if (end > buf.length) buf = Arrays.copyOf(buf, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8, buf.length * 2L + 16)));
        if (pos > size) Arrays.fill(buf, size, pos, 0);
        int at = pos;
        for (int i = 0, n = decoded.length(); i < n; ) {
            char c = decoded.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(decoded.charAt(i + 1))) {
                buf[at++] = Character.toCodePoint(c, decoded.charAt(i + 1));
                i += 2;
            } else {
                buf[at++] = c;
                i++;
            }
        }
        pos = at;
        if (size < pos) size = pos;
    }

    private String text(int from, int n) {
        if (n <= 0) return "";
        // Code points to Java text; lone surrogates are kept as the chars they are.
        StringBuilder b = new StringBuilder(n);
        for (int i = from, end = from + n; i < end; i++) b.appendCodePoint(buf[i]);
        return b.toString();
    }

    /** _PyIO_find_line_ending over the buffer: the length of the line starting at {@code start}, or -1. */
    private int findLineEnding(int start, int end) {
        if (readtranslate) {
            for (int i = start; i < end; i++) if (buf[i] == '\n') return i - start + 1;
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < end; i++) {
                int c = buf[i];
                if (c == '\n') return i - start + 1;
                if (c == '\r') return i + 1 < end && buf[i + 1] == '\n' ? i - start + 2 : i - start + 1;
            }
            return -1;
        }
        int first = readnl.charAt(0), nl = readnl.length();
        for (int i = start; i < end; i++) {
            if (buf[i] != first) continue;
            if (nl == 1) return i - start + 1;
            if (i + nl <= end && buf[i + 1] == readnl.charAt(1)) return i - start + nl;
        }
        return -1;
    }

    private String readlineLimit(long limit) {
        if (pos >= size) return "";
        int avail = size - pos;
        int lim = limit < 0 || limit > avail ? avail : (int) limit;
        int len = findLineEnding(pos, pos + lim);
        if (len < 0) len = lim;
        String s = text(pos, len);
        pos += len;
        return s;
    }

    // ------------------------------------------------------------ methods

    @Exposed.Method(doc = "Retrieve the entire contents of the object.")
    public PyObject getvalue() {
        check();
        return PyStr.of(text(0, size));
    }

    @Exposed.Method(doc = "Tell the current file position.")
    public PyObject tell() {
        check();
        return PyInt.of(pos);
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read at most size characters, returned as a string.\n\n"
            + "If the argument is negative or omitted, read until EOF\nis reached. Return an empty string at EOF.")
    public PyObject read(PyObject sizeObj) {
        long n = IoSupport.sizeArg(sizeObj);
        check();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        String s = text(pos, k);
        pos += k;
        return PyStr.of(s);
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.")
    public PyObject readline(PyObject sizeObj) {
        long n = IoSupport.sizeArg(sizeObj);
        check();
        return PyStr.of(readlineLimit(n));
    }

    @Exposed.Method
    public PyObject __next__() {
        check();
        PyObject line;
        if (type == TYPE) {
            line = PyStr.of(readlineLimit(-1));
        } else {
            line = Abstract.callMethod(this, "readline");
            if (!(line instanceof PyStr)) {
                throw Errors.raise(ExceptionTypes.OSError, "readline() should have returned a str object, not '%s'", line.type.qualname);
            }
        }
        if (((PyStr) line).length() == 0) throw Errors.stopIteration();
        return line;
    }

    @Exposed.Method(sig = "($self, pos=None, /)", doc = "Truncate size to pos.\n\n"
            + "The pos argument defaults to the current file position, as\n"
            + "returned by tell().  The current file position is unchanged.\n"
            + "Returns the new absolute position.")
    public PyObject truncate(PyObject sizeObj) {
        boolean current = sizeObj == null || sizeObj == PyNone.NONE;
        long n = current ? 0 : IoSupport.sizeArg(sizeObj);
        check();
        if (current) n = pos;
        if (n < 0) throw Errors.valueError("Negative size value %d", n);
        if (n < size) size = (int) n;
        return PyInt.of(n);
    }

    @Exposed.Method(sig = "($self, pos, whence=0, /)", doc = "Change stream position.\n\n"
            + "Seek to character offset pos relative to position indicated by whence:\n"
            + "    0  Start of stream (the default).  pos should be >= 0;\n"
            + "    1  Current position - pos must be 0;\n"
            + "    2  End of stream - pos must be 0.\n"
            + "Returns the new absolute position.")
    public PyObject seek(PyObject posObj, PyObject whenceObj) {
        long p = IoSupport.ssize(posObj);
        int whence = whenceObj == null ? 0 : IoSupport.cInt(whenceObj);
        check();
        if (whence != 0 && whence != 1 && whence != 2) {
            throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        } else if (p < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position %d", p);
        } else if (whence != 0 && p != 0) {
            throw Errors.raise(ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) p = pos;
        else if (whence == 2) p = size;
        if (p > Integer.MAX_VALUE - 8) throw Errors.overflowError("new position too large");
        pos = (int) p;
        return PyInt.of(p);
    }

    @Exposed.Method(sig = "($self, s, /)", doc = "Write string to file.\n\n"
            + "Returns the number of characters written, which is always equal to\nthe length of the string.")
    public PyObject write(PyObject obj) {
        checkInitialized();
        if (!(obj instanceof PyStr s)) throw Errors.typeError("string argument expected, got '%s'", obj.type.qualname);
        checkClosed();
        int n = s.length();
        if (n > 0) writeStr(s.value);
        return PyInt.of(n);
    }

    @Exposed.Method(doc = "Close the IO object.\n\n"
            + "Attempting any further operation after the object is closed\n"
            + "will raise a ValueError.\n\n"
            + "This method has no effect if the file is already closed.")
    public PyObject close() {
        closed = true;
        buf = EMPTY;
        NewlineDecoder d = decoder;
        decoder = null;
        if (d != null) Heap.decref(d);
        return PyNone.NONE;
    }

    @Exposed.Method(doc = "Returns True if the IO object can be read.")
    public PyObject readable() {
        check();
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Returns True if the IO object can be written.")
    public PyObject writable() {
        check();
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Returns True if the IO object can be seeked.")
    public PyObject seekable() {
        check();
        return PyBool.TRUE;
    }

    @Exposed.Getter(name = "closed")
    public PyObject closedGetter() {
        checkInitialized();
        return PyBool.of(closed);
    }

    @Exposed.Getter(name = "line_buffering")
    public PyObject lineBuffering() {
        check();
        return PyBool.FALSE;
    }

    @Exposed.Getter(name = "newlines")
    public PyObject newlinesGetter() {
        check();
        if (decoder == null) return PyNone.NONE;
        return NewlineDecoder.newlinesOf(decoder.seennl);
    }

    @Exposed.Method
    public PyObject __getstate__() {
        PyObject value = getvalue();
        PyObject d = dict == null ? PyNone.NONE : Abstract.call(PyDict.TYPE.lookup("copy"), dict);
        return PyTuple.of(value, readnl == null ? PyNone.NONE : PyStr.of(readnl), PyInt.of(pos), d);
    }

    @Exposed.Method(sig = "($self, state, /)")
    public PyObject __setstate__(PyObject state) {
        checkClosed();
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw Errors.typeError("%s.__setstate__ argument should be 4-tuple, got %s", type.name, state.type.name);
        }
        __init__(PyNone.NONE, t.get(1));
        // The value is restored as it was saved, without newline translation.
        PyObject v = t.get(0);
        if (v instanceof PyStr s) {
            int[] cps = s.value.codePoints().toArray();
            buf = cps;
            size = cps.length;
        }
        PyObject p = t.get(2);
        if (!(p instanceof PyInt pi)) throw Errors.typeError("third item of state must be an integer, got %s", p.type.name);
        long pv = IoSupport.ssize(pi);
        if (pv < 0) throw Errors.valueError("position value cannot be negative");
        pos = (int) pv;
        PyObject d = t.get(3);
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dd)) throw Errors.typeError("fourth item of state should be a dict, got a %s", d.type.name);
            Abstract.callMethod(Abstract.materializedDict(this), "update", dd);
        }
        return PyNone.NONE;
    }

    @Override
    public void traverse(Visitor v) {
        if (decoder != null) v.visit(decoder);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        NewlineDecoder d = decoder;
        decoder = null;
        r.release(d);
        super.release(r);
    }
}
