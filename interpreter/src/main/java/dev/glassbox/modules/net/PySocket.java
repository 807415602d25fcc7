package dev.glassbox.modules.net;

import dev.glassbox.memory.Heap;
import dev.glassbox.modules.os.FdTable;
import dev.glassbox.modules.os.PosixErrors;
import dev.glassbox.modules.os.Readiness;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySlice;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Blocking;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;

/**
 * {@code _socket.socket} (Modules/socketmodule.c's sock_* functions): a descriptor number,
 * the family/type/protocol it was made with and its timeout (None: blocking, 0: non-blocking,
 * else a deadline per call, as sock_call). The descriptor's state lives in {@link SockState}
 * so that {@code detach()} and {@code socket(fileno=...)} hand it on.
 */
@Exposed.Type(name = "socket", module = "_socket", basicSize = 48,
        doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
                + "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
                + "Open a socket of the given type.  The family argument specifies the\n"
                + "address family; it defaults to AF_INET.  The type argument specifies\n"
                + "whether this is a stream (SOCK_STREAM, this is the default)\n"
                + "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n"
                + "specifying the default protocol.  Keyword arguments are accepted.\n"
                + "The socket is created as non-inheritable.\n\n"
                + "When a fileno is passed in, family, type and proto are auto-detected,\n"
                + "unless they are explicitly set.\n\n"
                + "A socket object represents one endpoint of a network connection.")
public final class PySocket extends PyObject {
    public static final PyType TYPE = PyType.fromClass(PySocket.class);

    static final int SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;

    int fd = -1;
    int family = SockState.AF_INET, type = SockState.SOCK_STREAM, proto;
    /** Seconds; negative: None (blocking). */
    double timeout = -1;

    PySocket(PyType t) { super(t); }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return new PySocket((PyType) cls);
    }

    @Exposed.Method(sig = "($self, family=-1, type=-1, proto=-1, fileno=None)")
    public void __init__(PyObject familyObj, PyObject typeObj, PyObject protoObj, PyObject fileno) {
        long f = familyObj == null ? -1 : Abstract.indexAsLong(familyObj);
        long t = typeObj == null ? -1 : Abstract.indexAsLong(typeObj);
        long p = protoObj == null ? -1 : Abstract.indexAsLong(protoObj);
        if (fileno != null && fileno != PyNone.NONE) {
            long n = Abstract.indexAsLong(fileno);
            if (n < 0) throw Errors.valueError("negative file descriptor");
            FdTable.Entry e = FdTable.get((int) n);
            if (!(e.socket instanceof SockState s)) throw PosixErrors.oserror(88, null);
            if (f == -1) f = s.family;
            if (t == -1) t = s.type;
            if (p == -1) p = s.proto;
            fd = (int) n;
        } else {
            if (f == -1) f = SockState.AF_INET;
            if (t == -1) t = SockState.SOCK_STREAM;
            if (p == -1) p = 0;
            fd = SockState.open((int) f, (int) (t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)), (int) p);
        }
        family = (int) f;
        type = (int) (t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC));
        proto = (int) p;
        timeout = (t & SOCK_NONBLOCK) != 0 ? 0 : SocketModule.defaultTimeout;
        if (timeout >= 0 || fileno == null || fileno == PyNone.NONE) syncBlocking();
    }

    /** The descriptor's flag follows the timeout: only None is a blocking descriptor. */
    private void syncBlocking() {
        FdTable.Entry e = FdTable.lookup(fd);
        if (e != null) e.blocking = timeout < 0;
    }

    SockState state() {
        if (fd < 0) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        FdTable.Entry e = FdTable.lookup(fd);
        if (e == null) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        if (!(e.socket instanceof SockState s)) throw PosixErrors.oserror(88, null);
        return s;
    }

    private long deadline() {
        return timeout > 0 ? Blocking.deadline(timeout) : Blocking.FOREVER;
    }

    static PyException timedOut() {
        return Errors.raise(ExceptionTypes.TimeoutError, "timed out");
    }

    /** One step of a socket call: a result, or null when it would block. */
    private interface Step<T> {
        T attempt() throws IOException;
    }

    /** sock_call: retries a would-block step after waiting for {@code events}, as the timeout allows. */
    private <T> T call(int events, Step<T> step) {
        long deadline = deadline();
        for (;;) {
            T r;
            try {
                r = step.attempt();
            } catch (IOException e) {
                throw PosixErrors.fromJava(e, null);
            }
            if (r != null) return r;
            if (timeout == 0) throw PosixErrors.oserror(PosixErrors.EAGAIN, null);
            if (!Readiness.awaitFd(fd, events, deadline)) throw timedOut();
        }
    }

    // ---------------------------------------------------------------- data

    @Exposed.Method(sig = "($self, bufsize, flags=0, /)", conv = Exposed.Convention.VARARGS,
            doc = "recv(buffersize[, flags]) -> data\n\n"
                    + "Receive up to buffersize bytes from the socket.  For the optional flags\n"
                    + "argument, see the Unix manual.  When no data is available, block until\n"
                    + "at least one byte is available or until the remote end is closed.  When\n"
                    + "the remote end is closed and all data is read, return the empty string.")
    public PyObject recv(PyObject bufsize, PyObject flags) {
        long n = Abstract.indexAsLong(bufsize);
        if (n < 0) throw Errors.valueError("negative buffersize in recv");
        return PyBytes.wrap(receive((int) Math.min(n, 1 << 24)));
    }

    private byte[] receive(int n) {
        SockState s = state();
        s.finishConnect();
        if (n == 0) return new byte[0];
        ByteBuffer bb = ByteBuffer.allocate(n);
        return call(Readiness.POLLIN, () -> {
            java.nio.channels.Channel ch = s.entry.channel;
            if (!(ch instanceof ReadableByteChannel rc) || ch instanceof ServerSocketChannel) throw new java.nio.channels.NotYetConnectedException();
            if (ch instanceof SocketChannel sc && !sc.isConnected()) throw new java.nio.channels.NotYetConnectedException();
            int r = rc.read(bb);
            if (r < 0) return new byte[0];
            if (r == 0) return null;
            return java.util.Arrays.copyOf(bb.array(), r);
        });
    }

    @Exposed.Method(sig = "($self, buffer, nbytes=0, flags=0, /)", doc = "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\n"
            + "A version of recv() that stores its data into a buffer rather than creating\n"
            + "a new string.  Receive up to buffersize bytes from the socket.  If buffersize\n"
            + "is not specified (or 0), receive up to the size available in the given buffer.\n\n"
            + "See recv() for documentation about the flags.")
    public PyObject recv_into(PyObject buffer, PyObject nbytes, PyObject flags) {
        PyObject view = writableView(buffer, "recv_into");
        Heap.incref(view);
        try {
            long size = Abstract.length(view);
            long n = nbytes == null ? 0 : Abstract.indexAsLong(nbytes);
            if (n < 0) throw Errors.valueError("negative buffersize in recv_into");
            if (n == 0) n = size;
            if (n > size) throw Errors.valueError("buffer too small for requested bytes");
            byte[] data = receive((int) n);
            if (data.length > 0) {
                Abstract.setItem(view, new PySlice(PyInt.ZERO, PyInt.of(data.length), PyNone.NONE), PyBytes.wrap(data));
            }
            return PyInt.of(data.length);
        } finally {
            Heap.decref(view);
        }
    }

    /** A writable byte view of a buffer argument (memoryview(buffer).cast('B')). */
    static PyObject writableView(PyObject buffer, String fn) {
        PyObject mv = Abstract.call(dev.glassbox.objects.PyMemoryView.TYPE, buffer);
        if (Abstract.isTrue(Abstract.getAttr(mv, "readonly"))) {
            throw Errors.typeError("%s() argument 'buffer' must be read-write bytes-like object, not %s", fn, buffer.type.qualname);
        }
        PyObject fmt = Abstract.getAttr(mv, "format");
        if (!(fmt instanceof PyStr s && s.value.equals("B"))) mv = Abstract.callMethod(mv, "cast", PyStr.of("B"));
        return mv;
    }

    @Exposed.Method(sig = "($self, bufsize, flags=0, /)", conv = Exposed.Convention.VARARGS,
            doc = "recvfrom(buffersize[, flags]) -> (data, address info)\n\n"
                    + "Like recv(buffersize, flags) but also return the sender's address info.")
    public PyObject recvfrom(PyObject bufsize, PyObject flags) {
        long n = Abstract.indexAsLong(bufsize);
        if (n < 0) throw Errors.valueError("negative buffersize in recvfrom");
        SockState s = state();
        if (!(s.entry.channel instanceof DatagramChannel dc)) return PyTuple.of(PyBytes.wrap(receive((int) n)), PyNone.NONE);
        ByteBuffer bb = ByteBuffer.allocate((int) Math.min(Math.max(n, 1), 65536));
        SocketAddress from = call(Readiness.POLLIN, () -> dc.receive(bb));
        byte[] data = java.util.Arrays.copyOf(bb.array(), (int) Math.min(bb.position(), n));
        return PyTuple.of(PyBytes.wrap(data), Addresses.toPython(family, from, false));
    }

    @Exposed.Method(sig = "($self, data, flags=0, /)", conv = Exposed.Convention.VARARGS,
            doc = "send(data[, flags]) -> count\n\n"
                    + "Send a data string to the socket.  For the optional flags\n"
                    + "argument, see the Unix manual.  Return the number of bytes\n"
                    + "sent; this may be less than len(data) if the network is busy.")
    public PyObject send(PyObject data, PyObject flags) {
        byte[] b = PosixErrors.bytesOf(data);
        SockState s = state();
        s.finishConnect();
        ByteBuffer bb = ByteBuffer.wrap(b);
        int n = call(Readiness.POLLOUT, () -> {
            int w = writable(s).write(bb);
            return w == 0 && b.length > 0 ? null : w;
        });
        return PyInt.of(n);
    }

    private static WritableByteChannel writable(SockState s) {
        java.nio.channels.Channel ch = s.entry.channel;
        if (!(ch instanceof WritableByteChannel w) || ch instanceof ServerSocketChannel
                || (ch instanceof SocketChannel sc && !sc.isConnected())) {
            throw PosixErrors.oserror(ch instanceof DatagramChannel ? 89 : PosixErrors.EPIPE, null);
        }
        return w;
    }

    @Exposed.Method(sig = "($self, data, flags=0, /)", conv = Exposed.Convention.VARARGS,
            doc = "sendall(data[, flags])\n\n"
                    + "Send a data string to the socket.  For the optional flags\n"
                    + "argument, see the Unix manual.  This calls send() repeatedly\n"
                    + "until all data is sent.  If an error occurs, it's impossible\n"
                    + "to tell how much data has been sent.")
    public PyObject sendall(PyObject data, PyObject flags) {
        byte[] b = PosixErrors.bytesOf(data);
        SockState s = state();
        s.finishConnect();
        ByteBuffer bb = ByteBuffer.wrap(b);
        long deadline = deadline();
        while (bb.hasRemaining()) {
            int w;
            try {
                w = writable(s).write(bb);
            } catch (IOException e) {
                throw PosixErrors.fromJava(e, null);
            }
            if (w > 0 || !bb.hasRemaining()) continue;
            if (timeout == 0) throw PosixErrors.oserror(PosixErrors.EAGAIN, null);
            if (!Readiness.awaitFd(fd, Readiness.POLLOUT, deadline)) throw timedOut();
            dev.glassbox.vm.Signals.check();
        }
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, data, flags_or_address, address=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "sendto(data[, flags], address) -> count\n\n"
                    + "Like send(data, flags) but allows specifying the destination address.\n"
                    + "For IP sockets, the address is a pair (hostaddr, port).")
    public PyObject sendto(PyObject data, PyObject second, PyObject third) {
        PyObject address = third == null ? second : third;
        byte[] b = PosixErrors.bytesOf(data);
        SockState s = state();
        SocketAddress to = Addresses.fromPython(family, address, "sendto");
        if (!(s.entry.channel instanceof DatagramChannel dc)) throw PosixErrors.oserror(106, null);
        ByteBuffer bb = ByteBuffer.wrap(b);
        int n = call(Readiness.POLLOUT, () -> {
            int w = dc.send(bb, to);
            return w == 0 && b.length > 0 ? null : w;
        });
        return PyInt.of(n);
    }

    // ---------------------------------------------------------------- connections

    @Exposed.Method(sig = "($self, address, /)", doc = "bind(address)\n\n"
            + "Bind the socket to a local address.  For IP sockets, the address is a\n"
            + "pair (host, port); the host must refer to the local host. For raw packet\n"
            + "sockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])")
    public PyObject bind(PyObject address) {
        SocketAddress a = Addresses.fromPython(family, address, "bind");
        state().bind(a);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, backlog=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "listen([backlog])\n\n"
                    + "Enable a server to accept connections.  If backlog is specified, it must be\n"
                    + "at least 0 (if it is lower, it is set to 0); it specifies the number of\n"
                    + "unaccepted connections that the system will allow before refusing new\n"
                    + "connections. If not specified, a default reasonable value is chosen.")
    public PyObject listen(PyObject backlog) {
        int b = backlog == null ? 128 : (int) Math.max(0, Math.min(Abstract.indexAsLong(backlog), 4096));
        state().listen(b);
        return PyNone.NONE;
    }

    @Exposed.Method(name = "_accept", sig = "($self, /)", doc = "_accept() -> (integer, address info)\n\n"
            + "Wait for an incoming connection.  Return a new socket file descriptor\n"
            + "representing the connection, and the address of the client.\n"
            + "For IP sockets, the address info is a pair (hostaddr, port).")
    public PyObject accept() {
        SockState s = state();
        if (!(s.entry.channel instanceof ServerSocketChannel srv)) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        SocketChannel c = call(Readiness.POLLIN, srv::accept);
        try {
            c.configureBlocking(false);
            SocketAddress peer = c.getRemoteAddress();
            int nfd = SockState.install(c, s.family, s.type, s.proto);
            return PyTuple.of(PyInt.of(nfd), Addresses.toPython(family, peer, false));
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
    }

    @Exposed.Method(sig = "($self, address, /)", doc = "connect(address)\n\n"
            + "Connect the socket to a remote address.  For IP sockets, the address\n"
            + "is a pair (host, port).")
    public PyObject connect(PyObject address) {
        int err = doConnect(address, true);
        if (err != 0) throw PosixErrors.oserror(err, null);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, address, /)", doc = "connect_ex(address) -> errno\n\n"
            + "This is like connect(address), but returns an error code (the errno value)\n"
            + "instead of raising an exception when an error occurs.")
    public PyObject connect_ex(PyObject address) {
        return PyInt.of(doConnect(address, false));
    }

    /** internal_connect: 0, or the errno (raised as OSError instead when {@code raise}). */
    private int doConnect(PyObject address, boolean raise) {
        SocketAddress a = Addresses.fromPython(family, address, "connect");
        SockState s = state();
        try {
            if (s.startConnect(a)) return 0;
        } catch (PyException e) {
            if (raise) throw e;
            return errnoOf(e);
        }
        if (timeout == 0) return 115; // EINPROGRESS
        long deadline = deadline();
        for (;;) {
            if (!Readiness.awaitFd(fd, Readiness.POLLOUT, deadline)) {
                if (raise) throw timedOut();
                return PosixErrors.EAGAIN;
            }
            try {
                if (s.finishConnect()) return 0;
            } catch (PyException e) {
                if (raise) throw e;
                return errnoOf(e);
            }
        }
    }

    private static int errnoOf(PyException e) {
        PyObject n = Abstract.lookupAttr(e.value, PyStr.intern("errno"));
        if (n instanceof PyInt i) return (int) i.value;
        throw e;
    }

    @Exposed.Method(sig = "($self, /)", doc = "getsockname() -> address info\n\n"
            + "Return the address of the local endpoint. The format depends on the\n"
            + "address family. For IPv4 sockets, the address info is a pair\n(hostaddr, port).")
    public PyObject getsockname() {
        SockState s = state();
        if (s.family == SockState.AF_UNIX) {
            if (s.unnamed) return PyStr.of("");
            if (s.pendingBind != null) return Addresses.toPython(family, s.pendingBind, true);
        }
        try {
            return Addresses.toPython(family, s.channel().getLocalAddress(), true);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
    }

    @Exposed.Method(sig = "($self, /)", doc = "getpeername() -> address info\n\n"
            + "Return the address of the remote endpoint.  For IP sockets, the address\n"
            + "info is a pair (hostaddr, port).")
    public PyObject getpeername() {
        SockState s = state();
        SocketAddress peer = null;
        try {
            if (s.entry.channel instanceof SocketChannel sc && sc.isConnected()) peer = sc.getRemoteAddress();
            else if (s.entry.channel instanceof DatagramChannel dc && dc.isConnected()) peer = dc.getRemoteAddress();
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
        if (peer == null) throw PosixErrors.oserror(107, null);
        if (s.unnamed) return PyStr.of("");
        return Addresses.toPython(family, peer, true);
    }

    @Exposed.Method(sig = "($self, how, /)", doc = "shutdown(flag)\n\n"
            + "Shut down the reading side of the socket (flag == SHUT_RD), the writing side\n"
            + "of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).")
    public PyObject shutdown(PyObject how) {
        long h = Abstract.indexAsLong(how);
        SockState s = state();
        if (!(s.entry.channel instanceof SocketChannel sc) || !sc.isConnected()) throw PosixErrors.oserror(107, null);
        if (h < 0 || h > 2) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        try {
            if (h == 0 || h == 2) sc.shutdownInput();
            if (h == 1 || h == 2) sc.shutdownOutput();
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        }
        return PyNone.NONE;
    }

    // ---------------------------------------------------------------- options and modes

    @Exposed.Method(sig = "($self, level, optname, value, optlen=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\n"
                    + "setsockopt(level, option, None, optlen: int)\n\n"
                    + "Set a socket option.  See the Unix manual for level and option.\n"
                    + "The value argument can either be an integer, a string buffer, or\n"
                    + "None, optlen.")
    public PyObject setsockopt(PyObject level, PyObject optname, PyObject value, PyObject optlen) {
        long l = Abstract.indexAsLong(level), o = Abstract.indexAsLong(optname);
        Object v;
        if (value instanceof PyInt i) v = Abstract.indexAsLong(i);
        else if (value == PyNone.NONE) v = null;
        else v = PosixErrors.bytesOf(value);
        state().setOption(l, o, v);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, level, optname, buflen=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "getsockopt(level, option[, buffersize]) -> value\n\n"
                    + "Get a socket option.  See the Unix manual for level and option.\n"
                    + "If a nonzero buffersize argument is given, the return value is a\n"
                    + "string of that length; otherwise it is an integer.")
    public PyObject getsockopt(PyObject level, PyObject optname, PyObject buflen) {
        long l = Abstract.indexAsLong(level), o = Abstract.indexAsLong(optname);
        SockState s = state();
        if (buflen != null) {
            long n = Abstract.indexAsLong(buflen);
            if (n <= 0 || n > 1024) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            Object raw = s.options.get(SockState.key(l, o));
            byte[] out = new byte[(int) n];
            if (raw instanceof byte[] b) System.arraycopy(b, 0, out, 0, (int) Math.min(b.length, n));
            else {
                long v = s.intOption(l, o);
                for (int i = 0; i < Math.min(4, n); i++) out[i] = (byte) (v >>> (8 * i));
                return PyBytes.wrap(java.util.Arrays.copyOf(out, (int) Math.min(n, 4)));
            }
            return PyBytes.wrap(out);
        }
        return PyInt.of(s.intOption(l, o));
    }

    @Exposed.Method(sig = "($self, flag, /)", doc = "setblocking(flag)\n\n"
            + "Set the socket to blocking (flag is true) or non-blocking (false).\n"
            + "setblocking(True) is equivalent to settimeout(None);\n"
            + "setblocking(False) is equivalent to settimeout(0.0).")
    public PyObject setblocking(PyObject flag) {
        long f = flag instanceof PyBool b ? (b == PyBool.TRUE ? 1 : 0) : Abstract.indexAsLong(flag);
        state();
        timeout = f != 0 ? -1 : 0;
        syncBlocking();
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, /)", doc = "getblocking()\n\n"
            + "Returns True if socket is in blocking mode, or False if it\n"
            + "is in non-blocking mode.")
    public PyObject getblocking() {
        state();
        return PyBool.of(timeout != 0);
    }

    @Exposed.Method(sig = "($self, timeout, /)", doc = "settimeout(timeout)\n\n"
            + "Set a timeout on socket operations.  'timeout' can be a float,\n"
            + "giving in seconds, or None.  Setting a timeout of None disables\n"
            + "the timeout feature and is equivalent to setblocking(1).\n"
            + "Setting a timeout of zero is the same as setblocking(0).")
    public PyObject settimeout(PyObject value) {
        timeout = SocketModule.parseTimeout(value);
        syncBlocking();
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, /)", doc = "gettimeout() -> timeout\n\n"
            + "Returns the timeout in seconds (float) associated with socket\n"
            + "operations. A timeout of None indicates that timeouts on socket\n"
            + "operations are disabled.")
    public PyObject gettimeout() {
        return timeout < 0 ? PyNone.NONE : PyFloat.of(timeout);
    }

    @Exposed.Getter(name = "timeout", doc = "the socket timeout")
    public PyObject timeoutAttr() { return gettimeout(); }

    @Exposed.Getter(name = "family", doc = "the socket family")
    public PyObject familyAttr() { return PyInt.of(family); }

    @Exposed.Getter(name = "type", doc = "the socket type")
    public PyObject typeAttr() { return PyInt.of(type); }

    @Exposed.Getter(name = "proto", doc = "the socket protocol")
    public PyObject protoAttr() { return PyInt.of(proto); }

    @Exposed.Method(sig = "($self, /)", doc = "fileno() -> integer\n\nReturn the integer file descriptor of the socket.")
    public PyObject fileno() { return PyInt.of(fd); }

    @Exposed.Method(sig = "($self, /)", doc = "close()\n\nClose the socket.  It cannot be used after this call.")
    public PyObject close() {
        int f = fd;
        if (f >= 0) {
            fd = -1;
            try {
                if (FdTable.lookup(f) != null) FdTable.close(f);
            } catch (PyException e) {
                // ECONNRESET on close means the peer went first: not an error (bpo-30319).
                if (errnoOf(e) != 104) throw e;
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, /)", doc = "detach()\n\n"
            + "Close the socket object without closing the underlying file descriptor.\n"
            + "The object cannot be used after this call, but the file descriptor\n"
            + "can be reused for other purposes.  The file descriptor is returned.")
    public PyObject detach() {
        int f = fd;
        fd = -1;
        return PyInt.of(f);
    }

    @Exposed.Method
    public PyObject __repr__() {
        return PyStr.of(String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", fd, family, type, proto));
    }

    /** sock_finalize: an unclosed socket's descriptor is closed when the object dies. */
    @Override
    public void release(Releaser r) {
        int f = fd;
        fd = -1;
        if (f >= 0 && FdTable.lookup(f) != null) {
            try {
                FdTable.close(f);
            } catch (RuntimeException ignored) {
                // As sock_finalize: errors closing a dying socket are dropped.
            }
        }
        super.release(r);
    }
}
