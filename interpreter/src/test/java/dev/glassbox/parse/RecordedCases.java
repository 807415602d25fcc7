package dev.glassbox.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the recorded cases written by {@code tools/record-parse-cases}: blocks of
 * {@code === NAME}, the source lines, and {@code --- EXPECTED} (one line).
 */
final class RecordedCases {
    private RecordedCases() {}

    record Case(String name, String source, String expected) {}

    static List<Case> load(String resource) {
        String text;
        try (InputStream in = RecordedCases.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    /** The cases of a text in the recorded format. */
    static List<Case> parse(String text) {
        List<Case> out = new ArrayList<>();
        String name = null;
        StringBuilder src = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                name = line.substring(4);
                src.setLength(0);
            } else if (line.startsWith("--- ") && name != null) {
                String s = src.toString();
                if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
                out.add(new Case(name, s, line.substring(4)));
                name = null;
            } else if (name != null) {
                src.append(line).append('\n');
            }
        }
        return out;
    }

    /** The SyntaxError fields as the recorder prints them. */
    static String describe(SyntaxErrorInfo e) {
        String text = e.text == null ? "None"
                : e.text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        String endLine = e.endLineno == 0 && e.endOffset == 0 ? "None" : String.valueOf(e.endLineno);
        String endOff = e.endLineno == 0 && e.endOffset == 0 ? "None" : String.valueOf(e.endOffset);
        return e.kind.pythonName + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|" + endLine + "|" + endOff + "|" + text;
    }
}
