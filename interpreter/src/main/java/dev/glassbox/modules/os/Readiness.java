package dev.glassbox.modules.os;

import dev.glassbox.vm.Gil;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.Signals;
import dev.glassbox.vm.ThreadState;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting for descriptors to become ready, the one mechanism under select(), poll(), epoll and
 * the blocking reads, writes, accepts and connects of pipes and sockets. Pipe and socket
 * channels stay in Java's non-blocking mode for their whole life (so any selector can watch
 * them); "blocking" is the Python-level flag of their descriptor, honoured by waiting here.
 * A wait releases the GIL, and a signal for the main thread wakes it (the selector's wakeup)
 * to run the handler before the wait resumes with the time left (PEP 475).
 */
public final class Readiness {
    private Readiness() {}

    public static final int POLLIN = 0x001, POLLPRI = 0x002, POLLOUT = 0x004, POLLERR = 0x008, POLLHUP = 0x010,
            POLLNVAL = 0x020, POLLRDNORM = 0x040, POLLRDBAND = 0x080, POLLWRNORM = 0x100, POLLWRBAND = 0x200,
            POLLMSG = 0x400, POLLRDHUP = 0x2000;

    /** A selector with the keys it has shown readiness for; one per thread, or one per epoll object. */
    public static final class Watcher {
        final Selector selector;
        /** Keys given interest by the last call (cleared before the next one, for the per-thread watcher). */
        private final List<SelectionKey> active = new ArrayList<>();
        /** Set, under the GIL, while a thread selects on it without the GIL. */
        volatile boolean busy;

        public Watcher() {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw PosixErrors.fromJava(e, null);
            }
            synchronized (ALL) {
                ALL.put(this, Boolean.TRUE);
            }
        }

        public void close() {
            try {
                selector.close();
            } catch (IOException ignored) {
                // Closing a selector only releases its own descriptors.
            }
        }

        public boolean isOpen() {
            return selector.isOpen();
        }
    }

    private static final ThreadLocal<Watcher> PER_THREAD = ThreadLocal.withInitial(Watcher::new);
    private static final Map<Watcher, Boolean> ALL = new java.util.WeakHashMap<>();

    /**
     * After closing a selectable channel: Java releases its descriptor only once every selector
     * it is registered with has deregistered its key, so each such selector runs a selection
     * now (or, when a thread is waiting on it, is woken to do so) — else a pipe's reader would
     * never see end of file. Called under the GIL.
     */
    public static void channelClosed(SelectableChannel ch) {
        List<Watcher> ws;
        synchronized (ALL) {
            ws = new ArrayList<>(ALL.keySet());
        }
        for (Watcher w : ws) {
            if (!w.selector.isOpen() || ch.keyFor(w.selector) == null) continue;
            if (w.busy) {
                w.selector.wakeup();
                continue;
            }
            try {
                w.selector.selectNow();
                w.selector.selectedKeys().clear();
            } catch (IOException ignored) {
                // A failing selector only keeps the descriptor a little longer.
            }
        }
    }

    /** The channel behind a descriptor when it can be watched, else null (files, std streams). */
    static SelectableChannel selectable(FdTable.Entry e) {
        return e.channel instanceof SelectableChannel sc ? sc : null;
    }

    /** The Java interest ops for poll bits on a channel (POLLOUT on a connecting socket is OP_CONNECT). */
    static int javaOps(SelectableChannel ch, int events) {
        int ops = 0;
        if ((events & (POLLIN | POLLPRI | POLLRDNORM | POLLRDBAND)) != 0) {
            ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((events & (POLLOUT | POLLWRNORM | POLLWRBAND)) != 0) {
            ops |= ch instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops & ch.validOps();
    }

    static int pollBits(int readyOps) {
        int r = 0;
        if ((readyOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) r |= POLLIN;
        if ((readyOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) r |= POLLOUT;
        return r;
    }

    /**
     * What a descriptor without a selectable channel reports: regular files and directories are
     * always ready; stdin is readable when bytes are waiting (checked again while waiting).
     */
    static int alwaysReady(int fd, FdTable.Entry e, int events) {
        int r = events & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
        if (fd == 0 && e.path == null && e.channel == null) {
            try {
                if (System.in.available() <= 0) r &= ~(POLLIN | POLLRDNORM);
            } catch (IOException ex) {
                r |= POLLERR;
            }
        }
        return r;
    }

    /**
     * One round of poll(2) over {@code interest} (fd → poll events): returns fd → revents for
     * the ready ones, waiting up to {@code deadline} (vm.Blocking's nanoTime convention; 0 for
     * no wait, Long.MAX_VALUE for ever). {@code persistent}: the watcher is an epoll object whose
     * keys keep their interest between calls.
     */
    public static Map<Integer, Integer> poll(Watcher w, Map<Integer, Integer> interest, long deadline, boolean persistent) {
        for (;;) {
            Map<Integer, Integer> ready = new LinkedHashMap<>();
            Map<SelectionKey, List<Integer>> byKey = new LinkedHashMap<>();
            boolean pollStdin = false;
            if (!persistent) {
                for (SelectionKey k : w.active) if (k.isValid()) k.interestOps(0);
                w.active.clear();
            }
            for (Map.Entry<Integer, Integer> me : interest.entrySet()) {
                int fd = me.getKey(), events = me.getValue();
                FdTable.Entry e = FdTable.lookup(fd);
                if (e == null) {
                    ready.put(fd, POLLNVAL);
                    continue;
                }
                SelectableChannel ch = selectable(e);
                if (ch == null) {
                    int r = alwaysReady(fd, e, events);
                    if (r != 0) ready.put(fd, r);
                    else pollStdin |= fd == 0;
                    continue;
                }
                if (!ch.isOpen()) {
                    ready.put(fd, POLLNVAL);
                    continue;
                }
                if (ch instanceof SocketChannel s && !s.isConnected() && !s.isConnectionPending()) {
                    // An unconnected stream socket: poll reports it writable and hung up at once.
                    int r = (events & POLLOUT) | POLLHUP;
                    ready.put(fd, r);
                    continue;
                }
                int ops = javaOps(ch, events);
                SelectionKey k;
                try {
                    k = ch.keyFor(w.selector);
                    if (k == null || !k.isValid()) {
                        if (k != null) w.selector.selectNow(); // flush the cancelled key first
                        k = ch.register(w.selector, ops);
                    } else if (!persistent || k.interestOps() != ops) {
                        k.interestOps(ops);
                    }
                } catch (ClosedChannelException ex) {
                    ready.put(fd, POLLNVAL);
                    continue;
                } catch (IOException ex) {
                    throw PosixErrors.fromJava(ex, null);
                }
                if (!persistent) w.active.add(k);
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(fd);
            }
            long wait = !ready.isEmpty() ? 0 : deadline == Long.MAX_VALUE ? -1 : Math.max(0, deadline - System.nanoTime());
            if (pollStdin && (wait < 0 || wait > 10_000_000L)) wait = 10_000_000L;
            boolean signalled = select(w, wait);
            for (SelectionKey k : w.selector.selectedKeys()) {
                List<Integer> fds = byKey.get(k);
                if (fds == null || !k.isValid()) continue;
                int bits = pollBits(k.readyOps());
                for (int fd : fds) {
                    int r = bits & (interest.get(fd) | POLLERR | POLLHUP);
                    if (r != 0) ready.merge(fd, r, (a, b) -> a | b);
                }
            }
            w.selector.selectedKeys().clear();
            boolean expired = deadline != Long.MAX_VALUE && deadline - System.nanoTime() <= 0;
            if (signalled) Signals.check();
            if (!ready.isEmpty() || expired) return ready;
        }
    }

    /** Selects for {@code nanos} (0: now, negative: for ever) with the GIL released; true when a signal cut it short. */
    private static boolean select(Watcher w, long nanos) {
        if (nanos == 0) {
            try {
                w.selector.selectNow();
            } catch (IOException e) {
                throw PosixErrors.fromJava(e, null);
            }
            return false;
        }
        ThreadState me = Interpreter.current().threadState();
        w.busy = true;
        ThreadState saved = Gil.release();
        boolean signalled;
        IOException err = null;
        try {
            me.setWaker(w.selector::wakeup);
            if (me.isMain() && Signals.pending()) {
                signalled = true;
            } else {
                long ms = nanos < 0 ? 0 : Math.max(1, (nanos + 999_999) / 1_000_000);
                w.selector.select(ms);
                signalled = me.isMain() && Signals.pending();
            }
        } catch (IOException e) {
            err = e;
            signalled = false;
        } finally {
            me.setWaker(null);
            Gil.acquire(saved);
            w.busy = false;
        }
        if (err != null) throw PosixErrors.fromJava(err, null);
        return signalled;
    }

    /** Waits until {@code fd}'s channel is ready for {@code events}; false when the deadline passed. */
    public static boolean awaitFd(int fd, int events, long deadline) {
        Watcher w = PER_THREAD.get();
        Map<Integer, Integer> r = poll(w, Map.of(fd, events), deadline, false);
        return !r.isEmpty();
    }

    /** The calling thread's watcher, for select() and poll objects. */
    public static Watcher perThread() {
        return PER_THREAD.get();
    }

    static boolean isPipe(Object ch) {
        return ch instanceof Pipe.SourceChannel || ch instanceof Pipe.SinkChannel;
    }
}
