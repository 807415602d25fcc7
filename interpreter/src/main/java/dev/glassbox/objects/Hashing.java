package dev.glassbox.objects;

import java.math.BigInteger;

/**
 * CPython 3.11's hash functions (Python/pyhash.c, Objects/longobject.c, floatobject.c):
 * SipHash-1-3 over a string's canonical representation (1, 2 or 4 bytes per code point,
 * little-endian) keyed from PYTHONHASHSEED, and numeric hashes modulo 2**61 - 1 so that equal
 * numbers of different types hash alike.
 */
public final class Hashing {
    private Hashing() {}

    public static final int HASH_BITS = 61;
    public static final long MODULUS = (1L << HASH_BITS) - 1;
    public static final long INF = 314159;
    public static final long IMAG = 1000003L;

    private static long k0, k1;

    /** Keys SipHash from PYTHONHASHSEED: 0 (or unset: random) as CPython's _Py_HashRandomization_Init. */
    public static void seed(String env) {
        byte[] secret = new byte[24];
        if (env == null || env.equals("random")) {
            new java.security.SecureRandom().nextBytes(secret);
        } else {
            long seed = Long.parseLong(env);
            if (seed != 0) {
                // lcg_urandom: x = x * 214013 + 2531011, byte = (x >> 16) & 0xff
                int x = (int) seed;
                for (int i = 0; i < secret.length; i++) {
                    x = x * 214013 + 2531011;
                    secret[i] = (byte) ((x >>> 16) & 0xff);
                }
            }
        }
        k0 = le64(secret, 0);
        k1 = le64(secret, 8);
    }

    static {
        seed("0");
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xffL);
        return v;
    }

    /** hash() of a str given its code points. */
    public static long hashString(String s, int maxChar) {
        int n = s.length();
        if (n == 0) return 0;
        int width = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
        byte[] data;
        if (width == 4) {
            int[] cps = s.codePoints().toArray();
            data = new byte[cps.length * 4];
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                data[4 * i] = (byte) c;
                data[4 * i + 1] = (byte) (c >>> 8);
                data[4 * i + 2] = (byte) (c >>> 16);
                data[4 * i + 3] = (byte) (c >>> 24);
            }
        } else if (width == 2) {
            data = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                data[2 * i] = (byte) c;
                data[2 * i + 1] = (byte) (c >>> 8);
            }
        } else {
            data = new byte[n];
            for (int i = 0; i < n; i++) data[i] = (byte) s.charAt(i);
        }
        return fixMinusOne(siphash13(data, data.length));
    }

    /** hash() of bytes. */
    public static long hashBytes(byte[] b, int len) {
        if (len == 0) return 0;
        return fixMinusOne(siphash13(b, len));
    }

    private static long fixMinusOne(long h) {
        return h == -1 ? -2 : h;
    }

    private static long rotl(long x, int b) {
        return (x << b) | (x >>> (64 - b));
    }

    /** SipHash-1-3 (one compression round, three finalization rounds), as pyhash.c's siphash13. */
    static long siphash13(byte[] src, int len) {
        return siphash13(k0, k1, src, len);
    }

    /** _Py_KeyedHash: SipHash-1-3 under key (k0, 0), as _imp.source_hash uses it. */
    public static long keyedHash(long key, byte[] src) {
        return siphash13(key, 0, src, src.length);
    }

    private static long siphash13(long k0, long k1, byte[] src, int len) {
        long b = ((long) len) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long mi = le64(src, i);
            v3 ^= mi;
            // one round
            v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
            v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
            v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
            v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int j = len - i - 1; j >= 0; j--) t = (t << 8) | (src[i + j] & 0xffL);
        b |= t;
        v3 ^= b;
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
            v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
            v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
            v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** hash() of an int that fits a long. */
    public static long hashLong(long v) {
        long h;
        if (v >= 0) h = v % MODULUS;
        else if (v == Long.MIN_VALUE) h = -(BigInteger.valueOf(v).negate().mod(BigInteger.valueOf(MODULUS)).longValue());
        else h = -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** _Py_HashDouble; NaN hashes by identity in 3.10+, so the caller passes the object's id. */
    public static long hashDouble(double v, long identity) {
        if (Double.isNaN(v)) return identityHash(identity);
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075; // v = mant * 2**exp
        long x = mant % MODULUS;
        // multiply by 2**exp modulo 2**61 - 1: rotate
        int e = exp >= 0 ? exp % HASH_BITS : HASH_BITS - 1 - ((-1 - exp) % HASH_BITS);
        x = ((x << e) & MODULUS) | (x >>> (HASH_BITS - e));
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    /** _Py_HashPointer: the address rotated by 4 bits. */
    public static long identityHash(long address) {
        long y = (address >>> 4) | (address << 60);
        return y == -1 ? -2 : y;
    }
}
