package dev.glassbox.modules.std;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * zlib's deflate() for the zlib module: java.util.zip's raw Deflater (the same zlib, so the
 * deflate body is byte-for-byte CPython's for windowBits 15 and memLevel 8) wrapped in the
 * zlib or gzip container that deflate.c writes: the header on the first call (even with no
 * input), the preset-dictionary id, and the Adler-32 or CRC-32/ISIZE trailer at Z_FINISH.
 * Departures: Z_PARTIAL_FLUSH and Z_BLOCK flush as Z_SYNC_FLUSH, Z_RLE and Z_FIXED compress as
 * the default strategy, and smaller windows or memLevels only change the header bytes.
 */
final class ZlibDeflate {
    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_TREES = 6;

    private final int wrap;      // 0 raw, 1 zlib, 2 gzip
    private final int level, strategy, windowBits;
    private final Deflater deflater;
    private final Adler32 adler = new Adler32();
    private final CRC32 crc = new CRC32();
    private long totalIn;
    private boolean started, finished, ended;
    /** strm->msg as deflate() leaves it ("buffer error" after a call that could make no progress), and last_flush. */
    String msg;
    private int lastFlush = -2;
    private byte[] dict;
    /** The calls so far (input chunks and flush modes), replayed by {@link #copy}. */
    private final java.util.ArrayList<Object> history = new java.util.ArrayList<>();

    private ZlibDeflate(int wrap, int level, int strategy, int windowBits) {
        this.wrap = wrap;
        this.level = level;
        this.strategy = strategy;
        this.windowBits = windowBits;
        deflater = new Deflater(level, true);
        deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
    }

    /** deflateInit2's parameter checks; null where it returns Z_STREAM_ERROR. */
    static ZlibDeflate create(int level, int method, int windowBits, int memLevel, int strategy) {
        if (level == -1) level = 6;
        int wrap = 1;
        if (windowBits < 0) {
            wrap = 0;
            if (windowBits < -15) return null;
            windowBits = -windowBits;
        } else if (windowBits > 15) {
            wrap = 2;
            windowBits -= 16;
        }
        if (memLevel < 1 || memLevel > 9 || method != 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9
                || strategy < 0 || strategy > 4 || (windowBits == 8 && wrap != 1)) {
            return null;
        }
        if (windowBits == 8) windowBits = 9;
        return new ZlibDeflate(wrap, level, strategy, windowBits);
    }

    boolean ended() {
        return ended;
    }

    /** deflateSetDictionary (before any data). */
    void setDictionary(byte[] d) {
        dict = d;
        deflater.setDictionary(d);
        if (wrap == 1) adler.update(d);     // the zlib header carries the dictionary's Adler-32
    }

    private void header(ByteArrayOutputStream out) {
        if (started) return;
        started = true;
        if (wrap == 1) {
            int levelFlags = strategy >= 2 || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
            int h = ((8 + ((windowBits - 8) << 4)) << 8) | (levelFlags << 6);
            if (dict != null) h |= 0x20;
            h += 31 - (h % 31);
            out.write(h >> 8);
            out.write(h & 0xff);
            if (dict != null) {
                long a = adler.getValue();
                writeBE(out, a);
                adler.reset();
            }
        } else if (wrap == 2) {
            int xfl = level == 9 ? 2 : (strategy >= 2 || level < 2 ? 4 : 0);
            out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
        }
    }

    private static void writeBE(ByteArrayOutputStream out, long v) {
        out.write((int) (v >> 24) & 0xff);
        out.write((int) (v >> 16) & 0xff);
        out.write((int) (v >> 8) & 0xff);
        out.write((int) v & 0xff);
    }

    private static void writeLE(ByteArrayOutputStream out, long v) {
        out.write((int) v & 0xff);
        out.write((int) (v >> 8) & 0xff);
        out.write((int) (v >> 16) & 0xff);
        out.write((int) (v >> 24) & 0xff);
    }

    /** deflate(Z_NO_FLUSH) over {@code data}; false when the stream has ended (Z_STREAM_ERROR). */
    private static int rank(int f) {
        return f * 2 - (f > 4 ? 9 : 0);
    }

    /** deflate()'s Z_BUF_ERROR check (no input, no stronger flush than the last), which sets strm->msg. */
    private void track(int flush, boolean noInput) {
        if (noInput && rank(flush) <= rank(lastFlush) && flush != Z_FINISH) msg = "buffer error";
        lastFlush = flush;
    }

    boolean compress(byte[] data, ByteArrayOutputStream out) {
        if (ended) return false;
        track(Z_NO_FLUSH, data.length == 0);
        history.add(data);
        header(out);
        if (data.length == 0) return true;
        if (wrap == 2) crc.update(data); else adler.update(data);
        totalIn += data.length;
        deflater.setInput(data);
        byte[] buf = new byte[65536];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return true;
    }

    /** deflate(mode) with no new input; false when the stream has ended (Z_STREAM_ERROR). */
    boolean flush(int mode, ByteArrayOutputStream out) {
        if (ended || mode < 0 || mode > Z_BLOCK) return false;
        track(mode, true);
        history.add(mode);
        header(out);
        byte[] buf = new byte[65536];
        if (mode == Z_FINISH) {
            if (!finished) {
                deflater.finish();
                while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
                if (wrap == 1) {
                    writeBE(out, adler.getValue());
                } else if (wrap == 2) {
                    writeLE(out, crc.getValue());
                    writeLE(out, totalIn);
                }
                finished = true;
            }
            return true;
        }
        if (finished) return true;
        int how = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, how);
            out.write(buf, 0, n);
        } while (n == buf.length);
        return true;
    }

    /** deflateEnd. */
    void end() {
        ended = true;
        deflater.end();
        history.clear();
    }

    /** deflateCopy: a new stream brought to the same state by replaying this one's calls. */
    ZlibDeflate copy() {
        ZlibDeflate c = new ZlibDeflate(wrap, level, strategy, windowBits);
        if (dict != null) c.setDictionary(dict);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        for (Object h : history) {
            if (h instanceof byte[] b) c.compress(b, sink); else c.flush((Integer) h, sink);
            sink.reset();
        }
        return c;
    }
}
