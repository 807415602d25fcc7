package dev.glassbox.modules.net;

import dev.glassbox.memory.Heap;
import dev.glassbox.modules.os.FdTable;
import dev.glassbox.modules.os.PosixErrors;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code _socket} (Modules/socketmodule.c) on Java NIO channels registered in the runtime's
 * descriptor table: stream sockets over TCP and Unix domain sockets (connect, listen/accept,
 * socketpair), datagram sockets over UDP, name resolution through the system resolver, and
 * the address and byte-order helpers.
 */
@Exposed.Module(name = "_socket", doc = "Implementation module for socket operations.\n\n"
        + "See the socket module for documentation.")
public final class SocketModule {
    private SocketModule() {}

    /** setdefaulttimeout's value in seconds; negative: None. */
    static volatile double defaultTimeout = -1;
    static PyType herror, gaierror;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(SocketModule.class);
        PyDict d = m.dict();
        String[] c = SocketConstants.NAMES_AND_VALUES;
        for (int i = 0; i < c.length; i += 2) d.setItem(c[i], PyInt.of(Long.parseLong(c[i + 1])));
        d.setItem("socket", PySocket.TYPE);
        d.setItem("SocketType", PySocket.TYPE);
        d.setItem("error", ExceptionTypes.OSError);
        d.setItem("timeout", ExceptionTypes.TimeoutError);
        if (herror == null) {
            herror = exceptionType("herror");
            gaierror = exceptionType("gaierror");
        }
        d.setItem("herror", herror);
        d.setItem("gaierror", gaierror);
        d.setItem("has_ipv6", PyBool.TRUE);
        return m;
    }

    private static PyType exceptionType(String name) {
        PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(ExceptionTypes.OSError), new PyDict());
        Abstract.setAttr(t, PyStr.of("__module__"), PyStr.of("socket"));
        Heap.incref(t);
        return t;
    }

    static PyException gaierror(int code, String msg) {
        PyObject e = Abstract.call(gaierror, PyInt.of(code), PyStr.of(msg));
        return new PyException((PyBaseException) e);
    }

    /** socket_parse_timeout: None, or a non-negative number of seconds. */
    static double parseTimeout(PyObject v) {
        if (v == null || v == PyNone.NONE) return -1;
        double t;
        if (v instanceof PyFloat f) t = f.value;
        else t = Abstract.indexAsLong(v);
        if (Double.isNaN(t)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (t < 0) throw Errors.valueError("Timeout value out of range");
        return t;
    }

    @Exposed.Function(sig = "($module, /)", doc = "getdefaulttimeout() -> timeout\n\n"
            + "Returns the default timeout in seconds (float) for new socket objects.\n"
            + "A value of None indicates that new socket objects have no timeout.\n"
            + "When the socket module is first imported, the default is None.")
    public static PyObject getdefaulttimeout() {
        return defaultTimeout < 0 ? PyNone.NONE : PyFloat.of(defaultTimeout);
    }

    @Exposed.Function(sig = "($module, timeout, /)", doc = "setdefaulttimeout(timeout)\n\n"
            + "Set the default timeout in seconds (float) for new socket objects.\n"
            + "A value of None indicates that new socket objects have no timeout.\n"
            + "When the socket module is first imported, the default is None.")
    public static PyObject setdefaulttimeout(PyObject timeout) {
        defaultTimeout = parseTimeout(timeout);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, family=<unrepresentable>, type=<unrepresentable>, proto=<unrepresentable>, /)",
            conv = Exposed.Convention.VARARGS, doc = "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
            + "Create a pair of socket objects from the sockets returned by the platform\n"
            + "socketpair() function.\n"
            + "The arguments are the same as for socket() except the default family is\n"
            + "AF_UNIX if defined on the platform; otherwise, the default is AF_INET.")
    public static PyObject socketpair(PyObject familyObj, PyObject typeObj, PyObject protoObj) {
        int family = familyObj == null ? SockState.AF_UNIX : (int) Abstract.indexAsLong(familyObj);
        int type = typeObj == null ? SockState.SOCK_STREAM : (int) Abstract.indexAsLong(typeObj);
        int proto = protoObj == null ? 0 : (int) Abstract.indexAsLong(protoObj);
        int baseType = type & ~(PySocket.SOCK_NONBLOCK | PySocket.SOCK_CLOEXEC);
        if (baseType != SockState.SOCK_STREAM) throw PosixErrors.oserror(95, null);
        int[] fds = connectedPair(family, baseType, proto);
        PySocket a = new PySocket(PySocket.TYPE), b = new PySocket(PySocket.TYPE);
        a.__init__(PyInt.of(family), PyInt.of(type), PyInt.of(proto), PyInt.of(fds[0]));
        b.__init__(PyInt.of(family), PyInt.of(type), PyInt.of(proto), PyInt.of(fds[1]));
        return PyTuple.of(a, b);
    }

    /** Two connected stream sockets: a listener on a private address accepts its own connection. */
    static int[] connectedPair(int family, int type, int proto) {
        Path dir = null;
        try {
            ServerSocketChannel srv;
            java.net.SocketAddress addr;
            if (family == SockState.AF_UNIX) {
                dir = Files.createTempDirectory("glassbox-socketpair");
                addr = UnixDomainSocketAddress.of(dir.resolve("s"));
                srv = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
                srv.bind(addr, 1);
            } else if (family == SockState.AF_INET || family == SockState.AF_INET6) {
                srv = ServerSocketChannel.open(SockState.protocolFamily(family));
                srv.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
                addr = srv.getLocalAddress();
            } else {
                throw PosixErrors.oserror(97, null);
            }
            SocketChannel client = SocketChannel.open(SockState.protocolFamily(family));
            client.connect(addr);
            SocketChannel server = srv.accept();
            srv.close();
            client.configureBlocking(false);
            server.configureBlocking(false);
            int a = SockState.install(client, family, type, proto);
            int b = SockState.install(server, family, type, proto);
            if (family == SockState.AF_UNIX) {
                ((SockState) FdTable.get(a).socket).unnamed = true;
                ((SockState) FdTable.get(b).socket).unnamed = true;
            }
            return new int[] {a, b};
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, null);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // A leftover temporary directory is harmless.
                }
            }
        }
    }

    @Exposed.Function(sig = "($module, /)", doc = "gethostname() -> string\n\nReturn the current host name.")
    public static PyObject gethostname() {
        try {
            String h = new String(Files.readAllBytes(Path.of("/proc/sys/kernel/hostname")), StandardCharsets.UTF_8).strip();
            if (!h.isEmpty()) return PyStr.of(h);
        } catch (IOException | RuntimeException ignored) {
            // Fall back to the resolver's idea of the local host.
        }
        try {
            return PyStr.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return PyStr.of("localhost");
        }
    }

    static String hostArg(PyObject h) {
        if (h instanceof PyStr s) return s.value;
        if (h instanceof PyBytes) return new String(PosixErrors.bytesOf(h), StandardCharsets.UTF_8);
        throw Errors.typeError("str, bytes or bytearray expected, not %s", h.type.qualname);
    }

    @Exposed.Function(sig = "($module, host, /)", doc = "gethostbyname(host) -> address\n\n"
            + "Return the IP address (a string of the form '255.255.255.255') for a host.")
    public static PyObject gethostbyname(PyObject host) {
        return PyStr.of(Addresses.resolve(hostArg(host), SockState.AF_INET).getHostAddress());
    }

    @Exposed.Function(sig = "($module, host, /)", doc = "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\n"
            + "Return the true host name, a list of aliases, and a list of IP addresses,\n"
            + "for a host.  The host argument is a string giving a host name or IP number.")
    public static PyObject gethostbyname_ex(PyObject host) {
        String h = hostArg(host);
        PyList addrs = new PyList();
        InetAddress first = null;
        try {
            for (InetAddress a : InetAddress.getAllByName(h.isEmpty() ? "0.0.0.0" : h)) {
                if (a instanceof Inet4Address) {
                    if (first == null) first = a;
                    addrs.append(PyStr.of(a.getHostAddress()));
                }
            }
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
        if (first == null) throw gaierror(-9, "Address family for hostname not supported");
        return PyTuple.of(PyStr.of(h.equals("localhost") ? h : first.getCanonicalHostName()), new PyList(), addrs);
    }

    @Exposed.Function(sig = "($module, host, /)", doc = "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\n"
            + "Return the true host name, a list of aliases, and a list of IP addresses,\n"
            + "for a host.  The host argument is a string giving a host name or IP number.")
    public static PyObject gethostbyaddr(PyObject host) {
        InetAddress a = Addresses.resolve(hostArg(host), hostArg(host).contains(":") ? SockState.AF_INET6 : SockState.AF_INET);
        String name = a.getCanonicalHostName();
        if (name.equals(a.getHostAddress())) {
            PyObject e = Abstract.call(herror, PyInt.of(1), PyStr.of("Unknown host"));
            throw new PyException((PyBaseException) e);
        }
        PyList addrs = new PyList();
        addrs.append(PyStr.of(Addresses.hostText(a)));
        return PyTuple.of(PyStr.of(name), new PyList(), addrs);
    }

    private static final Map<String, Integer> SERVICES = Map.ofEntries(Map.entry("echo", 7), Map.entry("ftp", 21),
            Map.entry("ssh", 22), Map.entry("telnet", 23), Map.entry("smtp", 25), Map.entry("domain", 53),
            Map.entry("http", 80), Map.entry("pop3", 110), Map.entry("imap", 143), Map.entry("https", 443),
            Map.entry("imaps", 993), Map.entry("pop3s", 995));

    @Exposed.Function(sig = "($module, servicename, protocolname=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "getservbyname(servicename[, protocolname]) -> integer\n\n"
                    + "Return a port number from a service name and protocol name.\n"
                    + "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
                    + "otherwise any protocol will match.")
    public static PyObject getservbyname(PyObject name, PyObject proto) {
        Integer p = SERVICES.get(hostArg(name));
        if (p == null) throw Errors.raise(ExceptionTypes.OSError, "service/proto not found");
        return PyInt.of(p);
    }

    @Exposed.Function(sig = "($module, port, protocolname=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS,
            doc = "getservbyport(port[, protocolname]) -> string\n\n"
                    + "Return the service name from a port number and protocol name.\n"
                    + "The optional protocol name, if given, should be 'tcp' or 'udp',\n"
                    + "otherwise any protocol will match.")
    public static PyObject getservbyport(PyObject port, PyObject proto) {
        long p = Abstract.indexAsLong(port);
        if (p < 0 || p > 65535) throw Errors.overflowError("getservbyport: port must be 0-65535.");
        for (Map.Entry<String, Integer> e : SERVICES.entrySet()) if (e.getValue() == p) return PyStr.of(e.getKey());
        throw Errors.raise(ExceptionTypes.OSError, "port/proto not found");
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)")
    public static PyObject getprotobyname(PyObject name) {
        return switch (hostArg(name)) {
            case "ip" -> PyInt.ZERO;
            case "icmp" -> PyInt.of(1);
            case "tcp" -> PyInt.of(6);
            case "udp" -> PyInt.of(17);
            case "ipv6" -> PyInt.of(41);
            default -> throw Errors.raise(ExceptionTypes.OSError, "protocol not found");
        };
    }

    @Exposed.Function(sig = "($module, host, port, family=0, type=0, proto=0, flags=0)",
            doc = "getaddrinfo(host, port [, family, type, proto, flags])\n"
                    + "    -> list of (family, type, proto, canonname, sockaddr)\n\n"
                    + "Resolve host and port into addrinfo struct.")
    public static PyObject getaddrinfo(PyObject host, PyObject port, PyObject familyObj, PyObject typeObj,
                                       PyObject protoObj, PyObject flagsObj) {
        int family = familyObj == null ? 0 : (int) Abstract.indexAsLong(familyObj);
        int type = typeObj == null ? 0 : (int) Abstract.indexAsLong(typeObj);
        int proto = protoObj == null ? 0 : (int) Abstract.indexAsLong(protoObj);
        int flags = flagsObj == null ? 0 : (int) Abstract.indexAsLong(flagsObj);
        int portNum;
        if (port == null || port == PyNone.NONE) portNum = 0;
        else if (port instanceof PyInt pi) portNum = (int) Abstract.indexAsLong(pi);
        else if (port instanceof PyStr || port instanceof PyBytes) {
            String p = hostArg(port);
            try {
                portNum = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                Integer s = (flags & 1024) != 0 ? null : SERVICES.get(p);
                if (s == null) throw gaierror(-8, "Servname not supported for ai_socktype");
                portNum = s;
            }
        } else {
            throw Errors.raise(ExceptionTypes.OSError, "Int or String expected");
        }
        if (family != 0 && family != SockState.AF_INET && family != SockState.AF_INET6) {
            throw gaierror(-6, "ai_family not supported");
        }
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null || host == PyNone.NONE) {
                boolean passive = (flags & 1) != 0;
                if (family != SockState.AF_INET) addrs.add(InetAddress.getByName(passive ? "::" : "::1"));
                if (family != SockState.AF_INET6) addrs.add(InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1"));
            } else {
                String h = hostArg(host);
                if ((flags & 4) != 0 && !isNumericHost(h)) throw gaierror(-2, "Name or service not known");
                if (h.isEmpty()) throw gaierror(-2, "Name or service not known");
                // The system resolver's order: getAllByName keeps the configured preference.
                for (InetAddress a : new LinkedHashSet<>(List.of(InetAddress.getAllByName(h)))) addrs.add(a);
            }
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
        PyList out = new PyList();
        int[][] kinds = type != 0 ? new int[][] {{type, proto != 0 ? proto : type == SockState.SOCK_STREAM ? 6 : type == SockState.SOCK_DGRAM ? 17 : 0}}
                : new int[][] {{SockState.SOCK_STREAM, 6}, {SockState.SOCK_DGRAM, 17}, {3, 0}};
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet6Address ? SockState.AF_INET6 : SockState.AF_INET;
            if (family != 0 && fam != family) continue;
            for (int[] k : kinds) {
                if (proto != 0 && k[1] != proto && type == 0) continue;
                PyObject sa = Addresses.toPython(fam, new InetSocketAddress(a, portNum), true);
                String canon = (flags & 2) != 0 ? hostArg(host) : "";
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(k[0]), PyInt.of(k[1]), PyStr.of(canon), sa));
            }
        }
        if (out.size() == 0) throw gaierror(-9, "Address family for hostname not supported");
        return out;
    }

    static boolean isNumericHost(String h) {
        return h.matches("[0-9.]+") || h.contains(":");
    }

    @Exposed.Function(sig = "($module, sockaddr, flags, /)", doc = "getnameinfo(sockaddr, flags) --> (host, port)\n\n"
            + "Get host and port for a sockaddr.")
    public static PyObject getnameinfo(PyObject sockaddr, PyObject flags) {
        if (!(sockaddr instanceof PyTuple t) || t.size() < 2) throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        long f = Abstract.indexAsLong(flags);
        String host = hostArg(t.get(0));
        long port = Abstract.indexAsLong(t.get(1));
        InetAddress a = Addresses.resolve(host, host.contains(":") ? SockState.AF_INET6 : SockState.AF_INET);
        String h = (f & 1) != 0 ? Addresses.hostText(a) : a.getCanonicalHostName();
        String p = Long.toString(port);
        if ((f & 2) == 0) {
            for (Map.Entry<String, Integer> e : SERVICES.entrySet()) if (e.getValue() == port) p = e.getKey();
        }
        return PyTuple.of(PyStr.of(h), PyStr.of(p));
    }

    // ---------------------------------------------------------------- addresses and byte order

    @Exposed.Function(sig = "($module, string, /)", doc = "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\n"
            + "Convert an IP address in string format (123.45.67.89) to the 32-bit packed\n"
            + "binary format used in low-level network functions.")
    public static PyObject inet_aton(PyObject s) {
        String[] parts = hostArg(s).split("\\.", -1);
        long[] v = new long[parts.length];
        if (parts.length < 1 || parts.length > 4) throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
        for (int i = 0; i < parts.length; i++) {
            try {
                String p = parts[i];
                v[i] = p.startsWith("0x") || p.startsWith("0X") ? Long.parseLong(p.substring(2), 16)
                        : p.length() > 1 && p.startsWith("0") ? Long.parseLong(p.substring(1), 8) : Long.parseLong(p);
            } catch (NumberFormatException e) {
                throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
            }
        }
        long addr;
        switch (parts.length) {
            case 1 -> addr = v[0];
            case 2 -> addr = (v[0] << 24) | v[1];
            case 3 -> addr = (v[0] << 24) | (v[1] << 16) | v[2];
            default -> addr = (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | v[3];
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (v[i] > 255) throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
        }
        if (addr < 0 || addr > 0xffffffffL) throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_aton");
        return PyBytes.wrap(new byte[] {(byte) (addr >>> 24), (byte) (addr >>> 16), (byte) (addr >>> 8), (byte) addr});
    }

    @Exposed.Function(sig = "($module, packed_ip, /)", doc = "inet_ntoa(packed_ip) -> ip_address_string\n\n"
            + "Convert an IP address from 32-bit packed binary format to string format")
    public static PyObject inet_ntoa(PyObject packed) {
        byte[] b = PosixErrors.bytesOf(packed);
        if (b.length != 4) throw Errors.raise(ExceptionTypes.OSError, "packed IP wrong length for inet_ntoa");
        return PyStr.of((b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff));
    }

    @Exposed.Function(sig = "($module, af, ip, /)", doc = "inet_pton(af, ip) -> packed IP address string\n\n"
            + "Convert an IP address from string format to a packed string suitable\n"
            + "for use with low-level network functions.")
    public static PyObject inet_pton(PyObject af, PyObject ip) {
        long f = Abstract.indexAsLong(af);
        String s = hostArg(ip);
        if (f == SockState.AF_INET) {
            if (!s.matches("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})")) {
                throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
            }
            byte[] out = new byte[4];
            String[] p = s.split("\\.");
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(p[i]);
                if (v > 255 || (p[i].length() > 1 && p[i].startsWith("0"))) {
                    throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
                }
                out[i] = (byte) v;
            }
            return PyBytes.wrap(out);
        }
        if (f == SockState.AF_INET6) {
            if (!s.contains(":") || !s.matches("[0-9A-Fa-f:.]+")) {
                throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
            }
            try {
                byte[] b = InetAddress.getByName(s).getAddress();
                if (b.length == 4) {
                    byte[] m = new byte[16];
                    m[10] = m[11] = (byte) 0xff;
                    System.arraycopy(b, 0, m, 12, 4);
                    b = m;
                }
                return PyBytes.wrap(b);
            } catch (UnknownHostException e) {
                throw Errors.raise(ExceptionTypes.OSError, "illegal IP address string passed to inet_pton");
            }
        }
        throw PosixErrors.oserror(97, null);
    }

    @Exposed.Function(sig = "($module, af, packed_ip, /)", doc = "inet_ntop(af, packed_ip) -> string formatted IP address\n\n"
            + "Convert a packed IP address of the given family to string format.")
    public static PyObject inet_ntop(PyObject af, PyObject packed) {
        long f = Abstract.indexAsLong(af);
        byte[] b = PosixErrors.bytesOf(packed);
        if (f == SockState.AF_INET) {
            if (b.length != 4) throw Errors.valueError("invalid length of packed IP address string");
            return inet_ntoa(packed);
        }
        if (f == SockState.AF_INET6) {
            if (b.length != 16) throw Errors.valueError("invalid length of packed IP address string");
            return PyStr.of(Addresses.ipv6Text(b));
        }
        throw Errors.valueError("unknown address family %d", f);
    }

    private static long uint(PyObject x, long max, String what) {
        long v = Abstract.indexAsLong(x);
        if (v < 0) throw Errors.overflowError("%s: can't convert negative Python int to C %s", what, max == 0xffff ? "16-bit unsigned integer" : "unsigned long");
        if (v > max) throw Errors.overflowError(max == 0xffff ? "%s: Python int too large to convert to C 16-bit unsigned integer"
                : "%s: Python int too large to convert to C unsigned long", what);
        return v;
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "htons(integer) -> integer\n\nConvert a 16-bit unsigned integer from host to network byte order.")
    public static PyObject htons(PyObject x) {
        long v = uint(x, 0xffff, "htons");
        return PyInt.of(((v & 0xff) << 8) | (v >> 8));
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "ntohs(integer) -> integer\n\nConvert a 16-bit unsigned integer from network to host byte order.")
    public static PyObject ntohs(PyObject x) {
        long v = uint(x, 0xffff, "ntohs");
        return PyInt.of(((v & 0xff) << 8) | (v >> 8));
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order.")
    public static PyObject htonl(PyObject x) {
        long v = uint(x, 0xffffffffL, "htonl");
        return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) v)));
    }

    @Exposed.Function(sig = "($module, x, /)", doc = "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order.")
    public static PyObject ntohl(PyObject x) {
        long v = uint(x, 0xffffffffL, "ntohl");
        return PyInt.of(Integer.toUnsignedLong(Integer.reverseBytes((int) v)));
    }

    @Exposed.Function(sig = "($module, fd, /)", doc = "close(integer) -> None\n\nClose an integer socket file descriptor.\n"
            + "This is like os.close(), but for sockets; on some platforms os.close()\nwon't work for socket file descriptors.")
    public static PyObject close(PyObject fd) {
        FdTable.close((int) Abstract.indexAsLong(fd));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, fd, /)", doc = "dup(integer) -> integer\n\n"
            + "Duplicate an integer socket file descriptor.  This is like os.dup(), but for\n"
            + "sockets; on some platforms os.dup() won't work for socket file descriptors.")
    public static PyObject dup(PyObject fd) {
        return PyInt.of(FdTable.dup((int) Abstract.indexAsLong(fd)));
    }
}
