package dev.glassbox.objects.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * FloatRepr against python3's repr of ~119,000 doubles (numbers/float_repr.txt.gz, written by
 * gen_float_repr.py next to it: random bit patterns, subnormals, integers, powers of ten and
 * two with neighbours, decimal halfway cases).
 */
class FloatReprTest {

    static List<String> load(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = FloatReprTest.class.getResourceAsStream("/numbers/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     name.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) lines.add(line);
        }
        return lines;
    }

    @Test
    void matchesPythonReprTable() throws IOException {
        List<String> expected = load("float_repr.txt.gz");
        assertTrue(expected.size() > 100_000);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (String want : expected) {
            double x = Double.parseDouble(want);
            String got = FloatRepr.repr(x);
            if (!got.equals(want)) {
                if (failures++ < 20) report.append(want).append(" -> ").append(got).append('\n');
            }
        }
        assertEquals(0, failures, report.toString());
    }

    @Test
    void specialValues() {
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("0.0", FloatRepr.str(0.0));
    }

    /** Every result must read back as the same double and be no longer than Java's. */
    @Test
    void roundTripsOnRandomBits() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(rng.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) continue;
            String s = FloatRepr.repr(x);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
        }
    }
}
