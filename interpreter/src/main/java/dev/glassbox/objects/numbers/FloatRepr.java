package dev.glassbox.objects.numbers;

/**
 * {@code repr(float)} and {@code str(float)}: CPython's {@code float_repr}
 * (Objects/floatobject.c), i.e. {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)}.
 *
 * <p>Shortest round-trip digits ({@link ShortestDigits}), written positionally when the
 * decimal exponent is in [-4, 16) and as d.ddde±XX otherwise; integral values get ".0".
 * This is the hot path for printing floats, so it writes straight into one char array
 * instead of going through {@link DoubleToString}'s general layout.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** repr(x) as CPython 3.11 writes it. */
    public static String repr(double x) {
        if (x != x) return "nan";
        if (x == Double.POSITIVE_INFINITY) return "inf";
        if (x == Double.NEGATIVE_INFINITY) return "-inf";
        if (x == 0) return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        ShortestDigits.Decimal d = ShortestDigits.of(x);
        return layout(x < 0, d.digits(), d.exponent(), true);
    }

    /** str(x): the same as repr in Python 3. */
    public static String str(double x) {
        return repr(x);
    }

    /**
     * Shortest repr digits laid out in 'r' style; dot0 adds ".0" to integral values
     * (complex's repr omits it).
     */
    static String layout(boolean negative, long digits, int exponent, boolean dot0) {
        char[] buf = new char[32];
        char[] dig = new char[20];
        int n = writeDigits(digits, dig);
        int pos = 0;
        if (negative) buf[pos++] = '-';
        int decpt = n + exponent;
        if (decpt <= -4 || decpt > 16) {
            buf[pos++] = dig[0];
            if (n > 1) {
                buf[pos++] = '.';
                for (int i = 1; i < n; i++) buf[pos++] = dig[i];
            }
            int e = decpt - 1;
            buf[pos++] = 'e';
            buf[pos++] = e < 0 ? '-' : '+';
            e = Math.abs(e);
            if (e >= 100) {
                buf[pos++] = (char) ('0' + e / 100);
                e %= 100;
                buf[pos++] = (char) ('0' + e / 10);
            } else {
                buf[pos++] = (char) ('0' + e / 10);
            }
            buf[pos++] = (char) ('0' + e % 10);
        } else if (decpt <= 0) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = decpt; i < 0; i++) buf[pos++] = '0';
            for (int i = 0; i < n; i++) buf[pos++] = dig[i];
        } else if (decpt >= n) {
            for (int i = 0; i < n; i++) buf[pos++] = dig[i];
            for (int i = n; i < decpt; i++) buf[pos++] = '0';
            if (dot0) {
                buf[pos++] = '.';
                buf[pos++] = '0';
            }
        } else {
            for (int i = 0; i < decpt; i++) buf[pos++] = dig[i];
            buf[pos++] = '.';
            for (int i = decpt; i < n; i++) buf[pos++] = dig[i];
        }
        return new String(buf, 0, pos);
    }

    private static final char[] PAIRS = new char[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (char) ('0' + i / 10);
            PAIRS[2 * i + 1] = (char) ('0' + i % 10);
        }
    }

    /**
     * Writes the decimal digits of v (0 < v < 10^18) to the start of out and returns how many.
     * Long division is slow, so the value is cut into 8-digit int chunks first and each chunk
     * is written two digits at a time.
     */
    static int writeDigits(long v, char[] out) {
        int n = ShortestDigits.decimalLength(v);
        int pos = n;
        while (v >= 100_000_000L) {
            long q = v / 100_000_000L;
            int chunk = (int) (v - q * 100_000_000L);
            v = q;
            for (int k = 0; k < 4; k++) {
                int pair = chunk % 100;
                chunk /= 100;
                out[--pos] = PAIRS[2 * pair + 1];
                out[--pos] = PAIRS[2 * pair];
            }
        }
        int w = (int) v;
        while (w >= 100) {
            int pair = w % 100;
            w /= 100;
            out[--pos] = PAIRS[2 * pair + 1];
            out[--pos] = PAIRS[2 * pair];
        }
        if (w >= 10) {
            out[--pos] = PAIRS[2 * w + 1];
            out[--pos] = PAIRS[2 * w];
        } else {
            out[--pos] = (char) ('0' + w);
        }
        return n;
    }
}
