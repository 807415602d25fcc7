package dev.glassbox.modules;

import dev.glassbox.modules.io.TextIOWrapper;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The runtime's handle on one standard output stream (the Java side of fd 1 or 2): the byte
 * sink that file descriptor writes to (the kernel replaces it to route output to iopub), and
 * the {@code sys.__stdout__}/{@code sys.__stderr__} TextIOWrapper over it, through which the
 * runtime's own text (tracebacks, the displayhook, prompts) goes, so it is ordered with what
 * the program printed. Flushing is guarded against re-entry: a sink may flush the other
 * stream, which may flush this one.
 */
@Exposed.Type(name = "_StdStream", module = "_glassbox", baseType = false)
public final class TextStream extends PyObject {
    public static final PyType TYPE = PyType.fromClass(TextStream.class);

    private OutputStream sink;
    private TextIOWrapper wrapper;
    private boolean flushing;

    public TextStream(OutputStream sink, String name, int fd, boolean lineBuffered) {
        super(TYPE);
        this.sink = sink;
    }

    /** Connects the text layer (sys.__stdout__ or sys.__stderr__). */
    public void attach(TextIOWrapper w) {
        wrapper = w;
    }

    public TextIOWrapper wrapper() {
        return wrapper;
    }

    public void setSink(OutputStream s) {
        flushBuffer();
        sink = s;
    }

    /** Text from the runtime itself, through the stream's TextIOWrapper (or straight to the sink before it exists). */
    public void writeText(String s) {
        if (wrapper == null || wrapper.closedQuietly()) {
            writeBytes(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        wrapper.writeText(s);
    }

    /** Bytes written to this stream's file descriptor. */
    public void writeBytes(byte[] b) {
        try {
            sink.write(b);
            sink.flush();
        } catch (IOException e) {
            throw Errors.raise(dev.glassbox.objects.ExceptionTypes.OSError, "%s", e.getMessage());
        }
    }

    /** Pushes the text layer's buffered output down to the sink (a no-op when re-entered or closed). */
    public void flushBuffer() {
        if (wrapper == null || flushing || wrapper.closedQuietly()) return;
        flushing = true;
        try {
            wrapper.flushQuietly();
        } finally {
            flushing = false;
        }
    }

}
