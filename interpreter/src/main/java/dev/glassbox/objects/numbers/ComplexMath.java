package dev.glassbox.objects.numbers;

/**
 * Complex arithmetic as CPython does it (Objects/complexobject.c): {@code _Py_c_prod},
 * {@code _Py_c_quot} (Smith's algorithm), {@code _Py_c_pow} / {@code c_powi} (repeated
 * squaring for integral exponents up to 100 in magnitude, else polar form) and
 * {@code _Py_c_abs}, with complex_div's, complex_pow's and complex_abs's errors.
 * Results are {re, im} pairs. The polar path uses Java's Math functions, which may differ
 * from the C library's in the last bit.
 */
public final class ComplexMath {
    private ComplexMath() {}

    public static double[] multiply(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** a / b; ZeroDivisionError "complex division by zero". */
    public static double[] divide(double ar, double ai, double br, double bi) {
        double[] r = quot(ar, ai, br, bi);
        if (r == null) throw NumberError.zeroDivision("complex division by zero");
        return r;
    }

    /** _Py_c_quot; null where C sets errno = EDOM (division by zero). */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absR = Math.abs(br), absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0.0) return null;
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absI >= absR) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /**
     * a ** b (complex_pow). ZeroDivisionError "0.0 to a negative or complex power";
     * OverflowError "complex exponentiation" when a part of the result is infinite.
     */
    public static double[] pow(double ar, double ai, double br, double bi) {
        double[] p;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powu(ar, ai, n);
            } else {
                double[] d = powu(ar, ai, -n);
                p = quot(1.0, 0.0, d[0], d[1]);
                if (p == null) throw NumberError.zeroDivision("0.0 to a negative or complex power");
            }
        } else if (br == 0.0 && bi == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) throw NumberError.zeroDivision("0.0 to a negative or complex power");
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            // C's cos/sin of an infinite phase set errno = EDOM, which complex_pow reports
            // with its zero-power message.
            if (Double.isInfinite(phase)) throw NumberError.zeroDivision("0.0 to a negative or complex power");
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw NumberError.overflow("complex exponentiation");
        }
        return p;
    }

    /** c_powu: x ** n for n >= 0 by repeated squaring. */
    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    /** abs(z); OverflowError "absolute value too large". */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re)) return Math.abs(re);
        if (Double.isInfinite(im)) return Math.abs(im);
        if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) throw NumberError.overflow("absolute value too large");
        return r;
    }
}
