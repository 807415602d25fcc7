package dev.glassbox.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.glassbox.kernel.session.Engine;
import dev.glassbox.kernel.session.History;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import dev.glassbox.kernel.wire.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The shell channel's requests, handled one at a time on the VM thread (like ipykernel's main
 * thread): the shell pump thread verifies and queues them, this loop takes them, publishes
 * busy, answers, publishes idle — all under the request's header. Keeping every runtime call
 * on one thread means the VM never sees two callers; control (interrupt, shutdown) has its
 * own thread and stays responsive while a cell runs.
 *
 * <p>Aborting (stop_on_error): after a failed cell, the execute_requests already queued are
 * answered {@code status: aborted} without running; other queued requests are handled.
 */
final class ShellDispatcher implements Runnable {
    private static final Message STOP = new Message(List.of(), new JsonObject(), new JsonObject(),
            new JsonObject(), new JsonObject(), List.of());

    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final Signer signer;
    private final MessageFactory factory;
    private final Iopub iopub;
    private final Engine engine;
    private final ExecuteHandler execute;
    private final History history;
    private final CommRegistry comms;
    private final Kernel kernel;
    private SocketPump pump;

    ShellDispatcher(Signer signer, MessageFactory factory, Iopub iopub, Engine engine, ExecuteHandler execute,
                    History history, CommRegistry comms, Kernel kernel) {
        this.signer = signer;
        this.factory = factory;
        this.iopub = iopub;
        this.engine = engine;
        this.execute = execute;
        this.history = history;
        this.comms = comms;
        this.kernel = kernel;
    }

    void attach(SocketPump pump) {
        this.pump = pump;
    }

    /** The shell pump's receiver: verify, then queue for the VM thread. */
    void onFrames(List<byte[]> frames) {
        try {
            queue.add(WireCodec.decode(frames, signer));
        } catch (WireCodec.MalformedMessage e) {
            System.err.println("glassbox kernel: shell: dropped message: " + e.getMessage());
        }
    }

    void stop() {
        queue.add(STOP);
    }

    @Override
    public void run() {
        while (true) {
            Message m;
            try {
                m = queue.take();
            } catch (InterruptedException e) {
                // An engine may Thread.interrupt() the VM thread to stop a cell; one that
                // arrives between cells must not end the loop. Only STOP ends it.
                continue;
            }
            if (m == STOP) {
                return;
            }
            Thread.interrupted(); // a stale interrupt must not hit the next request
            dispatch(m, false);
        }
    }

    private void dispatch(Message m, boolean aborting) {
        iopub.status("busy", m.header);
        try {
            if (aborting && m.type().equals("execute_request")) {
                JsonObject c = new JsonObject();
                c.addProperty("status", "aborted");
                c.addProperty("execution_count", execute.executionCount() - 1);
                reply(m, "execute_reply", c, statusMetadata("aborted"));
                return;
            }
            handle(m);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
            // Never leave a request unanswered (the frontend would wait forever).
            Engine.Outcome err = ExecuteHandler.internalError(e);
            if (m.type().endsWith("_request")) {
                JsonObject c = ExecuteHandler.errorContent(err);
                c.addProperty("status", "error");
                reply(m, m.type().replace("_request", "_reply"), c, statusMetadata("error"));
            }
        } finally {
            iopub.status("idle", m.header);
            kernel.afterRequest();
        }
    }

    private void handle(Message m) {
        switch (m.type()) {
            case "kernel_info_request" -> reply(m, "kernel_info_reply", KernelInfo.content(engine.banner()), new JsonObject());
            case "execute_request" -> {
                String started = MessageFactory.now();
                ExecuteHandler.Result r = execute.handle(m);
                JsonObject md = statusMetadata(r.content().get("status").getAsString());
                md.addProperty("started", started);
                md.addProperty("dependencies_met", true);
                md.addProperty("engine", factory.session());
                reply(m, "execute_reply", r.content(), md);
                if (r.abortQueue()) {
                    abortQueued();
                }
            }
            case "complete_request" -> complete(m);
            case "inspect_request" -> inspect(m);
            case "is_complete_request" -> isComplete(m);
            case "history_request" -> history(m);
            case "comm_info_request" -> {
                JsonObject c = new JsonObject();
                c.addProperty("status", "ok");
                c.add("comms", comms.info(m.str("target_name", null)));
                reply(m, "comm_info_reply", c, new JsonObject());
            }
            case "comm_open" -> comms.open(m.str("comm_id", ""), m.str("target_name", ""), data(m), m.header);
            case "comm_msg" -> comms.message(m.str("comm_id", ""), data(m), m.header);
            case "comm_close" -> comms.close(m.str("comm_id", ""), data(m), m.header);
            case "shutdown_request" -> kernel.shutdownFrom(m, this::reply);
            default -> System.err.println("glassbox kernel: shell: unknown message type " + m.type());
        }
    }

    /** Answers the execute_requests already queued with 'aborted'; handles the others. */
    private void abortQueued() {
        List<Message> queued = new ArrayList<>();
        queue.drainTo(queued);
        for (Message q : queued) {
            if (q == STOP) {
                queue.add(STOP);
                return;
            }
            dispatch(q, true);
        }
    }

    private void complete(Message m) {
        String code = m.str("code", "");
        int cursor = m.integer("cursor_pos", code.codePointCount(0, code.length()));
        Engine.Completion r = engine.complete(code, cursor);
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        JsonArray matches = new JsonArray();
        r.matches().forEach(matches::add);
        c.add("matches", matches);
        c.addProperty("cursor_start", r.cursorStart());
        c.addProperty("cursor_end", r.cursorEnd());
        c.add("metadata", CellRun.json(r.metadata()));
        reply(m, "complete_reply", c, new JsonObject());
    }

    private void inspect(Message m) {
        String code = m.str("code", "");
        int cursor = m.integer("cursor_pos", code.codePointCount(0, code.length()));
        Engine.Inspection r = engine.inspect(code, cursor, m.integer("detail_level", 0));
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("found", r.found());
        c.add("data", CellRun.json(r.data()));
        c.add("metadata", CellRun.json(r.metadata()));
        reply(m, "inspect_reply", c, new JsonObject());
    }

    private void isComplete(Message m) {
        Engine.Completeness r = engine.isComplete(m.str("code", ""));
        JsonObject c = new JsonObject();
        c.addProperty("status", r.status());
        if (r.status().equals("incomplete")) {
            c.addProperty("indent", r.indent());
        }
        reply(m, "is_complete_reply", c, new JsonObject());
    }

    private void history(Message m) {
        boolean output = m.bool("output", false);
        List<History.Entry> list = switch (m.str("hist_access_type", "tail")) {
            case "range" -> history.range(m.integer("session", 0), m.integer("start", 1), m.integer("stop", 0));
            case "search" -> history.search(m.str("pattern", "*"), m.integer("n", 0), m.bool("unique", false));
            default -> history.tail(m.integer("n", 10));
        };
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.add("history", History.toJson(list, output));
        reply(m, "history_reply", c, new JsonObject());
    }

    private static JsonObject data(Message m) {
        return m.content.has("data") && m.content.get("data").isJsonObject()
                ? m.content.getAsJsonObject("data") : new JsonObject();
    }

    private static JsonObject statusMetadata(String status) {
        JsonObject md = new JsonObject();
        md.addProperty("status", status);
        return md;
    }

    void reply(Message request, String type, JsonObject content, JsonObject metadata) {
        pump.send(factory.reply(request, type, content, metadata));
    }
}
