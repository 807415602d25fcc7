package dev.glassbox.kernel.display;

import java.util.List;

/** A table of strings as aligned plain-text columns, header underlined with dashes. */
public final class TextTable {
    private TextTable() {}

    public static String render(List<String> headers, List<List<String>> rows) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers.get(i).length();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < w.length && i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, headers, w);
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        b.append('\n');
        for (List<String> r : rows) {
            line(b, r, w);
        }
        return b.toString().stripTrailing();
    }

    private static void line(StringBuilder b, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            String pad = " ".repeat(w[i] - c.length());
            l.append(i == 0 ? "" : "  ");
            l.append(HtmlTable.numeric(c) ? pad + c : c + pad);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
