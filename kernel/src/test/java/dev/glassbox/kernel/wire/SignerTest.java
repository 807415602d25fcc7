package dev.glassbox.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing against signatures recorded with Python's hmac (signatures.json), and framing. */
class SignerTest {
    @Test
    void signaturesMatchJupyterClient() throws IOException {
        JsonArray cases;
        try (InputStream in = getClass().getResourceAsStream("signatures.json")) {
            cases = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonArray();
        }
        assertEquals(3, cases.size());
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            List<byte[]> f = new ArrayList<>();
            c.getAsJsonArray("frames").forEach(x -> f.add(x.getAsString().getBytes(StandardCharsets.UTF_8)));
            Signer s = new Signer(c.get("key").getAsString());
            String expected = c.get("signature").getAsString();
            assertEquals(expected, s.sign(f.get(0), f.get(1), f.get(2), f.get(3)));
            byte[] sig = expected.getBytes(StandardCharsets.US_ASCII);
            assertNull(s.verify(sig, f.get(0), f.get(1), f.get(2), f.get(3)));
            if (s.enabled()) {
                assertEquals("duplicate signature (replayed message)", s.verify(sig, f.get(0), f.get(1), f.get(2), f.get(3)));
                assertEquals("bad signature", new Signer("other").verify(sig, f.get(0), f.get(1), f.get(2), f.get(3)));
            }
        }
    }

    @Test
    void decodeRefusesWhatIsNotAMessage() {
        Signer s = new Signer("key");
        MessageFactory factory = new MessageFactory("t");
        Message m = new Message(List.of("id".getBytes(StandardCharsets.UTF_8)), factory.header("kernel_info_request"),
                new JsonObject(), new JsonObject(), new JsonObject(), List.of(new byte[] {9}));
        List<byte[]> frames = WireCodec.encode(m, s);
        assertEquals(8, frames.size());
        Message back = assertDoesNotThrow(() -> WireCodec.decode(frames, new Signer("key")));
        assertEquals("kernel_info_request", back.type());
        assertEquals(1, back.identities.size());
        assertEquals(1, back.buffers.size());
        assertThrows(WireCodec.MalformedMessage.class, () -> WireCodec.decode(frames.subList(0, 5), new Signer("key")));
        assertThrows(WireCodec.MalformedMessage.class, () -> WireCodec.decode(frames.subList(2, 8), new Signer("key")));
        List<byte[]> lenient = new ArrayList<>(frames);
        byte[] h = "{msg_type: x}".getBytes(StandardCharsets.UTF_8);
        lenient.set(3, h);
        Signer k = new Signer("key");
        lenient.set(2, k.sign(h, frames.get(4), frames.get(5), frames.get(6)).getBytes(StandardCharsets.US_ASCII));
        assertThrows(WireCodec.MalformedMessage.class, () -> WireCodec.decode(lenient, k));
    }

    private static Message assertDoesNotThrow(ThrowingSupplier s) {
        try {
            return s.get();
        } catch (WireCodec.MalformedMessage e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private interface ThrowingSupplier {
        Message get() throws WireCodec.MalformedMessage;
    }
}
