package dev.glassbox.kernel.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.ZMQ;

/**
 * A thread that owns one ZeroMQ socket: it is the only thread that touches the socket, other
 * threads hand it messages through a queue. It blocks in one poll on the socket and on a
 * {@link Pipe} that senders write one byte to when the queue goes from empty to non-empty, so
 * it wakes for either incoming frames or outgoing messages without sleep-polling.
 *
 * <p>Used for shell (replies out, requests in), iopub (messages out, XPUB subscriptions in) and
 * stdin (input_request out, input_reply in). Messages are signed and serialized on this thread.
 */
public final class SocketPump implements Runnable {
    /** Receives the frames of each incoming message, on the pump thread. */
    @FunctionalInterface
    public interface Receiver {
        void onFrames(List<byte[]> frames);
    }

    private final String name;
    private final ZMQ.Context context;
    private final ZMQ.Socket socket;
    private final Signer signer;
    private final Receiver receiver;
    private final ConcurrentLinkedQueue<Message> outgoing = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile Pipe pipe;
    private volatile boolean stopping;
    private volatile int repairs;
    private final Thread thread;

    public SocketPump(String name, ZMQ.Context context, ZMQ.Socket socket, Signer signer, Receiver receiver) {
        this.name = name;
        this.context = context;
        this.socket = socket;
        this.signer = signer;
        this.receiver = receiver;
        try {
            this.pipe = openPipe();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = new Thread(this, "glassbox-" + name);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Queues a message for sending; thread-safe, never blocks on the network. */
    public void send(Message m) {
        outgoing.add(m);
        wake();
    }

    /** Sends what is queued, closes the socket and ends the thread; waits up to {@code millis}. */
    public void stop(long millis) throws InterruptedException {
        stopping = true;
        wake();
        thread.join(millis);
    }

    private void wake() {
        // Only the first sender after the pump drained the queue pays for the pipe write.
        if (wakePending.compareAndSet(false, true)) {
            try {
                Uninterruptible.io(() -> pipe.sink().write(ByteBuffer.wrap(new byte[] {1})));
            } catch (IOException e) {
                if (!stopping) {
                    System.err.println("glassbox kernel: " + name + " wake-up failed: " + e);
                }
            }
        }
    }

    @Override
    public void run() {
        ZMQ.Poller poller = context.poller(2);
        int sock = receiver == null ? -1 : poller.register(socket, ZMQ.Poller.POLLIN);
        int wakeIndex = poller.register(pipe.source(), ZMQ.Poller.POLLIN);
        ByteBuffer sink = ByteBuffer.allocate(64);
        try {
            while (true) {
                poller.poll(-1);
                if (poller.pollin(wakeIndex)) {
                    sink.clear();
                    int n;
                    while ((n = pipe.source().read(sink)) > 0) {
                        sink.clear();
                    }
                    if (n < 0) {
                        // The sink was closed under a writer (an interrupt despite
                        // Uninterruptible): an EOF source would wake every poll. New pipe.
                        poller.unregister(pipe.source());
                        pipe.source().close();
                        pipe = openPipe();
                        wakeIndex = poller.register(pipe.source(), ZMQ.Poller.POLLIN);
                        repairs++;
                    }
                }
                // Clear the flag before draining: a message queued after this point either is
                // drained below or writes a new wake-up byte.
                wakePending.set(false);
                drainOutgoing();
                if (sock >= 0 && poller.pollin(sock)) {
                    receiveAll();
                }
                if (stopping && outgoing.isEmpty()) {
                    break;
                }
            }
        } catch (RuntimeException | IOException e) {
            if (!stopping) {
                System.err.println("glassbox kernel: " + name + " socket thread ended: " + e);
            }
        } finally {
            poller.close();
            socket.close();
            try {
                pipe.source().close();
                pipe.sink().close();
            } catch (IOException ignored) {
                // closing a pipe we own; nothing to report
            }
        }
    }

    private static Pipe openPipe() throws IOException {
        Pipe p = Pipe.open();
        p.source().configureBlocking(false);
        return p;
    }

    /** Closes the wake-up pipe's sink as an interrupted writer would (for the repair test). */
    void closeSinkForTest() throws IOException {
        pipe.sink().close();
    }

    /** How many times the wake-up pipe had to be replaced. */
    int repairs() {
        return repairs;
    }

    private void drainOutgoing() {
        Message m;
        while ((m = outgoing.poll()) != null) {
            sendFrames(socket, WireCodec.encode(m, signer));
        }
    }

    private void receiveAll() {
        List<byte[]> frames;
        while ((frames = receiveFrames(socket, ZMQ.DONTWAIT)) != null) {
            try {
                receiver.onFrames(frames);
            } catch (RuntimeException e) {
                System.err.println("glassbox kernel: " + name + " handler failed: " + e);
                e.printStackTrace();
            }
        }
    }

    /** Sends all frames of one message. */
    public static void sendFrames(ZMQ.Socket s, List<byte[]> frames) {
        int last = frames.size() - 1;
        for (int i = 0; i < last; i++) {
            s.send(frames.get(i), ZMQ.SNDMORE);
        }
        s.send(frames.get(last), 0);
    }

    /** Receives all frames of one message, or null when {@code flags} has DONTWAIT and none waits. */
    public static List<byte[]> receiveFrames(ZMQ.Socket s, int flags) {
        byte[] first = s.recv(flags);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(8);
        frames.add(first);
        while (s.hasReceiveMore()) {
            frames.add(s.recv(0));
        }
        return frames;
    }
}
