package dev.glassbox.modules.std;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * zlib's inflate() for the zlib module: the deflate body is java.util.zip's raw Inflater (the
 * same zlib underneath), while the zlib and gzip wrappers (headers, preset-dictionary id,
 * Adler-32 and CRC-32 trailers) and the automatic detection of {@code wbits=32+N} are parsed
 * here, in the order and with the messages of zlib's inflate.c state machine, so errors read
 * "incorrect header check", "invalid window size", "incorrect data check" as CPython's do.
 * One instance is one z_stream; {@link #inflate} consumes input like inflate(Z_SYNC_FLUSH).
 */
final class ZlibInflate {
    /** zlib's return codes. */
    static final int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_BUF_ERROR = -5;

    /** A zlib error: its code and the z_stream message (null when zlib sets none). */
    static final class ZError extends Exception {
        final int code;
        final String zmsg;

        ZError(int code, String zmsg) {
            super(zmsg, null, false, false);
            this.code = code;
            this.zmsg = zmsg;
        }
    }

    private enum State { HEAD, DICTID, BODY, TRAILER, DONE, ENDED }

    /** Bit 1: a zlib wrapper is accepted; bit 2: a gzip wrapper; 0 = raw deflate. */
    private final int wrap;
    private int wbits;
    private State state;
    private Inflater inflater = new Inflater(true);
    private static final byte[] NONE = new byte[0];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean gzip;
    private int gzFlags;
    private long dictId;
    private final Adler32 adler = new Adler32();
    private final CRC32 crc = new CRC32();
    private final CRC32 headerCrc = new CRC32();
    private long totalOut;
    /** Counts of bytes consumed and produced by the last {@link #inflate} call. */
    int consumed;

    /** inflateInit2: validates windowBits as inflateReset2 does (Z_STREAM_ERROR when invalid). */
    ZlibInflate(int windowBits) throws ZError {
        int w;
        if (windowBits < 0) {
            if (windowBits < -15) throw new ZError(Z_STREAM_ERROR, null);
            w = 0;
            windowBits = -windowBits;
        } else {
            w = (windowBits >> 4) + 5;
            if (windowBits < 48) windowBits &= 15;
        }
        if (windowBits != 0 && (windowBits < 8 || windowBits > 15)) throw new ZError(Z_STREAM_ERROR, null);
        this.wrap = w == 0 ? 0 : w & 3;
        this.wbits = windowBits;
        this.state = wrap == 0 ? State.BODY : State.HEAD;
    }

    boolean ended() {
        return state == State.ENDED;
    }

    boolean atEnd() {
        return state == State.DONE;
    }

    /** inflateEnd. */
    void end() {
        state = State.ENDED;
        inflater.end();
    }

    /** For raw streams: inflateSetDictionary before any input. */
    void setRawDictionary(byte[] dict) {
        inflater.setDictionary(dict);
    }

    /** Whether the stream waits for its preset dictionary (after a Z_NEED_DICT). */
    boolean needsDictionary() {
        return state == State.DICTID && pending.size() == 0 && dictId >= 0;
    }

    /** inflateSetDictionary after Z_NEED_DICT: the dictionary's Adler-32 must be the stream's id. */
    void setDictionary(byte[] dict) throws ZError {
        Adler32 a = new Adler32();
        a.update(dict);
        if (a.getValue() != dictId) throw new ZError(Z_DATA_ERROR, null);
        inflater.setDictionary(dict);
        dictId = -1;
        state = State.BODY;
    }

    /**
     * inflate(): consumes {@code in[off, off+len)} and appends output to {@code out}, stopping
     * when {@code maxOut} (if non-negative) more bytes have been produced. Returns Z_OK,
     * Z_STREAM_END, Z_NEED_DICT or Z_BUF_ERROR (no progress possible); {@link #consumed} says how
     * much input was used.
     */
    int inflate(byte[] in, int off, int len, ByteArrayOutputStream out, long maxOut) throws ZError {
        int pos = off, end = off + len;
        long produced = 0;
        boolean progress = false;
        try {
            while (true) {
                switch (state) {
                    case ENDED:
                        throw new ZError(Z_STREAM_ERROR, null);
                    case DONE:
                        consumed = pos - off;
                        return Z_STREAM_END;
                    case HEAD: {
                        if (pos == end) { consumed = pos - off; return progress ? Z_OK : Z_BUF_ERROR; }
                        pending.write(in[pos++]);
                        progress = true;
                        head();
                        break;
                    }
                    case DICTID: {
                        if (dictId >= 0 && pending.size() == 0) { consumed = pos - off; return Z_NEED_DICT; }
                        if (pos == end) { consumed = pos - off; return progress ? Z_OK : Z_BUF_ERROR; }
                        pending.write(in[pos++]);
                        progress = true;
                        if (pending.size() == 4) {
                            byte[] b = pending.toByteArray();
                            pending.reset();
                            dictId = ((b[0] & 0xffL) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
                        }
                        break;
                    }
                    case BODY: {
                        // the Inflater gets all remaining input; what it leaves is given back (pos)
                        if (pos < end) {
                            inflater.setInput(in, pos, end - pos);
                            pos = end;
                        }
                        while (true) {
                            if (maxOut >= 0 && produced >= maxOut) {
                                pos = end - inflater.getRemaining();
                                inflater.setInput(NONE);
                                consumed = pos - off;
                                return Z_OK;
                            }
                            byte[] buf = new byte[(int) Math.min(65536, maxOut >= 0 ? maxOut - produced : 65536)];
                            int before = inflater.getRemaining();
                            int n = inflater.inflate(buf);
                            if (n > 0) {
                                out.write(buf, 0, n);
                                produced += n;
                                totalOut += n;
                                if (gzip) crc.update(buf, 0, n); else adler.update(buf, 0, n);
                            }
                            if (n > 0 || inflater.getRemaining() != before) progress = true;
                            if (inflater.finished()) {
                                pos = end - inflater.getRemaining();
                                inflater.setInput(NONE);
                                state = wrap == 0 ? State.DONE : State.TRAILER;
                                progress = true;
                                break;
                            }
                            if (n == 0) {
                                // all input taken without reaching the end of the deflate stream
                                pos = end - inflater.getRemaining();
                                inflater.setInput(NONE);
                                consumed = pos - off;
                                return progress ? Z_OK : Z_BUF_ERROR;
                            }
                        }
                        break;
                    }
                    case TRAILER: {
                        int need = gzip ? 8 : 4;
                        if (pending.size() == need) { trailer(); break; }
                        if (pos == end) { consumed = pos - off; return progress ? Z_OK : Z_BUF_ERROR; }
                        pending.write(in[pos++]);
                        progress = true;
                        break;
                    }
                    default:
                        throw new IllegalStateException();
                }
            }
        } catch (DataFormatException e) {
            throw new ZError(Z_DATA_ERROR, e.getMessage());
        }
    }

    private static ZError bad(String msg) {
        return new ZError(Z_DATA_ERROR, msg);
    }

    /** The HEAD, FLAGS, TIME, OS, EXLEN, EXTRA, NAME, COMMENT and HCRC states over the bytes so far. */
    private void head() throws ZError {
        byte[] h = pending.toByteArray();
        int n = h.length;
        if (n < 2) return;
        int b0 = h[0] & 0xff, b1 = h[1] & 0xff;
        if (!gzip) {
            if ((wrap & 2) != 0 && b0 == 0x1f && b1 == 0x8b) {
                gzip = true;
                if (wbits == 0) wbits = 15;
            } else {
                if ((wrap & 1) == 0 || ((b0 << 8) + b1) % 31 != 0) throw bad("incorrect header check");
                if ((b0 & 0x0f) != 8) throw bad("unknown compression method");
                int len = (b0 >> 4) + 8;
                if (wbits == 0) wbits = len;
                if (len > 15 || len > wbits) throw bad("invalid window size");
                pending.reset();
                if ((b1 & 0x20) != 0) {
                    state = State.DICTID;
                    dictId = -1;
                } else {
                    state = State.BODY;
                }
                return;
            }
        }
        // gzip: ID1 ID2 CM FLG MTIME(4) XFL OS [XLEN(2) extra] [name\0] [comment\0] [HCRC(2)]
        if (n < 4) return;
        int cm = h[2] & 0xff, flg = h[3] & 0xff;
        if (n == 4) {
            if (cm != 8) throw bad("unknown compression method");
            if ((flg & 0xe0) != 0) throw bad("unknown header flags set");
            gzFlags = flg;
        }
        int at = 10;
        if (n < at) return;
        if ((flg & 0x04) != 0) {
            if (n < at + 2) return;
            int xlen = (h[at] & 0xff) | ((h[at + 1] & 0xff) << 8);
            at += 2 + xlen;
            if (n < at) return;
        }
        if ((flg & 0x08) != 0) {
            int z = zeroAt(h, at);
            if (z < 0) return;
            at = z + 1;
        }
        if ((flg & 0x10) != 0) {
            int z = zeroAt(h, at);
            if (z < 0) return;
            at = z + 1;
        }
        if ((flg & 0x02) != 0) {
            if (n < at + 2) return;
            headerCrc.reset();
            headerCrc.update(h, 0, at);
            int stored = (h[at] & 0xff) | ((h[at + 1] & 0xff) << 8);
            if (stored != (headerCrc.getValue() & 0xffff)) throw bad("header crc mismatch");
            at += 2;
        }
        if (n != at) return;
        pending.reset();
        state = State.BODY;
    }

    private static int zeroAt(byte[] h, int from) {
        for (int i = from; i < h.length; i++) if (h[i] == 0) return i;
        return -1;
    }

    private void trailer() throws ZError {
        byte[] t = pending.toByteArray();
        pending.reset();
        if (gzip) {
            long c = (t[0] & 0xffL) | ((t[1] & 0xffL) << 8) | ((t[2] & 0xffL) << 16) | ((t[3] & 0xffL) << 24);
            if (c != crc.getValue()) throw bad("incorrect data check");
            long isize = (t[4] & 0xffL) | ((t[5] & 0xffL) << 8) | ((t[6] & 0xffL) << 16) | ((t[7] & 0xffL) << 24);
            if (isize != (totalOut & 0xffffffffL)) throw bad("incorrect length check");
        } else {
            long a = ((t[0] & 0xffL) << 24) | ((t[1] & 0xffL) << 16) | ((t[2] & 0xffL) << 8) | (t[3] & 0xffL);
            if (a != adler.getValue()) throw bad("incorrect data check");
        }
        state = State.DONE;
    }

    /** inflateCopy: an independent stream in the same state, rebuilt by replaying the input it consumed. */
    static ZlibInflate replay(int windowBits, byte[] dict, boolean rawDict, byte[] history) throws ZError {
        ZlibInflate z = new ZlibInflate(windowBits);
        if (rawDict) z.setRawDictionary(dict);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int off = 0;
        while (off < history.length) {
            int r = z.inflate(history, off, history.length - off, sink, -1);
            off += z.consumed;
            sink.reset();
            if (r == Z_NEED_DICT && dict != null) z.setDictionary(dict);
            else if (r != Z_OK) break;
        }
        return z;
    }
}
