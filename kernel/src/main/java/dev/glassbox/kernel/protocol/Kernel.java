package dev.glassbox.kernel.protocol;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.magics.MagicRegistry;
import dev.glassbox.kernel.session.Engine;
import dev.glassbox.kernel.session.History;
import dev.glassbox.kernel.session.InputBroker;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Heartbeat;
import dev.glassbox.kernel.wire.KernelSockets;
import dev.glassbox.kernel.wire.Message;
import dev.glassbox.kernel.wire.MessageFactory;
import dev.glassbox.kernel.wire.Signer;
import dev.glassbox.kernel.wire.SocketPump;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One kernel process's worth of Jupyter: binds the sockets and starts the threads
 * (docs/kernel.md draws them):
 * <pre>
 *   glassbox-heartbeat   REP echo
 *   glassbox-control     control ROUTER: kernel_info, interrupt, shutdown, debug
 *   glassbox-shell       shell ROUTER pump: verify + queue requests, send replies
 *   glassbox-vm          runs every shell request in order, with a 512 MiB stack
 *   glassbox-iopub       the only writer of the iopub XPUB socket
 *   glassbox-stdin       stdin ROUTER pump: input_request out, input_reply in
 *   glassbox-streams     flushes batched stdout/stderr after 50 ms
 * </pre>
 * Usable in-process (tests, the benchmark): {@link #start}, then {@link #awaitShutdown} and
 * {@link #close}; {@code KernelMain} adds process exit.
 */
public final class Kernel {
    /** Sends a reply on the channel the request came from. */
    @FunctionalInterface
    interface Replier {
        void reply(Message request, String type, JsonObject content, JsonObject metadata);
    }

    /** Stack size of the VM thread: deep Python recursion runs on it. */
    static final long VM_STACK = 512L << 20;

    private final ConnectionInfo info;
    private final Engine engine;
    private final Signer signer;
    private final MessageFactory factory;
    private final Iopub iopub;
    private final InputBroker stdin;
    private final CommRegistry comms;
    private final History history;
    private final ScheduledExecutorService timer;
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private volatile boolean shutdownPending;
    private volatile boolean restartRequested;
    private KernelSockets sockets;
    private SocketPump shellPump;
    private SocketPump iopubPump;
    private SocketPump stdinPump;
    private ShellDispatcher shell;
    private Runnable vmStartup = () -> { };

    public Kernel(ConnectionInfo info, Engine engine, Path historyFile) {
        this.info = info;
        this.engine = engine;
        this.signer = new Signer(info.key());
        this.factory = new MessageFactory(System.getProperty("user.name", "glassbox"));
        this.iopub = new Iopub(factory);
        this.stdin = new InputBroker(factory, signer);
        this.comms = new CommRegistry(iopub);
        this.history = new History(historyFile);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glassbox-streams");
            t.setDaemon(true);
            return t;
        });
    }

    /** The comm registry, where the runtime registers its comm targets. */
    public CommRegistry comms() {
        return comms;
    }

    /** Work to do first on the VM thread before any request (e.g. booting the runtime). */
    public void onVmStart(Runnable r) {
        this.vmStartup = r;
    }

    public void start() {
        sockets = new KernelSockets(info);
        ExecuteHandler execute = new ExecuteHandler(engine, iopub, stdin, timer, history, MagicRegistry.standard());
        shell = new ShellDispatcher(signer, factory, iopub, engine, execute, history, comms, this);
        iopubPump = new SocketPump("iopub", sockets.context, sockets.iopub, signer, iopub::onSubscription);
        shellPump = new SocketPump("shell", sockets.context, sockets.shell, signer, shell::onFrames);
        stdinPump = new SocketPump("stdin", sockets.context, sockets.stdin, signer, stdin::onFrames);
        iopub.attach(iopubPump);
        shell.attach(shellPump);
        stdin.attach(stdinPump);
        iopubPump.start();
        iopub.status("starting", new JsonObject());
        new Heartbeat(sockets.heartbeat).start();
        stdinPump.start();
        Runnable startup = vmStartup;
        Thread vm = new Thread(null, () -> {
            startup.run();
            shell.run();
        }, "glassbox-vm", VM_STACK);
        vm.setDaemon(true);
        vm.start();
        Thread control = new Thread(new ControlHandler(sockets.control, signer, factory, iopub, engine, stdin, this),
                "glassbox-control");
        control.setDaemon(true);
        control.start();
        shellPump.start();
    }

    /** shutdown_request (control, or deprecated shell): reply now, stop after the idle status. */
    void shutdownFrom(Message request, Replier replier) {
        boolean restart = request.bool("restart", false);
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("restart", restart);
        replier.reply(request, "shutdown_reply", c, new JsonObject());
        restartRequested = restart;
        shutdownPending = true;
    }

    /** Called by the control and shell loops after each request's idle status. */
    void afterRequest() {
        if (shutdownPending) {
            shutdown.countDown();
        }
    }

    /** Interrupts the running cell, as interrupt_request does (SIGINT is routed here). */
    public void interrupt() {
        dev.glassbox.kernel.wire.Uninterruptible.interrupt(engine::interrupt);
        stdin.cancel();
    }

    public void awaitShutdown() throws InterruptedException {
        shutdown.await();
    }

    public boolean awaitShutdown(long millis) throws InterruptedException {
        return shutdown.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the shutdown_request asked for a restart (the launcher starts a new process). */
    public boolean restartRequested() {
        return restartRequested;
    }

    /** Whether {@code e} is ZeroMQ telling a blocked socket that the context was terminated. */
    static boolean isTermination(RuntimeException e) {
        return e instanceof org.zeromq.ZMQException z && z.getErrorCode() == org.zeromq.ZMQ.Error.ETERM.getCode();
    }

    /** Sends what is queued, closes the sockets and ends the threads (a running cell is abandoned). */
    public void close() {
        try {
            shell.stop();
            shellPump.stop(1000);
            stdinPump.stop(1000);
            iopubPump.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        sockets.terminate(2000);
    }
}
