package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyByteArray;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The layout and methods BufferedReader, BufferedWriter and BufferedRandom share
 * (Modules/_io/bufferedio.c's {@code buffered}): a read buffer ahead of the raw position and a
 * write buffer of pending bytes. The raw stream is called through its Python methods, or
 * directly when it is an exact FileIO (the common case, without the call overhead).
 * The three exposed types subclass this class; their shared methods are found here
 * by the type builder.
 */
public abstract class Buffered extends BufferedIOBase {
    /** The raw stream (counted); null once detached. */
    PyObject raw;
    /** raw when it is an exact FileIO (the fast path), else null. */
    FileIO fastRaw;
    boolean ok, detached, readable, writable, finalizing;
    int bufferSize;
    /** Read buffer: valid bytes are rbuf[rpos, rend); the raw position is at rend. */
    byte[] rbuf;
    int rpos, rend;
    /** Write buffer: wbuf[0, wlen) not yet written to raw. */
    byte[] wbuf;
    int wlen;
    /** Whether a buffer exists (false after close frees it, as CPython's self->buffer). */
    boolean hasBuffer;

    Buffered(PyType t) {
        super(t);
        IoModule.track(this);
    }

    /** _io._Buffered.__init__'s common part. */
    void init(PyObject rawObj, PyObject bufferSizeObj, boolean r, boolean w) {
        ok = false;
        detached = false;
        long bs = bufferSizeObj == null ? IoSupport.DEFAULT_BUFFER_SIZE : IoSupport.ssize(bufferSizeObj);
        FileIO f = rawObj.type == FileIO.TYPE ? (FileIO) rawObj : null;
        if (r && w) {
            if ((f != null ? f.seekable() : Abstract.callMethod(rawObj, "seekable")) != PyBool.TRUE) {
                throw IoSupport.unsupported("File or stream is not seekable.");
            }
        }
        if (r && (f != null ? f.readable() : Abstract.callMethod(rawObj, "readable")) != PyBool.TRUE) {
            throw IoSupport.unsupported("File or stream is not readable.");
        }
        if (w && (f != null ? f.writable() : Abstract.callMethod(rawObj, "writable")) != PyBool.TRUE) {
            throw IoSupport.unsupported("File or stream is not writable.");
        }
        PyObject old = raw;
        Heap.incref(rawObj);
        raw = rawObj;
        if (old != null) Heap.decref(old);
        fastRaw = rawObj.type == FileIO.TYPE ? (FileIO) rawObj : null;
        if (bs <= 0) throw Errors.valueError("buffer size must be strictly positive");
        if (bs > Integer.MAX_VALUE - 8) throw Errors.memoryError();
        bufferSize = (int) bs;
        readable = r;
        writable = w;
        rbuf = r ? new byte[bufferSize] : null;
        wbuf = w ? new byte[bufferSize] : null;
        rpos = rend = wlen = 0;
        hasBuffer = true;
        ok = true;
    }

    // ------------------------------------------------------------ checks

    final void checkInitialized() {
        if (!ok) {
            if (detached) throw Errors.valueError("raw stream has been detached");
            throw Errors.valueError("I/O operation on uninitialized object");
        }
    }

    final boolean isClosed() {
        if (!hasBuffer) return true;
        if (fastRaw != null) return fastRaw.fd < 0;
        return IoSupport.closedAttr(raw);
    }

    final void checkClosed(String msg) {
        if (isClosed() && readahead() == 0) throw Errors.valueError("%s", msg);
    }

    final int readahead() {
        return readable ? rend - rpos : 0;
    }

    // ------------------------------------------------------------ raw calls

    /** One raw read of at most n bytes; null when the raw stream would block (returned None). */
    final byte[] rawRead(int n) {
        if (fastRaw != null) return fastRaw.readRaw(n);
        PyByteArray b = PyByteArray.of(new byte[n]);
        Heap.incref(b);
        try {
            PyObject res = Abstract.callMethod(raw, "readinto", b);
            if (res == PyNone.NONE) return null;
            long got;
            try {
                got = IoSupport.ssize(res);
            } catch (PyException e) {
                PyException w = Errors.raise(ExceptionTypes.OSError, "raw readinto() failed");
                w.value.setCause(e.value);
                throw w;
            }
            if (got < 0 || got > n) {
                throw Errors.raise(ExceptionTypes.OSError,
                        "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, n);
            }
            return Arrays.copyOf(Buffers.storage(b), (int) got);
        } finally {
            Heap.decref(b);
        }
    }

    /** One raw write; the count written, or -2 when it would block. */
    final int rawWrite(byte[] b, int off, int len) {
        byte[] data = off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
        if (fastRaw != null) {
            fastRaw.writeRaw(data);
            return len;
        }
        PyObject res = Abstract.callMethod(raw, "write", PyBytes.wrap(data));
        if (res == PyNone.NONE) return -2;
        long n = IoSupport.ssize(res);
        if (n < 0 || n > len) {
            throw Errors.raise(ExceptionTypes.OSError,
                    "raw write() returned invalid length %d (should have been between 0 and %d)", n, len);
        }
        return (int) n;
    }

    final long rawTell() {
        long n = fastRaw != null ? fastRaw.lseek(0, 1, false) : IoSupport.ssize(Abstract.callMethod(raw, "tell"));
        if (n < 0) throw Errors.raise(ExceptionTypes.OSError, "Raw stream returned invalid position %d", n);
        return n;
    }

    final long rawSeek(long target, int whence) {
        long n = fastRaw != null ? fastRaw.lseek(target, whence, false)
                : IoSupport.ssize(Abstract.callMethod(raw, "seek", PyInt.of(target), PyInt.of(whence)));
        if (n < 0) throw Errors.raise(ExceptionTypes.OSError, "Raw stream returned invalid position %d", n);
        return n;
    }

    /** Writes out the write buffer (_bufferedwriter_flush_unlocked). */
    final void flushWrites() {
        int off = 0;
        try {
            while (off < wlen) {
                int n = rawWrite(wbuf, off, wlen - off);
                if (n == -2) {
                    PyObject e = Abstract.call(ExceptionTypes.BlockingIOError, PyInt.of(11),
                            PyStr.of("write could not complete without blocking"), PyInt.of(0));
                    throw new PyException((dev.glassbox.objects.PyBaseException) e);
                }
                off += n;
            }
        } finally {
            if (off > 0) {
                System.arraycopy(wbuf, off, wbuf, 0, wlen - off);
                wlen -= off;
            }
        }
    }

    /** Drops the read buffer, moving the raw position back to the logical one. */
    final void rewindReads() {
        int ahead = rend - rpos;
        if (ahead > 0) rawSeek(-ahead, 1);
        rpos = rend = 0;
    }

    /** buffered_flush_and_rewind_unlocked. */
    final void flushAndRewind() {
        if (writable) flushWrites();
        if (readable) rewindReads();
    }

    /** Refills the (empty) read buffer with one raw read; the count, 0 at EOF, -2 when blocking. */
    final int fillBuffer() {
        rpos = 0;
        rend = 0;
        byte[] got = rawRead(bufferSize);
        if (got == null) return -2;
        System.arraycopy(got, 0, rbuf, 0, got.length);
        rend = got.length;
        return got.length;
    }

    /** Before reading: pending writes go out first (BufferedRandom). */
    final void prepareRead() {
        if (writable && wlen > 0) flushWrites();
    }

    // ------------------------------------------------------------ reading

    PyObject readImpl(PyObject sizeObj) {
        checkInitialized();
        long n = IoSupport.sizeArg(sizeObj);
        if (n < -1) throw Errors.valueError("read length must be non-negative or -1");
        checkClosed("read of closed file");
        if (n == -1) return readAll();
        int avail = rend - rpos;
        if (n <= avail) {
            PyObject r = PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, rpos + (int) n));
            rpos += (int) n;
            return r;
        }
        prepareRead();
        return readGeneric((int) Math.min(n, Integer.MAX_VALUE - 8));
    }

    private PyObject readAll() {
        prepareRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(rbuf, rpos, rend - rpos);
        rpos = rend = 0;
        if (fastRaw != null) {
            out.writeBytes(((PyBytes) fastRaw.readall()).value());
            return PyBytes.wrap(out.toByteArray());
        }
        PyObject readall = Abstract.lookupAttr(raw, PyStr.intern("readall"));
        if (readall != null) {
            PyObject tmp = Abstract.call(readall);
            if (tmp != PyNone.NONE && !(tmp instanceof PyBytes)) throw Errors.typeError("readall() should return bytes");
            if (tmp == PyNone.NONE) return out.size() == 0 ? tmp : PyBytes.wrap(out.toByteArray());
            if (out.size() == 0) return tmp;
            out.writeBytes(((PyBytes) tmp).value());
            return PyBytes.wrap(out.toByteArray());
        }
        while (true) {
            PyObject data = Abstract.callMethod(raw, "read");
            if (data != PyNone.NONE && !(data instanceof PyBytes)) throw Errors.typeError("read() should return bytes");
            if (data == PyNone.NONE || ((PyBytes) data).value().length == 0) {
                if (out.size() == 0) return data;
                return PyBytes.wrap(out.toByteArray());
            }
            out.writeBytes(((PyBytes) data).value());
        }
    }

    /** _bufferedreader_read_generic: n bytes, whole buffer-size blocks read directly, the rest through the buffer. */
    private PyObject readGeneric(int n) {
        byte[] out = new byte[n];
        int written = rend - rpos;
        System.arraycopy(rbuf, rpos, out, 0, written);
        rpos = rend = 0;
        int remaining = n - written;
        while (remaining > 0) {
            int r = remaining - remaining % bufferSize;
            if (r == 0) break;
            byte[] got = rawRead(r);
            if (got == null || got.length == 0) {
                if (got == null && written == 0) return PyNone.NONE;
                return PyBytes.wrap(Arrays.copyOf(out, written));
            }
            System.arraycopy(got, 0, out, written, got.length);
            written += got.length;
            remaining -= got.length;
        }
        while (remaining > 0 && rend < bufferSize) {
            byte[] got = rawRead(bufferSize - rend);
            if (got == null || got.length == 0) {
                if (got == null && written == 0) return PyNone.NONE;
                break;
            }
            System.arraycopy(got, 0, rbuf, rend, got.length);
            rend += got.length;
            int take = Math.min(remaining, rend - rpos);
            System.arraycopy(rbuf, rpos, out, written, take);
            rpos += take;
            written += take;
            remaining -= take;
        }
        return PyBytes.wrap(written == n ? out : Arrays.copyOf(out, written));
    }

    PyObject read1Impl(PyObject sizeObj) {
        checkInitialized();
        long n = IoSupport.sizeArg(sizeObj);
        if (n < 0) n = bufferSize;
        checkClosed("read of closed file");
        if (n == 0) return PyBytes.EMPTY;
        int have = rend - rpos;
        if (have > 0) {
            int k = (int) Math.min(have, n);
            PyObject r = PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, rpos + k));
            rpos += k;
            return r;
        }
        prepareRead();
        rpos = rend = 0;
        byte[] got = rawRead((int) Math.min(n, Integer.MAX_VALUE - 8));
        return got == null ? PyNone.NONE : PyBytes.wrap(got);
    }

    PyObject peekImpl(PyObject sizeObj) {
        checkInitialized();
        checkClosed("peek of closed file");
        int have = rend - rpos;
        if (have > 0) return PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, rend));
        prepareRead();
        int r = fillBuffer();
        if (r == -2) r = 0;
        return PyBytes.wrap(Arrays.copyOfRange(rbuf, 0, r));
    }

    PyObject readintoImpl(PyObject buffer, boolean one) {
        checkInitialized();
        int len = writableBuffer(buffer, one ? "readinto1" : "readinto");
        checkClosed("readinto of closed file");
        int written = Math.min(len, rend - rpos);
        Buffers.writeInto(buffer, 0, rbuf, rpos, written);
        rpos += written;
        if (written == len) return PyInt.of(written);
        prepareRead();
        rpos = rend = 0;
        int remaining = len - written;
        while (remaining > 0) {
            if (remaining > bufferSize) {
                byte[] got = rawRead(remaining);
                if (got == null) {
                    if (written == 0) return PyNone.NONE;
                    break;
                }
                if (got.length == 0) break;
                Buffers.writeInto(buffer, written, got, 0, got.length);
                written += got.length;
                remaining -= got.length;
            } else if (!one || written == 0) {
                int r = fillBuffer();
                if (r == -2) {
                    if (written == 0) return PyNone.NONE;
                    break;
                }
                if (r == 0) break;
                int take = Math.min(remaining, r);
                Buffers.writeInto(buffer, written, rbuf, 0, take);
                rpos = take;
                written += take;
                remaining -= take;
            }
            if (one) break;
        }
        return PyInt.of(written);
    }

    /** _buffered_readline. */
    PyObject readlineImpl(long limit) {
        checkInitialized();
        checkClosed("readline of closed file");
        int have = rend - rpos;
        int max = limit < 0 || limit > have ? have : (int) limit;
        for (int i = rpos, end = rpos + max; i < end; i++) {
            if (rbuf[i] == '\n') {
                PyObject r = PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, i + 1));
                rpos = i + 1;
                return r;
            }
        }
        if (limit >= 0 && have >= limit) {
            PyObject r = PyBytes.wrap(Arrays.copyOfRange(rbuf, rpos, rpos + (int) limit));
            rpos += (int) limit;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, have * 2));
        out.write(rbuf, rpos, have);
        rpos = rend = 0;
        if (limit >= 0) limit -= have;
        prepareRead();
        while (true) {
            int r = fillBuffer();
            if (r <= 0) break;
            int k = limit < 0 || limit > r ? r : (int) limit;
            int nl = -1;
            for (int i = 0; i < k; i++) if (rbuf[i] == '\n') { nl = i; break; }
            if (nl >= 0) {
                out.write(rbuf, 0, nl + 1);
                rpos = nl + 1;
                break;
            }
            out.write(rbuf, 0, k);
            rpos = k;
            if (limit >= 0) {
                limit -= k;
                if (limit == 0) break;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    // ------------------------------------------------------------ writing

    PyObject writeImpl(PyObject b) {
        checkInitialized();
        byte[] v = Buffers.bytesOrNull(b);
        if (v == null) throw Errors.typeError("a bytes-like object is required, not '%s'", b.type.qualname);
        if (isClosed()) throw Errors.valueError("write to closed file");
        if (readable && rend - rpos > 0) rewindReads();
        else if (readable) rpos = rend = 0;
        int len = v.length;
        if (len <= bufferSize - wlen) {
            System.arraycopy(v, 0, wbuf, wlen, len);
            wlen += len;
            return PyInt.of(len);
        }
        flushWrites();
        int off = 0;
        while (len - off > bufferSize) {
            int n = rawWrite(v, off, len - off);
            if (n == -2) {
                // Buffer what fits; report how much was taken (BlockingIOError's characters_written).
                int take = Math.min(bufferSize - wlen, len - off);
                System.arraycopy(v, off, wbuf, wlen, take);
                wlen += take;
                PyObject e = Abstract.call(ExceptionTypes.BlockingIOError, PyInt.of(11),
                        PyStr.of("write could not complete without blocking"), PyInt.of(off + take));
                throw new PyException((dev.glassbox.objects.PyBaseException) e);
            }
            off += n;
        }
        System.arraycopy(v, off, wbuf, wlen, len - off);
        wlen += len - off;
        return PyInt.of(len);
    }

    // ------------------------------------------------------------ shared methods

    @Exposed.Method(sig = "($self, target, whence=0, /)")
    public PyObject seek(PyObject targetObj, PyObject whenceObj) {
        checkInitialized();
        int whence = whenceObj == null ? 0 : IoSupport.cInt(whenceObj);
        if (whence < 0 || whence > 2) throw Errors.valueError("whence value %d unsupported", whence);
        checkClosed("seek of closed file");
        if (Abstract.callMethod(raw, "seekable") != PyBool.TRUE) throw IoSupport.unsupported("File or stream is not seekable.");
        long target = IoSupport.ssize(targetObj);
        if ((whence == 0 || whence == 1) && readable && wlen == 0) {
            int avail = rend - rpos;
            if (avail > 0) {
                long current = rawTell();
                long offset = whence == 0 ? target - (current - avail) : target;
                if (offset >= -rpos && offset <= avail) {
                    rpos += (int) offset;
                    long r = current - avail + offset;
                    return PyInt.of(Math.max(0, r));
                }
            }
        }
        int ahead = readable ? rend - rpos : 0;
        if (writable) flushWrites();
        if (whence == 1) target -= ahead;
        long n = rawSeek(target, whence);
        if (readable) rpos = rend = 0;
        return PyInt.of(n);
    }

    @Exposed.Method
    public PyObject tell() {
        checkInitialized();
        long pos = rawTell() - readahead() + (writable ? wlen : 0);
        return PyInt.of(Math.max(pos, 0));
    }

    @Exposed.Method(sig = "($self, pos=None, /)")
    public PyObject truncate(PyObject pos) {
        checkInitialized();
        checkClosed("truncate of closed file");
        if (!writable) throw IoSupport.unsupported("truncate");
        flushAndRewind();
        return Abstract.callMethod(raw, "truncate", pos == null ? PyNone.NONE : pos);
    }

    @Exposed.Method
    public PyObject flush() {
        checkInitialized();
        if (writable) {
            if (isClosed()) throw Errors.valueError("flush of closed file");
            flushAndRewind();
            return PyNone.NONE;
        }
        // BufferedReader.flush is buffered_simple_flush: the raw stream's flush.
        return Abstract.callMethod(raw, "flush");
    }

    @Exposed.Method
    public PyObject close() {
        checkInitialized();
        if (isClosed()) return PyNone.NONE;
        if (finalizing) {
            try {
                deallocWarn(this);
            } catch (PyException e) {
                // cleared
            }
        }
        PyException err = null;
        try {
            Abstract.callMethod(this, "flush");
        } catch (PyException e) {
            err = e;
        }
        try {
            Abstract.callMethod(raw, "close");
        } catch (PyException e) {
            err = IoSupport.chain(e, err);
        }
        hasBuffer = false;
        rbuf = null;
        wbuf = null;
        rpos = rend = wlen = 0;
        if (err != null) throw err;
        return PyNone.NONE;
    }

    void deallocWarn(PyObject source) {
        if (raw == null) return;
        if (fastRaw != null) {
            fastRaw.deallocWarn(source);
            return;
        }
        PyObject m = Abstract.lookupAttr(raw, PyStr.intern("_dealloc_warn"));
        if (m != null) Abstract.call(m, source);
    }

    @Exposed.Method(name = "_dealloc_warn", sig = "($self, source, /)")
    public PyObject deallocWarnMethod(PyObject source) {
        deallocWarn(source);
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject detach() {
        checkInitialized();
        Abstract.callMethod(this, "flush");
        PyObject r = raw;
        raw = null;
        fastRaw = null;
        ok = false;
        detached = true;
        // The reference passes to the caller (queued at zero if nobody keeps it).
        if (r != null) Heap.decref(r);
        return r;
    }

    @Exposed.Method
    public PyObject seekable() {
        checkInitialized();
        return fastRaw != null ? fastRaw.seekable() : Abstract.callMethod(raw, "seekable");
    }

    /** raw.readable() / raw.writable(), directly for an exact FileIO. */
    final PyObject rawReadable() {
        checkInitialized();
        return fastRaw != null ? fastRaw.readable() : Abstract.callMethod(raw, "readable");
    }

    final PyObject rawWritable() {
        checkInitialized();
        return fastRaw != null ? fastRaw.writable() : Abstract.callMethod(raw, "writable");
    }

    @Exposed.Method
    public PyObject fileno() {
        checkInitialized();
        return Abstract.callMethod(raw, "fileno");
    }

    @Exposed.Method
    public PyObject isatty() {
        checkInitialized();
        return Abstract.callMethod(raw, "isatty");
    }

    @Exposed.Getter(name = "raw")
    public PyObject rawGetter() {
        return raw == null ? PyNone.NONE : raw;
    }

    @Exposed.Getter(name = "closed")
    public PyObject closedGetter() {
        checkInitialized();
        return Abstract.getAttr(raw, "closed");
    }

    @Exposed.Getter(name = "name")
    public PyObject nameGetter() {
        checkInitialized();
        return Abstract.getAttr(raw, "name");
    }

    @Exposed.Getter(name = "mode")
    public PyObject modeGetter() {
        checkInitialized();
        return Abstract.getAttr(raw, "mode");
    }

    @Exposed.Getter(name = "_finalizing")
    public PyObject finalizingGetter() {
        return PyBool.of(finalizing);
    }

    @Exposed.Setter(name = "_finalizing")
    public void finalizingSetter(PyObject v) {
        finalizing = v != null && Abstract.isTrue(v);
    }

    @Override
    void setFinalizing() {
        finalizing = true;
    }

    @Exposed.Method
    public PyObject __sizeof__() {
        return PyInt.of(type.basicSize + (hasBuffer ? bufferSize : 0));
    }

    @Exposed.Method
    public PyObject __repr__() {
        PyObject name;
        try {
            name = Abstract.lookupAttr(this, PyStr.intern("name"));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ValueError)) throw e;
            name = null;
        }
        if (name == null) return PyStr.of("<" + type.name + ">");
        if (!ReprGuard.enter(this)) throw Errors.runtimeError("reentrant call inside %s.__repr__", type.name);
        try {
            return PyStr.of("<" + type.name + " name=" + Abstract.repr(name).value + ">");
        } finally {
            ReprGuard.leave(this);
        }
    }

    PyObject nextLine() {
        PyObject line;
        if (getClass() == type.javaClass && !type.isHeapType()) {
            line = readlineImpl(-1);
        } else {
            line = Abstract.callMethod(this, "readline");
            if (!(line instanceof PyBytes)) {
                throw Errors.raise(ExceptionTypes.OSError, "readline() should have returned a bytes object, not '%s'", line.type.qualname);
            }
        }
        if (((PyBytes) line).value().length == 0) throw Errors.stopIteration();
        return line;
    }

    @Override
    public void traverse(Visitor v) {
        if (raw != null) v.visit(raw);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject x = raw;
        raw = null;
        fastRaw = null;
        ok = false;
        r.release(x);
        super.release(r);
    }
}
