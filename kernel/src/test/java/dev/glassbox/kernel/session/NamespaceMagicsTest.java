package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * %who / %whos from the real runtime against IPython 8's output for the same cell, recorded by
 * {@code record_namespace_magics.py} into {@code namespace_magics.txt}; also IPython.display's
 * bundles through the engine.
 */
class NamespaceMagicsTest {
    /** One runtime per JVM, as in the kernel (the runtime's import tables are static). */
    private static GlassboxEngine engine;

    static synchronized GlassboxEngine engine() {
        if (engine == null) engine = new GlassboxEngine();
        return engine;
    }

    /** Collects what the engine sends to a cell. */
    static final class Recorder implements CellContext {
        final StringBuilder out = new StringBuilder();
        final List<Map<String, Object>> displays = new ArrayList<>();

        @Override public void stdout(String text) { out.append(text); }
        @Override public void stderr(String text) { out.append(text); }
        @Override public void displayResult(Map<String, Object> data, Map<String, Object> metadata) { displays.add(data); }
        @Override public void displayData(Map<String, Object> data, Map<String, Object> metadata, String displayId, boolean update) {
            displays.add(data);
        }
        @Override public void clearOutput(boolean wait) {}
        @Override public String input(String prompt, boolean password) { return ""; }
        @Override public int executionCount() { return 1; }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NamespaceMagicsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whoAndWhosMatchIPython() throws IOException {
        GlassboxEngine engine = engine();
        engine.reset();
        Engine.Outcome o = engine.execute(resource("namespace_cell.py"), "<cell>", new Recorder());
        assertTrue(o.ok(), () -> String.join("\n", o.traceback()));
        Map<String, String> expected = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : resource("namespace_magics.txt").split("\n", -1)) {
            if (line.startsWith("### %")) {
                if (current != null) expected.put(current, sb.toString().stripTrailing());
                current = line.substring(5);
                sb.setLength(0);
            } else {
                sb.append(sb.length() == 0 ? "" : "\n").append(line);
            }
        }
        expected.put(current, sb.toString().stripTrailing());
        assertEquals(4, expected.size());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String[] parts = e.getKey().split(" ", 2);
            Map<String, Object> bundle = engine.introspect(parts[0], parts.length > 1 ? parts[1] : "", null);
            assertEquals(e.getValue(), ((String) bundle.get("text/plain")).stripTrailing(), e.getKey());
            assertTrue(bundle.containsKey("text/html"), e.getKey());
        }
    }

    @Test
    void ipythonDisplayPublishesBundles() {
        GlassboxEngine engine = engine();
        Recorder r = new Recorder();
        Engine.Outcome o = engine.execute("from IPython.display import display, HTML\ndisplay(HTML('<b>x</b>'), 5)\n", "<cell>", r);
        assertTrue(o.ok(), () -> String.join("\n", o.traceback()));
        assertEquals(2, r.displays.size());
        assertEquals("<b>x</b>", r.displays.get(0).get("text/html"));
        assertEquals("<IPython.core.display.HTML object>", r.displays.get(0).get("text/plain"));
        assertEquals(Map.of("text/plain", "5"), r.displays.get(1));
    }
}
