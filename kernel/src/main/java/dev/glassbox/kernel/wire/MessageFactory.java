package dev.glassbox.kernel.wire;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the kernel's outgoing messages: headers with a fresh msg_id, this kernel's session id,
 * the protocol version and an ISO 8601 date, as jupyter_client's {@code Session.msg_header}.
 * msg_ids are {@code <session>_<pid>_<counter>}, jupyter_client's own scheme, which is unique
 * without a random-number call per message. Thread-safe.
 */
public final class MessageFactory {
    /** The messaging protocol version this kernel implements fully (see docs/kernel.md). */
    public static final String PROTOCOL_VERSION = "5.5";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final String session;
    private final String username;
    private final String idPrefix;
    private final AtomicLong counter = new AtomicLong();

    public MessageFactory(String username) {
        this.session = UUID.randomUUID().toString();
        this.username = username;
        this.idPrefix = session + "_" + ProcessHandle.current().pid() + "_";
    }

    /** The kernel's session id (a new one per kernel process, as the spec asks). */
    public String session() {
        return session;
    }

    /** The current time as headers carry it (ISO 8601, microseconds, UTC). */
    public static String now() {
        return DATE.format(Instant.now());
    }

    public JsonObject header(String msgType) {
        JsonObject h = new JsonObject();
        h.addProperty("msg_id", idPrefix + counter.incrementAndGet());
        h.addProperty("msg_type", msgType);
        h.addProperty("username", username);
        h.addProperty("session", session);
        h.addProperty("date", now());
        h.addProperty("version", PROTOCOL_VERSION);
        return h;
    }

    /** A reply or side effect of {@code parent}, routed back to the parent's identities. */
    public Message reply(Message parent, String msgType, JsonObject content, JsonObject metadata) {
        return new Message(parent.identities, header(msgType), parent.header, metadata, content, List.of());
    }

    /** An iopub message under {@code parentHeader} (may be empty), with the given topic frame. */
    public Message broadcast(byte[] topic, String msgType, JsonObject parentHeader, JsonObject content) {
        List<byte[]> ids = topic == null ? List.of() : List.of(topic);
        return new Message(ids, header(msgType), parentHeader, new JsonObject(), content, List.of());
    }
}
