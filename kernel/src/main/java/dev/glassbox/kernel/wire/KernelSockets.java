package dev.glassbox.kernel.wire;

import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets, bound on the connection file's endpoints: shell and control
 * ROUTER, iopub XPUB (protocol 5.5: it sees subscriptions, so it can send iopub_welcome),
 * stdin ROUTER and heartbeat REP. Binding happens on the creating thread; each socket is then
 * handed to exactly one owner thread (the start of that thread publishes it safely).
 *
 * <p>JeroMQ's ipc transport is loopback TCP under the hood, so an ipc connection file works
 * between JeroMQ peers only; libzmq clients (pyzmq) need {@code transport: tcp}.
 */
public final class KernelSockets {
    /** Lets queued replies and the final status reach the client when the kernel stops. */
    private static final int LINGER_MS = 1000;

    public final ZMQ.Context context;
    public final ZMQ.Socket shell;
    public final ZMQ.Socket control;
    public final ZMQ.Socket iopub;
    public final ZMQ.Socket stdin;
    public final ZMQ.Socket heartbeat;

    public KernelSockets(ConnectionInfo info) {
        if (info.transport().equals("ipc")) {
            System.err.println("glassbox kernel: ipc transport is emulated over loopback TCP by JeroMQ;"
                    + " libzmq clients cannot reach it, use transport tcp");
        }
        context = ZMQ.context(1);
        // JeroMQ's own I/O threads report errors through these; a channel closed while the
        // kernel shuts down is expected, anything else is logged as one line.
        Thread.UncaughtExceptionHandler quiet = (t, e) -> {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.nio.channels.ClosedChannelException) return;
            }
            System.err.println("glassbox kernel: socket I/O thread: " + e);
        };
        context.setUncaughtExceptionHandler(quiet);
        context.setNotificationExceptionHandler(quiet);
        shell = bind(SocketType.ROUTER, info.endpoint(info.shellPort()));
        control = bind(SocketType.ROUTER, info.endpoint(info.controlPort()));
        stdin = bind(SocketType.ROUTER, info.endpoint(info.stdinPort()));
        heartbeat = bind(SocketType.REP, info.endpoint(info.hbPort()));
        iopub = context.socket(SocketType.XPUB);
        // Report every subscription, also a second client's to the same topic, so each
        // client gets its welcome; and never block the publisher on a slow subscriber.
        iopub.setXpubVerbose(true);
        iopub.setSndHWM(100_000);
        iopub.setLinger(LINGER_MS);
        iopub.bind(info.endpoint(info.iopubPort()));
    }

    private ZMQ.Socket bind(SocketType type, String endpoint) {
        ZMQ.Socket s = context.socket(type);
        s.setLinger(LINGER_MS);
        if (!s.bind(endpoint)) {
            throw new IllegalStateException("cannot bind " + endpoint);
        }
        return s;
    }

    /** Ends the context once every owner thread has closed its socket (bounded wait). */
    public void terminate(long millis) {
        Thread t = new Thread(context::term, "glassbox-zmq-term");
        t.setDaemon(true);
        t.start();
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
