package dev.glassbox.modules.io;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyType;

/** {@code _io._TextIOBase}: the text stream interface, everything unsupported. */
@Exposed.Type(name = "_TextIOBase", module = "_io", instanceDict = true, gc = true, basicSize = 32,
        doc = "Base class for text I/O.\n\n"
                + "This class provides a character and line based interface to stream\n"
                + "I/O. There is no readinto method because Python's character strings\n"
                + "are immutable.\n")
public class TextIOBase extends IOBase {
    public static final PyType TYPE = PyType.fromClass(TextIOBase.class);

    static {
        TYPE.weakrefable = true;
    }

    public TextIOBase(PyType t) {
        super(t);
    }

    @Exposed.Method(doc = "Separate the underlying buffer from the TextIOBase and return it.\n\n"
            + "After the underlying buffer has been detached, the TextIO is in an\nunusable state.")
    public PyObject detach() {
        throw IoSupport.unsupported("detach");
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read at most size characters from stream.\n\n"
            + "Read from underlying buffer until we have size characters or we hit EOF.\n"
            + "If size is negative or omitted, read until EOF.")
    public PyObject read(PyObject size) {
        throw IoSupport.unsupported("read");
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.")
    public PyObject readline(PyObject size) {
        throw IoSupport.unsupported("readline");
    }

    @Exposed.Method(sig = "($self, s, /)", doc = "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string).")
    public PyObject write(PyObject s) {
        throw IoSupport.unsupported("write");
    }

    @Exposed.Getter(name = "encoding", doc = "Encoding of the text stream.\n\nSubclasses should override.")
    public PyObject encodingGetter() {
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "newlines", doc = "Line endings translated so far.\n\n"
            + "Only line endings translated during reading are considered.\n\nSubclasses should override.")
    public PyObject newlinesGetter() {
        return PyNone.NONE;
    }

    @Exposed.Getter(name = "errors", doc = "The error setting of the decoder or encoder.\n\nSubclasses should override.")
    public PyObject errorsGetter() {
        return PyNone.NONE;
    }
}
