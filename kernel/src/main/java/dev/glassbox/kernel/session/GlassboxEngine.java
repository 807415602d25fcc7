package dev.glassbox.kernel.session;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.runtime.Input;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The real VM behind the kernel: one {@link Runtime} for the kernel's life, cells run in
 * {@code __main__} like IPython's {@code run_cell} (everything but a trailing expression as
 * "exec", the trailing expression as "single" so the displayhook shows it), output streamed
 * to the cell's context, and errors returned with CPython-format traceback lines.
 */
public final class GlassboxEngine implements Engine {
    private final Runtime rt;
    private volatile CellContext current;
    private final Introspector introspector;
    private final CellSources cellSources = new CellSources();
    /** The __future__ features the cells so far imported (co_flags bits). */
    private int futureFlags;

    public GlassboxEngine() {
        OutputStream out = new ContextStream(false), err = new ContextStream(true);
        // IPython.display's hook, and the bundled IPython package on top of it.
        dev.glassbox.imports.Importer.registerBuiltin("_glassbox_display",
                () -> dev.glassbox.objects.ModuleBuilder.build(DisplayModule.class));
        dev.glassbox.imports.Importer.registerBuiltin("IPython", DisplayModule::ipythonPackage);
        DisplayModule.context = () -> current;
        String stdlib = System.getenv("GLASSBOX_STDLIB");
        List<String> path = new ArrayList<>();
        path.add("");
        rt = Runtime.boot(new Runtime.Config(List.of(""), pathWithStdlib(path, stdlib), out, err, false, List.of()));
        rt.display = this::display;
        DisplayModule.flush = rt::flush;
        introspector = new Introspector(rt, this::reset);
        Input.source = this::readline;
        // getpass.getpass asks the frontend (ipykernel replaces it the same way).
        dev.glassbox.imports.Importer.addLoadListener(m -> {
            if (!m.name().equals("getpass")) return;
            PyObject hook = dev.glassbox.imports.Importer.importFull("_glassbox_display");
            if (hook instanceof dev.glassbox.objects.PyModule d) m.dict().setItem("getpass", d.dict().getItemStr("getpass"));
        });
    }

    private static List<String> pathWithStdlib(List<String> path, String stdlib) {
        try {
            var m = Class.forName("dev.glassbox.runtime.SysSetup").getDeclaredMethod("defaultPath", String.class, boolean.class);
            m.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<String> p = (List<String>) m.invoke(null, "", false);
            return p;
        } catch (ReflectiveOperationException e) {
            if (stdlib != null) path.add(stdlib);
            return path;
        }
    }

    /** Bytes written to sys.stdout/stderr go to the running cell's context. */
    private final class ContextStream extends OutputStream {
        private final boolean err;

        ContextStream(boolean err) {
            this.err = err;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            CellContext ctx = current;
            String s = new String(b, off, len, StandardCharsets.UTF_8);
            // The other stream's buffered text was written first: send it first, so a cell's
            // stdout and stderr arrive in the order the program wrote them.
            if (rt != null) (err ? rt.stdout : rt.stderr).flushBuffer();
            if (ctx == null) {
                (err ? System.err : System.out).print(s);
            } else if (err) {
                ctx.stderr(s);
            } else {
                ctx.stdout(s);
            }
        }
    }

    private String readline(String prompt) {
        CellContext ctx = current;
        if (ctx == null) return null;
        try {
            return ctx.input(prompt, false);
        } catch (CellContext.StdinNotAllowedException e) {
            throw dev.glassbox.objects.Errors.raise(dev.glassbox.objects.ExceptionTypes.RuntimeError, "%s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw dev.glassbox.objects.Errors.raise(dev.glassbox.objects.ExceptionTypes.KeyboardInterrupt);
        }
    }

    private void display(PyObject value) {
        CellContext ctx = current;
        PyDict main = rt.main.dict();
        List<Map<String, Object>> formatted = DisplayModule.format(value);
        if (ctx != null) ctx.displayResult(formatted.get(0), formatted.get(1));
        main.setItem("_", value);
        rt.builtins.dict().setItem("_", value);
    }

    /** text/plain from repr, plus the _repr_*_ methods the object offers (the displayhook's data). */
    static Map<String, Object> mimeBundle(PyObject value) {
        return DisplayModule.format(value).get(0);
    }

    @Override
    public Outcome execute(String source, String fileName, CellContext ctx) {
        current = ctx;
        try {
            rt.registerSource(fileName, source);
            cellSources.register(fileName, source);
            runCell(source, fileName);
            return Outcome.OK;
        } catch (PyException e) {
            return outcome(e.value);
        } finally {
            try {
                rt.flush();
            } catch (PyException ignored) {
                // a broken stream must not lose the reply
            }
            Heap.drain(0);
            current = null;
        }
    }

    /** IPython's run_cell split (Runtime.compileCell); __future__ imports carry over to later cells. */
    private void runCell(String source, String fileName) {
        List<PyCode> codes = rt.compileCell(source.getBytes(StandardCharsets.UTF_8), fileName, futureFlags);
        PyDict g = rt.main.dict();
        for (PyCode c : codes) {
            futureFlags |= c.unit.flags & Runtime.FUTURE_FLAGS;
            run(c, g);
        }
    }

    private static void run(PyCode code, PyDict g) {
        Heap.incref(code);
        try {
            Interpreter.current().runCode(code, g, g);
        } finally {
            Heap.decref(code);
        }
    }

    private Outcome outcome(PyBaseException e) {
        String ename = e.type.qualname;
        String evalue;
        try {
            evalue = Abstract.str(e).value;
        } catch (PyException x) {
            evalue = "";
        }
        String text = dev.glassbox.runtime.TracebackPrinter.format(e, rt.sources);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        return Outcome.error(ename, evalue, lines);
    }

    @Override
    public Evaluation evaluate(String expression) {
        try {
            PyCode code = rt.compile(expression.getBytes(StandardCharsets.UTF_8), "<string>", "eval", 0);
            PyDict g = rt.main.dict();
            PyObject v = Interpreter.current().runCode(code, g, g);
            return Evaluation.value(mimeBundle(v));
        } catch (PyException e) {
            return Evaluation.failed(outcome(e.value));
        }
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        int[] cps = code.codePoints().toArray();
        int end = Math.min(cursorPos, cps.length);
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(cps[start - 1]) || cps[start - 1] == '_' || cps[start - 1] == '.')) start--;
        String token = new String(cps, start, end - start);
        TreeSet<String> matches = new TreeSet<>();
        int dot = token.lastIndexOf('.');
        try {
            if (dot >= 0) {
                String base = token.substring(0, dot), prefix = token.substring(dot + 1);
                PyCode c = rt.compile(base.getBytes(StandardCharsets.UTF_8), "<completion>", "eval", 0);
                PyObject obj = Interpreter.current().runCode(c, rt.main.dict(), rt.main.dict());
                PyObject names = dev.glassbox.modules.BuiltinsModule.dir(obj);
                for (PyObject n : Abstract.toArray(names)) {
                    String s = n.toString();
                    if (s.startsWith(prefix)) matches.add(base + "." + s);
                }
            } else {
                for (PyDict d : new PyDict[] {rt.main.dict(), rt.builtins.dict()}) {
                    for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                        String s = d.keyAt(e).toString();
                        if (s.startsWith(token)) matches.add(s);
                    }
                }
                for (String kw : KEYWORDS) if (kw.startsWith(token)) matches.add(kw);
            }
        } catch (PyException | SyntaxErrorInfo e) {
            // no completions for an expression that fails
        }
        return new Completion(new ArrayList<>(matches), start, end, Map.of());
    }

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield"};

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        int[] cps = code.codePoints().toArray();
        int end = Math.min(cursorPos, cps.length), start = end;
        while (end < cps.length && (Character.isLetterOrDigit(cps[end]) || cps[end] == '_')) end++;
        while (start > 0 && (Character.isLetterOrDigit(cps[start - 1]) || cps[start - 1] == '_' || cps[start - 1] == '.')) start--;
        String name = new String(cps, start, end - start);
        if (name.isEmpty()) return Inspection.NOT_FOUND;
        try {
            PyCode c = rt.compile(name.getBytes(StandardCharsets.UTF_8), "<inspect>", "eval", 0);
            PyObject obj = Interpreter.current().runCode(c, rt.main.dict(), rt.main.dict());
            StringBuilder text = new StringBuilder();
            text.append("Type:      ").append(obj.type.qualname).append('\n');
            text.append("String form: ").append(Abstract.str(obj).value).append('\n');
            PyObject doc = Abstract.lookupAttr(obj, PyStr.intern("__doc__"));
            if (doc instanceof PyStr d) text.append("Docstring: ").append(d.value).append('\n');
            return new Inspection(true, Map.of("text/plain", text.toString()), Map.of());
        } catch (PyException | SyntaxErrorInfo e) {
            return Inspection.NOT_FOUND;
        }
    }

    @Override
    public Completeness isComplete(String code) {
        try {
            Parser.parse(code, "<cell>", Parser.Mode.EXEC);
        } catch (SyntaxErrorInfo e) {
            String m = e.msg;
            if (m.contains("was never closed") || m.startsWith("unexpected EOF") || m.startsWith("expected an indented block")
                    || m.contains("unterminated triple-quoted")) {
                return new Completeness("incomplete", indentFor(code));
            }
            return Completeness.of("invalid");
        } catch (RuntimeException e) {
            return Completeness.of("unknown");
        }
        // A block statement needs a blank line to end, as in the console.
        String trimmed = code.stripTrailing();
        String last = trimmed.isEmpty() ? "" : trimmed.substring(trimmed.lastIndexOf('\n') + 1);
        if (!code.endsWith("\n\n") && (last.startsWith(" ") || last.startsWith("\t") || trimmed.endsWith(":"))) {
            return new Completeness("incomplete", indentFor(code));
        }
        return Completeness.of("complete");
    }

    private static String indentFor(String code) {
        String trimmed = code.stripTrailing();
        String last = trimmed.substring(trimmed.lastIndexOf('\n') + 1);
        int n = 0;
        while (n < last.length() && last.charAt(n) == ' ') n++;
        if (trimmed.endsWith(":")) n += 4;
        return " ".repeat(n);
    }

    @Override
    public void interrupt() {
        Interpreter.current().requestInterrupt();
    }

    @Override
    public void reset() {
        PyDict d = rt.main.dict();
        List<PyObject> keys = new ArrayList<>();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) keys.add(d.keyAt(e));
        for (PyObject k : keys) {
            String s = k.toString();
            if (s.equals("__name__") || s.equals("__builtins__") || s.equals("__doc__")) continue;
            PyObject v = d.pop(k);
            if (v != null) Heap.decref(v);
        }
        Heap.drain(0);
    }

    @Override
    public Map<String, Object> introspect(String magic, String args, String body) {
        try {
            return introspector.report(magic, args, body);
        } catch (PyException e) {
            Outcome o = outcome(e.value);
            throw new IllegalArgumentException(o.ename() + ": " + o.evalue());
        } catch (SyntaxErrorInfo e) {
            throw new IllegalArgumentException("SyntaxError: " + e.msg);
        }
    }

    static PyObject none() {
        return PyNone.NONE;
    }

    static PyList list() {
        return new PyList();
    }
}
