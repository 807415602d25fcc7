package dev.glassbox.kernel;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import dev.glassbox.kernel.wire.WireCodec;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A Jupyter client for tests, speaking the protocol over real JeroMQ sockets as
 * jupyter_client does: DEALER sockets for shell, control and stdin sharing one identity, a SUB
 * socket on iopub subscribed to everything, a REQ for the heartbeat; messages signed with
 * the connection key. Every receive is bounded by a timeout so a failing test never hangs.
 */
public final class TestClient implements AutoCloseable {
    public static final int TIMEOUT_MS = 5000;

    public final ConnectionInfo info;
    private final Signer signer;
    private final Signer receiveSigner;
    private final MessageFactory factory = new MessageFactory("tester");
    private final ZMQ.Context context = ZMQ.context(1);
    public final ZMQ.Socket shell;
    public final ZMQ.Socket control;
    public final ZMQ.Socket stdin;
    public final ZMQ.Socket iopub;
    public final ZMQ.Socket heartbeat;

    public TestClient(ConnectionInfo info) {
        this.info = info;
        this.signer = new Signer(info.key());
        this.receiveSigner = new Signer(info.key());
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        shell = dealer(identity, info.shellPort());
        control = dealer(identity, info.controlPort());
        stdin = dealer(identity, info.stdinPort());
        iopub = context.socket(SocketType.SUB);
        iopub.setLinger(0);
        iopub.setReceiveTimeOut(TIMEOUT_MS);
        iopub.subscribe(new byte[0]);
        iopub.connect(endpoint(info.iopubPort()));
        heartbeat = context.socket(SocketType.REQ);
        heartbeat.setLinger(0);
        heartbeat.setReceiveTimeOut(TIMEOUT_MS);
        heartbeat.connect(endpoint(info.hbPort()));
    }

    /** A connection file's contents on 127.0.0.1 with five free ports and a random key. */
    public static ConnectionInfo freeConnection() throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                UUID.randomUUID().toString(), "hmac-sha256");
    }

    private ZMQ.Socket dealer(byte[] identity, int port) {
        ZMQ.Socket s = context.socket(SocketType.DEALER);
        s.setIdentity(identity);
        s.setLinger(0);
        s.setReceiveTimeOut(TIMEOUT_MS);
        s.connect(endpoint(port));
        return s;
    }

    private String endpoint(int port) {
        return "tcp://127.0.0.1:" + port;
    }

    /** Waits for the iopub_welcome that our subscription triggers (protocol 5.5). */
    public Message awaitWelcome() {
        while (true) {
            Message m = recv(iopub);
            if (m.type().equals("iopub_welcome")) {
                return m;
            }
        }
    }

    public Message request(String type, JsonObject content) {
        return new Message(List.of(), factory.header(type), new JsonObject(), new JsonObject(), content, List.of());
    }

    /** Signs and sends a request; returns it (its header is the parent of what follows). */
    public Message send(ZMQ.Socket socket, String type, JsonObject content) {
        Message m = request(type, content);
        SocketPump.sendFrames(socket, WireCodec.encode(m, signer));
        return m;
    }

    public Message execute(String code) {
        return send(shell, "execute_request", executeContent(code));
    }

    public static JsonObject executeContent(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", true);
        c.addProperty("stop_on_error", true);
        return c;
    }

    public void sendRaw(ZMQ.Socket socket, List<byte[]> frames) {
        SocketPump.sendFrames(socket, frames);
    }

    public List<byte[]> encode(Message m) {
        return WireCodec.encode(m, signer);
    }

    /** The next message on {@code socket}, or fails the test after the timeout. */
    public Message recv(ZMQ.Socket socket) {
        List<byte[]> frames = SocketPump.receiveFrames(socket, 0);
        if (frames == null) {
            fail("no message within " + TIMEOUT_MS + " ms");
        }
        try {
            return WireCodec.decode(frames, receiveSigner);
        } catch (WireCodec.MalformedMessage e) {
            throw new AssertionError("kernel sent a malformed message: " + e.getMessage());
        }
    }

    /** The next message on {@code socket} if one comes within {@code millis}, else null. */
    public Message poll(ZMQ.Socket socket, int millis) {
        socket.setReceiveTimeOut(millis);
        try {
            List<byte[]> frames = SocketPump.receiveFrames(socket, 0);
            return frames == null ? null : WireCodec.decode(frames, receiveSigner);
        } catch (WireCodec.MalformedMessage e) {
            throw new AssertionError(e.getMessage());
        } finally {
            socket.setReceiveTimeOut(TIMEOUT_MS);
        }
    }

    /** The reply to {@code request} on {@code socket} (skipping replies to other requests). */
    public Message reply(ZMQ.Socket socket, Message request) {
        while (true) {
            Message m = recv(socket);
            if (parentId(m).equals(request.id())) {
                return m;
            }
        }
    }

    /** The iopub messages under {@code request} from busy through idle, inclusive. */
    public List<Message> iopubUntilIdle(Message request) {
        List<Message> out = new ArrayList<>();
        while (true) {
            Message m = recv(iopub);
            if (!parentId(m).equals(request.id())) {
                continue;
            }
            out.add(m);
            if (m.type().equals("status") && m.str("execution_state", "").equals("idle")) {
                return out;
            }
        }
    }

    public static String parentId(Message m) {
        assertNotNull(m.parentHeader);
        return m.parentHeader.has("msg_id") ? m.parentHeader.get("msg_id").getAsString() : "";
    }

    @Override
    public void close() {
        for (ZMQ.Socket s : List.of(shell, control, stdin, iopub, heartbeat)) {
            s.close();
        }
        context.term();
    }
}
