package dev.glassbox.objects.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glassbox.objects.unicode.StrRepr;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Formatting and parsing of numbers against CPython 3.11's answers recorded by
 * gen_format_cases.py (numbers/format_cases.txt.gz, 93,428 cases: format specs for float, int,
 * str and complex (16,500 with random specs, 6,000 random values with random float specs), complex repr, printf-style %, int(), float(),
 * complex() and float.fromhex() parsing (18,000 random literals), printf-style and str.format
 * templates (random too), the int/str digit
 * limit, float.hex/fromhex, round). Every case must match, exceptions included (type and
 * message).
 */
class FormatCasesTest {

    @Test
    void allRecordedCasesMatch() throws IOException {
        List<String> lines = FloatReprTest.load("format_cases.txt.gz");
        assertTrue(lines.size() > 15_000);
        Map<String, int[]> counts = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) f[i] = unescape(f[i]);
            String kind = f[0];
            String want = f[f.length - 1];
            String got;
            try {
                got = run(kind, f);
            } catch (NumberError e) {
                got = "!" + e;
            }
            int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
            c[0]++;
            if (!got.equals(want)) {
                c[1]++;
                if (failures++ < 40) {
                    report.append(clip(StrRepr.repr(line))).append("\n    got  ").append(clip(StrRepr.repr(got))).append('\n');
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((k, c) -> summary.append(k).append(": ").append(c[0] - c[1]).append('/').append(c[0]).append('\n'));
        assertEquals(0, failures, summary + report.toString());
    }

    /** The result, or "!" and the error, so that two paths can be compared. */
    static String attempt(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (NumberError e) {
            return "!" + e;
        }
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static String run(String kind, String[] f) {
        switch (kind) {
            case "float_format": return FloatFormat.format(dbl(f[1]), f[2]);
            case "int_format": {
                BigInteger n = big(f[1]);
                String r = attempt(() -> IntFormat.format(n, f[2]));
                if (n.bitLength() < 64) {
                    String t = attempt(() -> IntFormat.format(n.longValue(), f[2]));
                    if (!t.equals(r)) return "long path differs: " + t;
                }
                return r;
            }
            case "str_format": return StrFormat.format(f[1], f[2]);
            case "complex_format": return ComplexFormat.format(dbl(f[1]), dbl(f[2]), f[3]);
            case "complex_repr": return ComplexFormat.repr(dbl(f[1]), dbl(f[2]));
            case "pct_float": {
                Pct p = new Pct(f[2]);
                return PercentFormat.formatFloat(dbl(f[1]), p.flags, p.width, p.prec, p.conv);
            }
            case "pct_int": {
                Pct p = new Pct(f[2]);
                return PercentFormat.formatInt(big(f[1]), p.flags, p.width, p.prec, p.conv, IntText.DEFAULT_MAX_STR_DIGITS);
            }
            case "pct_str": {
                Pct p = new Pct(f[2]);
                String text = p.conv == 'r' ? StrRepr.repr(f[1]) : p.conv == 'a' ? StrRepr.ascii(f[1]) : f[1];
                return PercentFormat.formatStr(text, p.flags, p.width, p.prec, p.conv);
            }
            case "int_parse": {
                Number n = IntParse.parse(f[1], Integer.parseInt(f[2]));
                return n instanceof BigInteger ? IntText.toDecimal((BigInteger) n) : n.toString();
            }
            case "int_str": return IntText.toDecimal(big(f[1]));
            case "int_bases": {
                BigInteger n = big(f[1]);
                String s = IntText.bin(n) + " " + IntText.oct(n) + " " + IntText.hex(n);
                if (n.bitLength() < 64) {
                    long v = n.longValue();
                    String t = IntText.bin(v) + " " + IntText.oct(v) + " " + IntText.hex(v);
                    if (!t.equals(s)) return "long/BigInteger differ: " + t;
                }
                return s;
            }
            case "float_parse": return FloatRepr.repr(FloatParse.parse(f[1]));
            case "float_hex": return FloatHex.hex(dbl(f[1]));
            case "float_fromhex": return FloatRepr.repr(FloatHex.fromHex(f[1]));
            case "float_round": return FloatRepr.repr(FloatRound.round(dbl(f[1]), Long.parseLong(f[2])));
            case "float_binop": return floatBinop(f[1], dbl(f[2]), dbl(f[3]));
            case "float_ratio": {
                BigInteger[] r = FloatMath.asIntegerRatio(dbl(f[1]));
                return r[0] + " " + r[1];
            }
            case "int_truediv": {
                BigInteger a = big(f[1]), b = big(f[2]);
                String r = FloatRepr.repr(IntMath.trueDivide(a, b));
                if (a.bitLength() < 64 && b.bitLength() < 64) {
                    String t;
                    try {
                        t = FloatRepr.repr(IntMath.trueDivide(a.longValue(), b.longValue()));
                    } catch (NumberError e) {
                        t = "!" + e;
                    }
                    if (!t.equals(r)) return "long path differs: " + t;
                }
                return r;
            }
            case "complex_abs": return FloatRepr.repr(ComplexMath.abs(dbl(f[1]), dbl(f[2])));
            case "complex_binop": {
                double ar = dbl(f[2]), ai = dbl(f[3]), br = dbl(f[4]), bi = dbl(f[5]);
                double[] r = f[1].equals("*") ? ComplexMath.multiply(ar, ai, br, bi)
                        : f[1].equals("/") ? ComplexMath.divide(ar, ai, br, bi) : ComplexMath.pow(ar, ai, br, bi);
                return ComplexFormat.repr(r[0], r[1]);
            }
            case "int_binop": {
                BigInteger a = big(f[2]), b = big(f[3]);
                switch (f[1]) {
                    case "//": return hex(IntMath.floorDivide(a, b));
                    case "%": return hex(IntMath.mod(a, b));
                    case "divmod": {
                        BigInteger[] r = IntMath.divmod(a, b);
                        return hex(r[0]) + " " + hex(r[1]);
                    }
                    case "round": return hex(IntMath.round(a, b.longValueExact()));
                    default: return FloatRepr.repr(IntMath.powNegative(a, b));
                }
            }
            case "int_powmod": return hex(IntMath.powMod(big(f[1]), big(f[2]), big(f[3])));
            case "complex_parse": {
                double[] r = ComplexParse.parse(f[1]);
                return ComplexFormat.repr(r[0], r[1]);
            }
            case "fmt_parse": {
                FormatStringParser.Markup m = new FormatStringParser.Markup(f[1]);
                StringBuilder sb = new StringBuilder("[");
                for (FormatStringParser.Piece p; (p = m.next()) != null; ) {
                    if (sb.length() > 1) sb.append(", ");
                    sb.append('(').append(StrRepr.repr(p.literal())).append(", ");
                    if (p.fieldName() == null) {
                        sb.append("None, None, None)");
                    } else {
                        sb.append(StrRepr.repr(p.fieldName())).append(", ").append(StrRepr.repr(p.formatSpec())).append(", ")
                                .append(p.conversion() == 0 ? "None" : StrRepr.repr(new String(Character.toChars(p.conversion()))))
                                .append(')');
                    }
                }
                return sb.append(']').toString();
            }
            case "fmt_field": {
                FormatStringParser.FieldName fn = FormatStringParser.splitFieldName(f[1]);
                StringBuilder sb = new StringBuilder("(");
                sb.append(fn.firstIndex() >= 0 ? Long.toString(fn.firstIndex()) : StrRepr.repr(fn.first())).append(", [");
                FormatStringParser.Accessors acc = new FormatStringParser.Accessors(fn.rest());
                boolean firstItem = true;
                for (FormatStringParser.Accessor a; (a = acc.next()) != null; ) {
                    if (!firstItem) sb.append(", ");
                    firstItem = false;
                    sb.append('(').append(a.isAttribute() ? "True" : "False").append(", ")
                            .append(!a.isAttribute() && a.index() >= 0 ? Long.toString(a.index()) : StrRepr.repr(a.name())).append(')');
                }
                return sb.append("])").toString();
            }
            case "fmt_auto": {
                FormatStringParser.Markup m = new FormatStringParser.Markup(f[1]);
                FormatStringParser.AutoNumber auto = new FormatStringParser.AutoNumber();
                StringBuilder sb = new StringBuilder();
                for (FormatStringParser.Piece p; (p = m.next()) != null; ) {
                    sb.append(p.literal());
                    if (p.fieldName() == null) continue;
                    long i = auto.resolve(FormatStringParser.splitFieldName(p.fieldName()));
                    sb.append(i < 0 ? "9" : Long.toString(i));
                }
                return sb.toString();
            }
            case "int_tobytes": {
                byte[] b = IntBytes.toBytes(big(f[1]), Long.parseLong(f[2]), f[3].equals("little"), f[4].equals("True"));
                StringBuilder sb = new StringBuilder();
                for (byte x : b) sb.append(String.format("%02x", x & 0xFF));
                return sb.toString();
            }
            case "int_frombytes": {
                byte[] b = new byte[f[1].length() / 2];
                for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(f[1].substring(2 * i, 2 * i + 2), 16);
                return hex(IntBytes.fromBytes(b, f[2].equals("little"), f[3].equals("True")));
            }
            default: throw new IllegalArgumentException(kind);
        }
    }

    static String floatBinop(String op, double x, double y) {
        switch (op) {
            case "%": return FloatRepr.repr(FloatMath.mod(x, y));
            case "//": return FloatRepr.repr(FloatMath.floorDivide(x, y));
            case "/": return FloatRepr.repr(FloatMath.divide(x, y));
            case "divmod": {
                double[] r = FloatMath.divmod(x, y);
                return "(" + FloatRepr.repr(r[0]) + ", " + FloatRepr.repr(r[1]) + ")";
            }
            default:
                if (FloatMath.powIsComplex(x, y)) {
                    double[] r = ComplexMath.pow(x, 0.0, y, 0.0);
                    return ComplexFormat.repr(r[0], r[1]);
                }
                return FloatRepr.repr(FloatMath.pow(x, y));
        }
    }

    /** A printf-style spec without the '%': flags, width, precision, conversion. */
    static final class Pct {
        int flags;
        long width = -1, prec = -1;
        char conv;

        Pct(String s) {
            int i = 0;
            for (; ; i++) {
                char c = s.charAt(i);
                if (c == '-') flags |= PercentFormat.LJUST;
                else if (c == '+') flags |= PercentFormat.SIGN;
                else if (c == ' ') flags |= PercentFormat.BLANK;
                else if (c == '#') flags |= PercentFormat.ALT;
                else if (c == '0') flags |= PercentFormat.ZERO;
                else break;
            }
            int start = i;
            while (Character.isDigit(s.charAt(i))) i++;
            if (i > start) width = Long.parseLong(s.substring(start, i));
            if (s.charAt(i) == '.') {
                start = ++i;
                while (Character.isDigit(s.charAt(i))) i++;
                prec = i > start ? Long.parseLong(s.substring(start, i)) : 0;
            }
            conv = s.charAt(i);
            if (conv == 'i' || conv == 'u') conv = 'd';
        }
    }

    static double dbl(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    /** Python's hex(n). */
    static String hex(BigInteger n) {
        return IntText.hex(n);
    }

    /** Python's hex(n) back to a BigInteger. */
    static BigInteger big(String s) {
        boolean neg = s.startsWith("-");
        BigInteger v = new BigInteger(s.substring(neg ? 3 : 2), 16);
        return neg ? v.negate() : v;
    }

    /** Decodes Python's unicode_escape: \\ \n \r \t \xhh \\uhhhh \Uhhhhhhhh. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case '\\': out.append('\\'); break;
                case 'x': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 3), 16)); i += 2; break;
                case 'u': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                case 'U': out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; break;
                default: throw new IllegalArgumentException("escape \\" + k);
            }
        }
        return out.toString();
    }
}
