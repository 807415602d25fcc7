package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;

import java.math.BigInteger;

/**
 * The integer functions of {@code math} (Modules/mathmodule.c): factorial, comb, perm, isqrt,
 * gcd, lcm — exact on arbitrarily large ints, arguments taken through {@code __index__},
 * with CPython's messages. Products are split in halves so big results multiply balanced
 * operands (BigInteger then uses its sub-quadratic algorithms).
 */
public final class MathInts {
    private MathInts() {}

    /** The product lo * (lo+1) * ... * hi, by binary splitting. */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    @Exposed.Function(sig = "($module, n, /)", doc = "Find n!.\n\nRaise a ValueError if x is negative or non-integral.")
    public static PyObject factorial(PyObject n) {
        PyInt i = Abstract.index(n);
        if (i.isBig()) {
            if (i.signum() > 0) throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (i.value < 0) throw Errors.valueError("factorial() not defined for negative values");
        return PyInt.of(product(1, i.value));
    }

    @Exposed.Function(sig = "($module, n, k=None, /)", doc = "Number of ways to choose k items from n items without repetition and with order.\n\n"
            + "Evaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\n"
            + "If k is not specified or is None, then k defaults to n\nand the function returns n!.\n\n"
            + "Raises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.")
    public static PyObject perm(PyObject n, PyObject k) {
        if (k == null || k == PyNone.NONE) return factorial(n);
        BigInteger ni = Abstract.index(n).toBig(), ki = Abstract.index(k).toBig();
        if (ni.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (ki.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (ni.compareTo(ki) < 0) return PyInt.ZERO;
        if (ki.bitLength() > 63) throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        long kk = ki.longValue();
        if (ni.bitLength() <= 62) {
            long nn = ni.longValue();
            return PyInt.of(product(nn - kk + 1, nn));
        }
        BigInteger r = BigInteger.ONE;
        for (long j = 0; j < kk; j++) r = r.multiply(ni.subtract(BigInteger.valueOf(j)));
        return PyInt.of(r);
    }

    @Exposed.Function(sig = "($module, n, k, /)", doc = "Number of ways to choose k items from n items without repetition and without order.\n\n"
            + "Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\n"
            + "Also called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\n"
            + "Raises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.")
    public static PyObject comb(PyObject n, PyObject k) {
        BigInteger ni = Abstract.index(n).toBig(), ki = Abstract.index(k).toBig();
        if (ni.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (ki.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        BigInteger diff = ni.subtract(ki);
        if (diff.signum() < 0) return PyInt.ZERO;
        if (diff.compareTo(ki) < 0) ki = diff;
        if (ki.bitLength() > 63) throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        long kk = ki.longValue();
        if (ni.bitLength() <= 62) {
            long nn = ni.longValue();
            return PyInt.of(product(nn - kk + 1, nn).divide(product(1, kk)));
        }
        BigInteger num = BigInteger.ONE;
        for (long j = 0; j < kk; j++) num = num.multiply(ni.subtract(BigInteger.valueOf(j)));
        return PyInt.of(num.divide(product(1, kk)));
    }

    @Exposed.Function(sig = "($module, n, /)", doc = "Return the integer part of the square root of the input.")
    public static PyObject isqrt(PyObject n) {
        BigInteger v = Abstract.index(n).toBig();
        if (v.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
        return PyInt.of(v.sqrt());
    }

    @Exposed.Function(sig = "($module, *integers)", conv = Exposed.Convention.VARARGS,
            doc = "Greatest Common Divisor.")
    public static PyObject gcd(PyObject args) {
        PyTuple t = (PyTuple) args;
        if (t.size() == 0) return PyInt.ZERO;
        PyInt first = Abstract.index(t.get(0));
        BigInteger g = first.toBig().abs();
        for (int i = 1; i < t.size(); i++) {
            BigInteger x = Abstract.index(t.get(i)).toBig();
            if (!g.equals(BigInteger.ONE)) g = g.gcd(x);
        }
        return PyInt.of(g);
    }

    @Exposed.Function(sig = "($module, *integers)", conv = Exposed.Convention.VARARGS,
            doc = "Least Common Multiple.")
    public static PyObject lcm(PyObject args) {
        PyTuple t = (PyTuple) args;
        if (t.size() == 0) return PyInt.ONE;
        BigInteger l = Abstract.index(t.get(0)).toBig().abs();
        for (int i = 1; i < t.size(); i++) {
            BigInteger x = Abstract.index(t.get(i)).toBig();
            if (l.signum() == 0) continue;
            if (x.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(x)).multiply(x).abs();
        }
        return PyInt.of(l);
    }
}
