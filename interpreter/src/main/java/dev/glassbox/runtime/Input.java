package dev.glassbox.runtime;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** input(): the prompt to stdout, one line from stdin, EOFError at end of input. */
public final class Input {
    private Input() {}

    /** Where lines come from; the kernel replaces it with its stdin channel. */
    public interface LineSource {
        String readline(String prompt);
    }

    public static LineSource source;
    static InputStream stdin = System.in;

    static PyObject readline(Runtime rt, PyObject prompt) {
        String p = prompt == null ? "" : Abstract.str(prompt).value;
        if (source != null) {
            String line = source.readline(p);
            if (line == null) throw Errors.raise(ExceptionTypes.EOFError, "EOF when reading a line");
            return PyStr.of(line);
        }
        // builtin_input's non-interactive path: the prompt to sys.stdout, a line from sys.stdin.readline().
        PyObject fin = dev.glassbox.vm.Builtins.sysAttr("stdin");
        PyObject fout = dev.glassbox.vm.Builtins.sysAttr("stdout");
        PyObject ferr = dev.glassbox.vm.Builtins.sysAttr("stderr");
        if (fin != null && fin != dev.glassbox.objects.PyNone.NONE && fout != null && fout != dev.glassbox.objects.PyNone.NONE) {
            if (ferr != null && ferr != dev.glassbox.objects.PyNone.NONE) Abstract.callMethod(ferr, "flush");
            if (!p.isEmpty()) Abstract.callMethod(fout, "write", PyStr.of(p));
            Abstract.callMethod(fout, "flush");
            PyObject line = Abstract.callMethod(fin, "readline");
            if (!(line instanceof PyStr ls)) throw Errors.typeError("object.readline() returned non-string");
            if (ls.length() == 0) throw Errors.raise(ExceptionTypes.EOFError, "EOF when reading a line");
            String v = ls.value;
            return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
        }
        if (fin == null || fin == dev.glassbox.objects.PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdin");
        if (fout == null || fout == dev.glassbox.objects.PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdout");
        rt.stdout.writeText(p);
        rt.stdout.flushBuffer();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            int c;
            while ((c = stdin.read()) != -1 && c != '\n') buf.write(c);
            if (c == -1 && buf.size() == 0) throw Errors.raise(ExceptionTypes.EOFError, "EOF when reading a line");
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OSError, "%s", e.getMessage());
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        return PyStr.of(s);
    }
}
