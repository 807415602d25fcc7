package dev.glassbox.kernel.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frames to messages and back, as jupyter_client's {@code Session.serialize} /
 * {@code deserialize}: {@code [identities..., "<IDS|MSG>", signature, header, parent_header,
 * metadata, content, buffers...]}. Decoding checks the signature before it parses any JSON.
 */
public final class WireCodec {
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private WireCodec() {}

    /** Why a received message was refused; the caller logs it and drops the message. */
    public static final class MalformedMessage extends Exception {
        public MalformedMessage(String why) {
            super(why, null, false, false);
        }
    }

    public static List<byte[]> encode(Message m, Signer signer) {
        byte[] h = json(m.header);
        byte[] p = json(m.parentHeader);
        byte[] md = json(m.metadata);
        byte[] c = json(m.content);
        List<byte[]> frames = new ArrayList<>(m.identities.size() + 6 + m.buffers.size());
        frames.addAll(m.identities);
        frames.add(DELIMITER);
        frames.add(signer.sign(h, p, md, c).getBytes(StandardCharsets.US_ASCII));
        frames.add(h);
        frames.add(p);
        frames.add(md);
        frames.add(c);
        frames.addAll(m.buffers);
        return frames;
    }

    public static Message decode(List<byte[]> frames, Signer signer) throws MalformedMessage {
        int d = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                d = i;
                break;
            }
        }
        if (d < 0) {
            throw new MalformedMessage("no <IDS|MSG> delimiter in " + frames.size() + " frames");
        }
        if (frames.size() - d - 1 < 5) {
            throw new MalformedMessage("missing frames: " + (frames.size() - d - 1) + " after the delimiter, 5 needed");
        }
        byte[] sig = frames.get(d + 1);
        byte[] h = frames.get(d + 2);
        byte[] p = frames.get(d + 3);
        byte[] md = frames.get(d + 4);
        byte[] c = frames.get(d + 5);
        String refused = signer.verify(sig, h, p, md, c);
        if (refused != null) {
            throw new MalformedMessage(refused);
        }
        JsonObject header = object(h, "header");
        if (Message.text(header, "msg_type").isEmpty()) {
            throw new MalformedMessage("header has no msg_type");
        }
        return new Message(frames.subList(0, d), header, object(p, "parent_header"),
                object(md, "metadata"), object(c, "content"), frames.subList(d + 6, frames.size()));
    }

    private static JsonObject object(byte[] frame, String what) throws MalformedMessage {
        try {
            // Strict: Gson's default lenient mode would accept {a:1} or trailing garbage.
            JsonReader r = new JsonReader(new StringReader(new String(frame, StandardCharsets.UTF_8)));
            r.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedMessage(what + " has data after the JSON value");
            }
            if (!e.isJsonObject()) {
                throw new MalformedMessage(what + " is not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (RuntimeException | java.io.IOException e) {
            String why = String.valueOf(e.getMessage());
            throw new MalformedMessage(what + " is not valid JSON: " + why.lines().findFirst().orElse(why));
        }
    }

    static byte[] json(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
