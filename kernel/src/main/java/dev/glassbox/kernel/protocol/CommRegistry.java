package dev.glassbox.kernel.protocol;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Comms (the widget channel): open comms by id and the targets that accept comm_open, as
 * ipykernel's {@code CommManager}. A comm_open for an unknown target is answered with
 * comm_close, so the frontend does not wait on a comm nobody serves. Targets are registered by
 * Java code today; the runtime will register Python-side targets through the same interface.
 */
public final class CommRegistry {
    /** Accepts a comm the frontend opened; returns the handler for its later messages. */
    @FunctionalInterface
    public interface Target {
        Handler open(Comm comm, JsonObject data);
    }

    /** Receives comm_msg data and the comm_close of one comm. */
    public interface Handler {
        void onMessage(Comm comm, JsonObject data);

        default void onClose(Comm comm, JsonObject data) {}
    }

    /** One open comm; sends comm_msg / comm_close to the frontend on iopub. */
    public final class Comm {
        public final String id;
        public final String target;
        private Handler handler;

        Comm(String id, String target) {
            this.id = id;
            this.target = target;
        }

        public void send(JsonObject data) {
            JsonObject c = new JsonObject();
            c.addProperty("comm_id", id);
            c.add("data", data);
            iopub.publish("comm_msg", currentParent, c);
        }

        public void close(JsonObject data) {
            if (comms.remove(id) != null) {
                publishClose(id, data, currentParent);
            }
        }
    }

    private final Iopub iopub;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final Map<String, Comm> comms = new ConcurrentHashMap<>();
    /**
     * The header of the shell message being handled: what a comm sends while handling it is
     * its side effect (ipykernel's set_parent). Comm traffic started elsewhere keeps the last.
     */
    private volatile JsonObject currentParent = new JsonObject();

    public CommRegistry(Iopub iopub) {
        this.iopub = iopub;
    }

    public void registerTarget(String name, Target target) {
        targets.put(name, target);
    }

    public void unregisterTarget(String name) {
        targets.remove(name);
    }

    /** comm_info_reply's comms: id → {target_name}, optionally only for one target. */
    public JsonObject info(String targetName) {
        Map<String, Comm> sorted = new LinkedHashMap<>(comms);
        JsonObject o = new JsonObject();
        for (Comm c : sorted.values()) {
            if (targetName == null || targetName.equals(c.target)) {
                JsonObject t = new JsonObject();
                t.addProperty("target_name", c.target);
                o.add(c.id, t);
            }
        }
        return o;
    }

    void open(String id, String targetName, JsonObject data, JsonObject parent) {
        currentParent = parent;
        Target t = targets.get(targetName);
        if (t == null) {
            System.err.println("glassbox kernel: no comm target " + targetName + "; closing comm " + id);
            publishClose(id, new JsonObject(), parent);
            return;
        }
        Comm c = new Comm(id, targetName);
        comms.put(id, c);
        try {
            c.handler = t.open(c, data);
        } catch (RuntimeException e) {
            System.err.println("glassbox kernel: comm target " + targetName + " failed: " + e);
            c.close(new JsonObject());
        }
    }

    void message(String id, JsonObject data, JsonObject parent) {
        currentParent = parent;
        Comm c = comms.get(id);
        if (c == null || c.handler == null) {
            System.err.println("glassbox kernel: comm_msg for unknown comm " + id);
            return;
        }
        c.handler.onMessage(c, data);
    }

    void close(String id, JsonObject data, JsonObject parent) {
        currentParent = parent;
        Comm c = comms.remove(id);
        if (c == null) {
            System.err.println("glassbox kernel: comm_close for unknown comm " + id);
            return;
        }
        if (c.handler != null) {
            c.handler.onClose(c, data);
        }
    }

    private void publishClose(String id, JsonObject data, JsonObject parent) {
        JsonObject c = new JsonObject();
        c.addProperty("comm_id", id);
        c.add("data", data);
        iopub.publish("comm_close", parent, c);
    }
}
