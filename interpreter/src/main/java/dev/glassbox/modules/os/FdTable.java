package dev.glassbox.modules.os;

import dev.glassbox.objects.PyObject;
import dev.glassbox.runtime.Runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The process's file-descriptor table as the runtime sees it: small ints (lowest free first,
 * as POSIX allocates them) naming open Java channels. 0, 1 and 2 are the standard streams
 * (1 and 2 write through the runtime's sys.stdout/sys.stderr sinks, after their buffered
 * text, so output stays in order). {@code dup} shares one open file between descriptors.
 * Failures raise OSError with CPython's errno ({@link PosixErrors}).
 */
public final class FdTable {
    private FdTable() {}

    /** One open file description (shared by dup'ed descriptors). */
    public static final class Entry {
        /** The file's path, or null for the standard streams, pipes and sockets. */
        public final Path path;
        /**
         * The channel, or null for a directory or a standard stream. Pipes and sockets have
         * selectable channels kept in Java's non-blocking mode ({@link Readiness}); a socket's
         * changes when it connects or listens.
         */
        public volatile Channel channel;
        /** Per-descriptor state of a socket (its family, type, addresses), kept across detach(). */
        public volatile Object socket;
        final boolean readable, writable, append;
        int refs = 1;
        /** O_NONBLOCK as os.set_blocking / socket.setblocking set it (pipes and sockets honour it). */
        public volatile boolean blocking = true;

        Entry(Path path, Channel channel, boolean readable, boolean writable, boolean append) {
            this.path = path;
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }
    }

    private static final List<Entry> TABLE = new ArrayList<>();
    private static final Entry STDIN = new Entry(null, null, true, false, false);
    private static final Entry STDOUT = new Entry(null, null, false, true, false);
    private static final Entry STDERR = new Entry(null, null, false, true, false);

    static {
        TABLE.add(STDIN);
        TABLE.add(STDOUT);
        TABLE.add(STDERR);
    }

    /** Installs an open channel (a file, pipe or socket) at the lowest free descriptor. */
    public static synchronized int install(Channel ch, Path path, boolean readable, boolean writable, boolean append) {
        return place(new Entry(path, ch, readable, writable, append));
    }

    private static int place(Entry e) {
        for (int i = 0; i < TABLE.size(); i++) {
            if (TABLE.get(i) == null) {
                TABLE.set(i, e);
                return i;
            }
        }
        TABLE.add(e);
        return TABLE.size() - 1;
    }

    /** The entry for {@code fd}, or null when it is not open. */
    public static synchronized Entry lookup(int fd) {
        return has(fd) ? TABLE.get(fd) : null;
    }

    /** os.pipe(): the read end and the write end, both selectable. */
    public static int[] pipe() {
        try {
            java.nio.channels.Pipe p = java.nio.channels.Pipe.open();
            p.source().configureBlocking(false);
            p.sink().configureBlocking(false);
            synchronized (FdTable.class) {
                int r = install(p.source(), null, true, false, false);
                int w = install(p.sink(), null, false, true, false);
                return new int[] {r, w};
            }
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
    }

    public static synchronized boolean has(int fd) {
        return fd >= 0 && fd < TABLE.size() && TABLE.get(fd) != null;
    }

    /** The entry for {@code fd}, or OSError EBADF. */
    public static synchronized Entry get(int fd) {
        if (!has(fd)) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        return TABLE.get(fd);
    }

    /** os.open: flags as Linux's O_* values. */
    public static int open(Path p, int flags, int mode, PyObject name) {
        int acc = flags & 3;
        boolean read = acc == PosixModule.O_RDONLY || acc == PosixModule.O_RDWR;
        boolean write = acc == PosixModule.O_WRONLY || acc == PosixModule.O_RDWR;
        boolean append = (flags & PosixModule.O_APPEND) != 0;
        boolean create = (flags & PosixModule.O_CREAT) != 0, excl = (flags & PosixModule.O_EXCL) != 0;
        if (Files.isDirectory(p)) {
            if (create && excl) throw PosixErrors.oserror(PosixErrors.EEXIST, name);
            if (write) throw PosixErrors.oserror(PosixErrors.EISDIR, name);
            synchronized (FdTable.class) {
                return place(new Entry(p, null, true, false, false));
            }
        }
        if ((flags & PosixModule.O_DIRECTORY) != 0) {
            throw PosixErrors.oserror(Files.exists(p) ? PosixErrors.ENOTDIR : PosixErrors.ENOENT, name);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        // Java refuses READ with APPEND: a read-write append file seeks to the end before each write instead.
        if (append && !read) opts.add(StandardOpenOption.APPEND);
        else if (append) opts.add(StandardOpenOption.WRITE);
        if (create) opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flags & PosixModule.O_TRUNC) != 0 && write) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        boolean existed = Files.exists(p);
        try {
            FileChannel ch = FileChannel.open(p, opts);
            if (create && !existed) {
                try {
                    PosixModule.setMode(p, mode & 0777);
                } catch (IOException | RuntimeException ignored) {
                    // A file system without POSIX modes keeps its default.
                }
            }
            return install(ch, p, read, write, append);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, name);
        }
    }

    public static void close(int fd) {
        Entry e;
        synchronized (FdTable.class) {
            e = get(fd);
            TABLE.set(fd, null);
            if (--e.refs > 0) return;
        }
        closeChannel(e);
    }

    /** Closes an entry's channel; a selectable one is also dropped from the selectors watching it. */
    public static void closeChannel(Entry e) {
        java.nio.channels.Channel ch = e.channel;
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
        if (ch instanceof java.nio.channels.SelectableChannel sc) Readiness.channelClosed(sc);
    }

    public static synchronized int dup(int fd) {
        Entry e = get(fd);
        e.refs++;
        return place(e);
    }

    public static synchronized int dup2(int fd, int fd2) {
        Entry e = get(fd);
        if (fd == fd2) return fd2;
        if (fd2 < 0) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        while (TABLE.size() <= fd2) TABLE.add(null);
        Entry old = TABLE.get(fd2);
        if (old != null) {
            TABLE.set(fd2, null);
            if (--old.refs == 0 && old.channel != null) {
                try {
                    closeChannel(old);
                } catch (RuntimeException ignored) {
                    // dup2 closes silently, as the system call does.
                }
            }
        }
        e.refs++;
        TABLE.set(fd2, e);
        return fd2;
    }

    /** Reads at most {@code n} bytes; empty at end of file. */
    public static byte[] read(int fd, int n) {
        Entry e = get(fd);
        if (!e.readable) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        try {
            if (e == STDIN) {
                InputStream in = System.in;
                byte[] buf = new byte[Math.min(n, 65536)];
                int r = in.read(buf, 0, buf.length);
                return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, r);
            }
            if (e.channel == null) throw PosixErrors.oserror(PosixErrors.EISDIR, null);
            if (!(e.channel instanceof ReadableByteChannel rc)) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            ByteBuffer bb = ByteBuffer.allocate(Math.min(n, 1 << 20));
            if (e.channel instanceof java.nio.channels.SelectableChannel) {
                for (;;) {
                    int r = rc.read(bb);
                    if (r < 0) return new byte[0];
                    if (r > 0) return java.util.Arrays.copyOf(bb.array(), r);
                    if (!e.blocking) throw PosixErrors.oserror(PosixErrors.EAGAIN, null);
                    Readiness.awaitFd(fd, Readiness.POLLIN, Long.MAX_VALUE);
                }
            }
            int r = rc.read(bb);
            return r <= 0 ? new byte[0] : java.util.Arrays.copyOf(bb.array(), r);
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
    }

    public static int write(int fd, byte[] b) {
        Entry e = get(fd);
        if (!e.writable) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        if (e == STDOUT || e == STDERR) {
            Runtime rt = Runtime.get();
            if (rt != null) (e == STDOUT ? rt.stdout : rt.stderr).writeBytes(b);
            return b.length;
        }
        if (!(e.channel instanceof WritableByteChannel wc)) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        try {
            ByteBuffer bb = ByteBuffer.wrap(b);
            if (e.append && e.readable && e.channel instanceof FileChannel fc) fc.position(fc.size());
            int total = 0;
            if (e.channel instanceof java.nio.channels.SelectableChannel) {
                // A blocking pipe write returns when all is written; a non-blocking one writes what fits.
                for (;;) {
                    total += wc.write(bb);
                    if (!bb.hasRemaining() || (!e.blocking && total > 0)) return total;
                    if (!e.blocking) throw PosixErrors.oserror(PosixErrors.EAGAIN, null);
                    Readiness.awaitFd(fd, Readiness.POLLOUT, Long.MAX_VALUE);
                }
            }
            while (bb.hasRemaining()) total += wc.write(bb);
            return total;
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
    }

    public static long seek(int fd, long pos, int whence) {
        Entry e = get(fd);
        if (!(e.channel instanceof FileChannel fc)) throw PosixErrors.oserror(PosixErrors.ESPIPE, null);
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> fc.position();
                case 2 -> fc.size();
                default -> throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            };
            long np = base + pos;
            if (np < 0) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            fc.position(np);
            return np;
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
    }

    public static void truncate(int fd, long length) {
        Entry e = get(fd);
        if (!(e.channel instanceof FileChannel fc) || !e.writable) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        try {
            // ftruncate leaves the position alone; FileChannel.truncate would move it back.
            long pos = fc.position();
            if (length < fc.size()) {
                fc.truncate(length);
                fc.position(pos);
            }
            else if (length > fc.size()) fc.write(ByteBuffer.allocate(1), length - 1);
        } catch (IOException ex) {
            throw PosixErrors.fromJava(ex, null);
        }
    }

    // ---- for io.FileIO ----

    /** The file a str or bytes path (already through os.fspath) names, against the current directory. */
    public static Path pathOf(PyObject fspath) {
        String s = fspath instanceof dev.glassbox.objects.PyBytes b
                ? new String(b.value(), java.nio.charset.StandardCharsets.UTF_8) : fspath.toString();
        if (s.indexOf('\0') >= 0) throw dev.glassbox.objects.Errors.valueError("embedded null byte");
        return PosixModule.cwd.resolve(s);
    }

    /** Whether {@code fd} names a directory (open() then fails with EISDIR, as FileIO checks with fstat). */
    public static synchronized boolean isDirectory(int fd) {
        Entry e = get(fd);
        return e.channel == null && e.path != null;
    }

    /** isatty(fd): the standard streams when the process has a console. */
    public static boolean isatty(int fd) {
        get(fd);
        return fd >= 0 && fd <= 2 && System.console() != null;
    }

    /** The bytes left from the position to the end of a regular file, or -1 when unknown. */
    public static long remaining(int fd) {
        Entry e = get(fd);
        if (!(e.channel instanceof FileChannel fc)) return -1;
        try {
            return Math.max(0, fc.size() - fc.position());
        } catch (IOException ex) {
            return -1;
        }
    }

    /** The signal wakeup fd's write (from any thread): one byte, dropped when the pipe is full. */
    public static void writeWakeup(int fd, int sig) {
        Entry e;
        synchronized (FdTable.class) {
            if (!has(fd)) return;
            e = TABLE.get(fd);
        }
        if (e.channel instanceof WritableByteChannel w) {
            try {
                w.write(ByteBuffer.wrap(new byte[] {(byte) sig}));
            } catch (IOException | RuntimeException ignored) {
                // As trip_signal: a failed write is not the signal's business.
            }
        }
    }
}
