package dev.glassbox.modules.std;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digest algorithms behind the hashlib backends: MD5 and the SHA-1/SHA-2 family from
 * java.security, Keccak (FIPS 202: SHA3-224..512, SHAKE128/256) and BLAKE2b/BLAKE2s
 * (RFC 7693, with the parameter block: salt, personalization, key and tree parameters)
 * written here. Every engine can report its digest without finishing and be copied.
 */
final class HashEngines {
    private HashEngines() {}

    /** A running digest. */
    interface Engine {
        void update(byte[] b, int off, int len);

        /** The digest of the data so far (the state continues). */
        byte[] digest(int length);

        Engine copy();
    }

    // ------------------------------------------------------------------ java.security

    static final class Jdk implements Engine {
        private final MessageDigest md;

        Jdk(String algorithm) {
            try {
                md = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm, e);
            }
        }

        private Jdk(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public byte[] digest(int length) {
            return ((Jdk) copy()).md.digest();
        }

        @Override
        public Engine copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------ Keccak (FIPS 202)

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation offsets and the pi permutation's lane order, as in the reference keccakf. */
    private static final int[] ROTC = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final int[] PILN = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    static void keccakf(long[] st) {
        long[] bc = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < 5; i++) bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) st[j + i] ^= t;
            }
            long t = st[1];
            for (int i = 0; i < 24; i++) {
                int j = PILN[i];
                long tmp = st[j];
                st[j] = Long.rotateLeft(t, ROTC[i]);
                t = tmp;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) bc[i] = st[j + i];
                for (int i = 0; i < 5; i++) st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
            }
            st[0] ^= RC[round];
        }
    }

    /** The sponge: absorbs at {@code rate} bytes, pads with {@code suffix} and 0x80, squeezes any length. */
    static final class Keccak implements Engine {
        final int rate;
        final int suffix;
        private long[] st = new long[25];
        private int pos;

        Keccak(int rate, int suffix) {
            this.rate = rate;
            this.suffix = suffix;
        }

        private void xorByte(int i, int v) {
            st[i >> 3] ^= (long) (v & 0xff) << (8 * (i & 7));
        }

        @Override
        public void update(byte[] b, int off, int len) {
            for (int k = off; k < off + len; k++) {
                xorByte(pos++, b[k]);
                if (pos == rate) {
                    keccakf(st);
                    pos = 0;
                }
            }
        }

        @Override
        public byte[] digest(int length) {
            Keccak k = (Keccak) copy();
            k.xorByte(k.pos, k.suffix);
            k.xorByte(rate - 1, 0x80);
            keccakf(k.st);
            byte[] out = new byte[length];
            for (int i = 0, j = 0; i < length; i++, j++) {
                if (j == rate) {
                    keccakf(k.st);
                    j = 0;
                }
                out[i] = (byte) (k.st[j >> 3] >>> (8 * (j & 7)));
            }
            return out;
        }

        @Override
        public Engine copy() {
            Keccak k = new Keccak(rate, suffix);
            k.st = st.clone();
            k.pos = pos;
            return k;
        }
    }

    // ------------------------------------------------------------------ BLAKE2 (RFC 7693)

    private static final long[] IV64 = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    private static final int[] IV32 = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** The BLAKE2 parameters CPython's constructors accept (the parameter block of RFC 7693 section 2.8). */
    static final class Blake2Params {
        int digestSize, fanout = 1, depth = 1, nodeDepth, innerSize;
        long leafSize, nodeOffset;
        byte[] key = new byte[0], salt = new byte[0], person = new byte[0];
        boolean lastNode;
    }

    /** BLAKE2b (64-bit words, 128-byte blocks, 12 rounds) or BLAKE2s (32-bit words, 64-byte blocks, 10 rounds). */
    static final class Blake2 implements Engine {
        final boolean big;
        final int blockSize, outLen;
        private final boolean lastNode;
        private long[] h = new long[8];
        private long t0, t1;
        private byte[] buf;
        private int buflen;

        Blake2(boolean big, Blake2Params p) {
            this.big = big;
            this.blockSize = big ? 128 : 64;
            this.outLen = p.digestSize;
            this.lastNode = p.lastNode;
            this.buf = new byte[blockSize];
            byte[] pb = new byte[big ? 64 : 32];
            pb[0] = (byte) p.digestSize;
            pb[1] = (byte) p.key.length;
            pb[2] = (byte) p.fanout;
            pb[3] = (byte) p.depth;
            for (int i = 0; i < 4; i++) pb[4 + i] = (byte) (p.leafSize >>> (8 * i));
            int n = big ? 8 : 6;
            for (int i = 0; i < n; i++) pb[8 + i] = (byte) (p.nodeOffset >>> (8 * i));
            pb[big ? 16 : 14] = (byte) p.nodeDepth;
            pb[big ? 17 : 15] = (byte) p.innerSize;
            System.arraycopy(p.salt, 0, pb, big ? 32 : 16, p.salt.length);
            System.arraycopy(p.person, 0, pb, big ? 48 : 24, p.person.length);
            for (int i = 0; i < 8; i++) {
                if (big) h[i] = IV64[i] ^ le64(pb, 8 * i);
                else h[i] = (IV32[i] ^ le32(pb, 4 * i)) & 0xffffffffL;
            }
            if (p.key.length > 0) {
                byte[] block = new byte[blockSize];
                System.arraycopy(p.key, 0, block, 0, p.key.length);
                update(block, 0, blockSize);
            }
        }

        private Blake2(Blake2 o) {
            big = o.big;
            blockSize = o.blockSize;
            outLen = o.outLen;
            lastNode = o.lastNode;
            h = o.h.clone();
            t0 = o.t0;
            t1 = o.t1;
            buf = o.buf.clone();
            buflen = o.buflen;
        }

        private static long le64(byte[] b, int i) {
            long v = 0;
            for (int k = 7; k >= 0; k--) v = (v << 8) | (b[i + k] & 0xff);
            return v;
        }

        private static int le32(byte[] b, int i) {
            return (b[i] & 0xff) | ((b[i + 1] & 0xff) << 8) | ((b[i + 2] & 0xff) << 16) | ((b[i + 3] & 0xff) << 24);
        }

        private void increment(int n) {
            if (big) {
                long old = t0;
                t0 += n;
                if (Long.compareUnsigned(t0, old) < 0) t1++;
            } else {
                long t = (t0 & 0xffffffffL) + n;
                t0 = t & 0xffffffffL;
                if (t >>> 32 != 0) t1 = (t1 + 1) & 0xffffffffL;
            }
        }

        private void compress(byte[] block, boolean last) {
            if (big) compress64(block, last);
            else compress32(block, last);
        }

        private void compress64(byte[] block, boolean last) {
            long[] m = new long[16], v = new long[16];
            for (int i = 0; i < 16; i++) m[i] = le64(block, 8 * i);
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV64, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 12; r++) {
                int[] s = SIGMA[r % 10];
                g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
        }

        private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private void compress32(byte[] block, boolean last) {
            int[] m = new int[16], v = new int[16];
            for (int i = 0; i < 16; i++) m[i] = le32(block, 4 * i);
            for (int i = 0; i < 8; i++) {
                v[i] = (int) h[i];
                v[i + 8] = IV32[i];
            }
            v[12] ^= (int) t0;
            v[13] ^= (int) t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 10; r++) {
                int[] s = SIGMA[r];
                g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) h[i] = (h[i] ^ (v[i] & 0xffffffffL) ^ (v[i + 8] & 0xffffffffL)) & 0xffffffffL;
        }

        private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        public void update(byte[] b, int off, int len) {
            // a full buffer is compressed only once more data arrives: the last block is the final one
            while (len > 0) {
                if (buflen == blockSize) {
                    increment(blockSize);
                    compress(buf, false);
                    buflen = 0;
                }
                int n = Math.min(len, blockSize - buflen);
                System.arraycopy(b, off, buf, buflen, n);
                buflen += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public byte[] digest(int length) {
            Blake2 c = new Blake2(this);
            c.increment(c.buflen);
            java.util.Arrays.fill(c.buf, c.buflen, c.blockSize, (byte) 0);
            c.compress(c.buf, true);
            byte[] out = new byte[outLen];
            int w = big ? 8 : 4;
            for (int i = 0; i < outLen; i++) out[i] = (byte) (c.h[i / w] >>> (8 * (i % w)));
            return out;
        }

        @Override
        public Engine copy() {
            return new Blake2(this);
        }
    }
}
