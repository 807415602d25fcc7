package dev.glassbox.runtime;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;

/** sys.unraisablehook's default output: "Exception ignored in: <obj>" plus the traceback. */
public final class Unraisable {
    private Unraisable() {}

    public static void report(String prefix, PyObject where, PyObject obj, PyBaseException e) {
        Runtime rt = Runtime.get();
        if (rt == null) return;
        rt.stdout.flushBuffer();
        String desc;
        try {
            desc = Abstract.repr(where).value;
        } catch (PyException x) {
            desc = "<object repr() failed>";
        }
        rt.stderr.writeText(prefix + desc + "\n");
        rt.stderr.writeText(TracebackPrinter.format(e, rt.sources));
        rt.stderr.flushBuffer();
    }
}
