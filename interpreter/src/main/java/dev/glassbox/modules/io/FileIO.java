package dev.glassbox.modules.io;

import dev.glassbox.modules.WarningsModule;
import dev.glassbox.modules.os.FdTable;
import dev.glassbox.modules.os.PosixErrors;
import dev.glassbox.modules.os.PosixModule;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
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
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;

import java.io.ByteArrayOutputStream;

/**
 * {@code _io.FileIO} (Modules/_io/fileio.c): raw unbuffered I/O on a descriptor of the
 * runtime's table ({@link FdTable}), with CPython's mode parsing, messages and errno-carrying
 * OSErrors. The descriptor is closed by close() (if closefd) and by the finalizer, which warns
 * "unclosed file" (ResourceWarning) first.
 */
@Exposed.Type(name = "FileIO", module = "_io", instanceDict = true, gc = true, basicSize = 48,
        doc = "Open a file.\n\n"
                + "The mode can be 'r' (default), 'w', 'x' or 'a' for reading,\n"
                + "writing, exclusive creation or appending.  The file will be created if it\n"
                + "doesn't exist when opened for writing or appending; it will be truncated\n"
                + "when opened for writing.  A FileExistsError will be raised if it already\n"
                + "exists when opened for creating. Opening a file for creating implies\n"
                + "writing so this mode behaves similarly to 'w'.Add a '+' to the mode\n"
                + "to allow simultaneous reading and writing. A custom opener can be used by\n"
                + "passing a callable as *opener*. The underlying file descriptor for the file\n"
                + "object is then obtained by calling opener with (*name*, *flags*).\n"
                + "*opener* must return an open file descriptor (passing os.open as *opener*\n"
                + "results in functionality similar to passing None).")
public class FileIO extends RawIOBase {
    public static final PyType TYPE = PyType.fromClass(FileIO.class);

    static {
        TYPE.weakrefable = true;
    }

    private static final int READ_MAX = Integer.MAX_VALUE - 8;

    int fd = -1;
    boolean created, readable, writable, appending, closefd = true, finalizing;
    /** -1 unknown, else whether lseek works. */
    int seekable = -1;
    int blksize;

    public FileIO(PyType t) {
        super(t);
        IoModule.track(this);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        FileIO f = (FileIO) ((PyType) cls).allocate();
        f.fd = -1;
        return f;
    }

    @Exposed.Method(sig = "($self, /, file, mode='r', closefd=True, opener=None)")
    public void __init__(PyObject nameobj, PyObject modeObj, PyObject closefdObj, PyObject opener) {
        if (fd >= 0) {
            if (closefd) internalClose();
            else fd = -1;
        }
        if (!(modeObj instanceof PyStr ms)) {
            throw Errors.typeError("FileIO() argument 'mode' must be str, not %s", modeObj.type.qualname);
        }
        String mode = ms.value;
        boolean wantClosefd = Abstract.isTrue(closefdObj);
        int newFd = -1;
        boolean isFd = false;
        if (!(nameobj instanceof PyFloat) && Buffers.isIndex(nameobj)) {
            PyInt i = Abstract.index(nameobj);
            if (!i.isBig() && i.value >= Integer.MIN_VALUE && i.value <= Integer.MAX_VALUE) {
                if (i.value < 0) throw Errors.valueError("negative file descriptor");
                newFd = (int) i.value;
                isFd = true;
            }
        }
        PyObject fspath = null;
        if (!isFd) fspath = PosixModule.fspath(nameobj);
        created = readable = writable = appending = false;
        boolean rwa = false, plus = false;
        int flags = 0;
        for (int k = 0; k < mode.length(); k++) {
            char c = mode.charAt(k);
            switch (c) {
                case 'x' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    created = writable = true;
                    flags |= PosixModule.O_EXCL | PosixModule.O_CREAT;
                }
                case 'r' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    readable = true;
                }
                case 'w' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    writable = true;
                    flags |= PosixModule.O_CREAT | PosixModule.O_TRUNC;
                }
                case 'a' -> {
                    if (rwa) throw badMode();
                    rwa = true;
                    writable = appending = true;
                    flags |= PosixModule.O_APPEND | PosixModule.O_CREAT;
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) throw badMode();
                    readable = writable = plus = true;
                }
                default -> throw Errors.valueError("invalid mode: %s", mode);
            }
        }
        if (!rwa) throw badMode();
        if (readable && writable) flags |= PosixModule.O_RDWR;
        else if (readable) flags |= PosixModule.O_RDONLY;
        else flags |= PosixModule.O_WRONLY;
        flags |= PosixModule.O_CLOEXEC;
        boolean own = false;
        if (isFd) {
            fd = newFd;
            closefd = wantClosefd;
        } else {
            closefd = true;
            if (!wantClosefd) throw Errors.valueError("Cannot use closefd=False with file name");
            if (opener == null || opener == PyNone.NONE) {
                fd = FdTable.open(FdTable.pathOf(fspath), flags, 0666, nameobj);
            } else {
                PyObject fdobj = Abstract.call(opener, nameobj, PyInt.of(flags));
                if (!(fdobj instanceof PyInt fi)) throw Errors.typeError("expected integer from opener");
                if (fi.isBig() || fi.value > Integer.MAX_VALUE || fi.value < Integer.MIN_VALUE) {
                    throw Errors.overflowError("Python int too large to convert to C int");
                }
                fd = (int) fi.value;
                if (fd < 0) throw Errors.valueError("opener returned %d", fd);
            }
            own = true;
        }
        blksize = IoSupport.DEFAULT_BUFFER_SIZE;
        try {
            if (!FdTable.has(fd)) throw PosixErrors.oserror(PosixErrors.EBADF, null);
            if (FdTable.isDirectory(fd)) throw PosixErrors.oserror(PosixErrors.EISDIR, nameobj);
            if (FdTable.get(fd).path != null) blksize = 4096;
            if (type == TYPE) Abstract.instanceDict(this).setItem("name", nameobj);
            else Abstract.setAttr(this, PyStr.intern("name"), nameobj);
            if (appending) lseek(0, 2, true);
        } catch (PyException e) {
            if (own) {
                try {
                    FdTable.close(fd);
                } catch (PyException ignored) {
                    // the first error is the one reported
                }
            }
            fd = -1;
            throw e;
        }
    }

    private static PyException badMode() {
        return Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    // ------------------------------------------------------------ helpers

    static PyException errClosed() {
        return Errors.valueError("I/O operation on closed file");
    }

    static PyException errMode(String action) {
        return IoSupport.unsupported("File not open for " + action);
    }

    private void checkOpen() {
        if (fd < 0) throw errClosed();
    }

    long lseek(long pos, int whence, boolean suppressPipe) {
        long res;
        try {
            res = FdTable.seek(fd, pos, whence);
            if (seekable < 0) seekable = 1;
        } catch (PyException e) {
            if (seekable < 0) seekable = 0;
            if (suppressPipe && e.matches(ExceptionTypes.OSError) && errnoOf(e) == PosixErrors.ESPIPE) return 0;
            throw e;
        }
        return res;
    }

    private static int errnoOf(PyException e) {
        try {
            PyObject n = Abstract.getAttr(e.value, "errno");
            return n instanceof PyInt i ? (int) i.value : -1;
        } catch (PyException x) {
            return -1;
        }
    }

    private void internalClose() {
        if (fd >= 0) {
            int f = fd;
            fd = -1;
            FdTable.close(f);
        }
    }

    String modeString() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    /** Reads at most n bytes (a short read at end of file); Java bytes for the buffered layer. */
    byte[] readRaw(int n) {
        checkOpen();
        if (!readable) throw errMode("reading");
        return FdTable.read(fd, n);
    }

    void writeRaw(byte[] b) {
        checkOpen();
        if (!writable) throw errMode("writing");
        FdTable.write(fd, b);
    }

    // ------------------------------------------------------------ methods

    @Exposed.Method(doc = "Return the underlying file descriptor (an integer).")
    public PyObject fileno() {
        checkOpen();
        return PyInt.of(fd);
    }

    @Exposed.Method(doc = "True if file was opened in a read mode.")
    public PyObject readable() {
        checkOpen();
        return PyBool.of(readable);
    }

    @Exposed.Method(doc = "True if file was opened in a write mode.")
    public PyObject writable() {
        checkOpen();
        return PyBool.of(writable);
    }

    @Exposed.Method(doc = "True if file supports random-access.")
    public PyObject seekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                lseek(0, 1, false);
            } catch (PyException e) {
                // seekable is now 0
            }
        }
        return PyBool.of(seekable == 1);
    }

    @Exposed.Method(sig = "($self, buffer, /)", doc = "Same as RawIOBase.readinto().")
    public PyObject readinto(PyObject buffer) {
        int len = Buffers.writableLength(buffer);
        if (len < 0) throw Errors.typeError("readinto() argument must be read-write bytes-like object, not %s", buffer.type.qualname);
        checkOpen();
        if (!readable) throw errMode("reading");
        byte[] got = FdTable.read(fd, len);
        Buffers.writeInto(buffer, 0, got, 0, got.length);
        return PyInt.of(got.length);
    }

    @Exposed.Method(doc = "Read all data from the file, returned as bytes.\n\n"
            + "In non-blocking mode, returns as much as is immediately available,\n"
            + "or None if no data is available.  Return an empty bytes object at EOF.")
    public PyObject readall() {
        checkOpen();
        if (!readable) throw errMode("reading");
        long rem = FdTable.remaining(fd);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rem > 0 && rem < READ_MAX ? (int) rem + 1 : 8192);
        while (true) {
            int want = rem > 0 && out.size() == 0 && rem < READ_MAX ? (int) rem + 1 : Math.max(8192, out.size());
            byte[] chunk = FdTable.read(fd, want);
            if (chunk.length == 0) break;
            out.writeBytes(chunk);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @Exposed.Method(sig = "($self, size=-1, /)", doc = "Read at most size bytes, returned as bytes.\n\n"
            + "Only makes one system call, so less data may be returned than requested.\n"
            + "In non-blocking mode, returns None if no data is available.\n"
            + "Return an empty bytes object at EOF.")
    public PyObject read(PyObject sizeObj) {
        long size = IoSupport.sizeArg(sizeObj);
        checkOpen();
        if (!readable) throw errMode("reading");
        if (size < 0) return readall();
        if (size > READ_MAX) size = READ_MAX;
        return PyBytes.wrap(FdTable.read(fd, (int) size));
    }

    @Exposed.Method(sig = "($self, b, /)", doc = "Write buffer b to file, return number of bytes written.\n\n"
            + "Only makes one system call, so not all of the data may be written.\n"
            + "The number of bytes actually written is returned.  In non-blocking mode,\n"
            + "returns None if the write would block.")
    public PyObject write(PyObject b) {
        byte[] v = Buffers.bytesOrNull(b);
        if (v == null) throw Errors.typeError("a bytes-like object is required, not '%s'", b.type.qualname);
        checkOpen();
        if (!writable) throw errMode("writing");
        return PyInt.of(FdTable.write(fd, v));
    }

    @Exposed.Method(sig = "($self, pos, whence=0, /)", doc = "Move to new file position and return the file position.\n\n"
            + "Argument offset is a byte count.  Optional argument whence defaults to\n"
            + "SEEK_SET or 0 (offset from start of file, offset should be >= 0); other values\n"
            + "are SEEK_CUR or 1 (move relative to current position, positive or negative),\n"
            + "and SEEK_END or 2 (move relative to end of file, usually negative, although\n"
            + "many platforms allow seeking beyond the end of a file).\n\n"
            + "Note that not all file objects are seekable.")
    public PyObject seek(PyObject pos, PyObject whenceObj) {
        int whence = whenceObj == null ? 0 : IoSupport.cInt(whenceObj);
        checkOpen();
        if (pos instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        long p = IoSupport.ssize(pos);
        return PyInt.of(lseek(p, whence, false));
    }

    @Exposed.Method(doc = "Current file position.\n\nCan raise OSError for non seekable files.")
    public PyObject tell() {
        checkOpen();
        return PyInt.of(lseek(0, 1, false));
    }

    @Exposed.Method(sig = "($self, size=None, /)", doc = "Truncate the file to at most size bytes and return the truncated size.\n\n"
            + "Size defaults to the current file position, as returned by tell().\n"
            + "The current file position is changed to the value of size.")
    public PyObject truncate(PyObject posObj) {
        checkOpen();
        if (!writable) throw errMode("writing");
        long p = posObj == null || posObj == PyNone.NONE ? lseek(0, 1, false) : IoSupport.ssize(posObj);
        FdTable.truncate(fd, p);
        return PyInt.of(p);
    }

    @Exposed.Method(doc = "True if the file is connected to a TTY device.")
    public PyObject isatty() {
        checkOpen();
        return PyBool.of(FdTable.isatty(fd));
    }

    @Exposed.Method(doc = "Close the file.\n\n"
            + "A closed file cannot be used for further I/O operations.  close() may be\n"
            + "called more than once without error.")
    public PyObject close() {
        PyException err = null;
        try {
            super.close();
        } catch (PyException e) {
            err = e;
        }
        if (!closefd) {
            fd = -1;
            if (err != null) throw err;
            return PyNone.NONE;
        }
        if (finalizing) {
            try {
                deallocWarn(this);
            } catch (PyException e) {
                // cleared, as CPython does
            }
        }
        try {
            internalClose();
        } catch (PyException e) {
            throw IoSupport.chain(e, err);
        }
        if (err != null) throw err;
        return PyNone.NONE;
    }

    @Exposed.Method(name = "_dealloc_warn", sig = "($self, source, /)")
    public PyObject deallocWarnMethod(PyObject source) {
        deallocWarn(source);
        return PyNone.NONE;
    }

    void deallocWarn(PyObject source) {
        if (fd >= 0 && closefd) {
            String r;
            try {
                r = Abstract.repr(source).value;
            } catch (PyException e) {
                return;
            }
            // PyErr_ResourceWarning(source, 1, "unclosed file %R", source): the source goes to the warning.
            WarningsModule.warn(PyStr.of("unclosed file " + r), ExceptionTypes.ResourceWarning, PyInt.of(1), source);
        }
    }

    @Override
    void setFinalizing() {
        finalizing = true;
    }

    @Exposed.Method
    public PyObject __repr__() {
        if (fd < 0) return PyStr.of("<_io.FileIO [closed]>");
        PyObject name = Abstract.lookupAttr(this, PyStr.intern("name"));
        String cf = closefd ? "True" : "False";
        if (name == null) return PyStr.of("<_io.FileIO fd=" + fd + " mode='" + modeString() + "' closefd=" + cf + ">");
        if (!ReprGuard.enter(this)) throw Errors.runtimeError("reentrant call inside %s.__repr__", type.name);
        try {
            return PyStr.of("<_io.FileIO name=" + Abstract.repr(name).value + " mode='" + modeString() + "' closefd=" + cf + ">");
        } finally {
            ReprGuard.leave(this);
        }
    }

    @Exposed.Getter(name = "closed", doc = "True if the file is closed")
    public PyObject closedGetter() {
        return PyBool.of(fd < 0);
    }

    @Exposed.Getter(name = "closefd", doc = "True if the file descriptor will be closed by close().")
    public PyObject closefdGetter() {
        return PyBool.of(closefd);
    }

    @Exposed.Getter(name = "mode", doc = "String giving the file mode")
    public PyObject modeGetter() {
        return PyStr.of(modeString());
    }

    @Exposed.Getter(name = "_blksize")
    public PyObject blksizeGetter() {
        return PyInt.of(blksize);
    }

    @Exposed.Getter(name = "_finalizing")
    public PyObject finalizingGetter() {
        return PyBool.of(finalizing);
    }

    @Exposed.Setter(name = "_finalizing")
    public void finalizingSetter(PyObject v) {
        finalizing = v != null && Abstract.isTrue(v);
    }
}
