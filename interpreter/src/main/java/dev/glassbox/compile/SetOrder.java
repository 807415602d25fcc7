package dev.glassbox.compile;

import dev.glassbox.bytecode.ConstValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The iteration order of a constant frozenset as CPython builds it: each element's hash
 * (Python/pyhash.c: SipHash-1-3 for str and bytes with the key of {@code PYTHONHASHSEED=0},
 * the Mersenne-prime reduction for int and float, xxHash-style for tuples) and the set
 * table's insertion with linear probing and perturbation (Objects/setobject.c
 * {@code set_add_entry}, {@code set_table_resize}).
 *
 * <p>Limitation: the order matches CPython only under {@code PYTHONHASHSEED=0} (the seed
 * {@code compare-cpython} and the conformance tests use), and only when every element is
 * hashable here (str, bytes, int, bool, float, tuples of those); otherwise the elements keep
 * their source order. None and Ellipsis hash by address in CPython: their low bits are
 * stable across runs of one build, the rest is approximated.
 */
public final class SetOrder {
    private SetOrder() {}

    private static final long MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;
    private static final int LINEAR_PROBES = 9, PERTURB_SHIFT = 5, MINSIZE = 8;

    /** A frozenset of {@code items} (duplicates removed, CPython's iteration order). */
    public static ConstValue.FrozenSet frozenset(List<Object> items) {
        long[] hashes = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Long h = hash(items.get(i));
            if (h == null) return new ConstValue.FrozenSet(dedup(items));
            hashes[i] = h;
        }
        Object[] keys = new Object[MINSIZE];
        long[] hs = new long[MINSIZE];
        int mask = MINSIZE - 1, fill = 0;
        for (int n = 0; n < items.size(); n++) {
            Object key = items.get(n);
            long hash = hashes[n];
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean found = false;
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    if (keys[j] == null) break outer;
                    if (hs[j] == hash && equal(keys[j], key)) {
                        found = true;
                        break outer;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
                continue;
            }
            if (found) continue;
            // insert at the first empty slot of the probe sequence
            int slot = findEmpty(keys, mask, hash);
            keys[slot] = key;
            hs[slot] = hash;
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                int used = fill;
                int newsize = MINSIZE;
                int minused = used > 50000 ? used * 2 : used * 4;
                while (newsize <= minused) newsize <<= 1;
                Object[] nk = new Object[newsize];
                long[] nh = new long[newsize];
                int nmask = newsize - 1;
                for (int s = 0; s <= mask; s++) {
                    if (keys[s] != null) {
                        int t = findEmpty(nk, nmask, hs[s]);
                        nk[t] = keys[s];
                        nh[t] = hs[s];
                    }
                }
                keys = nk;
                hs = nh;
                mask = nmask;
            }
        }
        List<Object> out = new ArrayList<>();
        for (Object k : keys) if (k != null) out.add(k);
        return new ConstValue.FrozenSet(out);
    }

    /** The slot set_insert_clean would use (no equality checks). */
    private static int findEmpty(Object[] keys, int mask, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) return i;
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) if (keys[i + j] == null) return i + j;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static List<Object> dedup(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            boolean dup = false;
            for (Object p : out) if (equal(p, o)) dup = true;
            if (!dup) out.add(o);
        }
        return out;
    }

    /** Python == between two constants (numbers compare across int/bool/float). */
    static boolean equal(Object a, Object b) {
        if ((a instanceof ConstValue.Complex || b instanceof ConstValue.Complex) && (isNum(a) || a instanceof ConstValue.Complex)
                && (isNum(b) || b instanceof ConstValue.Complex)) {
            ConstValue.Complex x = a instanceof ConstValue.Complex c ? c : null, y = b instanceof ConstValue.Complex c ? c : null;
            if (x != null && y != null) return x.real() == y.real() && x.imag() == y.imag();
            ConstValue.Complex z = x != null ? x : y;
            Object other = x != null ? b : a;
            return z.imag() == 0 && equal(z.real(), other);
        }
        if (isNum(a) && isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = toD(a), y = toD(b);
                if (a instanceof Double && b instanceof Double) return x == y;
                // int vs float: exact comparison
                Object i = a instanceof Double ? b : a;
                double f = a instanceof Double ? x : y;
                if (Double.isNaN(f) || Double.isInfinite(f) || f != Math.floor(f)) return false;
                return new java.math.BigDecimal(f).toBigInteger().equals(big(i));
            }
            return big(a).equals(big(b));
        }
        if (a instanceof ConstValue.Tuple ta && b instanceof ConstValue.Tuple tb) {
            if (ta.items().size() != tb.items().size()) return false;
            for (int i = 0; i < ta.items().size(); i++) if (!equal(ta.items().get(i), tb.items().get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    private static boolean isNum(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Double;
    }

    private static double toD(Object o) { return o instanceof Double d ? d : big(o).doubleValue(); }

    private static BigInteger big(Object o) {
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (o instanceof Long l) return BigInteger.valueOf(l);
        return (BigInteger) o;
    }

    /** hash(v) as CPython 3.11 computes it under PYTHONHASHSEED=0, or null if not computable here. */
    public static Long hash(Object v) {
        // None and Ellipsis hash by address; ASLR moves whole pages, so only the low bits
        // (which decide slots in small tables) are stable. These are the values one
        // CPython 3.11.7 x86-64 build gives; higher bits only matter on collisions.
        if (v == ConstValue.Singleton.NONE) return 0x7fb725e5bbeL;
        if (v == ConstValue.Singleton.ELLIPSIS) return 0x7fb725e5de6L;
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v instanceof Long || v instanceof BigInteger) return intHash(big(v));
        if (v instanceof Double d) return doubleHash(d);
        if (v instanceof ConstValue.Complex c) {
            Long re = doubleHash(c.real()), im = doubleHash(c.imag());
            if (re == null || im == null) return null;
            return fix(re + 1000003L * im);
        }
        if (v instanceof String s) return s.isEmpty() ? 0L : fix(siphash13(strBytes(s)));
        if (v instanceof ConstValue.Bytes b) return b.value().length == 0 ? 0L : fix(siphash13(b.value()));
        if (v instanceof ConstValue.Tuple t) {
            final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
            long acc = p5;
            for (Object o : t.items()) {
                Long lane = hash(o);
                if (lane == null) return null;
                acc += lane * p2;
                acc = Long.rotateLeft(acc, 31);
                acc *= p1;
            }
            acc += t.items().size() ^ (p5 ^ 3527539L);
            return acc == -1 ? 1546275796L : acc;
        }
        return null;
    }

    private static long fix(long h) { return h == -1 ? -2 : h; }

    static long intHash(BigInteger v) {
        long h = v.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (v.signum() < 0) h = -h;
        return fix(h);
    }

    static Long doubleHash(double v) {
        if (Double.isNaN(v)) return null;
        if (Double.isInfinite(v)) return v > 0 ? 314159L : -314159L;
        int e = Math.getExponent(v);
        double m;
        if (v == 0) return 0L;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (e == Double.MIN_EXPONENT - 1) {  // subnormal
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            e = e + 1;
            m = v / Math.scalb(1.0, e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return fix(x);
    }

    /** The PEP 393 representation's bytes: 1, 2 or 4 bytes per code point, little-endian. */
    static byte[] strBytes(String s) {
        int max = 0;
        int[] cps = s.codePoints().toArray();
        for (int c : cps) max = Math.max(max, c);
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        if (width == 1) {
            byte[] out = new byte[cps.length];
            for (int i = 0; i < cps.length; i++) out[i] = (byte) cps[i];
            return out;
        }
        byte[] out = new byte[cps.length * width];
        for (int i = 0; i < cps.length; i++) {
            for (int b = 0; b < width; b++) out[i * width + b] = (byte) (cps[i] >>> (8 * b));
        }
        return out;
    }

    static long siphash13(byte[] in) {
        long k0 = 0, k1 = 0;
        long b = ((long) in.length) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L, v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L, v3 = k1 ^ 0x7465646279746573L;
        int off = 0, n = in.length;
        while (n - off >= 8) {
            long mi = 0;
            for (int i = 7; i >= 0; i--) mi = (mi << 8) | (in[off + i] & 0xffL);
            off += 8;
            v3 ^= mi;
            long[] v = round(v0, v1, v2, v3);
            v0 = v[0]; v1 = v[1]; v2 = v[2]; v3 = v[3];
            v0 ^= mi;
        }
        long t = 0;
        for (int i = n - off - 1; i >= 0; i--) t = (t << 8) | (in[off + i] & 0xffL);
        b |= t;
        v3 ^= b;
        long[] v = round(v0, v1, v2, v3);
        v0 = v[0] ^ b; v1 = v[1]; v2 = v[2]; v3 = v[3];
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v = round(v0, v1, v2, v3);
            v0 = v[0]; v1 = v[1]; v2 = v[2]; v3 = v[3];
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** SINGLE_ROUND: two HALF_ROUNDs. */
    private static long[] round(long v0, long v1, long v2, long v3) {
        // HALF_ROUND(v0,v1,v2,v3,13,16)
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        // HALF_ROUND(v2,v1,v0,v3,17,21)
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        return new long[] {v0, v1, v2, v3};
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
