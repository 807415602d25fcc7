package dev.glassbox.kernel.wire;

import java.util.List;
import org.zeromq.ZMQ;

/**
 * The heartbeat channel: a REP socket on its own thread that echoes every ping back unchanged,
 * so a frontend sees the process alive even while a cell keeps the VM thread busy. Ends when
 * the context is terminated (the blocked receive then fails with ETERM).
 */
public final class Heartbeat implements Runnable {
    private final ZMQ.Socket socket;
    private final Thread thread;

    public Heartbeat(ZMQ.Socket socket) {
        this.socket = socket;
        this.thread = new Thread(this, "glassbox-heartbeat");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<byte[]> ping = SocketPump.receiveFrames(socket, 0);
                if (ping == null) {
                    break;
                }
                SocketPump.sendFrames(socket, ping);
            }
        } catch (RuntimeException e) {
            // ETERM at shutdown: the normal way out.
        } finally {
            socket.close();
        }
    }
}
