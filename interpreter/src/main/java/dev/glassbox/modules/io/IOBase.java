package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

/**
 * {@code _io._IOBase} (Modules/_io/iobase.c): the base of every stream. Its methods work
 * through the Python-level protocol (they call {@code self.readline}, {@code self.closed},
 * {@code self.flush}, ...), so a Python subclass that defines a few methods gets the rest;
 * the concrete Java classes override them with direct implementations. The finalizer closes
 * an unclosed stream, as {@code iobase_finalize}.
 */
@Exposed.Type(name = "_IOBase", module = "_io", instanceDict = true, gc = true, basicSize = 32,
        doc = "The abstract base class for all I/O classes.\n\n"
                + "This class provides dummy implementations for many methods that\n"
                + "derived classes can override selectively; the default implementations\n"
                + "represent a file that cannot be read, written or seeked.\n\n"
                + "Even though IOBase does not declare read, readinto, or write because\n"
                + "their signatures will vary, implementations and clients should\n"
                + "consider those methods part of the interface. Also, implementations\n"
                + "may raise UnsupportedOperation when operations they do not support are\n"
                + "called.\n\n"
                + "The basic type used for binary data read from or written to a file is\n"
                + "bytes. Other bytes-like objects are accepted as method arguments too.\n"
                + "In some cases (such as readinto), a writable object is required. Text\n"
                + "I/O classes work with str data.\n\n"
                + "Note that calling any method (except additional calls to close(),\n"
                + "which are ignored) on a closed stream should raise a ValueError.\n\n"
                + "IOBase (and its subclasses) support the iterator protocol, meaning\n"
                + "that an IOBase object can be iterated over yielding the lines in a\n"
                + "stream.\n\n"
                + "IOBase also supports the :keyword:`with` statement. In this example,\n"
                + "fp is closed after the suite of the with statement is complete:\n\n"
                + "with open('spam.txt', 'r') as fp:\n"
                + "    fp.write('Spam and eggs!')\n")
public class IOBase extends PyObject {
    public static final PyType TYPE = PyType.fromClass(IOBase.class);

    static {
        TYPE.weakrefable = true;
    }

    /** CPython's {@code __IOBase_closed} attribute. */
    boolean iobaseClosed;

    public IOBase(PyType t) {
        super(t);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return ((PyType) cls).allocate();
    }

    // ------------------------------------------------------------ state

    /** iobase_check_closed: the {@code closed} attribute, as the subclass defines it. */
    final void checkClosedAttr() {
        if (IoSupport.closedAttr(this)) throw IoSupport.closedFile();
    }

    @Exposed.Getter(name = "closed")
    public PyObject closedGetter() {
        return PyBool.of(iobaseClosed);
    }

    @Exposed.Getter(name = "__dict__")
    public PyObject dictGetter() {
        return Abstract.materializedDict(this);
    }

    // ------------------------------------------------------------ positioning

    @Exposed.Method(sig = "($self, offset, whence=0, /)", doc = "Change the stream position to the given byte offset.")
    public PyObject seek(PyObject offset, PyObject whence) {
        throw IoSupport.unsupported("seek");
    }

    @Exposed.Method(doc = "Return current stream position.")
    public PyObject tell() {
        return Abstract.callMethod(this, "seek", PyInt.of(0), PyInt.of(1));
    }

    @Exposed.Method(sig = "($self, size=None, /)", doc = "Truncate file to size bytes.")
    public PyObject truncate(PyObject size) {
        throw IoSupport.unsupported("truncate");
    }

    @Exposed.Method(doc = "Flush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams.")
    public PyObject flush() {
        if (iobaseClosed) throw IoSupport.closedFile();
        return PyNone.NONE;
    }

    @Exposed.Method(doc = "Flush and close the IO object.\n\nThis method has no effect if the file is already closed.")
    public PyObject close() {
        if (iobaseClosed) return PyNone.NONE;
        PyException err = null;
        try {
            Abstract.callMethod(this, "flush");
        } catch (PyException e) {
            err = e;
        }
        iobaseClosed = true;
        if (err != null) throw err;
        return PyNone.NONE;
    }

    @Exposed.Method(doc = "Return whether object supports random access.")
    public PyObject seekable() {
        return PyBool.FALSE;
    }

    @Exposed.Method(doc = "Return whether object was opened for reading.")
    public PyObject readable() {
        return PyBool.FALSE;
    }

    @Exposed.Method(doc = "Return whether object was opened for writing.")
    public PyObject writable() {
        return PyBool.FALSE;
    }

    @Exposed.Method(name = "_checkClosed", sig = "($self, /, *args)")
    public PyObject checkClosedMethod(PyObject args) {
        checkClosedAttr();
        return PyNone.NONE;
    }

    @Exposed.Method(name = "_checkSeekable", sig = "($self, /, *args)")
    public PyObject checkSeekable(PyObject args) {
        if (Abstract.callMethod(this, "seekable") != PyBool.TRUE) throw IoSupport.unsupported("File or stream is not seekable.");
        return PyBool.TRUE;
    }

    @Exposed.Method(name = "_checkReadable", sig = "($self, /, *args)")
    public PyObject checkReadable(PyObject args) {
        if (Abstract.callMethod(this, "readable") != PyBool.TRUE) throw IoSupport.unsupported("File or stream is not readable.");
        return PyBool.TRUE;
    }

    @Exposed.Method(name = "_checkWritable", sig = "($self, /, *args)")
    public PyObject checkWritable(PyObject args) {
        if (Abstract.callMethod(this, "writable") != PyBool.TRUE) throw IoSupport.unsupported("File or stream is not writable.");
        return PyBool.TRUE;
    }

    @Exposed.Method(doc = "Returns underlying file descriptor if one exists.\n\nOSError is raised if the IO object does not use a file descriptor.")
    public PyObject fileno() {
        throw IoSupport.unsupported("fileno");
    }

    @Exposed.Method(doc = "Return whether this is an 'interactive' stream.\n\nReturn False if it can't be determined.")
    public PyObject isatty() {
        checkClosedAttr();
        return PyBool.FALSE;
    }

    // ------------------------------------------------------------ context manager, iteration

    @Exposed.Method
    public PyObject __enter__() {
        checkClosedAttr();
        return this;
    }

    @Exposed.Method(sig = "($self, /, *args)")
    public PyObject __exit__(PyObject args) {
        return Abstract.callMethod(this, "close");
    }

    @Exposed.Method
    public PyObject __iter__() {
        checkClosedAttr();
        return this;
    }

    @Exposed.Method
    public PyObject __next__() {
        PyObject line = Abstract.callMethod(this, "readline");
        if (line == PyNone.NONE || Abstract.length(line) <= 0) throw Errors.stopIteration();
        return line;
    }

    // ------------------------------------------------------------ lines

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read and return a line from the stream.\n\n"
            + "If size is specified, at most size bytes will be read.\n\n"
            + "The line terminator is always b'\\n' for binary files; for text\n"
            + "files, the newlines argument to open can be used to select the line\n"
            + "terminator(s) recognized.")
    public PyObject readline(PyObject sizeObj) {
        long limit = IoSupport.sizeArg(sizeObj);
        PyObject peek = Abstract.lookupAttr(this, PyStr.intern("peek"));
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        if (peek != null) Heap.incref(peek);
        try {
            while (limit < 0 || buffer.size() < limit) {
                long nreadahead = 1;
                if (peek != null) {
                    PyObject readahead = Abstract.call(peek, PyInt.of(1));
                    if (!(readahead instanceof PyBytes rb)) {
                        throw Errors.raise(dev.glassbox.objects.ExceptionTypes.OSError,
                                "peek() should have returned a bytes object, not '%s'", readahead.type.qualname);
                    }
                    byte[] b = rb.value();
                    if (b.length > 0) {
                        int n = 0;
                        while (n < b.length && (limit < 0 || n < limit)) {
                            if (b[n++] == '\n') break;
                        }
                        nreadahead = n;
                    }
                }
                PyObject chunk = Abstract.callMethod(this, "read", PyInt.of(nreadahead));
                if (!(chunk instanceof PyBytes cb)) {
                    throw Errors.raise(dev.glassbox.objects.ExceptionTypes.OSError,
                            "read() should have returned a bytes object, not '%s'", chunk.type.qualname);
                }
                byte[] c = cb.value();
                if (c.length == 0) break;
                buffer.write(c, 0, c.length);
                if (c[c.length - 1] == '\n') break;
            }
        } finally {
            if (peek != null) Heap.decref(peek);
        }
        return PyBytes.wrap(buffer.toByteArray());
    }

    @Exposed.Method(sig = "($self, hint=-1, /)", doc = "Return a list of lines from the stream.\n\n"
            + "hint can be specified to control the number of lines read: no more\n"
            + "lines will be read if the total size (in bytes/characters) of all\n"
            + "lines so far exceeds hint.")
    public PyObject readlines(PyObject hintObj) {
        long hint = IoSupport.sizeArg(hintObj);
        PyList result = new PyList();
        PyObject it = Abstract.getIter(this);
        Heap.incref(it);
        Heap.incref(result);
        try {
            long length = 0;
            while (true) {
                PyObject line = Abstract.next(it);
                if (line == null) break;
                result.append(line);
                if (hint > 0) {
                    length += Abstract.length(line);
                    if (length > hint) break;
                }
            }
        } finally {
            Heap.decref(it);
            result.refcnt--;
        }
        return result;
    }

    @Exposed.Method(sig = "($self, lines, /)", doc = "Write a list of lines to stream.\n\n"
            + "Line separators are not added, so it is usual for each of the\n"
            + "lines provided to have a line separator at the end.")
    public PyObject writelines(PyObject lines) {
        checkClosedAttr();
        PyObject it = Abstract.getIter(lines);
        Heap.incref(it);
        try {
            while (true) {
                PyObject line = Abstract.next(it);
                if (line == null) break;
                Abstract.callMethod(this, "write", line);
            }
        } finally {
            Heap.decref(it);
        }
        return PyNone.NONE;
    }

    // ------------------------------------------------------------ finalization

    /** iobase_finalize: an unclosed stream is closed; errors are silent unless in development mode. */
    @Exposed.Method
    public PyObject __del__() {
        boolean closed;
        try {
            PyObject c = Abstract.lookupAttr(this, PyStr.intern("closed"));
            if (c == null) return PyNone.NONE;
            closed = Abstract.isTrue(c);
        } catch (PyException e) {
            return PyNone.NONE;
        }
        if (closed) return PyNone.NONE;
        try {
            setFinalizing();
        } catch (PyException e) {
            // ignored, as CPython clears it
        }
        try {
            Abstract.callMethod(this, "close");
        } catch (PyException e) {
            if (IoSupport.devMode()) dev.glassbox.runtime.Unraisable.report("Exception ignored in: ", this, this, e.value);
        }
        return PyNone.NONE;
    }

    /**
     * Whether deallocation runs the finalizer: FileIO, the buffered types and TextIOWrapper
     * call _PyIOBase_finalize from their dealloc, BytesIO and StringIO do not (a Python
     * subclass always does, through subtype_dealloc).
     */
    public static boolean finalizesOnDealloc(PyObject o) {
        if (!(o instanceof IOBase)) return false;
        if (o.type.isHeapType()) return true;
        return !(o instanceof BytesIO) && !(o instanceof StringIO);
    }

    /** Tells close() it runs from the finalizer (the {@code _finalizing} member or attribute). */
    void setFinalizing() {
        Abstract.setAttr(this, PyStr.intern("_finalizing"), PyBool.TRUE);
    }
}
