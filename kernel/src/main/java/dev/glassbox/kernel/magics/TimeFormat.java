package dev.glassbox.kernel.magics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Time spans as IPython's {@code IPython.core.magics.execution._format_time} prints them:
 * under a minute, {@code "%.3g unit"} with the unit chosen by the decimal exponent (s, ms, µs,
 * ns); a minute or more as "1min 3s"-style parts. Includes a C-style {@code %g}, because
 * Java's {@code %g} never drops trailing zeros and switches notation at other exponents.
 */
public final class TimeFormat {
    private static final String[] UNITS = {"s", "ms", "\u00b5s", "ns"};
    private static final double[] SCALE = {1, 1e3, 1e6, 1e9};
    private static final String[] PART_NAMES = {"d", "h", "min", "s"};
    private static final double[] PART_SECONDS = {86400, 3600, 60, 1};

    private TimeFormat() {}

    public static String format(double seconds) {
        return format(seconds, 3);
    }

    public static String format(double seconds, int precision) {
        if (seconds >= 60.0) {
            StringBuilder b = new StringBuilder();
            double left = seconds;
            for (int i = 0; i < PART_NAMES.length; i++) {
                long value = (long) (left / PART_SECONDS[i]);
                if (value > 0) {
                    left = left % PART_SECONDS[i];
                    b.append(b.length() == 0 ? "" : " ").append(value).append(PART_NAMES[i]);
                }
                if (left < 1) {
                    break;
                }
            }
            return b.toString();
        }
        int order;
        if (seconds > 0.0) {
            long exp = (long) Math.floor(Math.log10(seconds));
            order = (int) Math.min(-Math.floorDiv(exp, 3), 3);
        } else {
            order = 3;
        }
        // IPython indexes with a negative order for spans of 1000 s and more; those are
        // handled above, so order is 0..3 here.
        return cFormatG(seconds * SCALE[order], precision) + " " + UNITS[order];
    }

    /** C's {@code printf("%.*g", precision, v)} for finite v. */
    public static String cFormatG(double v, int precision) {
        int p = precision == 0 ? 1 : precision;
        if (v == 0.0) {
            return (1 / v < 0) ? "-0" : "0";
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        if (exp < -4 || exp >= p) {
            BigDecimal mant = bd.movePointLeft(exp);
            String m = stripZeros(mant.setScale(p - 1, RoundingMode.HALF_EVEN).toPlainString());
            String e = String.valueOf(Math.abs(exp));
            return m + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return stripZeros(bd.setScale(Math.max(p - 1 - exp, 0), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
