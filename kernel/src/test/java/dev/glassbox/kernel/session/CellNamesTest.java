package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cell file names against IPython's compilerop.code_name, recorded in cell_names.tsv. */
class CellNamesTest {
    @Test
    void matchesIPython() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("cell_names.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : text.lines().toList()) {
            String[] f = line.split("\t");
            String source = JsonParser.parseString(f[1]).getAsString();
            assertEquals(f[2], CellNames.of(Integer.parseInt(f[0]), source), line);
            checked++;
        }
        assertEquals(8, checked);
    }
}
