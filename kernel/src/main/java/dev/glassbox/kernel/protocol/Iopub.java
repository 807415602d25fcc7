package dev.glassbox.kernel.protocol;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.SocketPump;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The kernel's broadcast channel. Any thread may publish; messages go through the iopub
 * {@link SocketPump}'s queue, so exactly one thread writes the XPUB socket and messages keep
 * the order in which they were published. Subscriptions arriving on the XPUB socket are
 * answered with {@code iopub_welcome} (protocol 5.5, JEP 65).
 */
public final class Iopub {
    private final MessageFactory factory;
    private SocketPump pump;

    public Iopub(MessageFactory factory) {
        this.factory = factory;
    }

    /** Connects the pump once it exists (the pump's receiver needs this object first). */
    void attach(SocketPump pump) {
        this.pump = pump;
    }

    /** Publishes {@code content} as {@code msgType} under {@code parent} (a request header). */
    public void publish(String msgType, JsonObject parent, JsonObject content) {
        pump.send(factory.broadcast(topic(msgType), msgType, parent, content));
    }

    /** status busy|idle|starting under {@code parent}. */
    public void status(String state, JsonObject parent) {
        JsonObject c = new JsonObject();
        c.addProperty("execution_state", state);
        publish("status", parent, c);
    }

    /** A stream message (name stdout|stderr). */
    public void stream(String name, String text, JsonObject parent) {
        JsonObject c = new JsonObject();
        c.addProperty("name", name);
        c.addProperty("text", text);
        publish("stream", parent, c);
    }

    /** The XPUB receiver: frame[0] is 1 (subscribe) or 0 (unsubscribe) then the topic. */
    void onSubscription(List<byte[]> frames) {
        byte[] f = frames.get(0);
        if (f.length == 0 || f[0] != 1) {
            return;
        }
        byte[] topic = java.util.Arrays.copyOfRange(f, 1, f.length);
        JsonObject c = new JsonObject();
        c.addProperty("subscription", new String(topic, StandardCharsets.UTF_8));
        // Sent on the subscribed topic so that exactly the matching subscribers receive it.
        Message welcome = factory.broadcast(topic.length == 0 ? null : topic, "iopub_welcome", new JsonObject(), c);
        pump.send(welcome);
    }

    private byte[] topic(String msgType) {
        return ("kernel." + factory.session() + "." + msgType).getBytes(StandardCharsets.UTF_8);
    }
}
