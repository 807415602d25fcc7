package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.util.Arrays;

/**
 * {@code _io.BytesIO} (Modules/_io/bytesio.c): a growable byte buffer with a position. As in
 * CPython, the buffer is shared with a bytes object when it can be (the initial value,
 * getvalue's result), copied on the next change; getbuffer's views lock the size.
 */
@Exposed.Type(name = "BytesIO", module = "_io", instanceDict = true, gc = true, basicSize = 64,
        doc = "Buffered I/O implementation using an in-memory bytes buffer.")
public class BytesIO extends BufferedIOBase {
    public static final PyType TYPE = PyType.fromClass(BytesIO.class);

    static {
        TYPE.weakrefable = true;
    }

    private static final byte[] EMPTY = new byte[0];

    /** The storage; null once closed. [0, size) is the value. */
    byte[] buf = EMPTY;
    int size, pos;
    /** A bytes object whose value array is {@link #buf} (counted), so buf must be copied before a change. */
    private PyBytes shared;
    /** The exporter of the live getbuffer views, if any (counted). */
    private PyByteArray exporter;

    public BytesIO(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return ((PyType) cls).allocate();
    }

    @Exposed.Method(sig = "($self, /, initial_bytes=b'')")
    public void __init__(PyObject initial) {
        checkExports();
        unshare(false);
        buf = EMPTY;
        size = 0;
        pos = 0;
        if (initial != null && initial != PyNone.NONE) {
            if (initial.type == PyBytes.TYPE) {
                PyBytes b = (PyBytes) initial;
                if (b.value().length > 0) {
                    buf = b.value();
                    size = buf.length;
                    shared = b;
                    Heap.incref(b);
                }
            } else {
                writeBytes(initial);
                pos = 0;
            }
        }
    }

    // ------------------------------------------------------------ state checks

    private void checkClosed() {
        if (buf == null) throw IoSupport.closedFile();
    }

    private boolean exported() {
        return exporter != null && Buffers.exports(exporter) > 0;
    }

    private void checkExports() {
        if (exported()) throw Errors.raise(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /** Makes buf private before it changes (the shared bytes keeps its value). */
    private void unshare(boolean copy) {
        if (shared != null) {
            if (copy) buf = Arrays.copyOf(buf, Math.max(size, 16));
            PyBytes s = shared;
            shared = null;
            Heap.decref(s);
        }
        if (exporter != null && !exported()) {
            PyByteArray e = exporter;
            exporter = null;
            Heap.decref(e);
        }
    }

    private void ensureCapacity(int n) {
        if (n > buf.length) {
            // resize_buffer: over-allocate by 1/8 for amortized growth, as CPython does.
            long alloc = n + ((long) n >> 3) + (n < 9 ? 3 : 6);
            if (alloc > Integer.MAX_VALUE - 8) throw Errors.overflowError("new buffer size too large");
            buf = Arrays.copyOf(buf, (int) alloc);
        }
    }

    /** write_bytes: the bytes of a bytes-like object at pos, zero-filling an overseek gap. */
    int writeBytes(PyObject b) {
        checkClosed();
        checkExports();
        byte[] v = Buffers.bytesOrNull(b);
        if (v == null) throw Errors.typeError("a bytes-like object is required, not '%s'", b.type.qualname);
        return writeRaw(v, 0, v.length);
    }

    int writeRaw(byte[] v, int off, int len) {
        if (len == 0) return 0;
        long end = (long) pos + len;
        if (end > Integer.MAX_VALUE - 8) throw Errors.overflowError("new buffer size too large");
        unshare(true);
        ensureCapacity((int) end);
        if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
        System.arraycopy(v, off, buf, pos, len);
        pos = (int) end;
        if (size < pos) size = pos;
        return len;
    }

    /** read_bytes: n bytes from pos (the shared buffer itself when that is all of it). */
    private PyObject readBytes(int n) {
        if (n > 1 && pos == 0 && shared != null && n == size && !exported()) {
            pos += n;
            return shared;
        }
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return PyBytes.wrap(out);
    }

    /** scan_eol: the length of the next line (up to size bytes, -1 for no limit). */
    private int scanEol(long limit) {
        if (pos >= size) return 0;
        int maxlen = size - pos;
        int n = limit < 0 || limit > maxlen ? maxlen : (int) limit;
        for (int i = pos, end = pos + n; i < end; i++) {
            if (buf[i] == '\n') return i - pos + 1;
        }
        return n;
    }

    // ------------------------------------------------------------ methods

    @Exposed.Getter(name = "closed", doc = "True if the file is closed.")
    public PyObject closedGetter() {
        return PyBool.of(buf == null);
    }

    @Exposed.Method(doc = "Returns True if the IO object can be read.")
    public PyObject readable() {
        checkClosed();
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Returns True if the IO object can be written.")
    public PyObject writable() {
        checkClosed();
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Returns True if the IO object can be seeked.")
    public PyObject seekable() {
        checkClosed();
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Does nothing.")
    public PyObject flush() {
        checkClosed();
        return PyNone.NONE;
    }

    @Exposed.Method(doc = "Always returns False.\n\nBytesIO objects are not connected to a TTY-like device.")
    public PyObject isatty() {
        checkClosed();
        return PyBool.FALSE;
    }

    @Exposed.Method(doc = "Current file position, an integer.")
    public PyObject tell() {
        checkClosed();
        return PyInt.of(pos);
    }

    @Exposed.Method(doc = "Get a read-write view over the contents of the BytesIO object.")
    public PyObject getbuffer() {
        checkClosed();
        if (!exported()) {
            unshare(true);
            if (buf.length == 0) buf = new byte[1];
            PyByteArray e = Buffers.sharing(buf, size);
            Heap.incref(e);
            if (exporter != null) Heap.decref(exporter);
            exporter = e;
        }
        return Buffers.view(exporter);
    }

    @Exposed.Method(doc = "Retrieve the entire contents of the BytesIO object.")
    public PyObject getvalue() {
        checkClosed();
        if (size <= 1 || exported()) return PyBytes.wrap(Arrays.copyOf(buf, size));
        if (shared == null) {
            if (buf.length != size) buf = Arrays.copyOf(buf, size);
            shared = PyBytes.wrap(buf);
            Heap.incref(shared);
        }
        return shared;
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read at most size bytes, returned as a bytes object.\n\n"
            + "If the size argument is negative, read until EOF is reached.\nReturn an empty bytes object at EOF.")
    public PyObject read(PyObject sizeObj) {
        long n = IoSupport.sizeArg(sizeObj);
        checkClosed();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        return readBytes(k);
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read at most size bytes, returned as a bytes object.\n\n"
            + "If the size argument is negative or omitted, read until EOF is reached.\nReturn an empty bytes object at EOF.")
    public PyObject read1(PyObject sizeObj) {
        return read(sizeObj);
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Next line from the file, as a bytes object.\n\n"
            + "Retain newline.  A non-negative size argument limits the maximum\n"
            + "number of bytes to return (an incomplete line may be returned then).\n"
            + "Return an empty bytes object at EOF.\n")
    public PyObject readline(PyObject sizeObj) {
        long n = IoSupport.sizeArg(sizeObj);
        checkClosed();
        return readBytes(scanEol(n));
    }

    @Exposed.Method(sig = "($self, size=None, /)", doc = "List of bytes objects, each a line from the file.\n\n"
            + "Call readline() repeatedly and return a list of the lines so read.\n"
            + "The optional size argument, if given, is an approximate bound on the\n"
            + "total number of bytes in the lines returned.\n")
    public PyObject readlines(PyObject arg) {
        checkClosed();
        long maxsize;
        if (arg == null || arg == PyNone.NONE) maxsize = 0;
        else if (arg instanceof PyInt i) maxsize = i.isBig() ? Long.MAX_VALUE : i.value;
        else throw Errors.typeError("integer argument expected, got '%s'", arg.type.name);
        checkClosed();
        PyList result = new PyList();
        long total = 0;
        int n;
        while ((n = scanEol(-1)) != 0) {
            result.append(PyBytes.wrap(Arrays.copyOfRange(buf, pos, pos + n)));
            pos += n;
            total += n;
            if (maxsize > 0 && total >= maxsize) break;
        }
        return result;
    }

    @Exposed.Method(sig = "($self, buffer, /)", doc = "Read bytes into buffer.\n\n"
            + "Returns number of bytes read (0 for EOF), or None if the object\n"
            + "is set not to block and has no data to read.")
    public PyObject readinto(PyObject buffer) {
        int len = BufferedIOBase.writableBuffer(buffer, "readinto");
        checkClosed();
        int avail = size - pos;
        if (len > avail) len = Math.max(0, avail);
        Buffers.writeInto(buffer, 0, buf, pos, len);
        pos += len;
        return PyInt.of(len);
    }

    @Exposed.Method(sig = "($self, size=None, /)", doc = "Truncate the file to at most size bytes.\n\n"
            + "Size defaults to the current file position, as returned by tell().\n"
            + "The current file position is unchanged.  Returns the new size.\n")
    public PyObject truncate(PyObject sizeObj) {
        checkClosed();
        checkExports();
        long n = sizeObj == null || sizeObj == PyNone.NONE ? pos : IoSupport.sizeArg(sizeObj);
        if (n < 0) throw Errors.valueError("negative size value %d", n);
        if (n < size) {
            unshare(true);
            size = (int) n;
            if (buf.length > 16 && size < buf.length / 2) buf = Arrays.copyOf(buf, size);
        }
        return PyInt.of(n);
    }

    @Exposed.Method(sig = "($self, pos, whence=0, /)", doc = "Change stream position.\n\n"
            + "Seek to byte offset pos relative to position indicated by whence:\n"
            + "     0  Start of stream (the default).  pos should be >= 0;\n"
            + "     1  Current position - pos may be negative;\n"
            + "     2  End of stream - pos usually negative.\n"
            + "Returns the new absolute position.")
    public PyObject seek(PyObject posObj, PyObject whenceObj) {
        long p = IoSupport.ssize(posObj);
        int whence = whenceObj == null ? 0 : IoSupport.cInt(whenceObj);
        checkClosed();
        if (p < 0 && whence == 0) throw Errors.valueError("negative seek value %d", p);
        if (whence == 1) {
            if (p > Long.MAX_VALUE - pos) throw Errors.overflowError("new position too large");
            p += pos;
        } else if (whence == 2) {
            if (p > Long.MAX_VALUE - size) throw Errors.overflowError("new position too large");
            p += size;
        } else if (whence != 0) {
            throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0) p = 0;
        if (p > Integer.MAX_VALUE - 8) throw Errors.overflowError("new position too large");
        pos = (int) p;
        return PyInt.of(p);
    }

    @Exposed.Method(sig = "($self, b, /)", doc = "Write bytes to file.\n\nReturn the number of bytes written.")
    public PyObject write(PyObject b) {
        return PyInt.of(writeBytes(b));
    }

    @Exposed.Method(sig = "($self, lines, /)", doc = "Write lines to the file.\n\n"
            + "Note that newlines are not added.  lines can be any iterable object\n"
            + "producing bytes-like objects. This is equivalent to calling write() for\neach element.")
    public PyObject writelines(PyObject lines) {
        checkClosed();
        PyObject it = Abstract.getIter(lines);
        Heap.incref(it);
        try {
            PyObject item;
            while ((item = Abstract.next(it)) != null) writeBytes(item);
        } finally {
            Heap.decref(it);
        }
        return PyNone.NONE;
    }

    @Exposed.Method(doc = "Disable all I/O operations.")
    public PyObject close() {
        checkExports();
        unshare(false);
        buf = null;
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __iter__() {
        return this;
    }

    @Exposed.Method
    public PyObject __next__() {
        checkClosed();
        int n = scanEol(-1);
        if (n == 0) throw Errors.stopIteration();
        return readBytes(n);
    }

    @Exposed.Method
    public PyObject __getstate__() {
        PyObject value = getvalue();
        PyObject d = dict == null ? PyNone.NONE : Abstract.call(PyDict.TYPE.lookup("copy"), dict);
        return PyTuple.of(value, PyInt.of(pos), d);
    }

    @Exposed.Method(sig = "($self, state, /)")
    public PyObject __setstate__(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw Errors.typeError("%s.__setstate__ argument should be 3-tuple, got %s", type.name, state.type.name);
        }
        checkExports();
        size = 0;
        pos = 0;
        unshare(false);
        buf = EMPTY;
        writeBytes(t.get(0));
        PyObject p = t.get(1);
        if (!(p instanceof PyInt pi)) throw Errors.typeError("second item of state must be an integer, not %s", p.type.name);
        long pv = IoSupport.ssize(pi);
        if (pv < 0) throw Errors.valueError("position value cannot be negative");
        pos = (int) pv;
        PyObject d = t.get(2);
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dd)) throw Errors.typeError("third item of state should be a dict, got a %s", d.type.name);
            Abstract.callMethod(Abstract.materializedDict(this), "update", dd);
        }
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __sizeof__() {
        long s = type.basicSize;
        if (buf != null && (shared == null || shared.refcnt <= 1)) s += 33 + buf.length;
        return PyInt.of(s);
    }

    @Override
    public void traverse(Visitor v) {
        if (shared != null) v.visit(shared);
        if (exporter != null) v.visit(exporter);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyBytes s = shared;
        PyByteArray e = exporter;
        shared = null;
        exporter = null;
        r.release(s);
        r.release(e);
        super.release(r);
    }
}
