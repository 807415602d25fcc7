package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** {@code _io._RawIOBase}: read and readall in terms of the subclass's readinto and read. */
@Exposed.Type(name = "_RawIOBase", module = "_io", instanceDict = true, gc = true, basicSize = 32,
        doc = "Base class for raw binary I/O.")
public class RawIOBase extends IOBase {
    public static final PyType TYPE = PyType.fromClass(RawIOBase.class);

    static {
        TYPE.weakrefable = true;
    }

    public RawIOBase(PyType t) {
        super(t);
    }

    @Exposed.Method(sig = "($self, size=-1, /)")
    public PyObject read(PyObject sizeObj) {
        long n = IoSupport.sizeArg(sizeObj);
        if (n < 0) return Abstract.callMethod(this, "readall");
        if (n > Integer.MAX_VALUE - 8) throw Errors.memoryError();
        PyByteArray b = PyByteArray.of(new byte[(int) n]);
        Heap.incref(b);
        try {
            PyObject res = Abstract.callMethod(this, "readinto", b);
            if (res == PyNone.NONE) return res;
            long got = IoSupport.ssize(res);
            if (got < 0 || got > n) throw Errors.valueError("readinto returned %d outside buffer size %d", got, n);
            return PyBytes.wrap(Arrays.copyOf(Buffers.storage(b), (int) got));
        } finally {
            Heap.decref(b);
        }
    }

    @Exposed.Method(doc = "Read until EOF, using multiple read() call.")
    public PyObject readall() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            PyObject data = Abstract.callMethod(this, "read", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (!any) return data;
                break;
            }
            if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
            if (b.value().length == 0) break;
            chunks.writeBytes(b.value());
            any = true;
        }
        return PyBytes.wrap(chunks.toByteArray());
    }

    @Exposed.Method(sig = "($self, buffer, /)")
    public PyObject readinto(PyObject buffer) {
        throw Errors.raise(ExceptionTypes.NotImplementedError);
    }

    @Exposed.Method(sig = "($self, b, /)")
    public PyObject write(PyObject b) {
        throw Errors.raise(ExceptionTypes.NotImplementedError);
    }
}
