package dev.glassbox.modules.net;

import dev.glassbox.modules.os.PosixErrors;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Socket addresses between Python's forms and Java's (socketmodule.c's getsockaddrarg and
 * makesockaddr): (host, port) for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a
 * path for AF_UNIX; host names resolve through the system resolver, failures as gaierror.
 */
final class Addresses {
    private Addresses() {}

    static SocketAddress fromPython(int family, PyObject addr, String fn) {
        switch (family) {
            case SockState.AF_UNIX -> {
                String path;
                if (addr instanceof PyStr s) path = s.value;
                else if (addr instanceof PyBytes || addr instanceof PyByteArray) {
                    path = new String(PosixErrors.bytesOf(addr), StandardCharsets.UTF_8);
                } else {
                    PyObject p = Abstract.lookupAttr(addr, PyStr.intern("__fspath__"));
                    if (p == null) throw Errors.typeError("%s(): AF_UNIX address must be str or bytes, not %s", fn, addr.type.qualname);
                    return fromPython(family, Abstract.call(p), fn);
                }
                if (path.length() > 107) throw PosixErrors.oserror(PosixErrors.ENAMETOOLONG, null);
                if (path.startsWith("\0")) throw PosixErrors.oserror(97, null); // the abstract namespace: unsupported here
                return UnixDomainSocketAddress.of(path);
            }
            case SockState.AF_INET, SockState.AF_INET6 -> {
                String fam = family == SockState.AF_INET ? "AF_INET" : "AF_INET6";
                if (!(addr instanceof PyTuple t)) {
                    throw Errors.typeError("%s(): %s address must be tuple, not %s", fn, fam, addr.type.qualname);
                }
                int max = family == SockState.AF_INET ? 2 : 4;
                if (t.size() < 2 || t.size() > max) {
                    if (family == SockState.AF_INET) throw Errors.typeError("AF_INET address must be a pair (host, port)");
                    throw Errors.typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                if (!(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)) {
                    throw Errors.typeError("str, bytes or bytearray expected, not %s", t.get(0).type.qualname);
                }
                String host = t.get(0) instanceof PyStr hs ? hs.value : new String(PosixErrors.bytesOf(t.get(0)), StandardCharsets.UTF_8);
                if (!(t.get(1) instanceof PyInt)) throw Errors.typeError("'%s' object cannot be interpreted as an integer", t.get(1).type.qualname);
                long port = Abstract.indexAsLong(t.get(1));
                if (port < 0 || port > 65535) throw Errors.overflowError("%s(): port must be 0-65535.", fn);
                return new InetSocketAddress(resolve(host, family), (int) port);
            }
            default -> throw PosixErrors.oserror(97, null);
        }
    }

    /** setipaddr: '' is the wildcard, '<broadcast>' the broadcast address, else a name or a literal. */
    static InetAddress resolve(String host, int family) {
        try {
            if (host.isEmpty()) {
                return family == SockState.AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
            }
            if (host.equals("<broadcast>")) return InetAddress.getByName("255.255.255.255");
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (family == SockState.AF_INET6 ? a instanceof Inet6Address : a instanceof Inet4Address) return a;
            }
            if (family == SockState.AF_INET6) {
                InetAddress a = InetAddress.getByName(host);
                return InetAddress.getByName("::ffff:" + a.getHostAddress());
            }
            throw SocketModule.gaierror(-9, "Address family for hostname not supported");
        } catch (UnknownHostException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
    }

    static PyObject toPython(int family, SocketAddress a, boolean local) {
        if (family == SockState.AF_UNIX) {
            if (a instanceof UnixDomainSocketAddress u) return PyStr.of(u.getPath().toString());
            return PyStr.of("");
        }
        InetSocketAddress in = a instanceof InetSocketAddress i ? i : null;
        if (family == SockState.AF_INET6) {
            String host = in == null ? "::" : hostText(in.getAddress());
            int port = in == null ? 0 : in.getPort();
            int scope = in != null && in.getAddress() instanceof Inet6Address i6 ? i6.getScopeId() : 0;
            return PyTuple.of(PyStr.of(host), PyInt.of(port), PyInt.ZERO, PyInt.of(scope));
        }
        if (in == null) return PyTuple.of(PyStr.of("0.0.0.0"), PyInt.ZERO);
        return PyTuple.of(PyStr.of(hostText(in.getAddress())), PyInt.of(in.getPort()));
    }

    /** inet_ntop's text: IPv6 in its compressed form ("::1"), without a scope suffix. */
    static String hostText(InetAddress a) {
        if (a instanceof Inet6Address) return ipv6Text(a.getAddress());
        return a.getHostAddress();
    }

    static String ipv6Text(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        // IPv4-mapped addresses print their last 32 bits as a dotted quad, as glibc does.
        boolean mapped = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        if (mapped) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}
