package dev.glassbox.modules.io;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** {@code _io._BufferedIOBase}: readinto/readinto1 over the subclass's read/read1; the rest unsupported. */
@Exposed.Type(name = "_BufferedIOBase", module = "_io", instanceDict = true, gc = true, basicSize = 32,
        doc = "Base class for buffered IO objects.\n\n"
                + "The main difference with RawIOBase is that the read() method\n"
                + "supports omitting the size argument, and does not have a default\n"
                + "implementation that defers to readinto().\n\n"
                + "In addition, read(), readinto() and write() may raise\n"
                + "BlockingIOError if the underlying raw stream is in non-blocking\n"
                + "mode and not ready; unlike their raw counterparts, they will never\n"
                + "return None.\n\n"
                + "A typical implementation should not inherit from a RawIOBase\n"
                + "implementation, but wrap one.\n")
public class BufferedIOBase extends IOBase {
    public static final PyType TYPE = PyType.fromClass(BufferedIOBase.class);

    static {
        TYPE.weakrefable = true;
    }

    public BufferedIOBase(PyType t) {
        super(t);
    }

    @Exposed.Method(doc = "Disconnect this buffer from its underlying raw stream and return it.\n\n"
            + "After the raw stream has been detached, the buffer is in an unusable\nstate.")
    public PyObject detach() {
        throw IoSupport.unsupported("detach");
    }

    @Exposed.Method(sig = "($self, size=-1, /)")
    public PyObject read(PyObject size) {
        throw IoSupport.unsupported("read");
    }

    @Exposed.Method(sig = "($self, size=-1, /)")
    public PyObject read1(PyObject size) {
        throw IoSupport.unsupported("read1");
    }

    @Exposed.Method(sig = "($self, b, /)")
    public PyObject write(PyObject b) {
        throw IoSupport.unsupported("write");
    }

    @Exposed.Method(sig = "($self, buffer, /)")
    public PyObject readinto(PyObject buffer) {
        return readintoGeneric(this, buffer, false);
    }

    @Exposed.Method(sig = "($self, buffer, /)")
    public PyObject readinto1(PyObject buffer) {
        return readintoGeneric(this, buffer, true);
    }

    /** _bufferediobase_readinto_generic: read(len(buffer)) or read1, copied into the buffer. */
    static PyObject readintoGeneric(PyObject self, PyObject buffer, boolean one) {
        int len = writableBuffer(buffer, one ? "readinto1" : "readinto");
        PyObject data = Abstract.callMethod(self, one ? "read1" : "read", PyInt.of(len));
        if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
        byte[] v = b.value();
        if (v.length > len) {
            throw Errors.valueError("read() returned too much data: %d bytes requested, %d returned", len, v.length);
        }
        Buffers.writeInto(buffer, 0, v, 0, v.length);
        return PyInt.of(v.length);
    }

    /** The length of a read-write buffer argument, or clinic's TypeError. */
    static int writableBuffer(PyObject buffer, String fn) {
        int len = Buffers.writableLength(buffer);
        if (len < 0) {
            throw Errors.typeError("%s() argument must be read-write bytes-like object, not %s", fn, buffer.type.qualname);
        }
        return len;
    }
}
