package dev.glassbox.modules.net;

import dev.glassbox.modules.os.FdTable;
import dev.glassbox.modules.os.PosixErrors;
import dev.glassbox.modules.os.Readiness;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * A socket descriptor's state (what the kernel keeps for a socket): family, type, protocol,
 * its Java channel and the options set on it. A stream socket starts as a {@link SocketChannel}
 * and becomes a {@link ServerSocketChannel} when it listens (Java splits the two roles);
 * AF_UNIX binds are remembered until connect or listen because a Java bind creates the file.
 * Channels stay in Java's non-blocking mode; blocking is the descriptor's flag
 * ({@link FdTable.Entry#blocking}) and waits go through {@link Readiness}.
 */
final class SockState {
    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;

    final int family, type, proto;
    final FdTable.Entry entry;
    /** An AF_UNIX address bound before connect/listen, or a socketpair's (unnamed) end. */
    SocketAddress pendingBind;
    boolean unnamed;
    boolean listening;
    /** The result of a non-blocking connect, for getsockopt(SO_ERROR) once it finished. */
    int pendingError;
    final Map<Long, Object> options = new HashMap<>();

    SockState(int family, int type, int proto, FdTable.Entry entry) {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.entry = entry;
    }

    static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case AF_UNIX -> StandardProtocolFamily.UNIX;
            case AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.INET;
        };
    }

    /** A new descriptor for a new socket. */
    static int open(int family, int type, int proto) {
        try {
            java.nio.channels.Channel ch;
            if (type == SOCK_DGRAM) {
                if (family == AF_UNIX) throw PosixErrors.oserror(93, null);
                DatagramChannel d = DatagramChannel.open(protocolFamily(family));
                d.configureBlocking(false);
                ch = d;
            } else if (type == SOCK_STREAM) {
                SocketChannel s = SocketChannel.open(protocolFamily(family));
                s.configureBlocking(false);
                ch = s;
            } else {
                throw PosixErrors.oserror(93, null); // EPROTONOSUPPORT
            }
            return install(ch, family, type, proto);
        } catch (IOException | UnsupportedOperationException e) {
            throw PosixErrors.oserror(97, null); // EAFNOSUPPORT
        }
    }

    static int install(java.nio.channels.Channel ch, int family, int type, int proto) {
        int fd = FdTable.install(ch, null, true, true, false);
        FdTable.Entry e = FdTable.get(fd);
        e.socket = new SockState(family, type, proto, e);
        return fd;
    }

    NetworkChannel channel() {
        if (!(entry.channel instanceof NetworkChannel n) || !n.isOpen()) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        return n;
    }

    void bind(SocketAddress addr) {
        NetworkChannel ch = channel();
        try {
            if (family == AF_UNIX) {
                if (pendingBind != null || ch.getLocalAddress() != null) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
                if (addr instanceof UnixDomainSocketAddress u && java.nio.file.Files.exists(u.getPath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw PosixErrors.oserror(98, null);
                }
                pendingBind = addr;
                return;
            }
            applyReuse(ch);
            ch.bind(addr);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        } catch (java.nio.channels.AlreadyBoundException e) {
            throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        } catch (java.nio.channels.UnsupportedAddressTypeException | java.nio.channels.UnresolvedAddressException e) {
            throw PosixErrors.oserror(99, null);
        }
    }

    private void applyReuse(NetworkChannel ch) throws IOException {
        Object reuse = options.get(key(1, 2));
        if (reuse instanceof Long v) ch.setOption(StandardSocketOptions.SO_REUSEADDR, v != 0);
    }

    void listen(int backlog) {
        if (type != SOCK_STREAM) throw PosixErrors.oserror(95, null); // EOPNOTSUPP
        if (listening) return;
        try {
            SocketAddress local;
            if (family == AF_UNIX) {
                local = pendingBind;
            } else {
                SocketChannel old = (SocketChannel) channel();
                if (old.isConnected() || old.isConnectionPending()) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
                local = old.getLocalAddress();
            }
            ServerSocketChannel srv = ServerSocketChannel.open(protocolFamily(family));
            srv.configureBlocking(false);
            if (family != AF_UNIX) applyReuse(srv);
            java.nio.channels.Channel old = entry.channel;
            if (old != null) {
                old.close();
                if (old instanceof java.nio.channels.SelectableChannel sc) Readiness.channelClosed(sc);
            }
            srv.bind(local, Math.max(backlog, 0));
            entry.channel = srv;
            listening = true;
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
    }

    /** Starts (and, when it can, completes) a connection; returns whether it is established. */
    boolean startConnect(SocketAddress addr) {
        NetworkChannel ch = channel();
        try {
            if (ch instanceof DatagramChannel d) {
                d.connect(addr);
                return true;
            }
            if (!(ch instanceof SocketChannel s)) throw PosixErrors.oserror(106, null);
            if (s.isConnected()) throw PosixErrors.oserror(106, null); // EISCONN
            if (s.isConnectionPending()) throw PosixErrors.oserror(114, null); // EALREADY
            if (family == AF_UNIX && pendingBind != null) {
                s.bind(pendingBind);
                pendingBind = null;
            }
            pendingError = 0;
            return s.connect(addr);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        } catch (java.nio.channels.UnresolvedAddressException e) {
            throw PosixErrors.oserror(99, null);
        }
    }

    /** Completes a pending connect if it is done: true when connected, false still pending, an OSError when it failed. */
    boolean finishConnect() {
        if (!(entry.channel instanceof SocketChannel s) || !s.isConnectionPending()) return true;
        try {
            return s.finishConnect();
        } catch (IOException e) {
            pendingError = PosixErrors.errnoOf(e);
            throw PosixErrors.oserror(pendingError, null);
        }
    }

    static long key(long level, long opt) {
        return (level << 32) | opt;
    }

    /** setsockopt for the options Java models; every value is remembered for getsockopt. */
    void setOption(long level, long opt, Object value) {
        options.put(key(level, opt), value);
        NetworkChannel ch = channel();
        try {
            SocketOption<?> so = null;
            if (level == 1) {
                so = switch ((int) opt) {
                    case 2 -> StandardSocketOptions.SO_REUSEADDR;
                    case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                    case 7 -> StandardSocketOptions.SO_SNDBUF;
                    case 8 -> StandardSocketOptions.SO_RCVBUF;
                    case 15 -> StandardSocketOptions.SO_REUSEPORT;
                    case 6 -> StandardSocketOptions.SO_BROADCAST;
                    default -> null;
                };
            } else if (level == 6 && opt == 1) {
                so = StandardSocketOptions.TCP_NODELAY;
            }
            if (so == null || !(value instanceof Long v) || !ch.supportedOptions().contains(so)) return;
            if (so.type() == Boolean.class) {
                @SuppressWarnings("unchecked")
                SocketOption<Boolean> b = (SocketOption<Boolean>) so;
                ch.setOption(b, v != 0);
            } else if (so.type() == Integer.class) {
                @SuppressWarnings("unchecked")
                SocketOption<Integer> i = (SocketOption<Integer>) so;
                ch.setOption(i, (int) (long) v);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The value stays recorded; the platform keeps its own.
        }
    }

    /** getsockopt of an integer option. */
    long intOption(long level, long opt) {
        if (level == 1) {
            switch ((int) opt) {
                case 3: return type;                      // SO_TYPE
                case 39: return family;                   // SO_DOMAIN
                case 38: return proto != 0 ? proto : family == AF_UNIX ? 0 : type == SOCK_STREAM ? 6 : 17;
                case 30: return listening ? 1 : 0;        // SO_ACCEPTCONN
                case 4: {                                 // SO_ERROR: a finished non-blocking connect's outcome
                    int err = pendingError;
                    if (err == 0) {
                        try {
                            finishConnect();
                        } catch (dev.glassbox.objects.PyException e) {
                            err = pendingError;
                        }
                    }
                    pendingError = 0;
                    return err;
                }
                default: break;
            }
        }
        Object v = options.get(key(level, opt));
        if (v instanceof Long l) return l;
        NetworkChannel ch = channel();
        try {
            if (level == 1 && opt == 7 && ch.supportedOptions().contains(StandardSocketOptions.SO_SNDBUF)) {
                return ch.getOption(StandardSocketOptions.SO_SNDBUF);
            }
            if (level == 1 && opt == 8 && ch.supportedOptions().contains(StandardSocketOptions.SO_RCVBUF)) {
                return ch.getOption(StandardSocketOptions.SO_RCVBUF);
            }
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
        return 0;
    }
}
