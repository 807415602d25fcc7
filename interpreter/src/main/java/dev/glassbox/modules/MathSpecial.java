package dev.glassbox.modules;

/**
 * The special functions CPython's math module computes itself (Modules/mathmodule.c):
 * gamma and lgamma by Lanczos' approximation (g = 6.024680040776729583740234375, 13 terms,
 * with the error-correction term), sin(pi*x) by argument reduction, and erf/erfc by the
 * series and continued-fraction expansions of CPython's fallback (CPython builds usually call
 * libm's erf instead, so the last digit may differ). Domain and range problems are reported
 * through {@link #errno}, as C's errno is: the caller turns EDOM into "math domain error" and
 * ERANGE into "math range error".
 */
final class MathSpecial {
    private MathSpecial() {}

    static final int EDOM = 33, ERANGE = 34;
    /** Set by the functions below, cleared by the caller before each call (one VM thread). */
    static int errno;

    static final double PI = Math.PI, LOGPI = 1.144729885849400174143427351353058711647, SQRTPI = 1.772453850905516027298167483341145182798;
    static final double LANCZOS_G = 6.024680040776729583740234375, LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    static final double[] GAMMA_INTEGRAL = new double[23];

    static {
        double f = 1;
        for (int i = 0; i < 23; i++) {
            GAMMA_INTEGRAL[i] = f;
            f *= i + 1;
        }
    }

    /** The rational function L_g(x) for x > 0; rescaled by x**(1-N) for large x to avoid overflow. */
    static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            for (int i = 12; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < 13; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), exact at integers and half-integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        long n = Math.round(2.0 * y);
        double r;
        switch ((int) n) {
            case 0: r = Math.sin(PI * y); break;
            case 1: r = Math.cos(PI * (y - 0.5)); break;
            case 2: r = Math.sin(PI * (1.0 - y)); break;
            case 3: r = -Math.cos(PI * (y - 1.5)); break;
            default: r = Math.sin(PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) return x;
            errno = EDOM;
            return Double.NaN;
        }
        if (x == 0) {
            errno = EDOM;
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                errno = EDOM;
                return Double.NaN;
            }
            if (x <= 23) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) errno = ERANGE;
            return r;
        }
        if (absx > 200.0) {
            if (x < 0) return 0.0 / sinpi(x);
            errno = ERANGE;
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sp = Math.pow(y, absx / 2.0 - 0.25);
                r /= sp;
                r /= sp;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sp = Math.pow(y, absx / 2.0 - 0.25);
                r *= sp;
                r *= sp;
            }
        }
        if (Double.isInfinite(r)) errno = ERANGE;
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0) {
                errno = EDOM;
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        if (Double.isInfinite(r)) errno = ERANGE;
        return r;
    }

    static double erfSeries(double x) {
        double x2 = x * x, acc = 0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRTPI;
    }

    static double erfcContfrac(double x) {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRTPI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < 1.5) return erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < 1.5) return 1.0 - erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0 ? cf : 2.0 - cf;
    }

    /** asinh, acosh, atanh (Python/pymath.c's _Py_asinh etc., which Java's Math lacks). */
    static double asinh(double x) {
        double absx = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        if (absx < 3.725290298461914e-09) return x; // |x| < 2**-28
        double w;
        if (absx > 268435456.0) { // 2**28
            w = Math.log(absx) + 0.6931471805599453;
        } else if (absx > 2.0) {
            w = Math.log(2.0 * absx + 1.0 / (Math.sqrt(x * x + 1.0) + absx));
        } else {
            double t = x * x;
            w = Math.log1p(absx + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1.0) {
            errno = EDOM;
            return Double.NaN;
        }
        if (x >= 268435456.0) {
            if (Double.isInfinite(x)) return x + x;
            return Math.log(x) + 0.6931471805599453;
        }
        if (x == 1.0) return 0.0;
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx >= 1.0) {
            errno = EDOM;
            return absx == 1.0 ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.NaN;
        }
        if (absx < 3.725290298461914e-09) return x;
        double t;
        if (absx < 0.5) {
            t = absx + absx;
            t = 0.5 * Math.log1p(t + t * absx / (1.0 - absx));
        } else {
            t = 0.5 * Math.log1p((absx + absx) / (1.0 - absx));
        }
        return Math.copySign(t, x);
    }

    /** cosh as fdlibm computes it: from exp for |x| beyond 0.5*ln2, expm1 below. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a < 0.34657359027997264) {
            double t = Math.expm1(a), w = 1.0 + t;
            if (a < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) return 0.5 * Math.exp(a);
        double w = Math.exp(0.5 * a);
        return (0.5 * w) * w;
    }
}
