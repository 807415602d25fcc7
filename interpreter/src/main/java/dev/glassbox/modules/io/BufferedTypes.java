package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** The concrete buffered types over {@link Buffered}: their constructors and mode-specific methods. */
public final class BufferedTypes {
    private BufferedTypes() {}

    /** {@code _io.BufferedReader}. */
    @Exposed.Type(name = "BufferedReader", module = "_io", instanceDict = true, gc = true, basicSize = 152,
            doc = "Create a new buffered reader using the given readable raw IO object.")
    public static class Reader extends Buffered {
        public static final PyType TYPE = PyType.fromClass(Reader.class);

        static {
            TYPE.weakrefable = true;
        }

        public Reader(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return ((PyType) cls).allocate();
        }

        @Exposed.Method(sig = "($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)")
        public void __init__(PyObject raw, PyObject bufferSize) {
            init(raw, bufferSize, true, false);
        }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read(PyObject size) { return readImpl(size); }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read1(PyObject size) { return read1Impl(size); }

        @Exposed.Method(sig = "($self, size=0, /)")
        public PyObject peek(PyObject size) { return peekImpl(size); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto(PyObject b) { return readintoImpl(b, false); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto1(PyObject b) { return readintoImpl(b, true); }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject readline(PyObject size) { return readlineImpl(IoSupport.sizeArg(size)); }

        @Exposed.Method
        public PyObject readable() { return rawReadable(); }

        @Exposed.Method
        public PyObject __next__() { return nextLine(); }
    }

    /** {@code _io.BufferedWriter}. */
    @Exposed.Type(name = "BufferedWriter", module = "_io", instanceDict = true, gc = true, basicSize = 152,
            doc = "A buffer for a writeable sequential RawIO object.\n\n"
                    + "The constructor creates a BufferedWriter for the given writeable raw\n"
                    + "stream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.")
    public static class Writer extends Buffered {
        public static final PyType TYPE = PyType.fromClass(Writer.class);

        static {
            TYPE.weakrefable = true;
        }

        public Writer(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return ((PyType) cls).allocate();
        }

        @Exposed.Method(sig = "($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)")
        public void __init__(PyObject raw, PyObject bufferSize) {
            init(raw, bufferSize, false, true);
        }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject write(PyObject b) { return writeImpl(b); }

        @Exposed.Method
        public PyObject writable() { return rawWritable(); }
    }

    /** {@code _io.BufferedRandom}. */
    @Exposed.Type(name = "BufferedRandom", module = "_io", instanceDict = true, gc = true, basicSize = 152,
            doc = "A buffered interface to random access streams.\n\n"
                    + "The constructor creates a reader and writer for a seekable stream,\n"
                    + "raw, given in the first argument. If the buffer_size is omitted it\n"
                    + "defaults to DEFAULT_BUFFER_SIZE.")
    public static class Random extends Buffered {
        public static final PyType TYPE = PyType.fromClass(Random.class);

        static {
            TYPE.weakrefable = true;
        }

        public Random(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return ((PyType) cls).allocate();
        }

        @Exposed.Method(sig = "($self, /, raw, buffer_size=DEFAULT_BUFFER_SIZE)")
        public void __init__(PyObject raw, PyObject bufferSize) {
            init(raw, bufferSize, true, true);
        }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read(PyObject size) { return readImpl(size); }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read1(PyObject size) { return read1Impl(size); }

        @Exposed.Method(sig = "($self, size=0, /)")
        public PyObject peek(PyObject size) { return peekImpl(size); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto(PyObject b) { return readintoImpl(b, false); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto1(PyObject b) { return readintoImpl(b, true); }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject readline(PyObject size) { return readlineImpl(IoSupport.sizeArg(size)); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject write(PyObject b) { return writeImpl(b); }

        @Exposed.Method
        public PyObject readable() { return rawReadable(); }

        @Exposed.Method
        public PyObject writable() { return rawWritable(); }

        @Exposed.Method
        public PyObject __next__() { return nextLine(); }
    }

    /** {@code _io.BufferedRWPair}: a reader and a writer over two raw streams. */
    @Exposed.Type(name = "BufferedRWPair", module = "_io", instanceDict = true, gc = true, basicSize = 48,
            doc = "A buffered reader and writer object together.\n\n"
                    + "A buffered reader object and buffered writer object put together to\n"
                    + "form a sequential IO object that can read and write. This is typically\n"
                    + "used with a socket or two-way pipe.\n\n"
                    + "reader and writer are RawIOBase objects that are readable and\n"
                    + "writeable respectively. If the buffer_size is omitted it defaults to\n"
                    + "DEFAULT_BUFFER_SIZE.")
    public static class RWPair extends BufferedIOBase {
        public static final PyType TYPE = PyType.fromClass(RWPair.class);

        static {
            TYPE.weakrefable = true;
        }

        Reader reader;
        Writer writer;

        public RWPair(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return ((PyType) cls).allocate();
        }

        @Exposed.Method(sig = "($self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)")
        public void __init__(PyObject r, PyObject w, PyObject bufferSize) {
            if (Abstract.callMethod(r, "readable") != dev.glassbox.objects.PyBool.TRUE) {
                throw IoSupport.unsupported("File or stream is not readable.");
            }
            if (Abstract.callMethod(w, "writable") != dev.glassbox.objects.PyBool.TRUE) {
                throw IoSupport.unsupported("File or stream is not writable.");
            }
            Reader rd = new Reader(Reader.TYPE);
            rd.init(r, bufferSize, true, false);
            Heap.incref(rd);
            Writer wr = new Writer(Writer.TYPE);
            try {
                wr.init(w, bufferSize, false, true);
            } catch (PyException e) {
                Heap.decref(rd);
                throw e;
            }
            Heap.incref(wr);
            Reader oldR = reader;
            Writer oldW = writer;
            reader = rd;
            writer = wr;
            if (oldR != null) Heap.decref(oldR);
            if (oldW != null) Heap.decref(oldW);
        }

        private Reader r() {
            if (reader == null) throw Errors.valueError("I/O operation on uninitialized object");
            return reader;
        }

        private Writer w() {
            if (writer == null) throw Errors.valueError("I/O operation on uninitialized object");
            return writer;
        }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read(PyObject size) { return Abstract.callMethod(r(), "read", args(size)); }

        @Exposed.Method(sig = "($self, size=0, /)")
        public PyObject peek(PyObject size) { return Abstract.callMethod(r(), "peek", args(size)); }

        @Exposed.Method(sig = "($self, size=-1, /)")
        public PyObject read1(PyObject size) { return Abstract.callMethod(r(), "read1", args(size)); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto(PyObject b) { return Abstract.callMethod(r(), "readinto", b); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject readinto1(PyObject b) { return Abstract.callMethod(r(), "readinto1", b); }

        @Exposed.Method(sig = "($self, buffer, /)")
        public PyObject write(PyObject b) { return Abstract.callMethod(w(), "write", b); }

        @Exposed.Method
        public PyObject flush() { return Abstract.callMethod(w(), "flush"); }

        @Exposed.Method
        public PyObject readable() { return Abstract.callMethod(r(), "readable"); }

        @Exposed.Method
        public PyObject writable() { return Abstract.callMethod(w(), "writable"); }

        @Exposed.Method
        public PyObject close() {
            PyException err = null;
            try {
                Abstract.callMethod(w(), "close");
            } catch (PyException e) {
                err = e;
            }
            try {
                Abstract.callMethod(r(), "close");
            } catch (PyException e) {
                err = IoSupport.chain(e, err);
            }
            if (err != null) throw err;
            return dev.glassbox.objects.PyNone.NONE;
        }

        @Exposed.Method
        public PyObject isatty() {
            PyObject res = Abstract.callMethod(w(), "isatty");
            if (res != dev.glassbox.objects.PyBool.FALSE) return res;
            return Abstract.callMethod(r(), "isatty");
        }

        @Exposed.Getter(name = "closed")
        public PyObject closedGetter() {
            if (writer == null) throw Errors.runtimeError("the BufferedRWPair object is being garbage-collected");
            return Abstract.getAttr(writer, "closed");
        }

        private static PyObject[] args(PyObject size) {
            return size == null ? new PyObject[0] : new PyObject[] {size};
        }

        @Override
        public void traverse(Visitor v) {
            if (reader != null) v.visit(reader);
            if (writer != null) v.visit(writer);
            super.traverse(v);
        }

        @Override
        public void release(Releaser rel) {
            Reader a = reader;
            Writer b = writer;
            reader = null;
            writer = null;
            rel.release(a);
            rel.release(b);
            super.release(rel);
        }
    }
}
