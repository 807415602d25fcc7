package dev.glassbox.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The socket pump survives interrupted senders: an engine may Thread.interrupt() the VM
 * thread, which then publishes output; NIO would close the wake-up pipe under it.
 */
@Timeout(30)
class SocketPumpTest {
    private static Message message(MessageFactory f, String type) {
        return new Message(List.of(), f.header(type), new JsonObject(), new JsonObject(), new JsonObject(), List.of());
    }

    @Test
    void interruptedSendersAndAClosedPipeDoNotSilenceThePump() throws Exception {
        ZMQ.Context ctx = ZMQ.context(1);
        ZMQ.Socket out = ctx.socket(SocketType.PAIR);
        out.bind("inproc://pump-test");
        ZMQ.Socket in = ctx.socket(SocketType.PAIR);
        in.setReceiveTimeOut(5000);
        in.connect("inproc://pump-test");
        Signer signer = new Signer("k");
        SocketPump pump = new SocketPump("test", ctx, out, signer, null);
        pump.start();
        MessageFactory f = new MessageFactory("t");
        try {
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread sender = new Thread(() -> {
                Thread.currentThread().interrupt();
                pump.send(message(f, "first"));
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            sender.start();
            sender.join();
            assertEquals("first", receive(in, signer).type());
            assertTrue(stillInterrupted.get(), "the sender's interrupt flag is restored");
            assertEquals(0, pump.repairs());

            pump.closeSinkForTest();
            pump.send(message(f, "second")); // wake-up write fails: the pump repairs the pipe
            assertEquals("second", receive(in, signer).type());
            pump.send(message(f, "third"));
            assertEquals("third", receive(in, signer).type());
            assertEquals(1, pump.repairs());
        } finally {
            pump.stop(1000);
            in.close();
            ctx.term();
        }
    }

    private static Message receive(ZMQ.Socket s, Signer signer) throws WireCodec.MalformedMessage {
        List<byte[]> frames = SocketPump.receiveFrames(s, 0);
        assertNotNull(frames, "no message within 5 s");
        return WireCodec.decode(frames, signer);
    }
}
