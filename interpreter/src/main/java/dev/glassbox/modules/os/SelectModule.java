package dev.glassbox.modules.os;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Blocking;

import java.nio.channels.Channel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code select} (Modules/selectmodule.c): select(), poll objects and epoll objects over the
 * runtime's descriptor table, all waiting through {@link Readiness}. Pipes and sockets are
 * watched by a Java selector; regular files are always ready.
 */
@Exposed.Module(name = "select", doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n"
        + "*** IMPORTANT NOTICE ***\n"
        + "On Windows, only sockets are supported; on Unix, all file descriptors.")
public final class SelectModule {
    private SelectModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(SelectModule.class);
        PyDict d = m.dict();
        d.setItem("error", ExceptionTypes.OSError);
        String[][] consts = {{"POLLIN", "1"}, {"POLLPRI", "2"}, {"POLLOUT", "4"}, {"POLLERR", "8"}, {"POLLHUP", "16"},
                {"POLLNVAL", "32"}, {"POLLRDNORM", "64"}, {"POLLRDBAND", "128"}, {"POLLWRNORM", "256"}, {"POLLWRBAND", "512"},
                {"POLLMSG", "1024"}, {"POLLRDHUP", "8192"}, {"EPOLLIN", "1"}, {"EPOLLPRI", "2"}, {"EPOLLOUT", "4"},
                {"EPOLLERR", "8"}, {"EPOLLHUP", "16"}, {"EPOLLRDNORM", "64"}, {"EPOLLRDBAND", "128"}, {"EPOLLWRNORM", "256"},
                {"EPOLLWRBAND", "512"}, {"EPOLLMSG", "1024"}, {"EPOLLRDHUP", "8192"}, {"EPOLLEXCLUSIVE", "268435456"},
                {"EPOLLONESHOT", "1073741824"}, {"EPOLLET", "2147483648"}, {"EPOLL_CLOEXEC", "524288"}, {"PIPE_BUF", "4096"}};
        for (String[] c : consts) d.setItem(c[0], PyInt.of(Long.parseLong(c[1])));
        d.setItem("epoll", EpollObject.TYPE);
        return m;
    }

    /** PyObject_AsFileDescriptor: an int, or an object's fileno(). */
    public static int fdOf(PyObject o) {
        long fd;
        if (o instanceof PyInt i) {
            fd = Abstract.indexAsLong(i);
        } else {
            PyObject meth = Abstract.lookupAttr(o, PyStr.intern("fileno"));
            if (meth == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
            PyObject r = Abstract.call(meth);
            if (!(r instanceof PyInt ri)) throw Errors.typeError("fileno() returned a non-integer");
            fd = Abstract.indexAsLong(ri);
        }
        if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (%d)", fd);
        if (fd > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) fd;
    }

    /** A timeout in seconds (None or negative: for ever) as a vm.Blocking deadline. */
    static long secondsDeadline(PyObject timeout, boolean negativeIsForever) {
        if (timeout == null || timeout == PyNone.NONE) return Long.MAX_VALUE;
        double t;
        if (timeout instanceof PyInt i) t = i.value;
        else if (timeout instanceof PyFloat f) t = f.value;
        else if (timeout.type.special(dev.glassbox.objects.SpecialMethod.__float__) != null) t = Abstract.asDouble(timeout);
        else throw Errors.typeError("timeout must be a float or None");
        if (Double.isNaN(t)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (t < 0) {
            if (negativeIsForever) return Long.MAX_VALUE;
            throw Errors.valueError("timeout must be non-negative");
        }
        return t == 0 ? System.nanoTime() : Blocking.deadline(t);
    }

    @Exposed.Function(sig = "($module, rlist, wlist, xlist, timeout=None, /)", doc = "Wait until one or more file descriptors are ready for some kind of I/O.\n\n"
            + "The first three arguments are iterables of file descriptors to be waited for:\n"
            + "rlist -- wait until ready for reading\n"
            + "wlist -- wait until ready for writing\n"
            + "xlist -- wait for an \"exceptional condition\"\n"
            + "If only one kind of condition is required, pass [] for the other lists.\n\n"
            + "A file descriptor is either a socket or file object, or a small integer\n"
            + "gotten from a fileno() method call on one of those.\n\n"
            + "The optional 4th argument specifies a timeout in seconds; it may be\n"
            + "a floating point number to specify fractions of seconds.  If it is absent\n"
            + "or None, the call will never time out.\n\n"
            + "The return value is a tuple of three lists corresponding to the first three\n"
            + "arguments; each contains the subset of the corresponding file descriptors\n"
            + "that are ready.\n\n"
            + "*** IMPORTANT NOTICE ***\n"
            + "On Windows, only sockets are supported; on Unix, all file\n"
            + "descriptors can be used.")
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout) {
        long deadline = secondsDeadline(timeout, false);
        List<PyObject> r = items(rlist), w = items(wlist), x = items(xlist);
        int[] rf = fds(r), wf = fds(w), xf = fds(x);
        Map<Integer, Integer> interest = new LinkedHashMap<>();
        for (int fd : rf) interest.merge(fd, Readiness.POLLIN, (a, b) -> a | b);
        for (int fd : wf) interest.merge(fd, Readiness.POLLOUT, (a, b) -> a | b);
        for (int fd : xf) interest.merge(fd, Readiness.POLLPRI, (a, b) -> a | b);
        for (int fd : interest.keySet()) {
            if (FdTable.lookup(fd) == null) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        }
        Map<Integer, Integer> ready = Readiness.poll(Readiness.perThread(), interest, deadline, false);
        for (Map.Entry<Integer, Integer> e : ready.entrySet()) {
            if ((e.getValue() & Readiness.POLLNVAL) != 0) throw PosixErrors.oserror(PosixErrors.EBADF, null);
        }
        return PyTuple.of(pick(r, rf, ready, Readiness.POLLIN | Readiness.POLLHUP | Readiness.POLLERR),
                pick(w, wf, ready, Readiness.POLLOUT | Readiness.POLLERR), pick(x, xf, ready, Readiness.POLLPRI));
    }

    private static List<PyObject> items(PyObject seq) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.getIter(seq);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) out.add(v);
        return out;
    }

    private static int[] fds(List<PyObject> objs) {
        int[] r = new int[objs.size()];
        for (int i = 0; i < r.length; i++) r[i] = fdOf(objs.get(i));
        return r;
    }

    private static PyList pick(List<PyObject> objs, int[] fds, Map<Integer, Integer> ready, int mask) {
        PyList out = new PyList();
        for (int i = 0; i < fds.length; i++) {
            Integer ev = ready.get(fds[i]);
            if (ev != null && (ev & mask) != 0) out.append(objs.get(i));
        }
        return out;
    }

    static PyList events(Map<Integer, Integer> ready, int max) {
        PyList out = new PyList();
        for (Map.Entry<Integer, Integer> e : ready.entrySet()) {
            if (max >= 0 && out.size() >= max) break;
            out.append(PyTuple.of(PyInt.of(e.getKey()), PyInt.of(e.getValue())));
        }
        return out;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Returns a polling object.\n\n"
            + "This object supports registering and unregistering file descriptors, and then\n"
            + "polling them for I/O events.")
    public static PyObject poll() {
        return new PollObject();
    }

    /** {@code select.poll}: a registry of descriptors and masks, polled through the thread's watcher. */
    @Exposed.Type(name = "poll", module = "select", baseType = false, basicSize = 48)
    public static final class PollObject extends PyObject {
        public static final PyType TYPE = PyType.fromClass(PollObject.class);
        private final Map<Integer, Integer> registered = new LinkedHashMap<>();

        PollObject() { super(TYPE); }

        @Exposed.Method(sig = "($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)",
                doc = "Register a file descriptor with the polling object.\n\n"
                        + "  fd\n    either an integer, or an object with a fileno() method returning an int\n"
                        + "  eventmask\n    an optional bitmask describing the type of events to check for")
        public PyObject register(PyObject fd, PyObject mask) {
            int f = fdOf(fd);
            int m = mask == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : mask16(mask);
            registered.put(f, m);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, fd, eventmask, /)", doc = "Modify an already registered file descriptor.\n\n"
                + "  fd\n    either an integer, or an object with a fileno() method returning\n      an int\n"
                + "  eventmask\n    a bitmask describing the type of events to check for")
        public PyObject modify(PyObject fd, PyObject mask) {
            int f = fdOf(fd);
            int m = mask16(mask);
            if (!registered.containsKey(f)) throw PosixErrors.oserror(PosixErrors.ENOENT, null);
            registered.put(f, m);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, fd, /)", doc = "Remove a file descriptor being tracked by the polling object.")
        public PyObject unregister(PyObject fd) {
            int f = fdOf(fd);
            if (registered.remove(f) == null) throw Errors.keyError(PyInt.of(f));
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, timeout=None, /)", doc = "Polls the set of registered file descriptors.\n\n"
                + "  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n"
                + "    value) to wait indefinitely.\n\n"
                + "Returns a list containing any descriptors that have events or errors to\nreport, as a list of (fd, event) 2-tuples.")
        public PyObject poll(PyObject timeout) {
            long deadline;
            if (timeout == null || timeout == PyNone.NONE) deadline = Long.MAX_VALUE;
            else {
                double ms;
                if (timeout instanceof PyInt i) ms = i.value;
                else if (timeout instanceof PyFloat fl) ms = fl.value;
                else throw Errors.typeError("timeout must be an integer or None");
                deadline = ms < 0 ? Long.MAX_VALUE : ms == 0 ? System.nanoTime() : Blocking.deadline(Math.ceil(ms) / 1000.0);
            }
            return events(Readiness.poll(Readiness.perThread(), new LinkedHashMap<>(registered), deadline, false), -1);
        }

        private static int mask16(PyObject mask) {
            long m = Abstract.indexAsLong(mask);
            if (m < 0 || m > 0xffff) {
                throw Errors.overflowError(m < 0 ? "Python int too large to convert to C unsigned short"
                        : "Python int too large to convert to C unsigned short");
            }
            return (int) m;
        }
    }

    /** The descriptor of an epoll object: its watcher, closed with it. */
    static final class EpollChannel implements Channel {
        final Readiness.Watcher watcher = new Readiness.Watcher();

        @Override public boolean isOpen() { return watcher.isOpen(); }
        @Override public void close() { watcher.close(); }
    }

    /** {@code select.epoll}: a persistent interest list on its own selector, with an fd of its own. */
    @Exposed.Type(name = "epoll", module = "select", basicSize = 32,
            doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n"
                    + "sizehint must be a positive integer or -1 for the default size. The\n"
                    + "sizehint is used to optimize internal data structures. It doesn't limit\n"
                    + "the maximum number of monitored events.")
    public static final class EpollObject extends PyObject {
        public static final PyType TYPE = PyType.fromClass(EpollObject.class);
        private int fd = -1;
        private EpollChannel channel;
        private final Map<Integer, Integer> registered = new LinkedHashMap<>();

        EpollObject(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, sizehint=-1, flags=0)")
        public static PyObject __new__(PyObject cls, PyObject sizehint, PyObject flags) {
            long sh = sizehint == null ? -1 : Abstract.indexAsLong(sizehint);
            if (sh == 0 || sh < -1) throw Errors.valueError("negative sizehint");
            if (flags != null) Abstract.indexAsLong(flags);
            EpollObject e = new EpollObject((PyType) cls);
            e.channel = new EpollChannel();
            e.fd = FdTable.install(e.channel, null, true, false, false);
            return e;
        }

        private Readiness.Watcher open() {
            if (channel == null || !channel.isOpen() || fd < 0) throw Errors.valueError("I/O operation on closed epoll object");
            return channel.watcher;
        }

        @Exposed.Method(sig = "($self, /)", doc = "Close the epoll control file descriptor.\n\n"
                + "Further operations on the epoll object will raise an exception.")
        public PyObject close() {
            if (fd >= 0 && channel != null && channel.isOpen()) {
                if (FdTable.lookup(fd) != null && FdTable.lookup(fd).channel == channel) FdTable.close(fd);
                else channel.close();
            }
            fd = -1;
            return PyNone.NONE;
        }

        @Exposed.Getter(name = "closed", doc = "True if the epoll handler is closed")
        public PyObject closed() {
            return dev.glassbox.objects.PyBool.of(fd < 0 || channel == null || !channel.isOpen());
        }

        @Exposed.Method(sig = "($self, /)", doc = "Return the epoll control file descriptor.")
        public PyObject fileno() {
            open();
            return PyInt.of(fd);
        }

        @Exposed.Method(sig = "($self, /, fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)",
                doc = "Registers a new fd or raises an OSError if the fd is already registered.\n\n"
                        + "  fd\n    the target file descriptor of the operation\n"
                        + "  eventmask\n    a bit set composed of the various EPOLL constants\n\n"
                        + "The epoll interface supports all file descriptors that support poll.")
        public PyObject register(PyObject fdObj, PyObject mask) {
            int f = fdOf(fdObj);
            int m = mask == null ? 7 : (int) Abstract.indexAsLong(mask);
            open();
            if (FdTable.lookup(f) == null) throw PosixErrors.oserror(PosixErrors.EBADF, null);
            if (registered.containsKey(f)) throw PosixErrors.oserror(PosixErrors.EEXIST, null);
            registered.put(f, m);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, /, fd, eventmask)", doc = "Modify event mask for a registered file descriptor.\n\n"
                + "  fd\n    the target file descriptor of the operation\n"
                + "  eventmask\n    a bit set composed of the various EPOLL constants")
        public PyObject modify(PyObject fdObj, PyObject mask) {
            int f = fdOf(fdObj);
            int m = (int) Abstract.indexAsLong(mask);
            open();
            if (FdTable.lookup(f) == null) throw PosixErrors.oserror(PosixErrors.EBADF, null);
            if (!registered.containsKey(f)) throw PosixErrors.oserror(PosixErrors.ENOENT, null);
            registered.put(f, m);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, /, fd)", doc = "Remove a registered file descriptor from the epoll object.\n\n"
                + "  fd\n    the target file descriptor of the operation")
        public PyObject unregister(PyObject fdObj) {
            int f = fdOf(fdObj);
            Readiness.Watcher w = open();
            if (FdTable.lookup(f) == null) throw PosixErrors.oserror(PosixErrors.EBADF, null);
            if (registered.remove(f) == null) throw PosixErrors.oserror(PosixErrors.ENOENT, null);
            FdTable.Entry e = FdTable.lookup(f);
            if (e != null && e.channel instanceof java.nio.channels.SelectableChannel sc) {
                var k = sc.keyFor(w.selector);
                if (k != null && k.isValid()) k.interestOps(0);
            }
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, /, timeout=None, maxevents=-1)", doc = "Wait for events on the epoll file descriptor.\n\n"
                + "  timeout\n    the maximum time to wait in seconds (as float);\n"
                + "    a timeout of None or -1 makes poll wait indefinitely\n"
                + "  maxevents\n    the maximum number of events returned; -1 means no limit\n\n"
                + "Returns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples.")
        public PyObject poll(PyObject timeout, PyObject maxevents) {
            Readiness.Watcher w = open();
            long deadline = secondsDeadline(timeout, true);
            long max = maxevents == null ? -1 : Abstract.indexAsLong(maxevents);
            if (max == -1) max = 1023;
            else if (max < 1) throw Errors.valueError("maxevents must be greater than 0, got %d", max);
            Map<Integer, Integer> ready = Readiness.poll(w, new LinkedHashMap<>(registered), deadline, true);
            ready.values().removeIf(v -> (v & Readiness.POLLNVAL) != 0);
            // EPOLLONESHOT: a reported descriptor is disabled until modified.
            for (Integer f : ready.keySet()) {
                Integer m = registered.get(f);
                if (m != null && (m & 0x40000000) != 0) registered.put(f, 0);
            }
            return events(ready, (int) max);
        }

        @Exposed.Method(name = "__enter__", sig = "($self, /)")
        public PyObject enter() {
            open();
            return this;
        }

        @Exposed.Method(name = "__exit__", sig = "($self, exc_type=None, exc_value=None, exc_tb=None, /)")
        public PyObject exit(PyObject a, PyObject b, PyObject c) {
            return close();
        }

        @Exposed.ClassMethod(sig = "($type, fd, /)", doc = "Create an epoll object from a given control fd.")
        public static PyObject fromfd(PyObject cls, PyObject fdObj) {
            int f = fdOf(fdObj);
            FdTable.Entry e = FdTable.get(f);
            if (!(e.channel instanceof EpollChannel ec)) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
            EpollObject o = new EpollObject((PyType) cls);
            o.channel = ec;
            o.fd = f;
            return o;
        }
    }
}
