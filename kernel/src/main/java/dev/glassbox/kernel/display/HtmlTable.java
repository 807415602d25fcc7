package dev.glassbox.kernel.display;

import java.util.List;

/** A table of strings as HTML, escaped; numbers right-aligned like pandas' HTML tables. */
public final class HtmlTable {
    private HtmlTable() {}

    public static String render(List<String> headers, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table class=\"glassbox\">\n<thead><tr>");
        for (String h : headers) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String cell : row) {
                b.append(numeric(cell) ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(escape(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>").toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static boolean numeric(String s) {
        return !s.isEmpty() && s.matches("[-+]?[0-9][0-9,_.]*( ?[a-zA-Zµ%]{0,3})?");
    }
}
