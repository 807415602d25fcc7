package dev.glassbox.modules.std;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyComplex;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SpecialMethod;

/**
 * {@code cmath} (Modules/cmathmodule.c) for finite arguments with CPython's formulas (sqrt
 * scaled as c_sqrt, log via hypot/atan2); results that are not finite for finite input raise
 * OverflowError/ValueError as CPython. CPython's special-value tables for infinite and NaN
 * arguments are followed only where noted; the rest propagate IEEE arithmetic.
 */
@Exposed.Module(name = "cmath", doc = "This module provides access to mathematical functions for complex\nnumbers.")
public final class CmathModule {
    private CmathModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(CmathModule.class);
        m.dict().setItem("pi", PyFloat.of(Math.PI));
        m.dict().setItem("e", PyFloat.of(Math.E));
        m.dict().setItem("tau", PyFloat.of(2 * Math.PI));
        m.dict().setItem("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.dict().setItem("nan", PyFloat.of(Double.NaN));
        m.dict().setItem("infj", PyComplex.of(0.0, Double.POSITIVE_INFINITY));
        m.dict().setItem("nanj", PyComplex.of(0.0, Double.NaN));
        return m;
    }

    /** The argument as (re, im): complex, __complex__, or a real number. */
    private static double[] arg(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        PyObject cm = o.type.special(SpecialMethod.__complex__);
        if (cm != null) {
            PyObject r = Abstract.callSpecial(cm, o);
            if (!(r instanceof PyComplex rc)) throw Errors.typeError("__complex__ returned non-complex (type %s)", r.type.qualname);
            return new double[] {rc.real, rc.imag};
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type.special(SpecialMethod.__float__) != null
                || o.type.special(SpecialMethod.__index__) != null) {
            return new double[] {Abstract.asDouble(o), 0.0};
        }
        throw Errors.typeError("must be real number, not %s", o.type.qualname);
    }

    private static PyObject result(double re, double im, double[] in) {
        boolean finiteIn = Double.isFinite(in[0]) && Double.isFinite(in[1]);
        if (finiteIn && (Double.isInfinite(re) || Double.isInfinite(im))) throw Errors.overflowError("math range error");
        if (finiteIn && (Double.isNaN(re) || Double.isNaN(im))) throw Errors.valueError("math domain error");
        return PyComplex.of(re, im);
    }

    private static double[] sqrtOf(double x, double y) {
        if (x == 0 && y == 0) return new double[] {0.0, y};
        double ax = Math.abs(x), ay = Math.abs(y), s, d;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        d = ay / (2.0 * s);
        return x >= 0 ? new double[] {s, Math.copySign(d, y)} : new double[] {d, Math.copySign(s, y)};
    }

    private static double[] logOf(double x, double y) {
        double h = Math.hypot(x, y);
        if (h == 0) throw Errors.valueError("math domain error");
        return new double[] {Math.log(h), Math.atan2(y, x)};
    }

    private static double[] mul(double[] a, double[] b) { return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]}; }
    private static double[] div(double[] a, double[] b) {
        double den = b[0] * b[0] + b[1] * b[1];
        return new double[] {(a[0] * b[0] + a[1] * b[1]) / den, (a[1] * b[0] - a[0] * b[1]) / den};
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the square root of z.")
    public static PyObject sqrt(PyObject z) { double[] a = arg(z); double[] r = sqrtOf(a[0], a[1]); return result(r[0], r[1], a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the exponential value e**z.")
    public static PyObject exp(PyObject z) {
        double[] a = arg(z);
        double r = Math.exp(a[0]);
        return result(a[1] == 0 ? r : r * Math.cos(a[1]), a[1] == 0 ? a[1] : r * Math.sin(a[1]), a);
    }

    @Exposed.Function(sig = "($module, x, base=<unrepresentable>, /)", doc = "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z.")
    public static PyObject log(PyObject z, PyObject base) {
        double[] a = arg(z);
        double[] r = logOf(a[0], a[1]);
        if (base != null) {
            double[] b = arg(base);
            double[] lb = logOf(b[0], b[1]);
            if (lb[0] == 0 && lb[1] == 0) throw Errors.zeroDivisionError("complex division by zero");
            r = div(r, lb);
        }
        return result(r[0], r[1], a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the base-10 logarithm of z.")
    public static PyObject log10(PyObject z) {
        double[] a = arg(z);
        double[] r = logOf(a[0], a[1]);
        return result(r[0] / Math.log(10), r[1] / Math.log(10), a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return argument, also known as the phase angle, of a complex.")
    public static PyObject phase(PyObject z) { double[] a = arg(z); return PyFloat.of(Math.atan2(a[1], a[0])); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
            + "r is the distance from 0 and phi the phase angle.")
    public static PyObject polar(PyObject z) {
        double[] a = arg(z);
        double r = Math.hypot(a[0], a[1]);
        if (Double.isInfinite(r) && Double.isFinite(a[0]) && Double.isFinite(a[1])) throw Errors.overflowError("math range error");
        return PyTuple.of(PyFloat.of(r), PyFloat.of(Math.atan2(a[1], a[0])));
    }

    @Exposed.Function(sig = "($module, r, phi, /)", doc = "Convert from polar coordinates to rectangular coordinates.")
    public static PyObject rect(PyObject r, PyObject phi) {
        double rv = Abstract.asDouble(r), p = Abstract.asDouble(phi);
        if (p == 0) return PyComplex.of(rv, rv * p);
        return result(rv * Math.cos(p), rv * Math.sin(p), new double[] {rv, p});
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the sine of z.")
    public static PyObject sin(PyObject z) { double[] a = arg(z); return result(Math.sin(a[0]) * Math.cosh(a[1]), Math.cos(a[0]) * Math.sinh(a[1]), a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the cosine of z.")
    public static PyObject cos(PyObject z) { double[] a = arg(z); return result(Math.cos(a[0]) * Math.cosh(a[1]), -Math.sin(a[0]) * Math.sinh(a[1]), a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the tangent of z.")
    public static PyObject tan(PyObject z) {
        double[] a = arg(z);
        double[] r = div(new double[] {Math.sin(a[0]) * Math.cosh(a[1]), Math.cos(a[0]) * Math.sinh(a[1])},
                new double[] {Math.cos(a[0]) * Math.cosh(a[1]), -Math.sin(a[0]) * Math.sinh(a[1])});
        return result(r[0], r[1], a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the hyperbolic sine of z.")
    public static PyObject sinh(PyObject z) { double[] a = arg(z); return result(Math.sinh(a[0]) * Math.cos(a[1]), Math.cosh(a[0]) * Math.sin(a[1]), a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the hyperbolic cosine of z.")
    public static PyObject cosh(PyObject z) { double[] a = arg(z); return result(Math.cosh(a[0]) * Math.cos(a[1]), Math.sinh(a[0]) * Math.sin(a[1]), a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the hyperbolic tangent of z.")
    public static PyObject tanh(PyObject z) {
        double[] a = arg(z);
        double[] r = div(new double[] {Math.sinh(a[0]) * Math.cos(a[1]), Math.cosh(a[0]) * Math.sin(a[1])},
                new double[] {Math.cosh(a[0]) * Math.cos(a[1]), Math.sinh(a[0]) * Math.sin(a[1])});
        return result(r[0], r[1], a);
    }

    private static double[] asinhOf(double x, double y) {
        // log(z + sqrt(z*z + 1))
        double[] zz = mul(new double[] {x, y}, new double[] {x, y});
        double[] s = sqrtOf(zz[0] + 1, zz[1]);
        return logOf(x + s[0], y + s[1]);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the inverse hyperbolic sine of z.")
    public static PyObject asinh(PyObject z) { double[] a = arg(z); double[] r = asinhOf(a[0], a[1]); return result(r[0], r[1], a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the arc sine of z.")
    public static PyObject asin(PyObject z) {
        double[] a = arg(z);
        double[] r = asinhOf(-a[1], a[0]);   // asin(z) = -i asinh(iz)
        return result(r[1], -r[0], a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the arc cosine of z.")
    public static PyObject acos(PyObject z) {
        double[] a = arg(z);
        double[] r = asinhOf(-a[1], a[0]);
        return result(Math.PI / 2 - r[1], r[0], a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the inverse hyperbolic cosine of z.")
    public static PyObject acosh(PyObject z) {
        double[] a = arg(z);
        double[] s1 = sqrtOf(a[0] - 1, a[1]), s2 = sqrtOf(a[0] + 1, a[1]);
        double re = Math.log(Math.hypot(0, 1)) + asinhReal(s1, s2);
        double im = 2 * Math.atan2(s1[1], s2[0]);
        return result(re, im, a);
    }

    private static double asinhReal(double[] s1, double[] s2) {
        double v = s1[0] * s2[0] + s1[1] * s2[1];
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    private static double[] atanhOf(double x, double y) {
        double[] num = {1 + x, y}, den = {1 - x, -y};
        double[] q = div(num, den);
        double[] l = logOf(q[0], q[1]);
        return new double[] {l[0] / 2, l[1] / 2};
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the inverse hyperbolic tangent of z.")
    public static PyObject atanh(PyObject z) { double[] a = arg(z); double[] r = atanhOf(a[0], a[1]); return result(r[0], r[1], a); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return the arc tangent of z.")
    public static PyObject atan(PyObject z) {
        double[] a = arg(z);
        double[] r = atanhOf(-a[1], a[0]);   // atan(z) = -i atanh(iz)
        return result(r[1], -r[0], a);
    }

    @Exposed.Function(sig = "($module, z, /)", doc = "Return True if both the real and imaginary parts of z are finite, else False.")
    public static PyObject isfinite(PyObject z) { double[] a = arg(z); return PyBool.of(Double.isFinite(a[0]) && Double.isFinite(a[1])); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Checks if the real or imaginary part of z is infinite.")
    public static PyObject isinf(PyObject z) { double[] a = arg(z); return PyBool.of(Double.isInfinite(a[0]) || Double.isInfinite(a[1])); }

    @Exposed.Function(sig = "($module, z, /)", doc = "Checks if the real or imaginary part of z not a number (NaN).")
    public static PyObject isnan(PyObject z) { double[] a = arg(z); return PyBool.of(Double.isNaN(a[0]) || Double.isNaN(a[1])); }

    @Exposed.Function(sig = "($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)", doc = "Determine whether two complex numbers are close in value.")
    public static PyObject isclose(PyObject x, PyObject y, PyObject relTol, PyObject absTol) {
        double[] a = arg(x), b = arg(y);
        double rt = Abstract.asDouble(relTol), at = Abstract.asDouble(absTol);
        if (rt < 0 || at < 0) throw Errors.valueError("tolerances must be non-negative");
        if (a[0] == b[0] && a[1] == b[1]) return PyBool.TRUE;
        if (Double.isInfinite(a[0]) || Double.isInfinite(a[1]) || Double.isInfinite(b[0]) || Double.isInfinite(b[1])) return PyBool.FALSE;
        double diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
        return PyBool.of(diff <= rt * Math.hypot(b[0], b[1]) || diff <= rt * Math.hypot(a[0], a[1]) || diff <= at);
    }
}
