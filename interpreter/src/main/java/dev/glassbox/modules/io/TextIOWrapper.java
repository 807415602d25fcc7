package dev.glassbox.modules.io;

import dev.glassbox.memory.Heap;
import dev.glassbox.modules.CodecsModule;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Buffers;
import dev.glassbox.objects.Codecs;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.ReprGuard;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * {@code _io.TextIOWrapper} (Modules/_io/textio.c): text over a buffered binary stream with
 * the codec's incremental decoder and encoder, universal newlines, line buffering and
 * CPython's tell/seek cookies (start position, decoder flags, bytes to feed, characters to
 * skip, need-EOF, packed little-endian as CPython packs them), so cookies round-trip and equal
 * CPython's numbers.
 */
@Exposed.Type(name = "TextIOWrapper", module = "_io", instanceDict = true, gc = true, basicSize = 192,
        doc = "Character and line based layer over a BufferedIOBase object, buffer.\n\n"
                + "encoding gives the name of the encoding that the stream will be\n"
                + "decoded or encoded with. It defaults to locale.getencoding().\n\n"
                + "errors determines the strictness of encoding and decoding (see\n"
                + "help(codecs.Codec) or the documentation for codecs.register) and\n"
                + "defaults to \"strict\".\n\n"
                + "newline controls how line endings are handled. It can be None, '',\n"
                + "'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n"
                + "* On input, if newline is None, universal newlines mode is\n"
                + "  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n"
                + "  these are translated into '\\n' before being returned to the\n"
                + "  caller. If it is '', universal newline mode is enabled, but line\n"
                + "  endings are returned to the caller untranslated. If it has any of\n"
                + "  the other legal values, input lines are only terminated by the given\n"
                + "  string, and the line ending is returned to the caller untranslated.\n\n"
                + "* On output, if newline is None, any '\\n' characters written are\n"
                + "  translated to the system default line separator, os.linesep. If\n"
                + "  newline is '' or '\\n', no translation takes place. If newline is any\n"
                + "  of the other legal values, any '\\n' characters written are translated\n"
                + "  to the given string.\n\n"
                + "If line_buffering is True, a call to flush is implied when a call to\n"
                + "write contains a newline character.")
public class TextIOWrapper extends TextIOBase {
    public static final PyType TYPE = PyType.fromClass(TextIOWrapper.class);

    static {
        TYPE.weakrefable = true;
    }

    PyObject buffer;
    String encoding = "", errors = "strict";
    /** The codec's incremental decoder (wrapped in a NewlineDecoder for universal newlines) and encoder; counted. */
    PyObject decoder, encoder;
    /** The Java encoding used on write when the encoder is stateless (utf-8, latin-1, ascii), else null. */
    String fastEncoding;
    /** Whether the buffer is readable/writable (a decoder/encoder exists or will be made). */
    boolean canRead, canWrite;
    /** For a stateless built-in encoding the codec objects are made on first need (start-up needs none). */
    boolean codecsPending;
    boolean ok, detached, finalizing;
    boolean readuniversal, readtranslate, writetranslate, lineBuffering, writeThrough;
    String readnl, writenl;
    boolean seekable, telling, hasRead1, encodingStartOfStream;
    int chunkSize = 8192;
    /** Decoded text not yet returned: decoded.substring(used). */
    String decoded;
    int used;
    /** (dec_flags, next_input) of the last chunk read, for tell(). */
    BigInteger snapFlags;
    byte[] snapInput;
    double b2cratio;
    ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public TextIOWrapper(PyType t) {
        super(t);
        IoModule.track(this);
    }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        return ((PyType) cls).allocate();
    }

    @Exposed.Method(sig = "($self, /, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)")
    public void __init__(PyObject buf, PyObject enc, PyObject err, PyObject nl, PyObject lb, PyObject wt) {
        ok = false;
        detached = false;
        if (enc != PyNone.NONE && !(enc instanceof PyStr)) {
            throw Errors.typeError("TextIOWrapper() argument 'encoding' must be str or None, not %s", enc.type.name);
        }
        if (err != PyNone.NONE && !(err instanceof PyStr)) {
            throw Errors.typeError("TextIOWrapper() argument 'errors' must be str or None, not %s", err.type.name);
        }
        if (nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not %s", nl.type.name);
        }
        String newline = nl == PyNone.NONE ? null : ((PyStr) nl).value;
        if (enc instanceof PyStr es && es.value.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
        if (newline != null) validateNewline(newline);
        String e;
        if (enc == PyNone.NONE || ((PyStr) enc).value.equals("locale")) e = localeEncoding();
        else e = ((PyStr) enc).value;
        String er = err == PyNone.NONE ? "strict" : ((PyStr) err).value;
        if (er.indexOf('\0') >= 0) throw Errors.valueError("embedded null character");
        lineBuffering = Abstract.isTrue(lb);
        writeThrough = Abstract.isTrue(wt);
        chunkSize = 8192;
        decoded = null;
        used = 0;
        snapInput = null;
        pending.reset();
        b2cratio = 0;
        setNewline(newline);
        PyObject old = buffer;
        Heap.incref(buf);
        buffer = buf;
        if (old != null) Heap.decref(old);
        encoding = e;
        errors = er;
        String fast = statelessName(e);
        if (fast != null && builtinHandler(er)) {
            dropCodecs();
            Buffered b = buf instanceof Buffered bb && !bb.type.isHeapType() ? bb : null;
            canRead = b != null ? b.readable && Abstract.isTrue(b.rawReadable())
                    : Abstract.isTrue(Abstract.callMethod(buf, "readable"));
            canWrite = b != null ? b.writable && Abstract.isTrue(b.rawWritable())
                    : Abstract.isTrue(Abstract.callMethod(buf, "writable"));
            fastEncoding = canWrite ? fast : null;
            codecsPending = true;
        } else {
            PyObject codecInfo = lookupText(e, "codecs.open()");
            Heap.incref(codecInfo);
            try {
                makeCodecs(codecInfo);
            } finally {
                Heap.decref(codecInfo);
            }
        }
        Buffered exact = buf instanceof Buffered bb && !bb.type.isHeapType() ? bb : null;
        seekable = telling = Abstract.isTrue(exact != null ? exact.seekable() : Abstract.callMethod(buf, "seekable"));
        // Every Buffered type has read1 (BufferedWriter's is _BufferedIOBase's).
        hasRead1 = exact != null || Abstract.lookupAttr(buf, PyStr.intern("read1")) != null;
        encodingStartOfStream = false;
        fixEncoderState();
        ok = true;
    }

    static String localeEncoding() {
        return "UTF-8";
    }

    private static void validateNewline(String newline) {
        if (!newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
    }

    private void setNewline(String newline) {
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = null;
        if (!readuniversal && readnl != null && !readnl.equals("\n")) writenl = readnl;
    }

    /** _PyCodec_LookupTextEncoding. */
    static PyObject lookupText(String enc, String alternate) {
        PyObject info = CodecsModule.lookup(PyStr.of(enc));
        PyObject isText = Abstract.lookupAttr(info, PyStr.intern("_is_text_encoding"));
        if (isText != null && !Abstract.isTrue(isText)) {
            throw Errors.raise(ExceptionTypes.LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs", enc, alternate);
        }
        return info;
    }

    /** utf-8, latin-1 and ascii under their usual spellings: encoded in Java without an encoder object. */
    static String statelessName(String enc) {
        String n = enc.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin" -> "latin-1";
            case "ascii", "us-ascii", "646" -> "ascii";
            default -> null;
        };
    }

    private void dropCodecs() {
        PyObject oldD = decoder, oldE = encoder;
        decoder = null;
        encoder = null;
        if (oldD != null) Heap.decref(oldD);
        if (oldE != null) Heap.decref(oldE);
    }

    /** Makes the deferred codec objects (before reading, tell/seek or reconfigure). */
    final void ensureCodecs() {
        if (!codecsPending) return;
        codecsPending = false;
        PyObject info = lookupText(encoding, "codecs.open()");
        Heap.incref(info);
        try {
            makeCodecs(info);
        } finally {
            Heap.decref(info);
        }
    }

    private void makeCodecs(PyObject codecInfo) {
        codecsPending = false;
        PyObject oldD = decoder, oldE = encoder;
        decoder = null;
        encoder = null;
        fastEncoding = null;
        canRead = Abstract.isTrue(Abstract.callMethod(buffer, "readable"));
        canWrite = Abstract.isTrue(Abstract.callMethod(buffer, "writable"));
        if (canRead) {
            PyObject d = Abstract.callMethod(codecInfo, "incrementaldecoder", PyStr.of(errors));
            if (readuniversal) d = NewlineDecoder.create(d, readtranslate);
            Heap.incref(d);
            decoder = d;
        }
        if (canWrite) {
            PyObject en = Abstract.callMethod(codecInfo, "incrementalencoder", PyStr.of(errors));
            Heap.incref(en);
            encoder = en;
            PyObject name = Abstract.lookupAttr(codecInfo, PyStr.intern("name"));
            if (name instanceof PyStr ns && (ns.value.equals("utf-8") || ns.value.equals("latin-1") || ns.value.equals("iso8859-1")
                    || ns.value.equals("ascii")) && Codecs.known(ns.value) && builtinHandler(errors)) {
                fastEncoding = ns.value;
            }
        }
        if (oldD != null) Heap.decref(oldD);
        if (oldE != null) Heap.decref(oldE);
    }

    private static boolean builtinHandler(String errors) {
        return switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass" -> true;
            default -> false;
        };
    }

    /** _textiowrapper_fix_encoder_state: no BOM in the middle of a seekable stream. */
    private void fixEncoderState() {
        if (!seekable || !canWrite || (codecsPending && fastEncoding != null)) return;
        ensureCodecs();
        encodingStartOfStream = true;
        PyObject cookie = Abstract.callMethod(buffer, "tell");
        if (!Abstract.richCompareBool(cookie, PyInt.of(0), Abstract.EQ)) {
            encodingStartOfStream = false;
            Abstract.callMethod(encoder, "setstate", PyInt.of(0));
        }
    }

    // ------------------------------------------------------------ checks

    final void checkAttached() {
        if (!ok) {
            if (detached) throw Errors.valueError("underlying buffer has been detached");
            throw Errors.valueError("I/O operation on uninitialized object");
        }
    }

    final boolean isClosed() {
        // Exact Buffered* over an exact FileIO: the closed state without attribute calls.
        if (buffer instanceof Buffered b && b.fastRaw != null && !b.type.isHeapType()) return b.isClosed();
        return IoSupport.closedAttr(buffer);
    }

    final void checkClosed() {
        if (isClosed()) throw IoSupport.closedFile();
    }

    // ------------------------------------------------------------ writing

    private void writeflush() {
        if (pending.size() == 0) return;
        byte[] b = pending.toByteArray();
        pending.reset();
        if (buffer instanceof Buffered bw && bw.writable && !bw.type.isHeapType()) bw.writeImpl(PyBytes.wrap(b));
        else Abstract.callMethod(buffer, "write", PyBytes.wrap(b));
    }

    @Exposed.Method(sig = "($self, text, /)")
    public PyObject write(PyObject textObj) {
        checkAttached();
        if (!(textObj instanceof PyStr ts)) throw Errors.typeError("write() argument must be str, not %s", textObj.type.qualname);
        checkClosed();
        if (!canWrite) throw IoSupport.unsupported("not writable");
        writeStr(ts, ts.value);
        return PyInt.of(ts.length());
    }

    /** Text from the runtime (print's fast path and the standard streams' Java writers). */
    public void writeText(String text) {
        writeStr(null, text);
    }

    /** The encoded bytes of text for a stateless built-in codec (Java's encoders where they agree with CPython's). */
    private byte[] encodeFast(PyStr given, String text) {
        PyStr s = given != null && given.value == text ? given : PyStr.of(text);
        int max = s.maxChar();
        if (max < 0x80) return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (fastEncoding.equals("utf-8") && max < 0xD800) return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (fastEncoding.equals("latin-1") && max < 0x100) return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return Codecs.encode(s, fastEncoding, errors);
    }

    /** write() after the checks. */
    private void writeStr(PyStr given, String text) {
        boolean haslf = (writetranslate || lineBuffering) && text.indexOf('\n') >= 0;
        if (haslf && writetranslate && writenl != null) text = text.replace("\n", writenl);
        boolean needflush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        byte[] b;
        if (fastEncoding != null) {
            b = encodeFast(given, text);
        } else {
            if (encodingStartOfStream) {
                // The first write of a fresh stream may write a BOM; later ones never do.
                encodingStartOfStream = false;
            }
            PyObject r = Abstract.callMethod(encoder, "encode", PyStr.of(text));
            byte[] v = Buffers.bytesOrNull(r);
            if (!(r instanceof PyBytes) && !(r instanceof dev.glassbox.objects.PyByteArray)) {
                throw Errors.typeError("encoder should return a bytes object, not '%s'", r.type.qualname);
            }
            b = v;
        }
        if (pending.size() + b.length > chunkSize) writeflush();
        pending.writeBytes(b);
        if (pending.size() >= chunkSize || needflush || writeThrough) writeflush();
        if (needflush) flushBuffer();
        if (decoded != null || snapInput != null || decoder != null) {
            decoded = null;
            used = 0;
            snapInput = null;
            if (decoder != null) Abstract.callMethod(decoder, "reset");
        }
    }

    /** Whether the stream is closed or detached, without raising (for the runtime's standard streams). */
    public boolean closedQuietly() {
        try {
            return !ok || isClosed();
        } catch (PyException e) {
            return true;
        }
    }

    /** flush() for the runtime: pending text and the buffer go out to the file descriptor. */
    public void flushQuietly() {
        if (!ok) return;
        writeflush();
        flushBuffer();
    }

    private void flushBuffer() {
        if (buffer instanceof Buffered b && !b.type.isHeapType()) b.flush();
        else Abstract.callMethod(buffer, "flush");
    }

    // ------------------------------------------------------------ reading

    private String decode(PyObject input, boolean fin) {
        if (decoder instanceof NewlineDecoder nd) return nd.decode(input, fin);
        PyObject r = Abstract.call(Abstract.getAttr(decoder, "decode"), new PyObject[] {input, PyBool.of(fin)}, 0, 2, null);
        if (!(r instanceof PyStr s)) throw Errors.typeError("decoder should return a string result, not '%s'", r.type.qualname);
        return s.value;
    }

    private void setDecoded(String s) {
        decoded = s;
        used = 0;
    }

    private String takeDecoded(int nChars) {
        if (decoded == null) return "";
        int avail = decoded.length() - used;
        int n = Math.min(avail, nChars);
        String s = decoded.substring(used, used + n);
        used += n;
        return s;
    }

    /** textiowrapper_read_chunk: false at end of file. */
    private boolean readChunk(long sizeHint) {
        ensureCodecs();
        if (decoder == null) throw IoSupport.unsupported("not readable");
        BigInteger decFlags = null;
        byte[] decBuffer = null;
        if (telling) {
            PyObject state = Abstract.callMethod(decoder, "getstate");
            if (!(state instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("illegal decoder state");
            if (!(t.get(0) instanceof PyBytes db)) {
                throw Errors.typeError("illegal decoder state: the first item must be bytes, not %s", t.get(0).type.qualname);
            }
            decBuffer = db.value();
            decFlags = Abstract.index(t.get(1)).toBig();
        }
        long size = chunkSize;
        if (sizeHint > 0) {
            long hint = (long) (sizeHint * Math.max(b2cratio, 1.0));
            size = Math.max(size, hint);
        }
        PyObject chunk = Abstract.callMethod(buffer, hasRead1 ? "read1" : "read", PyInt.of(size));
        byte[] bytes = Buffers.bytesOrNull(chunk);
        if (bytes == null) {
            throw Errors.typeError("underlying %s() should have returned a bytes-like object, not '%s'",
                    hasRead1 ? "read1" : "read", chunk.type.qualname);
        }
        boolean eof = bytes.length == 0;
        String text = decode(chunk instanceof PyBytes ? chunk : PyBytes.wrap(bytes), eof);
        setDecoded(text);
        int nchars = text.codePointCount(0, text.length());
        b2cratio = nchars > 0 ? (double) bytes.length / nchars : 0;
        if (nchars > 0) eof = false;
        if (telling) {
            snapFlags = decFlags;
            byte[] in = new byte[decBuffer.length + bytes.length];
            System.arraycopy(decBuffer, 0, in, 0, decBuffer.length);
            System.arraycopy(bytes, 0, in, decBuffer.length, bytes.length);
            snapInput = in;
        }
        return !eof;
    }

    @Exposed.Method(sig = "($self, size=-1, /)")
    public PyObject read(PyObject sizeObj) {
        checkAttached();
        long n = IoSupport.sizeArg(sizeObj);
        checkClosed();
        ensureCodecs();
        if (decoder == null) throw IoSupport.unsupported("not readable");
        writeflush();
        if (n < 0) {
            PyObject bytes = Abstract.callMethod(buffer, "read");
            if (!(bytes instanceof PyBytes)) {
                throw Errors.typeError("underlying read() should have returned a bytes object, not '%s'", bytes.type.qualname);
            }
            String rest = decoded == null ? "" : decoded.substring(used);
            String text = rest + decode(bytes, true);
            decoded = null;
            used = 0;
            snapInput = null;
            return PyStr.of(text);
        }
        StringBuilder out = new StringBuilder();
        long remaining = n;
        while (remaining > 0) {
            int before = out.length();
            takeCodePoints(out, remaining);
            remaining -= out.codePointCount(before, out.length());
            if (remaining <= 0) break;
            if (!readChunk(remaining)) break;
        }
        return PyStr.of(out.toString());
    }

    /** Appends up to n code points of the decoded text. */
    private void takeCodePoints(StringBuilder out, long n) {
        if (decoded == null || used >= decoded.length() || n <= 0) return;
        int avail = decoded.length() - used;
        int end;
        if (n >= avail) end = decoded.length();
        else {
            try {
                end = decoded.offsetByCodePoints(used, (int) n);
            } catch (IndexOutOfBoundsException e) {
                end = decoded.length();
            }
        }
        out.append(decoded, used, end);
        used = end;
    }

    /** _PyIO_find_line_ending over {@code s} from {@code start}: the index after the line end, or -1. */
    private int findLineEnd(CharSequence s, int start) {
        int n = s.length();
        if (readtranslate) {
            for (int i = start; i < n; i++) if (s.charAt(i) == '\n') return i + 1;
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\n') return i + 1;
                if (c == '\r') {
                    if (i + 1 < n) return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    return -2 - i; // '\r' at the very end: wait for more to know if '\n' follows
                }
            }
            return -1;
        }
        int k = readnl.length();
        for (int i = start; i + k <= n; i++) {
            if (s.charAt(i) == readnl.charAt(0) && (k == 1 || s.charAt(i + 1) == readnl.charAt(1))) return i + k;
        }
        return -1;
    }

    /** _textiowrapper_readline. */
    String readlineImpl(long limit) {
        checkClosed();
        writeflush();
        ensureCodecs();
        if (decoder == null) throw IoSupport.unsupported("not readable");
        if (decoded == null || used >= decoded.length()) {
            if (!readChunk(0)) {
                decoded = null;
                used = 0;
                snapInput = null;
                return "";
            }
        }
        // Fast path: the line is inside the decoded chunk.
        int e = findLineEnd(decoded, used);
        if (e >= 0 && (limit < 0 || decoded.codePointCount(used, e) <= limit)) {
            String s = decoded.substring(used, e);
            used = e;
            return s;
        }
        StringBuilder line = new StringBuilder();
        int searchFrom = 0;
        while (true) {
            line.append(decoded, used, decoded.length());
            used = decoded.length();
            int end = findLineEnd(line, searchFrom);
            if (end >= 0 || (limit >= 0 && line.codePointCount(0, line.length()) >= limit)) {
                int cut = end >= 0 ? end : line.length();
                if (limit >= 0 && line.codePointCount(0, cut) > limit) cut = line.offsetByCodePoints(0, (int) limit);
                // Give back what is beyond the line.
                String rest = line.substring(cut);
                line.setLength(cut);
                setDecoded(rest);
                return line.toString();
            }
            searchFrom = Math.max(0, line.length() - (readnl != null && !readuniversal ? readnl.length() - 1 : 0));
            if (end < -1) searchFrom = -2 - end;
            boolean more;
            do {
                more = readChunk(0);
            } while (more && decoded.isEmpty());
            if (!more) {
                line.append(decoded, used, decoded.length());
                decoded = null;
                used = 0;
                snapInput = null;
                int cut = line.length();
                if (limit >= 0 && line.codePointCount(0, cut) > limit) {
                    cut = line.offsetByCodePoints(0, (int) limit);
                    setDecoded(line.substring(cut));
                    line.setLength(cut);
                }
                // A final '\r' in universal mode ends the line.
                return line.toString();
            }
        }
    }

    @Exposed.Method(sig = "($self, size=-1, /)")
    public PyObject readline(PyObject sizeObj) {
        checkAttached();
        long limit = IoSupport.sizeArg(sizeObj);
        return PyStr.of(readlineImpl(limit));
    }

    @Exposed.Method
    public PyObject __next__() {
        checkAttached();
        telling = false;
        PyObject line;
        if (type == TYPE) {
            line = PyStr.of(readlineImpl(-1));
        } else {
            line = Abstract.callMethod(this, "readline");
            if (!(line instanceof PyStr)) {
                throw Errors.raise(ExceptionTypes.OSError, "readline() should have returned a str object, not '%s'", line.type.qualname);
            }
        }
        if (((PyStr) line).length() == 0) {
            snapInput = null;
            telling = seekable;
            throw Errors.stopIteration();
        }
        return line;
    }

    // ------------------------------------------------------------ tell and seek

    private static BigInteger buildCookie(long startPos, BigInteger decFlags, int bytesToFeed, int charsToFeed, boolean needEof) {
        BigInteger r = BigInteger.valueOf(startPos).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        r = r.or(decFlags.and(BigInteger.valueOf(0xffffffffL)).shiftLeft(64));
        r = r.or(BigInteger.valueOf(bytesToFeed & 0xffffffffL).shiftLeft(96));
        r = r.or(BigInteger.valueOf(charsToFeed & 0xffffffffL).shiftLeft(128));
        if (needEof) r = r.or(BigInteger.ONE.shiftLeft(160));
        return r;
    }

    private void decoderSetState(long startPos, BigInteger decFlags) {
        if (startPos == 0 && decFlags.signum() == 0) Abstract.callMethod(decoder, "reset");
        else Abstract.callMethod(decoder, "setstate", PyTuple.of(PyBytes.EMPTY, PyInt.of(decFlags)));
    }

    private int decodeCount(byte[] in, int off, int len) {
        PyObject r = Abstract.callMethod(decoder, "decode", PyBytes.wrap(java.util.Arrays.copyOfRange(in, off, off + len)));
        if (!(r instanceof PyStr s)) throw Errors.typeError("decoder should return a string result, not '%s'", r.type.qualname);
        return s.length();
    }

    private Object[] decoderState() {
        PyObject state = Abstract.callMethod(decoder, "getstate");
        if (!(state instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyBytes b)) throw Errors.typeError("illegal decoder state");
        return new Object[] {b.value().length, Abstract.index(t.get(1)).toBig()};
    }

    @Exposed.Method
    public PyObject tell() {
        checkAttached();
        checkClosed();
        if (!seekable) throw IoSupport.unsupported("underlying stream is not seekable");
        if (!telling) throw Errors.raise(ExceptionTypes.OSError, "telling position disabled by next() call");
        ensureCodecs();
        writeflush();
        Abstract.callMethod(this, "flush");
        PyObject posobj = Abstract.callMethod(buffer, "tell");
        if (decoder == null || snapInput == null) return posobj;
        long pos = IoSupport.ssize(posobj);
        byte[] input = snapInput;
        long startPos = pos - input.length;
        BigInteger decFlags = snapFlags;
        int bytesToFeed = 0;
        boolean needEof = false;
        int charsToSkip = decoded == null ? 0 : decoded.codePointCount(0, used);
        if (charsToSkip == 0) return PyInt.of(buildCookie(startPos, decFlags, 0, 0, false));
        PyObject saved = Abstract.callMethod(decoder, "getstate");
        Heap.incref(saved);
        try {
            int skipBytes = (int) (b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetState(startPos, decFlags);
                int n = decodeCount(input, 0, Math.min(skipBytes, input.length));
                if (n <= charsToSkip) {
                    Object[] st = decoderState();
                    if ((int) st[0] == 0) {
                        decFlags = (BigInteger) st[1];
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= (int) st[0];
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetState(startPos, decFlags);
            }
            startPos += skipBytes;
            if (charsToSkip != 0) {
                int charsDecoded = 0;
                int i = skipBytes;
                for (; i < input.length; i++) {
                    charsDecoded += decodeCount(input, i, 1);
                    bytesToFeed++;
                    Object[] st = decoderState();
                    if ((int) st[0] == 0 && charsDecoded <= charsToSkip) {
                        startPos += bytesToFeed;
                        charsToSkip -= charsDecoded;
                        decFlags = (BigInteger) st[1];
                        bytesToFeed = 0;
                        charsDecoded = 0;
                    }
                    if (charsDecoded >= charsToSkip) break;
                }
                if (i >= input.length) {
                    PyObject r = Abstract.call(Abstract.getAttr(decoder, "decode"), PyBytes.EMPTY, PyBool.TRUE);
                    if (!(r instanceof PyStr s)) throw Errors.typeError("decoder should return a string result, not '%s'", r.type.qualname);
                    charsDecoded += s.length();
                    needEof = true;
                    if (charsDecoded < charsToSkip) throw Errors.raise(ExceptionTypes.OSError, "can't reconstruct logical file position");
                }
            }
        } finally {
            try {
                Abstract.callMethod(decoder, "setstate", saved);
            } finally {
                Heap.decref(saved);
            }
        }
        return PyInt.of(buildCookie(startPos, decFlags, bytesToFeed, charsToSkip, needEof));
    }

    @Exposed.Method(sig = "($self, cookie, whence=0, /)")
    public PyObject seek(PyObject cookieObj, PyObject whenceObj) {
        checkAttached();
        int whence = whenceObj == null ? 0 : IoSupport.cInt(whenceObj);
        checkClosed();
        if (!seekable) throw IoSupport.unsupported("underlying stream is not seekable");
        ensureCodecs();
        PyObject zero = PyInt.of(0);
        if (whence == 1) {
            if (!Abstract.richCompareBool(cookieObj, zero, Abstract.EQ)) throw IoSupport.unsupported("can't do nonzero cur-relative seeks");
            cookieObj = Abstract.callMethod(this, "tell");
        } else if (whence == 2) {
            if (!Abstract.richCompareBool(cookieObj, zero, Abstract.EQ)) throw IoSupport.unsupported("can't do nonzero end-relative seeks");
            Abstract.callMethod(this, "flush");
            decoded = null;
            used = 0;
            snapInput = null;
            if (decoder != null) Abstract.callMethod(decoder, "reset");
            PyObject res = Abstract.callMethod(buffer, "seek", zero, PyInt.of(2));
            if (encoder != null) {
                if (Abstract.richCompareBool(res, zero, Abstract.EQ)) Abstract.callMethod(encoder, "reset");
                else Abstract.callMethod(encoder, "setstate", zero);
            }
            return res;
        } else if (whence != 0) {
            throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (Abstract.richCompareBool(cookieObj, zero, Abstract.LT)) {
            throw Errors.valueError("negative seek position %s", Abstract.repr(cookieObj));
        }
        Abstract.callMethod(this, "flush");
        BigInteger c = Abstract.index(cookieObj).toBig();
        long startPos = c.longValue();
        BigInteger decFlags = c.shiftRight(64).and(BigInteger.valueOf(0xffffffffL));
        int bytesToFeed = c.shiftRight(96).intValue();
        int charsToFeed = c.shiftRight(128).intValue();
        boolean needEof = c.testBit(160);
        Abstract.callMethod(buffer, "seek", PyInt.of(startPos));
        decoded = null;
        used = 0;
        snapInput = null;
        if (decoder != null) decoderSetState(startPos, decFlags);
        if (charsToFeed != 0) {
            PyObject chunk = Abstract.callMethod(buffer, "read", PyInt.of(bytesToFeed));
            if (!(chunk instanceof PyBytes cb)) {
                throw Errors.typeError("underlying read() should have returned a bytes object, not '%s'", chunk.type.qualname);
            }
            snapFlags = decFlags;
            snapInput = cb.value();
            String text = decode(chunk, needEof);
            setDecoded(text);
            if (text.codePointCount(0, text.length()) < charsToFeed) throw Errors.raise(ExceptionTypes.OSError, "can't restore logical file position");
            used = text.offsetByCodePoints(0, charsToFeed);
        }
        if (encoder != null) {
            if (startPos == 0 && decFlags.signum() == 0) Abstract.callMethod(encoder, "reset");
            else Abstract.callMethod(encoder, "setstate", zero);
        }
        return cookieObj;
    }

    @Exposed.Method(sig = "($self, pos=None, /)")
    public PyObject truncate(PyObject pos) {
        checkAttached();
        Abstract.callMethod(this, "flush");
        return Abstract.callMethod(buffer, "truncate", pos == null ? PyNone.NONE : pos);
    }

    // ------------------------------------------------------------ the rest

    @Exposed.Method
    public PyObject flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeflush();
        return Abstract.callMethod(buffer, "flush");
    }

    @Exposed.Method
    public PyObject close() {
        checkAttached();
        if (isClosed()) return PyNone.NONE;
        if (finalizing) {
            try {
                PyObject m = Abstract.lookupAttr(buffer, PyStr.intern("_dealloc_warn"));
                if (m != null) Abstract.call(m, this);
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
            Abstract.callMethod(buffer, "close");
        } catch (PyException e) {
            err = IoSupport.chain(e, err);
        }
        if (err != null) throw err;
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject detach() {
        checkAttached();
        Abstract.callMethod(this, "flush");
        PyObject b = buffer;
        buffer = null;
        detached = true;
        ok = false;
        if (b != null) Heap.decref(b);
        return b;
    }

    @Exposed.Method(sig = "($self, /, *, encoding=None, errors=None, newline=<unrepresentable>, line_buffering=None, write_through=None)")
    public PyObject reconfigure(PyObject enc, PyObject err, PyObject nl, PyObject lb, PyObject wt) {
        if (enc != PyNone.NONE && !(enc instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'encoding' must be str or None, not %s", enc.type.name);
        }
        if (err != PyNone.NONE && !(err instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'errors' must be str or None, not %s", err.type.name);
        }
        if (nl != null && nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw Errors.typeError("reconfigure() argument 'newline' must be str or None, not %s", nl.type.name);
        }
        if (decoded != null) {
            if (enc != PyNone.NONE || err != PyNone.NONE || nl != null) {
                throw IoSupport.unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
        }
        String newline = nl == null || nl == PyNone.NONE ? null : ((PyStr) nl).value;
        if (newline != null) validateNewline(newline);
        boolean newLb = lb == PyNone.NONE ? lineBuffering : Abstract.isTrue(lb);
        boolean newWt = wt == PyNone.NONE ? writeThrough : Abstract.isTrue(wt);
        Abstract.callMethod(this, "flush");
        b2cratio = 0;
        if (nl != null) setNewline(newline);
        if (enc != PyNone.NONE || err != PyNone.NONE || nl != null) {
            String e = enc == PyNone.NONE ? encoding : ((PyStr) enc).value;
            if (enc != PyNone.NONE && e.equals("locale")) e = localeEncoding();
            String er = err != PyNone.NONE ? ((PyStr) err).value : enc == PyNone.NONE ? errors : "strict";
            codecsPending = false;
            PyObject info = lookupText(e, "codecs.open()");
            Heap.incref(info);
            try {
                encoding = e;
                errors = er;
                makeCodecs(info);
            } finally {
                Heap.decref(info);
            }
            fixEncoderState();
        }
        lineBuffering = newLb;
        writeThrough = newWt;
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject fileno() {
        checkAttached();
        return Abstract.callMethod(buffer, "fileno");
    }

    @Exposed.Method
    public PyObject seekable() {
        checkAttached();
        return Abstract.callMethod(buffer, "seekable");
    }

    @Exposed.Method
    public PyObject readable() {
        checkAttached();
        return Abstract.callMethod(buffer, "readable");
    }

    @Exposed.Method
    public PyObject writable() {
        checkAttached();
        return Abstract.callMethod(buffer, "writable");
    }

    @Exposed.Method
    public PyObject isatty() {
        checkAttached();
        return Abstract.callMethod(buffer, "isatty");
    }

    @Exposed.Method
    public PyObject __repr__() {
        if (!ReprGuard.enter(this)) throw Errors.runtimeError("reentrant call inside %s.__repr__", type.name);
        try {
            StringBuilder b = new StringBuilder("<_io.TextIOWrapper");
            PyObject name = lookupIgnoringValueError("name");
            if (name != null) b.append(" name=").append(Abstract.repr(name).value);
            PyObject mode = lookupIgnoringValueError("mode");
            if (mode != null) b.append(" mode=").append(Abstract.repr(mode).value);
            b.append(" encoding=").append(Abstract.repr(PyStr.of(encoding)).value).append('>');
            return PyStr.of(b.toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    private PyObject lookupIgnoringValueError(String attr) {
        try {
            return Abstract.lookupAttr(this, PyStr.intern(attr));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ValueError)) return null;
            throw e;
        }
    }

    @Exposed.Getter(name = "encoding")
    public PyObject encodingGetter() {
        return PyStr.of(encoding);
    }

    @Exposed.Getter(name = "errors")
    public PyObject errorsGetter() {
        return PyStr.of(errors);
    }

    @Exposed.Getter(name = "buffer")
    public PyObject bufferGetter() {
        return buffer == null ? PyNone.NONE : buffer;
    }

    @Exposed.Getter(name = "line_buffering")
    public PyObject lineBufferingGetter() {
        return PyBool.of(lineBuffering);
    }

    @Exposed.Getter(name = "write_through")
    public PyObject writeThroughGetter() {
        return PyBool.of(writeThrough);
    }

    @Exposed.Getter(name = "name")
    public PyObject nameGetter() {
        checkAttached();
        return Abstract.getAttr(buffer, "name");
    }

    @Exposed.Getter(name = "closed")
    public PyObject closedGetter() {
        checkAttached();
        return Abstract.getAttr(buffer, "closed");
    }

    @Exposed.Getter(name = "newlines")
    public PyObject newlinesGetter() {
        checkAttached();
        ensureCodecs();
        if (decoder == null) return PyNone.NONE;
        PyObject r = Abstract.lookupAttr(decoder, PyStr.intern("newlines"));
        return r == null ? PyNone.NONE : r;
    }

    @Exposed.Getter(name = "_CHUNK_SIZE")
    public PyObject chunkSizeGetter() {
        checkAttached();
        return PyInt.of(chunkSize);
    }

    @Exposed.Setter(name = "_CHUNK_SIZE")
    public void chunkSizeSetter(PyObject v) {
        checkAttached();
        if (v == null) throw Errors.attributeError("cannot delete attribute");
        long n = IoSupport.ssize(v);
        if (n <= 0) throw Errors.valueError("a strictly positive integer is required");
        chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    @Exposed.Getter(name = "_finalizing")
    public PyObject finalizingGetter() {
        return PyBool.of(finalizing);
    }

    @Override
    void setFinalizing() {
        finalizing = true;
    }

    @Override
    public void traverse(Visitor v) {
        if (buffer != null) v.visit(buffer);
        if (decoder != null) v.visit(decoder);
        if (encoder != null) v.visit(encoder);
        super.traverse(v);
    }

    @Override
    public void release(Releaser r) {
        PyObject b = buffer, d = decoder, e = encoder;
        buffer = decoder = encoder = null;
        ok = false;
        r.release(b);
        r.release(d);
        r.release(e);
        super.release(r);
    }
}
