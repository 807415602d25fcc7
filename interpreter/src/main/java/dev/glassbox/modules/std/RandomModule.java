package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;

import java.math.BigInteger;

/**
 * {@code _random} (Modules/_randommodule.c): the Mersenne Twister MT19937 with CPython's
 * seeding (init_by_array over the seed's 32-bit words), its 53-bit random() and getrandbits,
 * so a seeded random produces CPython's exact numbers.
 */
@Exposed.Module(name = "_random", doc = "Module implements the Mersenne Twister random number generator.")
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(RandomModule.class);
        m.dict().setItem("Random", PyRandom.TYPE);
        return m;
    }

    @Exposed.Type(name = "Random", module = "_random", basicSize = 2512, doc = "Random() -> create a random number generator with its own internal state.")
    public static class PyRandom extends PyObject {
        public static final PyType TYPE = PyType.fromClass(PyRandom.class);
        private static final int N = 624, M = 397;
        private final int[] mt = new int[N];
        private int index = N + 1;

        public PyRandom(PyType t) {
            super(t);
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            PyType t = (PyType) cls;
            PyTuple a = (PyTuple) args;
            if (t == TYPE && kwargs instanceof PyDict d && d.size() > 0) throw Errors.typeError("Random() takes no keyword arguments");
            if (a.size() > 1) throw Errors.typeError("Random() requires 0 or 1 argument");
            PyRandom r = (PyRandom) t.allocate();
            r.seed(a.size() == 1 ? a.get(0) : PyNone.NONE);
            return r;
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = N;
        }

        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            }
            mt[0] = 0x80000000;
        }

        private int genrand() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        @Exposed.Method(sig = "($self, n=None, /)", doc = "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.")
        public PyObject seed(PyObject n) {
            BigInteger v;
            if (n == null || n == PyNone.NONE) {
                byte[] b = new byte[N * 4];
                new java.security.SecureRandom().nextBytes(b);
                v = new BigInteger(1, b);
            } else if (n instanceof PyInt i) {
                v = (i.big != null ? i.big : BigInteger.valueOf(i.value)).abs();
            } else {
                v = BigInteger.valueOf(Abstract.hash(n)).abs();
            }
            int words = Math.max(1, (v.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int k = 0; k < words; k++) key[k] = v.shiftRight(32 * k).intValue();
            initByArray(key);
            return PyNone.NONE;
        }

        @Exposed.Method(sig = "($self, /)", doc = "random() -> x in the interval [0, 1).")
        public PyObject random() {
            long a = (genrand() >>> 5) & 0xffffffffL, b = (genrand() >>> 6) & 0xffffffffL;
            return PyFloat.of((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
        }

        @Exposed.Method(sig = "($self, k, /)", doc = "getrandbits(k) -> x.  Generates an int with k random bits.")
        public PyObject getrandbits(PyObject kObj) {
            long k = Abstract.indexAsLong(kObj);
            if (k < 0) throw Errors.valueError("number of bits must be non-negative");
            if (k == 0) return PyInt.of(0);
            if (k <= 32) return PyInt.of((genrand() & 0xffffffffL) >>> (32 - k));
            int words = (int) ((k - 1) / 32 + 1);
            byte[] be = new byte[words * 4];
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                long r = genrand() & 0xffffffffL;
                if (left < 32) r >>>= (32 - left);
                int off = be.length - 4 * (w + 1);
                be[off] = (byte) (r >>> 24);
                be[off + 1] = (byte) (r >>> 16);
                be[off + 2] = (byte) (r >>> 8);
                be[off + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(1, be));
        }

        @Exposed.Method(sig = "($self, /)", doc = "getstate() -> tuple containing the current state.")
        public PyObject getstate() {
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.of(mt[i] & 0xffffffffL);
            items[N] = PyInt.of(index);
            return PyTuple.of(items);
        }

        @Exposed.Method(sig = "($self, state, /)", doc = "setstate(state) -> None.  Restores generator state.")
        public PyObject setstate(PyObject state) {
            if (!(state instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
            if (t.size() != N + 1) throw Errors.valueError("state vector is the wrong size");
            int[] next = new int[N];
            for (int i = 0; i < N; i++) next[i] = (int) Abstract.indexAsLong(t.get(i));
            long idx = Abstract.indexAsLong(t.get(N));
            if (idx < 0 || idx > N) throw Errors.valueError("invalid state");
            System.arraycopy(next, 0, mt, 0, N);
            index = (int) idx;
            return PyNone.NONE;
        }
    }
}
