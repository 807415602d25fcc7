package dev.glassbox.modules.os;

import dev.glassbox.objects.*;

import java.io.IOException;
import java.nio.file.*;

/**
 * Errno values of Linux and the OSError raised for them (Modules/posixmodule.c posix_error and
 * Objects/exceptions.c: OSError(errno, strerror, filename) picks the subclass by errno), plus the
 * mapping from java.nio's exceptions to errno.
 */
public final class PosixErrors {
    private PosixErrors() {}

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, EBADF = 9, EAGAIN = 11, ENOMEM = 12,
            EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENFILE = 23, EMFILE = 24,
            ENOTTY = 25, EFBIG = 27, ENOSPC = 28, ESPIPE = 29, EROFS = 30, EMLINK = 31, EPIPE = 32, ERANGE = 34,
            ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;

    /** Linux errno names and messages (strerror), index = errno. */
    static final String[][] TABLE = {
            {"EPERM", "1", "Operation not permitted"}, {"ENOENT", "2", "No such file or directory"},
            {"ESRCH", "3", "No such process"}, {"EINTR", "4", "Interrupted system call"}, {"EIO", "5", "Input/output error"},
            {"ENXIO", "6", "No such device or address"}, {"E2BIG", "7", "Argument list too long"},
            {"ENOEXEC", "8", "Exec format error"}, {"EBADF", "9", "Bad file descriptor"}, {"ECHILD", "10", "No child processes"},
            {"EAGAIN", "11", "Resource temporarily unavailable"}, {"ENOMEM", "12", "Cannot allocate memory"},
            {"EACCES", "13", "Permission denied"}, {"EFAULT", "14", "Bad address"}, {"ENOTBLK", "15", "Block device required"},
            {"EBUSY", "16", "Device or resource busy"}, {"EEXIST", "17", "File exists"}, {"EXDEV", "18", "Invalid cross-device link"},
            {"ENODEV", "19", "No such device"}, {"ENOTDIR", "20", "Not a directory"}, {"EISDIR", "21", "Is a directory"},
            {"EINVAL", "22", "Invalid argument"}, {"ENFILE", "23", "Too many open files in system"},
            {"EMFILE", "24", "Too many open files"}, {"ENOTTY", "25", "Inappropriate ioctl for device"},
            {"ETXTBSY", "26", "Text file busy"}, {"EFBIG", "27", "File too large"}, {"ENOSPC", "28", "No space left on device"},
            {"ESPIPE", "29", "Illegal seek"}, {"EROFS", "30", "Read-only file system"}, {"EMLINK", "31", "Too many links"},
            {"EPIPE", "32", "Broken pipe"}, {"EDOM", "33", "Numerical argument out of domain"},
            {"ERANGE", "34", "Numerical result out of range"}, {"EDEADLK", "35", "Resource deadlock avoided"},
            {"ENAMETOOLONG", "36", "File name too long"}, {"ENOLCK", "37", "No locks available"},
            {"ENOSYS", "38", "Function not implemented"}, {"ENOTEMPTY", "39", "Directory not empty"},
            {"ELOOP", "40", "Too many levels of symbolic links"}, {"EWOULDBLOCK", "11", null},
            {"ENOTSUP", "95", "Operation not supported"}, {"EOPNOTSUPP", "95", null},
            {"EADDRINUSE", "98", "Address already in use"}, {"EADDRNOTAVAIL", "99", "Cannot assign requested address"},
            {"ENETDOWN", "100", "Network is down"}, {"ENETUNREACH", "101", "Network is unreachable"},
            {"ECONNABORTED", "103", "Software caused connection abort"}, {"ECONNRESET", "104", "Connection reset by peer"},
            {"ENOBUFS", "105", "No buffer space available"}, {"EISCONN", "106", "Transport endpoint is already connected"},
            {"ENOTCONN", "107", "Transport endpoint is not connected"}, {"ETIMEDOUT", "110", "Connection timed out"},
            {"ECONNREFUSED", "111", "Connection refused"}, {"EHOSTUNREACH", "113", "No route to host"},
            {"EALREADY", "114", "Operation already in progress"}, {"EINPROGRESS", "115", "Operation now in progress"},
            {"ESTALE", "116", "Stale file handle"}, {"EDQUOT", "122", "Disk quota exceeded"},
            {"ECANCELED", "125", "Operation canceled"}, {"EOWNERDEAD", "130", "Owner died"},
            {"ENOTRECOVERABLE", "131", "State not recoverable"}, {"ENOTSOCK", "88", "Socket operation on non-socket"},
            {"EPROTOTYPE", "91", "Protocol wrong type for socket"}, {"ENOPROTOOPT", "92", "Protocol not available"},
            {"EPROTONOSUPPORT", "93", "Protocol not supported"}, {"EAFNOSUPPORT", "97", "Address family not supported by protocol"},
            {"EMSGSIZE", "90", "Message too long"}, {"EDESTADDRREQ", "89", "Destination address required"},
            {"ESHUTDOWN", "108", "Cannot send after transport endpoint shutdown"}, {"EILSEQ", "84", "Invalid or incomplete multibyte or wide character"},
            {"EOVERFLOW", "75", "Value too large for defined data type"}, {"ENODATA", "61", "No data available"},
            {"ETIME", "62", "Timer expired"}, {"ENOSTR", "60", "Device not a stream"}, {"ENOLINK", "67", "Link has been severed"},
            {"EPROTO", "71", "Protocol error"}, {"EBADMSG", "74", "Bad message"}, {"EIDRM", "43", "Identifier removed"},
            {"ENOMSG", "42", "No message of desired type"}, {"ENOSR", "63", "Out of streams resources"},
            {"EREMOTE", "66", "Object is remote"}, {"EUSERS", "87", "Too many users"}, {"ECOMM", "70", "Communication error on send"},
            {"ENOTUNIQ", "76", "Name not unique on network"}, {"EBADFD", "77", "File descriptor in bad state"},
            {"EHOSTDOWN", "112", "Host is down"}, {"ETOOMANYREFS", "109", "Too many references: cannot splice"},
            {"ESOCKTNOSUPPORT", "94", "Socket type not supported"}, {"EPFNOSUPPORT", "96", "Protocol family not supported"},
            {"ENETRESET", "102", "Network dropped connection on reset"}, {"ESTRPIPE", "86", "Streams pipe error"},
            {"EKEYEXPIRED", "127", "Key has expired"}, {"EKEYREJECTED", "129", "Key was rejected by service"},
            {"EKEYREVOKED", "128", "Key has been revoked"}, {"ENOKEY", "126", "Required key not available"},
            {"EMEDIUMTYPE", "124", "Wrong medium type"}, {"ENOMEDIUM", "123", "No medium found"},
            {"EREMOTEIO", "121", "Remote I/O error"}, {"EISNAM", "120", "Is a named type file"},
            {"ERFKILL", "132", "Operation not possible due to RF-kill"}, {"EHWPOISON", "133", "Memory page has hardware error"},
            {"EDEADLOCK", "35", null},
    };

    public static String message(int errno) {
        for (String[] r : TABLE) if (r[2] != null && Integer.parseInt(r[1]) == errno) return r[2];
        return "Unknown error " + errno;
    }

    /** OSError(errno, strerror[, filename]): the constructor picks FileNotFoundError etc. */
    public static PyException oserror(int errno, PyObject filename) {
        PyObject e = filename == null
                ? Abstract.call(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(message(errno)))
                : Abstract.call(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(message(errno)), filename);
        return new PyException((PyBaseException) e);
    }

    public static PyException oserror2(int errno, PyObject f1, PyObject f2) {
        PyObject e = Abstract.call(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(message(errno)), f1, PyInt.ZERO, f2);
        return new PyException((PyBaseException) e);
    }

    public static int errnoOf(Exception e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof NotLinkException) return EINVAL;
        if (e instanceof AtomicMoveNotSupportedException) return EXDEV;
        if (e instanceof FileSystemLoopException) return ELOOP;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            for (String[] row : TABLE) if (row[2] != null && r.contains(row[2])) return Integer.parseInt(row[1]);
        }
        // Channels and sockets: closed channels, then the system's message text (strerror).
        if (e instanceof java.nio.channels.ClosedChannelException) return EBADF;
        if (e instanceof java.nio.channels.NotYetConnectedException) return 107;
        if (e instanceof java.net.UnknownHostException) return EIO;
        String m = e.getMessage();
        if (m != null) {
            if (m.contains("Connection reset")) return 104;
            for (String[] row : TABLE) if (row[2] != null && m.contains(row[2])) return Integer.parseInt(row[1]);
        }
        if (e instanceof java.net.ConnectException) return 111;
        if (e instanceof java.net.BindException) return 98;
        return EIO;
    }

    public static PyException fromJava(Exception e, PyObject filename) {
        return oserror(errnoOf(e), filename);
    }

    public static PyException fromJava2(Exception e, PyObject f1, PyObject f2) {
        return oserror2(errnoOf(e), f1, f2);
    }

    /** The bytes of a bytes-like argument. */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) return b.value();
        if (o instanceof PyStr) throw Errors.typeError("a bytes-like object is required, not 'str'");
        return ((PyBytes) Abstract.call(PyBytes.TYPE, o)).value();
    }
}
