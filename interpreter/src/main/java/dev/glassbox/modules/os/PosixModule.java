package dev.glassbox.modules.os;

import dev.glassbox.objects.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.*;

/**
 * {@code posix} (Modules/posixmodule.c): the operating-system calls that Lib/os.py wraps, over
 * java.nio. File descriptors are a table of {@link FileChannel}s (0, 1, 2 are the process's
 * standard streams). Failures become OSError with CPython's errno (see {@link PosixErrors}).
 * DirEntry, scandir's iterator and environ are defined by a small Python prelude
 * (posix_prelude.py beside this class) over the functions here.
 */
@Exposed.Module(name = "posix", doc = "This module provides access to operating system functionality that is\n"
        + "standardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\n"
        + "corresponding Unix manual entries for more information on calls.")
public final class PosixModule {
    private PosixModule() {}

    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400,
            O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000,
            O_CLOEXEC = 02000000;
    static PyType statResult, terminalSize, unameResult, timesResult;
    static Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    static int umask = 022;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(PosixModule.class);
        PyDict d = m.dict();
        statResult = StructSeq.newType("os", "stat_result", "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                "st_size", "_st_atime_int", "_st_mtime_int", "_st_ctime_int", "st_atime", "st_mtime", "st_ctime",
                "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks");
        d.setItem("stat_result", statResult);
        String[][] consts = {{"O_RDONLY", "0"}, {"O_WRONLY", "1"}, {"O_RDWR", "2"}, {"O_CREAT", "64"}, {"O_EXCL", "128"},
                {"O_NOCTTY", "256"}, {"O_TRUNC", "512"}, {"O_APPEND", "1024"}, {"O_NONBLOCK", "2048"}, {"O_NDELAY", "2048"},
                {"O_DSYNC", "4096"}, {"O_SYNC", "1052672"}, {"O_DIRECTORY", "65536"}, {"O_NOFOLLOW", "131072"},
                {"O_CLOEXEC", "524288"}, {"O_ACCMODE", "3"}, {"F_OK", "0"}, {"R_OK", "4"}, {"W_OK", "2"}, {"X_OK", "1"},
                {"SEEK_SET", "0"}, {"SEEK_CUR", "1"}, {"SEEK_END", "2"}, {"WNOHANG", "1"}, {"EX_OK", "0"},
                {"TMP_MAX", "238328"}, {"NGROUPS_MAX", "65536"}};
        for (String[] c : consts) d.setItem(c[0], PyInt.of(Long.parseLong(c[1])));
        d.setItem("error", ExceptionTypes.OSError);
        PyList have = new PyList();
        for (String h : new String[]{"HAVE_FSTATAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FUTIMES", "HAVE_MKDIRAT",
                "HAVE_UNLINKAT", "HAVE_RENAMEAT", "HAVE_FDOPENDIR", "HAVE_LSTAT", "HAVE_UTIMENSAT"}) {
            // Only the capabilities this module really has are reported; os.supports_* are built from this.
            if (h.equals("HAVE_LSTAT")) have.append(PyStr.of(h));
        }
        d.setItem("_have_functions", have);
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet())
            env.setItem(PyBytes.of(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    PyBytes.of(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        d.setItem("environ", env);
        terminalSize = StructSeq.newType("os", "terminal_size", "columns", "lines");
        d.setItem("terminal_size", terminalSize);
        unameResult = StructSeq.newType("posix", "uname_result", "sysname", "nodename", "release", "version", "machine");
        d.setItem("uname_result", unameResult);
        timesResult = StructSeq.newType("posix", "times_result", "user", "system", "children_user", "children_system", "elapsed");
        d.setItem("times_result", timesResult);
        dev.glassbox.modules.PythonModules.run(PosixModule.class, "posix_prelude.py", m);
        return m;
    }

    // ---- paths ----

    /** The path named by a str, bytes or os.PathLike argument, resolved against the current directory. */
    static String pathString(PyObject p, String fn) {
        PyObject v = fspathOf(p, fn + ": path should be string, bytes or os.PathLike, not %s");
        if (v instanceof PyBytes b) return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        return v.toString();
    }

    static Path path(PyObject p, String fn) {
        return cwd.resolve(pathString(p, fn));
    }

    static PyObject fspathOf(PyObject p, String msg) {
        if (p instanceof PyStr || p instanceof PyBytes) return p;
        PyObject m = p.type.lookup("__fspath__");
        if (m == null) throw Errors.typeError(msg, p.type.qualname);
        PyObject r = Abstract.callMethod(p, "__fspath__");
        if (r instanceof PyStr || r instanceof PyBytes) return r;
        throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", p.type.qualname, r.type.qualname);
    }

    @Exposed.Function(sig = "($module, /, path)")
    public static PyObject fspath(PyObject path) {
        return fspathOf(path, "expected str, bytes or os.PathLike object, not %s");
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getcwd() { return PyStr.of(cwd.toString()); }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getcwdb() { return PyBytes.of(cwd.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)); }

    @Exposed.Function(sig = "($module, /, path)")
    public static PyObject chdir(PyObject path) {
        Path p = path(path, "chdir");
        if (!Files.exists(p)) throw PosixErrors.oserror(PosixErrors.ENOENT, path);
        if (!Files.isDirectory(p)) throw PosixErrors.oserror(PosixErrors.ENOTDIR, path);
        cwd = p.normalize();
        return PyNone.NONE;
    }

    // ---- stat ----

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None, follow_symlinks=True)")
    public static PyObject stat(PyObject path, PyObject dirFd, PyObject follow) {
        if (path instanceof PyInt) return fstat(path);
        return statPath(path(path, "stat"), path, Abstract.isTrue(follow));
    }

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None)")
    public static PyObject lstat(PyObject path, PyObject dirFd) {
        return statPath(path(path, "lstat"), path, false);
    }

    @Exposed.Function(sig = "($module, /, fd)")
    public static PyObject fstat(PyObject fd) {
        int f = (int) Abstract.indexAsLong(fd);
        FdTable.Entry e = FdTable.get(f);
        if (e.path == null) {
            // A pipe is a FIFO, a socket a socket; the standard streams show as a terminal.
            long mode = e.socket != null || e.channel instanceof java.nio.channels.NetworkChannel ? 0140777
                    : Readiness.isPipe(e.channel) ? 0010600 : 0020620;
            return StructSeq.make(statResult, PyInt.of(mode), PyInt.ZERO, PyInt.ZERO, PyInt.of(1), PyInt.ZERO, PyInt.ZERO,
                    PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyFloat.of(0), PyFloat.of(0), PyFloat.of(0),
                    PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.of(1024), PyInt.ZERO);
        }
        return statPath(e.path, PyStr.of(e.path.toString()), true);
    }

    static PyObject statPath(Path p, PyObject name, boolean follow) {
        try {
            LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(p, "unix:*", lo);
            long size = ((Number) a.get("size")).longValue();
            long[] ns = {nanos(a.get("lastAccessTime")), nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))};
            return StructSeq.make(statResult, PyInt.of(((Number) a.get("mode")).longValue()),
                    PyInt.of(((Number) a.get("ino")).longValue()), PyInt.of(((Number) a.get("dev")).longValue()),
                    PyInt.of(((Number) a.get("nlink")).longValue()), PyInt.of(((Number) a.get("uid")).longValue()),
                    PyInt.of(((Number) a.get("gid")).longValue()), PyInt.of(size),
                    PyInt.of(Math.floorDiv(ns[0], 1_000_000_000L)), PyInt.of(Math.floorDiv(ns[1], 1_000_000_000L)),
                    PyInt.of(Math.floorDiv(ns[2], 1_000_000_000L)),
                    PyFloat.of(ns[0] / 1e9), PyFloat.of(ns[1] / 1e9), PyFloat.of(ns[2] / 1e9),
                    PyInt.of(ns[0]), PyInt.of(ns[1]), PyInt.of(ns[2]), PyInt.of(4096), PyInt.of((size + 511) / 512));
        } catch (IOException | UnsupportedOperationException e) {
            throw PosixErrors.fromJava(e, name);
        }
    }

    private static long nanos(Object t) {
        java.time.Instant i = ((FileTime) t).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Exposed.Function(sig = "($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)")
    public static PyObject access(PyObject path, PyObject mode, PyObject dirFd, PyObject eff, PyObject follow) {
        Path p = path(path, "access");
        long m = Abstract.indexAsLong(mode);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) return PyBool.FALSE;
        boolean ok = ((m & 4) == 0 || Files.isReadable(p)) && ((m & 2) == 0 || Files.isWritable(p))
                && ((m & 1) == 0 || Files.isExecutable(p));
        return PyBool.of(ok);
    }

    // ---- directories ----

    @Exposed.Function(sig = "($module, /, path=None)")
    public static PyObject listdir(PyObject path) {
        boolean bytes = path instanceof PyBytes;
        Path p = path == PyNone.NONE ? cwd : path(path, "listdir");
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path c : ds) names.add(c.getFileName().toString());
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path == PyNone.NONE ? PyStr.of(".") : path);
        }
        PyList r = new PyList();
        for (String n : names)
            r.append(bytes ? PyBytes.of(n.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.of(n));
        return r;
    }

    /** Entry data for the prelude's scandir: a list of (name, kind) with kind 'd', 'f', 'l' or 'o'. */
    @Exposed.Function(sig = "($module, path, /)")
    public static PyObject _scandir_entries(PyObject path) {
        Path p = path == PyNone.NONE ? cwd : path(path, "scandir");
        PyList r = new PyList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path c : ds) {
                String k = Files.isSymbolicLink(c) ? "l" : Files.isDirectory(c) ? "d" : Files.isRegularFile(c) ? "f" : "o";
                r.append(PyTuple.of(PyStr.of(c.getFileName().toString()), PyStr.of(k)));
            }
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path == PyNone.NONE ? PyStr.of(".") : path);
        }
        return r;
    }

    @Exposed.Function(sig = "($module, /, path, mode=511, *, dir_fd=None)")
    public static PyObject mkdir(PyObject path, PyObject mode, PyObject dirFd) {
        Path p = path(path, "mkdir");
        try {
            Files.createDirectory(p);
            setMode(p, (int) Abstract.indexAsLong(mode) & ~umask);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None)")
    public static PyObject rmdir(PyObject path, PyObject dirFd) {
        Path p = path(path, "rmdir");
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            throw PosixErrors.oserror(PosixErrors.ENOTDIR, path);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None)")
    public static PyObject unlink(PyObject path, PyObject dirFd) {
        Path p = path(path, "unlink");
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw PosixErrors.oserror(PosixErrors.EISDIR, path);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None)")
    public static PyObject remove(PyObject path, PyObject dirFd) { return unlink(path, dirFd); }

    @Exposed.Function(sig = "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static PyObject rename(PyObject src, PyObject dst, PyObject a, PyObject b) {
        Path s = path(src, "rename"), t = path(dst, "rename");
        try {
            if (Files.isDirectory(t) && !Files.isDirectory(s)) throw PosixErrors.oserror2(PosixErrors.EISDIR, src, dst);
            Files.move(s, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw PosixErrors.fromJava2(e, src, dst);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static PyObject replace(PyObject src, PyObject dst, PyObject a, PyObject b) { return rename(src, dst, a, b); }

    @Exposed.Function(sig = "($module, /, path, *, dir_fd=None)")
    public static PyObject readlink(PyObject path, PyObject dirFd) {
        try {
            String s = Files.readSymbolicLink(path(path, "readlink")).toString();
            return path instanceof PyBytes ? PyBytes.of(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.of(s);
        } catch (NotLinkException e) {
            throw PosixErrors.oserror(PosixErrors.EINVAL, path);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
    }

    @Exposed.Function(sig = "($module, /, src, dst, target_is_directory=False, *, dir_fd=None)")
    public static PyObject symlink(PyObject src, PyObject dst, PyObject isDir, PyObject dirFd) {
        try {
            Files.createSymbolicLink(path(dst, "symlink"), Path.of(pathString(src, "symlink")));
        } catch (IOException e) {
            throw PosixErrors.fromJava2(e, src, dst);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)")
    public static PyObject chmod(PyObject path, PyObject mode, PyObject dirFd, PyObject follow) {
        Path p = path(path, "chmod");
        if (!Files.exists(p)) throw PosixErrors.oserror(PosixErrors.ENOENT, path);
        try {
            setMode(p, (int) Abstract.indexAsLong(mode));
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
        return PyNone.NONE;
    }

    static void setMode(Path p, int mode) throws IOException {
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
            for (int i = 0; i < 9; i++) if ((mode & (0400 >> i)) != 0) s.add(all[i]);
            Files.setPosixFilePermissions(p, s);
        }
    }

    @Exposed.Function(sig = "($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)")
    public static PyObject utime(PyObject path, PyObject times, PyObject ns, PyObject dirFd, PyObject follow) {
        Path p = path(path, "utime");
        long at, mt;
        if (ns != null) {
            at = Abstract.indexAsLong(((PyTuple) ns).get(0));
            mt = Abstract.indexAsLong(((PyTuple) ns).get(1));
        } else if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.size() != 2)
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            at = (long) (Abstract.asDouble(t.get(0)) * 1e9);
            mt = (long) (Abstract.asDouble(t.get(1)) * 1e9);
        } else {
            at = mt = System.currentTimeMillis() * 1_000_000L;
        }
        try {
            java.nio.file.attribute.BasicFileAttributeView v =
                    Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
            if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
            v.setTimes(FileTime.from(java.time.Instant.ofEpochSecond(0, mt)), FileTime.from(java.time.Instant.ofEpochSecond(0, at)), null);
        } catch (IOException e) {
            throw PosixErrors.fromJava(e, path);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, mask, /)")
    public static PyObject umask(PyObject mask) {
        int old = umask;
        umask = (int) Abstract.indexAsLong(mask) & 0777;
        return PyInt.of(old);
    }

    // ---- file descriptors ----

    @Exposed.Function(sig = "($module, /, path, flags, mode=511, *, dir_fd=None)")
    public static PyObject open(PyObject path, PyObject flags, PyObject mode, PyObject dirFd) {
        return PyInt.of(FdTable.open(path(path, "open"), (int) Abstract.indexAsLong(flags), (int) Abstract.indexAsLong(mode) & ~umask, path));
    }

    @Exposed.Function(sig = "($module, /, fd)")
    public static PyObject close(PyObject fd) {
        FdTable.close((int) Abstract.indexAsLong(fd));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, fd, length, /)")
    public static PyObject read(PyObject fd, PyObject length) {
        long n = Abstract.indexAsLong(length);
        if (n < 0) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        return PyBytes.wrap(FdTable.read((int) Abstract.indexAsLong(fd), (int) Math.min(n, Integer.MAX_VALUE - 8)));
    }

    @Exposed.Function(sig = "($module, fd, data, /)")
    public static PyObject write(PyObject fd, PyObject data) {
        byte[] b = PosixErrors.bytesOf(data);
        return PyInt.of(FdTable.write((int) Abstract.indexAsLong(fd), b));
    }

    @Exposed.Function(sig = "($module, fd, position, whence, /)")
    public static PyObject lseek(PyObject fd, PyObject pos, PyObject whence) {
        return PyInt.of(FdTable.seek((int) Abstract.indexAsLong(fd), Abstract.indexAsLong(pos), (int) Abstract.indexAsLong(whence)));
    }

    @Exposed.Function(sig = "($module, fd, length, /)")
    public static PyObject ftruncate(PyObject fd, PyObject length) {
        FdTable.truncate((int) Abstract.indexAsLong(fd), Abstract.indexAsLong(length));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject isatty(PyObject fd) {
        int f = (int) Abstract.indexAsLong(fd);
        return PyBool.of(f >= 0 && f <= 2 && System.console() != null && FdTable.has(f));
    }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject fsync(PyObject fd) {
        FdTable.get((int) Abstract.indexAsLong(fd));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject dup(PyObject fd) { return PyInt.of(FdTable.dup((int) Abstract.indexAsLong(fd))); }

    @Exposed.Function(sig = "($module, /, fd, fd2, inheritable=True)")
    public static PyObject dup2(PyObject fd, PyObject fd2, PyObject inheritable) {
        return PyInt.of(FdTable.dup2((int) Abstract.indexAsLong(fd), (int) Abstract.indexAsLong(fd2)));
    }

    @Exposed.Function(sig = "($module, pid, options, /)", doc = "Wait for completion of a given child process.\n\n"
            + "Returns a tuple of information regarding the child process:\n    (pid, status)\n\n"
            + "The options argument is ignored on Windows.")
    public static PyObject waitpid(PyObject pid, PyObject options) {
        Abstract.indexAsLong(pid);
        Abstract.indexAsLong(options);
        // This runtime starts no child processes of its own (no fork), so there is none to wait for.
        throw PosixErrors.oserror(10, null);
    }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return True if the process returning status was stopped.")
    public static PyObject WIFSTOPPED(PyObject status) { return PyBool.of((Abstract.indexAsLong(status) & 0xff) == 0x7f); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return the signal that stopped the process that provided the status value.")
    public static PyObject WSTOPSIG(PyObject status) { return PyInt.of((Abstract.indexAsLong(status) >> 8) & 0xff); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return True if the process returning status exited via the exit() system call.")
    public static PyObject WIFEXITED(PyObject status) { return PyBool.of((Abstract.indexAsLong(status) & 0x7f) == 0); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return the process return code from status.")
    public static PyObject WEXITSTATUS(PyObject status) { return PyInt.of((Abstract.indexAsLong(status) >> 8) & 0xff); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return True if the process returning status was terminated by a signal.")
    public static PyObject WIFSIGNALED(PyObject status) {
        long s = Abstract.indexAsLong(status);
        return PyBool.of(((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f && (s & 0x7f) != 0);
    }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return the signal that terminated the process that provided the status value.")
    public static PyObject WTERMSIG(PyObject status) { return PyInt.of(Abstract.indexAsLong(status) & 0x7f); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return True if the process returning status was continued from a job control stop.")
    public static PyObject WIFCONTINUED(PyObject status) { return PyBool.of(Abstract.indexAsLong(status) == 0xffff); }

    @Exposed.Function(sig = "($module, /, status)", doc = "Return True if the process returning status was dumped to a core file.")
    public static PyObject WCOREDUMP(PyObject status) { return PyBool.of((Abstract.indexAsLong(status) & 0x80) != 0); }

    @Exposed.Function(sig = "($module, /)", doc = "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)")
    public static PyObject pipe() {
        int[] p = FdTable.pipe();
        return dev.glassbox.objects.PyTuple.of(PyInt.of(p[0]), PyInt.of(p[1]));
    }

    @Exposed.Function(sig = "($module, flags, /)", doc = "Create a pipe with flags set atomically.\n\n"
            + "Returns a tuple of two file descriptors:\n  (read_fd, write_fd)\n\n"
            + "flags can be constructed by ORing together one or more of these values:\nO_NONBLOCK, O_CLOEXEC.")
    public static PyObject pipe2(PyObject flags) {
        long f = Abstract.indexAsLong(flags);
        int[] p = FdTable.pipe();
        if ((f & 04000) != 0) {
            FdTable.get(p[0]).blocking = false;
            FdTable.get(p[1]).blocking = false;
        }
        return dev.glassbox.objects.PyTuple.of(PyInt.of(p[0]), PyInt.of(p[1]));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getlogin() { return PyStr.of(System.getProperty("user.name")); }

    @Exposed.Function(sig = "($module, pid, signal, /)")
    public static PyObject kill(PyObject pid, PyObject sig) {
        long p = Abstract.indexAsLong(pid);
        long n = Abstract.indexAsLong(sig);
        if (n < 0 || n >= dev.glassbox.vm.Signals.NSIG) throw PosixErrors.oserror(PosixErrors.EINVAL, null);
        if (p == ProcessHandle.current().pid()) {
            // A signal to this process is delivered inside the JVM, its handler run at once.
            if (n != 0) SignalModule.deliver((int) n);
            dev.glassbox.vm.Signals.check();
            return PyNone.NONE;
        }
        var h = ProcessHandle.of(p);
        if (h.isEmpty()) throw PosixErrors.oserror(PosixErrors.ESRCH, null);
        if (n == 15) h.get().destroy();
        else if (n == 9) h.get().destroyForcibly();
        else if (n != 0) {
            try {
                new ProcessBuilder("kill", "-" + n, Long.toString(p)).inheritIO().start().waitFor();
            } catch (java.io.IOException e) {
                throw PosixErrors.fromJava(e, null);
            } catch (InterruptedException e) {
                // The kill command was started; its status does not matter.
            }
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, path, length, /)")
    public static PyObject truncate(PyObject path, PyObject length) {
        if (path instanceof PyInt) return ftruncate(path, length);
        int fd = FdTable.open(path(path, "truncate"), O_WRONLY, 0, path);
        try {
            FdTable.truncate(fd, Abstract.indexAsLong(length));
        } finally {
            FdTable.close(fd);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)")
    public static PyObject link(PyObject src, PyObject dst, PyObject a, PyObject b, PyObject f) {
        try {
            Files.createLink(path(dst, "link"), path(src, "link"));
        } catch (IOException e) {
            throw PosixErrors.fromJava2(e, src, dst);
        }
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject get_inheritable(PyObject fd) { FdTable.get((int) Abstract.indexAsLong(fd)); return PyBool.FALSE; }

    @Exposed.Function(sig = "($module, fd, inheritable, /)")
    public static PyObject set_inheritable(PyObject fd, PyObject v) { FdTable.get((int) Abstract.indexAsLong(fd)); return PyNone.NONE; }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject get_blocking(PyObject fd) { return PyBool.of(FdTable.get((int) Abstract.indexAsLong(fd)).blocking); }

    @Exposed.Function(sig = "($module, fd, blocking, /)")
    public static PyObject set_blocking(PyObject fd, PyObject v) {
        FdTable.get((int) Abstract.indexAsLong(fd)).blocking = Abstract.isTrue(v);
        return PyNone.NONE;
    }

    // ---- process and system ----

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getpid() { return PyInt.of(ProcessHandle.current().pid()); }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getppid() {
        return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getuid() { return PyInt.of(unixId("uid")); }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject geteuid() { return PyInt.of(unixId("uid")); }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getgid() { return PyInt.of(unixId("gid")); }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject getegid() { return PyInt.of(unixId("gid")); }

    /** The user or group owning a file this process just created: its real ids without native calls. */
    private static long unixId(String which) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + which)).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Exposed.Function(sig = "($module, status, /)")
    public static PyObject _exit(PyObject status) {
        Runtime.getRuntime().halt((int) Abstract.indexAsLong(status));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, code, /)")
    public static PyObject strerror(PyObject code) {
        return PyStr.of(PosixErrors.message((int) Abstract.indexAsLong(code)));
    }

    @Exposed.Function(sig = "($module, size, /)")
    public static PyObject urandom(PyObject size) {
        long n = Abstract.indexAsLong(size);
        if (n < 0) throw Errors.valueError("negative argument not allowed");
        byte[] b = new byte[(int) n];
        new java.security.SecureRandom().nextBytes(b);
        return PyBytes.wrap(b);
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject cpu_count() { return PyInt.of(Runtime.getRuntime().availableProcessors()); }

    @Exposed.Function(sig = "($module, fd=<unrepresentable>, /)", conv = Exposed.Convention.VARARGS)
    public static PyObject get_terminal_size(PyObject fd) {
        String cols = System.getenv("COLUMNS"), lines = System.getenv("LINES");
        if (cols == null || lines == null || System.console() == null)
            throw PosixErrors.oserror(PosixErrors.ENOTTY, null);
        return StructSeq.make(terminalSize, PyInt.of(Long.parseLong(cols)), PyInt.of(Long.parseLong(lines)));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject uname() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64")) arch = "x86_64";
        return StructSeq.make(unameResult, PyStr.of(System.getProperty("os.name")),
                PyStr.of(host), PyStr.of(System.getProperty("os.version")), PyStr.of("#1"), PyStr.of(arch));
    }

    @Exposed.Function(sig = "($module, /)")
    public static PyObject times() {
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        return StructSeq.make(timesResult, PyFloat.of(cpu), PyFloat.of(0), PyFloat.of(0), PyFloat.of(0), PyFloat.of(System.nanoTime() / 1e9));
    }

    @Exposed.Function(sig = "($module, status, /)")
    public static PyObject waitstatus_to_exitcode(PyObject status) {
        long s = Abstract.indexAsLong(status);
        return PyInt.of((s & 0x7f) == 0 ? (s >> 8) & 0xff : -(s & 0x7f));
    }

    @Exposed.Function(sig = "($module, name, value, /)")
    public static PyObject putenv(PyObject name, PyObject value) { return PyNone.NONE; }

    @Exposed.Function(sig = "($module, name, /)")
    public static PyObject unsetenv(PyObject name) { return PyNone.NONE; }

    @Exposed.Function(sig = "($module, fd, /)")
    public static PyObject device_encoding(PyObject fd) { return PyNone.NONE; }
}
