package dev.glassbox.kernel.session;

import dev.glassbox.kernel.display.HtmlTable;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.kernel.display.TextTable;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.vm.Tracing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code %%trace}: the cell runs under a {@code sys.settrace} function (this module's
 * {@code record}), which notes each event in code compiled from cells — call, line, return,
 * exception — with the function, the cell line and its source text, and what changed in the
 * frame's locals since that frame's previous event. The report is a text table and an HTML table.
 * Values are shown by repr, cut to {@link #WIDTH} characters.
 */
@Exposed.Module(name = "_glassbox_trace", doc = "Glassbox kernel: the %%trace magic's trace function.")
public final class TraceRecorder {
    private TraceRecorder() {}

    static final int WIDTH = 40;

    /** One reported event. */
    record Event(String event, String function, int line, String source, String detail, String changes) {}

    /** The recording in progress (one at a time: cells run on the VM thread one after another). */
    private static TraceRecorder.State active;

    private static final class State {
        final int limit;
        final Function<String, String> sourceOf;
        final List<Event> events = new ArrayList<>();
        /** The repr of each local at the frame's previous event, by frame. */
        final Map<PyObject, Map<String, String>> seen = new IdentityHashMap<>();
        boolean truncated;
        PyObject self;

        State(int limit, Function<String, String> sourceOf) {
            this.limit = limit;
            this.sourceOf = sourceOf;
        }
    }

    private static PyObject function;

    /** Installs the recorder as the trace function; {@code sourceOf} gives a cell's source by file name, or null. */
    static void start(int limit, Function<String, String> sourceOf) {
        if (function == null) {
            PyModule m = ModuleBuilder.build(TraceRecorder.class);
            function = m.dict().getItemStr("record");
        }
        active = new State(limit, sourceOf);
        active.self = function;
        Tracing.setTrace(function);
    }

    /** Removes the trace function and returns the report. */
    static Map<String, Object> stop() {
        Tracing.setTrace(null);
        State s = active;
        active = null;
        return s == null ? Map.of() : report(s);
    }

    @Exposed.Function(sig = "($module, frame, event, arg, /)", doc = "Records one trace event of a cell's code.")
    public static PyObject record(PyObject frame, PyObject event, PyObject arg) {
        State s = active;
        if (s == null) return PyNone.NONE;
        PyObject code = Abstract.getAttr(frame, PyStr.intern("f_code"));
        String file = Abstract.getAttr(code, PyStr.intern("co_filename")).toString();
        String source = s.sourceOf.apply(file);
        if (source == null) return PyNone.NONE; // not a cell's code: library calls stay untraced
        if (s.events.size() >= s.limit) {
            s.truncated = true;
            Tracing.setTrace(null);
            return PyNone.NONE;
        }
        String ev = event.toString();
        String fn = Abstract.getAttr(code, PyStr.intern("co_qualname")).toString();
        PyObject ln = Abstract.getAttr(frame, PyStr.intern("f_lineno"));
        int line = ln instanceof dev.glassbox.objects.PyInt i ? (int) i.value : 0;
        String text = lineOf(source, line);
        String detail = switch (ev) {
            case "return" -> "-> " + repr(arg);
            case "exception" -> exception(arg);
            default -> "";
        };
        boolean module = Abstract.getAttr(frame, PyStr.intern("f_locals")) == Abstract.getAttr(frame, PyStr.intern("f_globals"));
        String changes = changes(s, frame, ev.equals("call") && module);
        s.events.add(new Event(ev, fn, line, text, detail, changes));
        return s.self;
    }

    private static String lineOf(String source, int line) {
        if (line < 1) return "";
        String[] lines = source.split("\n", -1);
        return line <= lines.length ? lines[line - 1].strip() : "";
    }

    private static String exception(PyObject arg) {
        if (!(arg instanceof PyTuple t) || t.size() < 2 || !(t.get(1) instanceof PyBaseException e)) return repr(arg);
        String msg;
        try {
            msg = Abstract.str(e).value;
        } catch (PyException x) {
            msg = "";
        }
        return cut(e.type.qualname + (msg.isEmpty() ? "" : ": " + msg));
    }

    /**
     * The locals that are new, changed or gone since this frame's last event ("name=repr",
     * "del name"). A cell's module frame starts from what is already there, so only what the cell
     * changes in the namespace shows; a function's call event lists its arguments.
     */
    private static String changes(State s, PyObject frame, boolean baselineOnly) {
        PyObject locals = Abstract.getAttr(frame, PyStr.intern("f_locals"));
        Map<String, String> now = new LinkedHashMap<>();
        if (locals instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                String k = d.keyAt(e).toString();
                if (k.startsWith("__") && k.endsWith("__")) continue;
                now.put(k, repr(d.valueAt(e)));
            }
        }
        Map<String, String> before = s.seen.put(frame, now);
        if (baselineOnly) return "";
        if (before == null) before = Map.of();
        List<String> parts = new ArrayList<>();
        for (var e : now.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) parts.add(e.getKey() + "=" + e.getValue());
        }
        for (String k : before.keySet()) if (!now.containsKey(k)) parts.add("del " + k);
        return String.join(", ", parts);
    }

    private static String repr(PyObject v) {
        try {
            return cut(Abstract.repr(v).value);
        } catch (PyException e) {
            return "<repr failed: " + e.value.type.qualname + ">";
        }
    }

    private static String cut(String s) {
        s = s.replace("\n", "\\n");
        return s.length() <= WIDTH ? s : s.substring(0, WIDTH - 3) + "...";
    }

    private static final List<String> HEADERS = List.of("#", "event", "function", "line", "source", "value", "locals");

    private static Map<String, Object> report(State s) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Event e : s.events) {
            rows.add(List.of(Integer.toString(++n), e.event(), e.function(), e.line() > 0 ? Integer.toString(e.line()) : "",
                    e.source(), e.detail(), e.changes()));
        }
        String note = s.events.size() + " events" + (s.truncated ? " (stopped at the limit of " + s.limit + "; use %%trace -n N)" : "");
        if (rows.isEmpty()) return MimeBundle.text("No trace events: the cell ran no Python code of its own.");
        String plain = TextTable.render(HEADERS, rows) + "\n" + note;
        StringBuilder html = new StringBuilder("<div class=\"glassbox-trace\">");
        html.append(HtmlTable.render(HEADERS, rows).replace("<td style=\"text-align:left\">call</td>",
                "<td style=\"text-align:left;color:#1a73e8\">call</td>")
                .replace("<td style=\"text-align:left\">return</td>", "<td style=\"text-align:left;color:#188038\">return</td>")
                .replace("<td style=\"text-align:left\">exception</td>", "<td style=\"text-align:left;color:#c5221f\">exception</td>"));
        html.append("<p><small>").append(HtmlTable.escape(note)).append("</small></p></div>");
        return MimeBundle.textAndHtml(plain, html.toString());
    }
}
