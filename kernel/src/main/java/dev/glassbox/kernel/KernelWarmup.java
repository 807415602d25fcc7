package dev.glassbox.kernel;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.protocol.Kernel;
import dev.glassbox.kernel.session.DeferredEngine;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import dev.glassbox.kernel.wire.WireCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * {@code KernelMain --warmup}: runs one short session against an in-process kernel on free
 * loopback ports — kernel_info, a few cells, completion, inspection, a magic, shutdown — so
 * that a JVM started with {@code -XX:ArchiveClassesAtExit=glassbox.jar.jsa} records every class
 * a real session loads. The kernelspec starts the kernel with that archive
 * ({@code -XX:SharedArchiveFile}), which roughly halves the time to the first
 * kernel_info_reply. Exits non-zero if the session does not complete.
 */
final class KernelWarmup {
    private static final int TIMEOUT_MS = 30_000;

    private KernelWarmup() {}

    static int run(String engineClass) throws IOException, InterruptedException {
        ConnectionInfo info = freePorts();
        DeferredEngine engine = new DeferredEngine(() -> KernelMain.engine(engineClass));
        Kernel kernel = new Kernel(info, engine, null);
        kernel.onVmStart(engine::ensure);
        kernel.start();
        ZMQ.Context ctx = ZMQ.context(1);
        Signer signer = new Signer(info.key());
        MessageFactory factory = new MessageFactory("warmup");
        byte[] id = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        ZMQ.Socket shell = connect(ctx, SocketType.DEALER, id, info.shellPort());
        ZMQ.Socket control = connect(ctx, SocketType.DEALER, id, info.controlPort());
        boolean ok = true;
        try {
            ok &= call(shell, signer, factory, "kernel_info_request", new JsonObject()) != null;
            for (String code : List.of("1+1", "print('warm')", "x = [i * i for i in range(100)]\nsum(x)",
                    "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nf(15)", "%time f(10)",
                    "%timeit -n 3 -r 2 f(5)", "raise ValueError('warm-up error')")) {
                JsonObject c = new JsonObject();
                c.addProperty("code", code);
                c.addProperty("silent", false);
                c.addProperty("store_history", false);
                c.addProperty("allow_stdin", false);
                c.addProperty("stop_on_error", false);
                c.add("user_expressions", new JsonObject());
                ok &= call(shell, signer, factory, "execute_request", c) != null;
            }
            JsonObject comp = new JsonObject();
            comp.addProperty("code", "pri");
            comp.addProperty("cursor_pos", 3);
            ok &= call(shell, signer, factory, "complete_request", comp) != null;
            JsonObject insp = new JsonObject();
            insp.addProperty("code", "print");
            insp.addProperty("cursor_pos", 5);
            insp.addProperty("detail_level", 0);
            ok &= call(shell, signer, factory, "inspect_request", insp) != null;
            JsonObject isc = new JsonObject();
            isc.addProperty("code", "for x in y:");
            ok &= call(shell, signer, factory, "is_complete_request", isc) != null;
            ok &= call(control, signer, factory, "kernel_info_request", new JsonObject()) != null;
            ok &= call(control, signer, factory, "shutdown_request", new JsonObject()) != null;
            ok &= kernel.awaitShutdown(TIMEOUT_MS);
        } finally {
            shell.close();
            control.close();
            ctx.term();
            kernel.close();
        }
        System.err.println("glassbox kernel: warm-up " + (ok ? "done" : "FAILED"));
        return ok ? 0 : 1;
    }

    /** Sends a request and returns its reply, or null after the timeout. */
    private static Message call(ZMQ.Socket s, Signer signer, MessageFactory factory, String type, JsonObject content) {
        Message req = new Message(List.of(), factory.header(type), new JsonObject(), new JsonObject(), content, List.of());
        SocketPump.sendFrames(s, WireCodec.encode(req, signer));
        while (true) {
            List<byte[]> frames = SocketPump.receiveFrames(s, 0);
            if (frames == null) {
                System.err.println("glassbox kernel: warm-up: no reply to " + type);
                return null;
            }
            try {
                Message m = WireCodec.decode(frames, signer);
                if (m.parentHeader.has("msg_id") && m.parentHeader.get("msg_id").getAsString().equals(req.id())) {
                    return m;
                }
            } catch (WireCodec.MalformedMessage e) {
                System.err.println("glassbox kernel: warm-up: " + e.getMessage());
                return null;
            }
        }
    }

    private static ZMQ.Socket connect(ZMQ.Context ctx, SocketType type, byte[] id, int port) {
        ZMQ.Socket s = ctx.socket(type);
        s.setIdentity(id);
        s.setLinger(0);
        s.setReceiveTimeOut(TIMEOUT_MS);
        s.connect("tcp://127.0.0.1:" + port);
        return s;
    }

    private static ConnectionInfo freePorts() throws IOException {
        int[] p = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                p[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return new ConnectionInfo("tcp", "127.0.0.1", p[0], p[1], p[2], p[3], p[4], UUID.randomUUID().toString(), "hmac-sha256");
    }
}
