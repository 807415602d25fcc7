package dev.glassbox.kernel.display;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the mime bundles the kernel itself produces (magics, help): a map from mime type to
 * data, text/plain always present so every frontend (console, nbconvert to text) shows
 * something, text/html for notebooks.
 */
public final class MimeBundle {
    private MimeBundle() {}

    public static Map<String, Object> text(String plain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text/plain", plain);
        return m;
    }

    public static Map<String, Object> textAndHtml(String plain, String html) {
        Map<String, Object> m = text(plain);
        m.put("text/html", html);
        return m;
    }

    /** A table as aligned plain-text columns and as an HTML table. */
    public static Map<String, Object> table(List<String> headers, List<List<String>> rows) {
        return textAndHtml(TextTable.render(headers, rows), HtmlTable.render(headers, rows));
    }
}
