package dev.glassbox.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TimeFormat against IPython's _format_time, recorded by format_time.tsv's script. */
class TimeFormatTest {
    @Test
    void matchesIPythonOnRecordedSpans() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("format_time.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertTrue(lines.size() > 150);
        for (String line : lines) {
            String[] f = line.split("\t");
            String[] arg = f[0].split("@");
            double seconds = Double.parseDouble(arg[0]);
            int precision = arg.length > 1 ? Integer.parseInt(arg[1]) : 3;
            assertEquals(f[1], TimeFormat.format(seconds, precision), "for " + f[0]);
        }
    }

    @Test
    void cStyleG() {
        assertEquals("1e+03", TimeFormat.cFormatG(999.9999, 3));
        assertEquals("0.0001", TimeFormat.cFormatG(0.0001, 3));
        assertEquals("1e-05", TimeFormat.cFormatG(0.00001, 3));
        assertEquals("123", TimeFormat.cFormatG(123.4, 3));
        assertEquals("2.5", TimeFormat.cFormatG(2.5, 3));
    }
}
