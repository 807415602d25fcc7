package dev.glassbox.modules;

import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams until the full {@code _io} stack replaces them: a text stream over a
 * byte sink, UTF-8 encoded, line-buffered on request, with surrogates escaped as CPython's
 * {@code surrogateescape}/backslashreplace would for stderr. A sink may be replaced (the kernel
 * routes output to iopub).
 */
@Exposed.Type(name = "TextIOWrapper", module = "_io", baseType = false)
public final class TextStream extends PyObject {
    public static final PyType TYPE = PyType.fromClass(TextStream.class);

    private OutputStream sink;
    private final String name;
    private final int fd;
    private final boolean lineBuffered;
    private final StringBuilder buffer = new StringBuilder();
    private boolean closed;

    public TextStream(OutputStream sink, String name, int fd, boolean lineBuffered) {
        super(TYPE);
        this.sink = sink;
        this.name = name;
        this.fd = fd;
        this.lineBuffered = lineBuffered;
    }

    public void setSink(OutputStream s) {
        flushBuffer();
        sink = s;
    }

    /** Writes Java text directly (print's fast path). */
    public void writeText(String s) {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
        buffer.append(s);
        if (buffer.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) flushBuffer();
    }

    /** Bytes written to this stream's file descriptor ({@code os.write(1, ...)}), after the buffered text. */
    public void writeBytes(byte[] b) {
        flushBuffer();
        try {
            sink.write(b);
            sink.flush();
        } catch (IOException e) {
            throw Errors.raise(dev.glassbox.objects.ExceptionTypes.OSError, "%s", e.getMessage());
        }
    }

    public void flushBuffer() {
        if (buffer.length() == 0) return;
        String s = buffer.toString();
        buffer.setLength(0);
        try {
            sink.write(encode(s));
            sink.flush();
        } catch (IOException e) {
            throw Errors.raise(dev.glassbox.objects.ExceptionTypes.OSError, "%s", e.getMessage());
        }
    }

    private static byte[] encode(String s) {
        // Lone surrogates (from surrogateescape decoding) are written back as the bytes they stand for.
        boolean clean = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) { clean = false; break; }
        }
        if (clean) return s.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0xDC80 && cp <= 0xDCFF) out.write(cp - 0xDC00);
            else if (Character.isSurrogate((char) cp)) out.writeBytes(("\\u" + Integer.toHexString(cp)).getBytes(StandardCharsets.US_ASCII));
            else out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            i += n;
        }
        return out.toByteArray();
    }

    @Exposed.Method(sig = "($self, text, /)")
    public PyObject write(PyObject text) {
        if (!(text instanceof PyStr s)) throw Errors.typeError("write() argument must be str, not %s", text.type.qualname);
        writeText(s.value);
        return dev.glassbox.objects.PyInt.of(s.length());
    }

    @Exposed.Method
    public PyObject flush() {
        flushBuffer();
        return PyNone.NONE;
    }

    @Exposed.Method
    public long fileno() {
        return fd;
    }

    @Exposed.Method
    public boolean isatty() {
        return false;
    }

    @Exposed.Method
    public boolean writable() {
        return true;
    }

    @Exposed.Method
    public boolean readable() {
        return false;
    }

    @Exposed.Method
    public PyObject close() {
        flushBuffer();
        closed = true;
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "closed") public boolean isClosed() { return closed; }
    @Exposed.Getter(name = "name") public PyObject getName() { return PyStr.of(name); }
    @Exposed.Getter(name = "encoding") public PyObject getEncoding() { return PyStr.of("utf-8"); }
    @Exposed.Getter(name = "errors") public PyObject getErrors() { return PyStr.of(fd == 2 ? "backslashreplace" : "strict"); }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of("<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>");
    }
}
