package dev.glassbox.kernel.session;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import dev.glassbox.kernel.wire.WireCodec;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code input()} over the stdin channel: sends input_request to the client that sent the
 * running execute_request (same ROUTER identity, as jupyter_client uses one identity for shell
 * and stdin) and blocks until the matching input_reply arrives or the cell is interrupted.
 * One request at a time; replies when nothing waits, or whose parent is another request, are
 * logged and dropped.
 */
public final class InputBroker {
    private record Pending(String msgId, CompletableFuture<String> answer) {}

    private final MessageFactory factory;
    private final Signer signer;
    private final Object oneAtATime = new Object();
    private volatile Pending pending;
    private SocketPump pump;

    public InputBroker(MessageFactory factory, Signer signer) {
        this.factory = factory;
        this.signer = signer;
    }

    public void attach(SocketPump pump) {
        this.pump = pump;
    }

    /** Asks the frontend for a line; throws InterruptedException when {@link #cancel}led. */
    public String request(Message executeRequest, String prompt, boolean password) throws InterruptedException {
        synchronized (oneAtATime) {
            JsonObject c = new JsonObject();
            c.addProperty("prompt", prompt);
            c.addProperty("password", password);
            Message m = factory.reply(executeRequest, "input_request", c, new JsonObject());
            Pending p = new Pending(m.id(), new CompletableFuture<>());
            pending = p; // before sending: a fast reply or an interrupt must find it
            pump.send(m);
            try {
                return p.answer().get();
            } catch (ExecutionException | CancellationException e) {
                throw new InterruptedException("input interrupted");
            } finally {
                pending = null;
            }
        }
    }

    /** Ends a waiting {@link #request} with InterruptedException (interrupt_request). */
    public void cancel() {
        Pending p = pending;
        if (p != null) {
            p.answer().cancel(false);
        }
    }

    /** The stdin pump's receiver. */
    public void onFrames(List<byte[]> frames) {
        Message m;
        try {
            m = WireCodec.decode(frames, signer);
        } catch (WireCodec.MalformedMessage e) {
            System.err.println("glassbox kernel: stdin: dropped message: " + e.getMessage());
            return;
        }
        Pending p = pending;
        String parentId = m.parentHeader.has("msg_id") ? m.parentHeader.get("msg_id").getAsString() : "";
        // jupyter_client's KernelClient.input() sends the reply without a parent header, and
        // ipykernel takes whatever reply comes; we take an unparented one or the matching one.
        if (!m.type().equals("input_reply") || p == null || !(parentId.isEmpty() || p.msgId().equals(parentId))) {
            System.err.println("glassbox kernel: stdin: unexpected " + m.type() + ", dropped");
            return;
        }
        p.answer().complete(m.str("value", ""));
    }
}
