package dev.glassbox.compile;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.bytecode.ConstValue.Bytes;
import dev.glassbox.bytecode.ConstValue.Complex;
import dev.glassbox.bytecode.ConstValue.Tuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Python arithmetic on compile-time constants ({@link ConstValue} values), for the AST
 * constant folder (Python/ast_opt.c {@code fold_binop}, {@code fold_unaryop},
 * {@code fold_subscr}) and the flow-graph optimiser (truth values). Each operation returns
 * the folded value, or {@code null} when CPython would not fold: the operation raises
 * (ZeroDivisionError, OverflowError, TypeError...), a size limit of ast_opt.c is exceeded, or
 * the operand types are not handled here.
 *
 * <p>One class so that the runtime can later route these to its object model.
 */
public final class ConstOps {
    private ConstOps() {}

    // ast_opt.c limits
    static final int MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024;

    public enum BinOp { ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV }

    public enum UnaryOp { INVERT, NOT, UADD, USUB }

    /** PyObject_IsTrue for a constant. */
    public static boolean isTrue(Object v) {
        if (v == ConstValue.Singleton.NONE) return false;
        if (v == ConstValue.Singleton.ELLIPSIS || v instanceof CodeUnit) return true;
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        if (v instanceof BigInteger b) return b.signum() != 0;
        if (v instanceof Double d) return d != 0;
        if (v instanceof Complex c) return c.real() != 0 || c.imag() != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Bytes b) return b.value().length > 0;
        if (v instanceof Tuple t) return !t.items().isEmpty();
        if (v instanceof ConstValue.FrozenSet f) return !f.items().isEmpty();
        return true;
    }

    // ---- helpers ----

    private static boolean isInt(Object v) { return v instanceof Long || v instanceof BigInteger || v instanceof Boolean; }

    private static BigInteger big(Object v) {
        if (v instanceof Long l) return BigInteger.valueOf(l);
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return (BigInteger) v;
    }

    private static Object norm(BigInteger b) { return ConstValue.integer(b); }

    private static boolean isNumber(Object v) { return isInt(v) || v instanceof Double || v instanceof Complex; }

    /** float(int), or null on OverflowError. */
    private static Double toDouble(Object v) {
        if (v instanceof Double d) return d;
        BigInteger b = big(v);
        if (b.bitLength() <= 53) return b.doubleValue();
        double d = new BigDecimal(b).doubleValue();  // correctly rounded (half-even)
        return Double.isInfinite(d) ? null : d;
    }

    private static Complex toComplex(Object v) {
        if (v instanceof Complex c) return c;
        Double d = toDouble(v);
        return d == null ? null : new Complex(d, 0.0);
    }

    private static int nbits(BigInteger b) { return b.abs().bitLength(); }

    // ---- unary ----

    public static Object unary(UnaryOp op, Object v) {
        switch (op) {
            case NOT: return !isTrue(v);
            case UADD:
                if (v instanceof Boolean b) return b ? 1L : 0L;
                return isNumber(v) ? v : null;
            case USUB:
                if (isInt(v)) return norm(big(v).negate());
                if (v instanceof Double d) return -d;
                if (v instanceof Complex c) return new Complex(-c.real(), -c.imag());
                return null;
            case INVERT:
                if (isInt(v)) return norm(big(v).not());
                return null;
            default: return null;
        }
    }

    // ---- binary ----

    public static Object binary(BinOp op, Object l, Object r) {
        try {
            return switch (op) {
                case ADD -> add(l, r);
                case SUB -> arith(op, l, r);
                case MULT -> safeMultiply(l, r);
                case DIV -> trueDivide(l, r);
                case FLOORDIV, MOD -> (l instanceof String || l instanceof Bytes) ? null : divmod(op, l, r);
                case POW -> safePower(l, r);
                case LSHIFT -> safeLshift(l, r);
                case RSHIFT -> isInt(l) && isInt(r) && big(r).signum() >= 0
                        ? norm(big(l).shiftRight(big(r).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue())) : null;
                case BITOR, BITXOR, BITAND -> bitwise(op, l, r);
                case MATMULT -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Object add(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) return a + b;
        if (l instanceof Bytes a && r instanceof Bytes b) {
            byte[] out = new byte[a.value().length + b.value().length];
            System.arraycopy(a.value(), 0, out, 0, a.value().length);
            System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
            return new Bytes(out);
        }
        if (l instanceof Tuple a && r instanceof Tuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new Tuple(items);
        }
        return arith(BinOp.ADD, l, r);
    }

    /** +, -, * on numbers with Python's int/float/complex coercion. */
    private static Object arith(BinOp op, Object l, Object r) {
        if (!isNumber(l) || !isNumber(r)) return null;
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            return norm(switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                default -> a.multiply(b);
            });
        }
        if (l instanceof Complex || r instanceof Complex) {
            Complex a = toComplex(l), b = toComplex(r);
            if (a == null || b == null) return null;
            return switch (op) {
                case ADD -> new Complex(a.real() + b.real(), a.imag() + b.imag());
                case SUB -> new Complex(a.real() - b.real(), a.imag() - b.imag());
                default -> new Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
            };
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null) return null;
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            default -> a * b;
        };
    }

    private static Object safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
            if (nbits(big(v)) + nbits(big(w)) > MAX_INT_SIZE) return null;
        } else if (isInt(v) && (w instanceof Tuple || w instanceof ConstValue.FrozenSet)) {
            int size = w instanceof Tuple t ? t.items().size() : ((ConstValue.FrozenSet) w).items().size();
            if (size > 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) return null;
                if (n.signum() != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / n.intValue()) < 0) return null;
            }
        } else if (isInt(v) && (w instanceof String || w instanceof Bytes)) {
            int size = w instanceof String s ? s.codePointCount(0, s.length()) : ((Bytes) w).value().length;
            if (size > 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) return null;
            }
        } else if (isInt(w) && (v instanceof Tuple || v instanceof ConstValue.FrozenSet || v instanceof String
                || v instanceof Bytes)) {
            return safeMultiply(w, v);
        }
        if (isInt(v) && w instanceof String s) return s.repeat(Math.max(0, clampInt(big(v))));
        if (isInt(v) && w instanceof Bytes b) {
            int n = Math.max(0, clampInt(big(v)));
            byte[] out = new byte[b.value().length * n];
            for (int i = 0; i < n; i++) System.arraycopy(b.value(), 0, out, i * b.value().length, b.value().length);
            return new Bytes(out);
        }
        if (isInt(v) && w instanceof Tuple t) {
            int n = Math.max(0, clampInt(big(v)));
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n; i++) items.addAll(t.items());
            return new Tuple(items);
        }
        return arith(BinOp.MULT, v, w);
    }

    private static int clampInt(BigInteger b) {
        if (b.bitLength() > 31) return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return b.intValue();
    }

    private static int checkComplexity(Object obj, int limit) {
        if (obj instanceof Tuple t) {
            limit -= t.items().size();
            for (int i = 0; limit >= 0 && i < t.items().size(); i++) limit = checkComplexity(t.items().get(i), limit);
        } else if (obj instanceof ConstValue.FrozenSet f) {
            limit -= f.items().size();
            for (int i = 0; limit >= 0 && i < f.items().size(); i++) limit = checkComplexity(f.items().get(i), limit);
        }
        return limit;
    }

    private static Object trueDivide(Object l, Object r) {
        if (!isNumber(l) || !isNumber(r)) return null;
        if (l instanceof Complex || r instanceof Complex) {
            Complex a = toComplex(l), b = toComplex(r);
            if (a == null || b == null) return null;
            return complexQuot(a, b);
        }
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
            // 80 significant digits, then one rounding to double: a double rounding would need the
            // quotient to sit within 1e-80 of a halfway point.
            double d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(80)).doubleValue();
            return Double.isInfinite(d) ? null : d;
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null || b == 0) return null;
        return a / b;
    }

    /** _Py_c_quot (Objects/complexobject.c), Smith's algorithm. */
    private static Complex complexQuot(Complex a, Complex b) {
        double absBr = Math.abs(b.real()), absBi = Math.abs(b.imag());
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);
    }

    private static Object divmod(BinOp op, Object l, Object r) {
        if (!isNumber(l) || !isNumber(r) || l instanceof Complex || r instanceof Complex) return null;
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                qr[0] = qr[0].subtract(BigInteger.ONE);
                qr[1] = qr[1].add(b);
            }
            return norm(op == BinOp.FLOORDIV ? qr[0] : qr[1]);
        }
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null || b == 0) return null;
        double vx = a, wx = b;
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        if (op == BinOp.MOD) return mod;
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static Object safePower(Object v, Object w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
            BigInteger e = big(w);
            if (e.bitLength() > 31) return null;
            int vbits = nbits(big(v));
            if (vbits > MAX_INT_SIZE / e.intValue()) return null;
            return norm(big(v).pow(e.intValue()));
        }
        if (!isNumber(v) || !isNumber(w)) return null;
        if (v instanceof Complex || w instanceof Complex) {
            Complex a = toComplex(v), b = toComplex(w);
            return a == null || b == null ? null : complexPow(a, b);
        }
        if (isInt(v) && isInt(w)) {
            BigInteger b = big(v), e = big(w);
            if (e.signum() == 0) return 1L;
            if (b.signum() == 0) return e.signum() > 0 ? (Object) 0L : null;
            // negative exponent: float result
        }
        Double a = toDouble(v), b = toDouble(w);
        if (a == null || b == null) return null;
        double iv = a, iw = b;
        if (iw == 0) return 1.0;
        if (Double.isNaN(iv)) return iw == 0 ? 1.0 : iv;
        if (Double.isNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (iv == 0 && iw < 0) return null;  // ZeroDivisionError
        if (iv < 0 && iw != Math.floor(iw) && !Double.isInfinite(iw)) {
            // A negative base to a fractional power is a complex result (float_pow).
            return complexPow(new Complex(iv, 0.0), new Complex(iw, 0.0));
        }
        double res = Math.pow(iv, iw);
        if (Double.isInfinite(res) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) return null;  // OverflowError
        return res;
    }

    /** complex_pow: c_powi for small integral exponents, else c_pow; null on error. */
    private static Object complexPow(Complex a, Complex b) {
        Complex p;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            long n = (long) b.real();
            if (n > 0) {
                p = complexPowu(a, n);
            } else {
                p = complexQuot(new Complex(1.0, 0.0), complexPowu(a, -n));
                if (p == null) return null;
            }
        } else {
            if (b.real() == 0.0 && b.imag() == 0.0) {
                p = new Complex(1.0, 0.0);
            } else if (a.real() == 0.0 && a.imag() == 0.0) {
                if (b.imag() != 0.0 || b.real() < 0.0) return null;  // ZeroDivisionError
                p = new Complex(0.0, 0.0);
            } else {
                double vabs = Math.hypot(a.real(), a.imag());
                double len = Math.pow(vabs, b.real());
                double at = Math.atan2(a.imag(), a.real());
                double phase = at * b.real();
                if (b.imag() != 0.0) {
                    len /= Math.exp(at * b.imag());
                    phase += b.imag() * Math.log(vabs);
                }
                p = new Complex(len * Math.cos(phase), len * Math.sin(phase));
            }
        }
        if (Double.isInfinite(p.real()) || Double.isInfinite(p.imag())) return null;  // OverflowError
        return p;
    }

    private static Complex complexProd(Complex a, Complex b) {
        return new Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** c_powu: binary exponentiation. */
    private static Complex complexPowu(Complex x, long n) {
        Complex r = new Complex(1.0, 0.0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) r = complexProd(r, p);
            mask <<= 1;
            p = complexProd(p, p);
        }
        return r;
    }

    private static Object safeLshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) return null;
        BigInteger a = big(v), b = big(w);
        if (b.signum() < 0) return null;
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.bitLength() > 31) return null;
            int wbits = b.intValue();
            if (wbits > MAX_INT_SIZE || nbits(a) > MAX_INT_SIZE - wbits) return null;
        }
        if (a.signum() == 0) return 0L;
        return norm(a.shiftLeft(b.intValue()));
    }

    private static Object bitwise(BinOp op, Object l, Object r) {
        if (!isInt(l) || !isInt(r)) return null;
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (op) {
                case BITOR -> a | b;
                case BITXOR -> a ^ b;
                default -> a & b;
            };
        }
        BigInteger a = big(l), b = big(r);
        return norm(switch (op) {
            case BITOR -> a.or(b);
            case BITXOR -> a.xor(b);
            default -> a.and(b);
        });
    }

    /** {@code value[index]} for constants (fold_subscr): str, bytes and tuple with an int index. */
    public static Object subscript(Object value, Object index) {
        if (!isInt(index)) return null;
        BigInteger bi = big(index);
        if (bi.bitLength() > 31) return null;
        int i = bi.intValue();
        if (value instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (i < 0) i += n;
            if (i < 0 || i >= n) return null;
            int off = s.offsetByCodePoints(0, i);
            return new String(Character.toChars(s.codePointAt(off)));
        }
        if (value instanceof Bytes b) {
            int n = b.value().length;
            if (i < 0) i += n;
            if (i < 0 || i >= n) return null;
            return (long) (b.value()[i] & 0xff);
        }
        if (value instanceof Tuple t) {
            int n = t.items().size();
            if (i < 0) i += n;
            if (i < 0 || i >= n) return null;
            return t.items().get(i);
        }
        return null;
    }
}
