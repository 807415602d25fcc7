package dev.glassbox.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.kernel.magics.Magic;
import dev.glassbox.kernel.magics.MagicEnv;
import dev.glassbox.kernel.magics.MagicParser;
import dev.glassbox.kernel.magics.MagicRegistry;
import dev.glassbox.kernel.magics.UsageError;
import dev.glassbox.kernel.session.CellContext;
import dev.glassbox.kernel.session.CellNames;
import dev.glassbox.kernel.session.Engine;
import dev.glassbox.kernel.session.History;
import dev.glassbox.kernel.session.InputBroker;
import dev.glassbox.kernel.wire.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * execute_request, on the VM thread: execute_input, the cell's pieces (Python chunks and
 * magics, split by {@link MagicParser}), execute_result / error on iopub, history, the reply.
 * Execution counts follow ipykernel + IPython: execute_input and execute_result carry the
 * current count N; the count advances after a store_history cell (error or not); the reply
 * carries the counter minus one afterwards, so N for stored cells and N-1 otherwise; a blank
 * cell runs nothing and stores nothing.
 */
final class ExecuteHandler {
    /** The reply content and whether queued execute_requests must now be aborted. */
    record Result(JsonObject content, boolean abortQueue) {}

    private final Engine engine;
    private final Iopub iopub;
    private final InputBroker stdin;
    private final ScheduledExecutorService timer;
    private final History history;
    private final MagicRegistry magics;
    private int executionCount = 1;

    ExecuteHandler(Engine engine, Iopub iopub, InputBroker stdin, ScheduledExecutorService timer,
                   History history, MagicRegistry magics) {
        this.engine = engine;
        this.iopub = iopub;
        this.stdin = stdin;
        this.timer = timer;
        this.history = history;
        this.magics = magics;
    }

    int executionCount() {
        return executionCount;
    }

    Result handle(Message req) {
        String code = req.str("code", "");
        boolean silent = req.bool("silent", false);
        boolean storeHistory = !silent && req.bool("store_history", true);
        boolean allowStdin = req.bool("allow_stdin", true);
        boolean stopOnError = req.bool("stop_on_error", true);
        int n = executionCount;
        if (!silent) {
            JsonObject in = new JsonObject();
            in.addProperty("code", code);
            in.addProperty("execution_count", n);
            iopub.publish("execute_input", req.header, in);
        }
        CellRun run = new CellRun(req, iopub, stdin, timer, silent, allowStdin, n);
        JsonArray payload = new JsonArray();
        Engine.Outcome outcome = Engine.Outcome.OK;
        boolean blank = code.isBlank();
        if (!blank) {
            try {
                outcome = runCell(code, CellNames.of(n, code), run, payload);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
                outcome = internalError(e);
            }
        }
        run.flush();
        if (!outcome.ok() && !isUsageError(outcome)) {
            JsonObject err = errorContent(outcome);
            iopub.publish("error", req.header, err);
        }
        if (storeHistory && !blank) {
            history.add(n, code, run.lastResultText());
            executionCount++;
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("status", outcome.ok() ? "ok" : "error");
        reply.addProperty("execution_count", executionCount - 1);
        if (outcome.ok()) {
            reply.add("payload", payload);
            reply.add("user_expressions", userExpressions(req.content.get("user_expressions")));
        } else {
            JsonObject err = errorContent(outcome);
            err.entrySet().forEach(e -> reply.add(e.getKey(), e.getValue()));
            reply.add("payload", new JsonArray());
            reply.add("user_expressions", new JsonObject());
        }
        return new Result(reply, !outcome.ok() && stopOnError);
    }

    private Engine.Outcome runCell(String code, String fileName, CellRun run, JsonArray payload) {
        List<MagicParser.Segment> segments = MagicParser.parse(code);
        Engine.Outcome out = Engine.Outcome.OK;
        for (int i = 0; i < segments.size() && out.ok(); i++) {
            boolean last = i == segments.size() - 1;
            MagicParser.Segment s = segments.get(i);
            if (s instanceof MagicParser.Code c) {
                out = engine.execute(pad(c.source(), c.firstLine()), fileName, run.view(last));
            } else if (s instanceof MagicParser.Help h) {
                help(h, run, payload);
            } else {
                out = runMagic(s, fileName, run, last);
            }
            run.emitResult();
        }
        return out;
    }

    private Engine.Outcome runMagic(MagicParser.Segment s, String fileName, CellRun run, boolean last) {
        boolean cell = s instanceof MagicParser.CellMagic;
        String name = cell ? ((MagicParser.CellMagic) s).name() : ((MagicParser.LineMagic) s).name();
        String args = cell ? ((MagicParser.CellMagic) s).args() : ((MagicParser.LineMagic) s).args();
        String body = cell ? ((MagicParser.CellMagic) s).body() : null;
        int base = cell ? ((MagicParser.CellMagic) s).firstLine() - 1 : ((MagicParser.LineMagic) s).firstLine() - 1;
        Magic m = cell ? magics.cell(name) : magics.line(name);
        try {
            if (m == null) {
                throw new UsageError(cell ? "Cell magic `%%" + name + "` not found."
                        : "Line magic function `%" + name + "` not found.");
            }
            return m.run(args, body, env(fileName, run, last, base));
        } catch (UsageError e) {
            run.stderr("UsageError: " + e.getMessage() + "\n");
            return Engine.Outcome.error("UsageError", e.getMessage(), List.of());
        }
    }

    private MagicEnv env(String fileName, CellRun run, boolean last, int base) {
        return new MagicEnv() {
            @Override
            public Engine engine() {
                return engine;
            }

            @Override
            public Engine.Outcome execute(String source, int firstLine, boolean display) {
                return engine.execute(pad(source, base + firstLine), fileName, run.view(display && last));
            }

            @Override
            public Engine.Repeatable prepare(String source, int firstLine) {
                return engine.prepare(pad(source, base + firstLine), fileName, run.view(false));
            }

            @Override
            public CellContext context() {
                return run;
            }

            @Override
            public void show(Map<String, Object> bundle) {
                if (last) {
                    run.displayResult(bundle, Map.of());
                } else {
                    run.display(bundle);
                }
            }

            @Override
            public MagicRegistry registry() {
                return magics;
            }
        };
    }

    /** {@code name?}: help in the pager (a "page" payload), as IPython's %pinfo. */
    private void help(MagicParser.Help h, CellRun run, JsonArray payload) {
        Map<String, Object> data;
        String t = h.target();
        if (t.startsWith("%")) {
            String name = t.replaceFirst("^%%?", "");
            Magic m = t.startsWith("%%") ? magics.cell(name) : magics.line(name);
            if (m == null) {
                m = magics.line(name) != null ? magics.line(name) : magics.cell(name);
            }
            if (m == null) {
                run.stdout("Object `" + t + "` not found.\n");
                return;
            }
            data = MimeBundle.text("Docstring:\n" + m.doc());
        } else {
            Engine.Inspection found = engine.inspect(t, t.codePointCount(0, t.length()), h.detail());
            if (!found.found()) {
                run.stdout("Object `" + t + "` not found.\n");
                return;
            }
            data = found.data();
        }
        JsonObject p = new JsonObject();
        p.addProperty("source", "page");
        p.add("data", CellRun.json(data));
        p.addProperty("start", 0);
        payload.add(p);
    }

    private JsonObject userExpressions(JsonElement requested) {
        JsonObject out = new JsonObject();
        if (requested == null || !requested.isJsonObject()) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : requested.getAsJsonObject().entrySet()) {
            Engine.Evaluation v = engine.evaluate(e.getValue().getAsString());
            JsonObject r;
            if (v.outcome().ok()) {
                r = new JsonObject();
                r.addProperty("status", "ok");
                r.add("data", CellRun.json(v.data()));
                r.add("metadata", CellRun.json(v.metadata()));
            } else {
                r = errorContent(v.outcome());
                r.addProperty("status", "error");
            }
            out.add(e.getKey(), r);
        }
        return out;
    }

    static JsonObject errorContent(Engine.Outcome o) {
        JsonObject c = new JsonObject();
        c.addProperty("ename", o.ename());
        c.addProperty("evalue", o.evalue());
        JsonArray tb = new JsonArray();
        o.traceback().forEach(tb::add);
        c.add("traceback", tb);
        return c;
    }

    /**
     * A Java exception that escaped the engine: a bug in Glassbox, reported as SystemError
     * (CPython's "internal error" exception) with the Java stack's top, never a hung cell.
     */
    static Engine.Outcome internalError(Throwable e) {
        System.err.println("glassbox kernel: internal error in the runtime: " + e);
        e.printStackTrace();
        List<String> tb = new java.util.ArrayList<>();
        tb.add("Glassbox internal error (Java stack, innermost first):");
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 12); i++) {
            tb.add("  at " + st[i]);
        }
        String msg = "Glassbox internal error: " + e;
        tb.add("SystemError: " + msg);
        return Engine.Outcome.error("SystemError", msg, tb);
    }

    private static boolean isUsageError(Engine.Outcome o) {
        return "UsageError".equals(o.ename()) && o.traceback().isEmpty();
    }

    /** Blank lines in front, so line numbers inside a cell's later pieces match the cell. */
    private static String pad(String source, int firstLine) {
        return firstLine <= 1 ? source : "\n".repeat(firstLine - 1) + source;
    }
}
