package dev.glassbox.kernel.protocol;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.session.Engine;
import dev.glassbox.kernel.session.InputBroker;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import dev.glassbox.kernel.wire.WireCodec;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * The control channel on its own thread, blocking on its ROUTER socket and answering directly
 * (it owns the socket): kernel_info, interrupt (the engine's interrupt flag and any waiting
 * input()), shutdown, and debug_request (refused: no debugger yet). It never waits for the VM
 * thread, so it answers within microseconds while a cell runs.
 */
final class ControlHandler implements Runnable {
    private final ZMQ.Socket socket;
    private final Signer signer;
    private final MessageFactory factory;
    private final Iopub iopub;
    private final Engine engine;
    private final InputBroker stdin;
    private final Kernel kernel;
    private volatile boolean stopping;

    ControlHandler(ZMQ.Socket socket, Signer signer, MessageFactory factory, Iopub iopub, Engine engine,
                   InputBroker stdin, Kernel kernel) {
        this.socket = socket;
        this.signer = signer;
        this.factory = factory;
        this.iopub = iopub;
        this.engine = engine;
        this.stdin = stdin;
        this.kernel = kernel;
    }

    @Override
    public void run() {
        try {
            while (!stopping) {
                List<byte[]> frames = SocketPump.receiveFrames(socket, 0);
                if (frames == null) {
                    continue;
                }
                Message m;
                try {
                    m = WireCodec.decode(frames, signer);
                } catch (WireCodec.MalformedMessage e) {
                    System.err.println("glassbox kernel: control: dropped message: " + e.getMessage());
                    continue;
                }
                iopub.status("busy", m.header);
                try {
                    handle(m);
                } catch (RuntimeException e) {
                    System.err.println("glassbox kernel: control " + m.type() + " failed: " + e);
                } finally {
                    iopub.status("idle", m.header);
                    kernel.afterRequest();
                }
            }
        } catch (RuntimeException e) {
            if (!stopping && !Kernel.isTermination(e)) {
                System.err.println("glassbox kernel: control thread ended: " + e);
            }
        } finally {
            socket.close();
        }
    }

    private void handle(Message m) {
        switch (m.type()) {
            case "kernel_info_request" -> reply(m, "kernel_info_reply", KernelInfo.content(engine.banner()));
            case "interrupt_request" -> {
                kernel.interrupt();
                JsonObject c = new JsonObject();
                c.addProperty("status", "ok");
                reply(m, "interrupt_reply", c);
            }
            case "shutdown_request" -> {
                stopping = true;
                kernel.shutdownFrom(m, (req, type, content, md) -> reply(req, type, content));
            }
            case "debug_request" -> {
                JsonObject c = new JsonObject();
                c.addProperty("type", "response");
                c.addProperty("request_seq", m.content.has("seq") ? m.content.get("seq").getAsInt() : 0);
                c.addProperty("success", false);
                c.addProperty("command", m.str("command", ""));
                c.addProperty("message", "Debugging is not supported by the Glassbox kernel yet"
                        + " (kernel_info supported_features has no 'debugger').");
                c.addProperty("status", "error");
                reply(m, "debug_reply", c);
            }
            default -> System.err.println("glassbox kernel: control: unknown message type " + m.type());
        }
    }

    private void reply(Message request, String type, JsonObject content) {
        SocketPump.sendFrames(socket, WireCodec.encode(factory.reply(request, type, content, new JsonObject()), signer));
    }
}
