package dev.glassbox.kernel.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * One Jupyter message: routing identities, then the four signed JSON dicts (header,
 * parent_header, metadata, content) and optional binary buffers — the "General Message
 * Format" of the messaging spec. Immutable once built; the JSON objects must not be changed
 * after the message is handed to a socket.
 */
public final class Message {
    public final List<byte[]> identities;
    public final JsonObject header;
    public final JsonObject parentHeader;
    public final JsonObject metadata;
    public final JsonObject content;
    public final List<byte[]> buffers;

    public Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
                   JsonObject metadata, JsonObject content, List<byte[]> buffers) {
        this.identities = List.copyOf(identities);
        this.header = header;
        this.parentHeader = parentHeader;
        this.metadata = metadata;
        this.content = content;
        this.buffers = List.copyOf(buffers);
    }

    /** header.msg_type, or "" when absent. */
    public String type() {
        return text(header, "msg_type");
    }

    /** header.msg_id, or "" when absent. */
    public String id() {
        return text(header, "msg_id");
    }

    /** A string field of the content, or {@code dflt} when absent or null. */
    public String str(String name, String dflt) {
        JsonElement e = content.get(name);
        return e == null || e.isJsonNull() ? dflt : e.getAsString();
    }

    /** A boolean field of the content, or {@code dflt}. */
    public boolean bool(String name, boolean dflt) {
        JsonElement e = content.get(name);
        return e == null || e.isJsonNull() ? dflt : e.getAsBoolean();
    }

    /** An int field of the content, or {@code dflt}. */
    public int integer(String name, int dflt) {
        JsonElement e = content.get(name);
        return e == null || e.isJsonNull() ? dflt : e.getAsInt();
    }

    static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    @Override
    public String toString() {
        return type() + " " + id();
    }
}
