package dev.glassbox.kernel.protocol;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.glassbox.kernel.session.CellContext;
import dev.glassbox.kernel.session.InputBroker;
import dev.glassbox.kernel.session.StreamBatcher;
import dev.glassbox.kernel.wire.Message;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The output side of one execute_request: streams (batched), the deferred execute_result,
 * display_data, clear_output and input(), all under the request's parent header. The
 * displayhook's bundle is held until the code that produced it returns, so it follows any
 * text printed before it (as IPython prints "CPU times" before %time's Out[]).
 */
final class CellRun implements CellContext {
    private static final Gson GSON = new Gson();

    private final Message request;
    private final Iopub iopub;
    private final InputBroker stdin;
    private final StreamBatcher streams;
    private final boolean silent;
    private final boolean allowStdin;
    private final int executionCount;
    private JsonObject pendingResult;
    /** text/plain of the last execute_result, for history's output column. */
    private String lastResultText;

    CellRun(Message request, Iopub iopub, InputBroker stdin, ScheduledExecutorService timer,
            boolean silent, boolean allowStdin, int executionCount) {
        this.request = request;
        this.iopub = iopub;
        this.stdin = stdin;
        this.streams = new StreamBatcher(iopub, request.header, timer);
        this.silent = silent;
        this.allowStdin = allowStdin;
        this.executionCount = executionCount;
    }

    /** This context with the displayhook on or off (off for all but a cell's last piece). */
    CellContext view(boolean display) {
        if (display) {
            return this;
        }
        CellRun self = this;
        return new CellContext() {
            @Override public void stdout(String text) { self.stdout(text); }
            @Override public void stderr(String text) { self.stderr(text); }
            @Override public void displayResult(Map<String, Object> data, Map<String, Object> metadata) { }
            @Override public void displayData(Map<String, Object> d, Map<String, Object> m, String id, boolean u) {
                self.displayData(d, m, id, u);
            }
            @Override public void clearOutput(boolean wait) { self.clearOutput(wait); }
            @Override public String input(String prompt, boolean password)
                    throws StdinNotAllowedException, InterruptedException {
                return self.input(prompt, password);
            }
            @Override public int executionCount() { return self.executionCount(); }
        };
    }

    @Override
    public void stdout(String text) {
        streams.write("stdout", text);
    }

    @Override
    public void stderr(String text) {
        streams.write("stderr", text);
    }

    @Override
    public synchronized void displayResult(Map<String, Object> data, Map<String, Object> metadata) {
        if (silent) {
            return;
        }
        JsonObject c = new JsonObject();
        c.addProperty("execution_count", executionCount);
        c.add("data", json(data));
        c.add("metadata", json(metadata));
        pendingResult = c;
        Object plain = data.get("text/plain");
        lastResultText = plain == null ? null : plain.toString();
    }

    /** Sends the held execute_result, after the text printed before it. */
    synchronized void emitResult() {
        if (pendingResult != null) {
            streams.flush();
            iopub.publish("execute_result", request.header, pendingResult);
            pendingResult = null;
        }
    }

    /** Shows a bundle as display_data (magics' reports that are not the cell's result). */
    void display(Map<String, Object> data) {
        displayData(data, Map.of(), null, false);
    }

    @Override
    public void displayData(Map<String, Object> data, Map<String, Object> metadata, String displayId, boolean update) {
        streams.flush();
        JsonObject c = new JsonObject();
        c.add("data", json(data));
        c.add("metadata", json(metadata));
        JsonObject t = new JsonObject();
        if (displayId != null) {
            t.addProperty("display_id", displayId);
        }
        c.add("transient", t);
        iopub.publish(update ? "update_display_data" : "display_data", request.header, c);
    }

    @Override
    public void clearOutput(boolean wait) {
        streams.flush();
        JsonObject c = new JsonObject();
        c.addProperty("wait", wait);
        iopub.publish("clear_output", request.header, c);
    }

    @Override
    public String input(String prompt, boolean password) throws StdinNotAllowedException, InterruptedException {
        if (!allowStdin) {
            throw new StdinNotAllowedException();
        }
        streams.flush();
        return stdin.request(request, prompt, password);
    }

    @Override
    public int executionCount() {
        return executionCount;
    }

    String lastResultText() {
        return lastResultText;
    }

    void flush() {
        streams.flush();
    }

    static JsonElement json(Map<String, Object> bundle) {
        return bundle == null ? new JsonObject() : GSON.toJsonTree(bundle);
    }
}
