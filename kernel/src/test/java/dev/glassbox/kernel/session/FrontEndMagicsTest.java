package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * %tokens / %ast from the real runtime: their text/plain against what python3 -m tokenize and
 * python3 -m ast print for the same source (recorded by {@code record_front_end_magics.py} into
 * {@code front_end_magics.json}), their HTML, and their errors.
 */
class FrontEndMagicsTest {
    private static JsonArray cases() throws IOException {
        try (InputStream in = FrontEndMagicsTest.class.getResourceAsStream("front_end_magics.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonArray();
        }
    }

    @Test
    void textIsWhatCPythonsCommandLinesPrint() throws IOException {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        JsonArray cases = cases();
        assertEquals(8, cases.size());
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            String magic = c.get("magic").getAsString(), args = c.get("args").getAsString();
            String body = c.get("body").isJsonNull() ? null : c.get("body").getAsString();
            Map<String, Object> bundle = engine.introspect(magic, args, body);
            String what = "%" + (body == null ? "" : "%") + magic + " " + args;
            assertEquals(c.get("expected").getAsString().stripTrailing(), bundle.get("text/plain"), what);
            String html = (String) bundle.get("text/html");
            assertTrue(html.contains("<details"), what);
        }
    }

    @Test
    void htmlShowsTokensOverTheSourceAndTheTreeWithPositions() {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        String tokens = (String) engine.introspect("tokens", "", "x = 'a<b'\n").get("text/html");
        assertTrue(tokens.contains("<span title=\"NAME 1,0-1,1\""), tokens);
        assertTrue(tokens.contains("&#x27;a&lt;b&#x27;"), tokens);
        String tree = (String) engine.introspect("ast", "", "x = 1\n").get("text/html");
        assertTrue(tree.contains("<b>Assign</b> <small style=\"color:#9aa0a6\">1:0\u20131:5</small>"), tree);
        assertTrue(tree.contains("value=</span><b>Constant</b>"), tree);
    }

    @Test
    void badSourceAndUsageAreUsageErrors() {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> engine.introspect("tokens", "", "(\n"));
        assertEquals("<stdin>:2:0: error: EOF in multi-line statement", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> engine.introspect("ast", "", "x = = 1\n"));
        assertTrue(e.getMessage().endsWith("SyntaxError: invalid syntax"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> engine.introspect("ast", "", null));
        assertEquals("%ast needs source: %ast SOURCE (or a %%ast cell)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> engine.introspect("tokens", "-x", "a\n"));
        assertEquals("%%tokens: unrecognized arguments: -x", e.getMessage());
    }
}
