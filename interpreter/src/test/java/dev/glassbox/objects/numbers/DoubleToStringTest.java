package dev.glassbox.objects.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * DoubleToString's fast paths (shortest digits reused for e/f/g, exact long arithmetic for
 * 'f' with precision <= 4) against the plain exact route (BigDecimal, half-even) on
 * 300,000 random values and precisions. The exact route itself is checked against python3
 * by FormatCasesTest.
 */
class DoubleToStringTest {

    static String reference(double x, char code, int precision) {
        int p = precision;
        String digits;
        int decpt;
        BigDecimal r;
        if (code == 'f') {
            r = new BigDecimal(Math.abs(x)).setScale(p, RoundingMode.HALF_EVEN);
        } else {
            if (code == 'e') p++;
            if (p == 0) p = 1;
            r = new BigDecimal(Math.abs(x)).round(new MathContext(p, RoundingMode.HALF_EVEN));
        }
        if (r.signum() == 0) {
            digits = "0";
            decpt = 1;
        } else {
            digits = r.unscaledValue().toString();
            decpt = digits.length() - r.scale();
            digits = digits.replaceAll("0+$", "");
        }
        StringBuilder sb = new StringBuilder();
        if (Double.doubleToRawLongBits(x) < 0) sb.append('-');
        DoubleToString.layout(sb, digits, decpt, code, p, 0, false);
        return sb.toString();
    }

    @Test
    void fastPathsAgreeWithExactRounding() {
        SplittableRandom rng = new SplittableRandom(99);
        char[] codes = {'e', 'f', 'g'};
        for (int i = 0; i < 300_000; i++) {
            double x;
            switch (i % 4) {
                case 0: x = Double.longBitsToDouble(rng.nextLong()); break;
                case 1: x = rng.nextInt(-10_000_000, 10_000_000) / Math.pow(10, rng.nextInt(0, 9)); break;
                case 2: x = (rng.nextInt(0, 1 << 20) + 0.5) / (1 << rng.nextInt(0, 12)); break;
                default: x = rng.nextDouble() * Math.pow(10, rng.nextInt(-20, 20));
            }
            if (Double.isNaN(x) || Double.isInfinite(x)) continue;
            char code = codes[rng.nextInt(3)];
            int precision = code == 'f' ? rng.nextInt(0, 9) : rng.nextInt(0, 18);
            if (code == 'f' && Math.abs(x) > 1e30) continue;
            String want = reference(x, code, precision);
            assertEquals(want, DoubleToString.format(x, code, precision, 0), x + " " + code + precision);
        }
    }
}
