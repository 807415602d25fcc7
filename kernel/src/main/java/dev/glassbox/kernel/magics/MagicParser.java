package dev.glassbox.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into Python chunks and magics before the runtime sees it, following IPython's
 * input transformers ({@code inputtransformer2.py}) where they do not need the runtime:
 * <ul>
 *   <li>a cell whose first non-blank line starts with {@code %%} is one cell magic;</li>
 *   <li>a cell that is just {@code name?}, {@code name??}, {@code ?name} or {@code %magic?}
 *       is a help request;</li>
 *   <li>otherwise each line starting with {@code %} at column 0, outside brackets, strings
 *       and backslash continuations, is a line magic and the lines between are Python.</li>
 * </ul>
 * Not handled yet (they need the runtime to call back into the kernel): magics inside
 * indented blocks, {@code x = %magic} assignments, and {@code !shell} lines.
 */
public final class MagicParser {
    private MagicParser() {}

    /** One piece of a cell; {@code firstLine} is 1-based within the cell. */
    public sealed interface Segment permits Code, LineMagic, CellMagic, Help {}

    public record Code(String source, int firstLine) implements Segment {}

    public record LineMagic(String name, String args, int firstLine) implements Segment {}

    public record CellMagic(String name, String args, String body, int firstLine) implements Segment {}

    /** {@code target} is a Python name/dotted name, or "%name"/"%%name" for a magic's help. */
    public record Help(String target, int detail) implements Segment {}

    private static final Pattern HELP = Pattern.compile("^\\s*(\\?{1,2})?(%{0,2}[\\w.]+)(\\?{1,2})?\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MAGIC = Pattern.compile("^%([\\w.]+)\\s*(.*)$", Pattern.UNICODE_CHARACTER_CLASS);

    public static List<Segment> parse(String cell) {
        List<Segment> out = new ArrayList<>();
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].startsWith("%%")) {
            Matcher m = MAGIC.matcher(lines[first].substring(1));
            String name = m.matches() ? m.group(1) : "";
            String args = m.matches() ? m.group(2).strip() : lines[first].substring(2).strip();
            String body = String.join("\n", java.util.Arrays.asList(lines).subList(first + 1, lines.length));
            out.add(new CellMagic(name, args, body, first + 1));
            return out;
        }
        Matcher help = HELP.matcher(cell);
        if (cell.strip().indexOf('\n') < 0 && help.matches() && (help.group(1) != null) != (help.group(3) != null)) {
            String marks = help.group(1) != null ? help.group(1) : help.group(3);
            out.add(new Help(help.group(2), marks.length() - 1));
            return out;
        }
        Scanner scan = new Scanner();
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (scan.atStatementStart() && line.startsWith("%") && !line.startsWith("%%")) {
                if (!code.toString().isBlank()) {
                    out.add(new Code(stripLastNewline(code), codeStart));
                }
                code.setLength(0);
                Matcher m = MAGIC.matcher(line);
                out.add(m.matches() ? new LineMagic(m.group(1), m.group(2).strip(), i + 1)
                        : new LineMagic("", line.substring(1).strip(), i + 1));
                codeStart = i + 2;
                continue;
            }
            code.append(line).append('\n');
            scan.feed(line);
        }
        if (!code.toString().isBlank()) {
            out.add(new Code(stripLastNewline(code), codeStart));
        }
        return out;
    }

    private static String stripLastNewline(StringBuilder b) {
        return b.substring(0, b.length() - 1);
    }

    /**
     * Just enough of Python's lexical structure to know whether the next line starts a new
     * statement: open brackets, an open triple-quoted string, or a trailing backslash mean it
     * does not. Comments and single-quoted strings are skipped so their brackets don't count.
     */
    static final class Scanner {
        private int depth;
        private String openTriple;
        private boolean continued;

        boolean atStatementStart() {
            return depth == 0 && openTriple == null && !continued;
        }

        void feed(String line) {
            continued = false;
            int i = 0;
            int n = line.length();
            while (i < n) {
                char c = line.charAt(i);
                if (openTriple != null) {
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (line.startsWith(openTriple, i)) {
                        i += 3;
                        openTriple = null;
                        continue;
                    }
                    i++;
                    continue;
                }
                switch (c) {
                    case '#' -> {
                        return;
                    }
                    case '(', '[', '{' -> depth++;
                    case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                    case '\'', '"' -> {
                        String q = String.valueOf(c).repeat(3);
                        if (line.startsWith(q, i)) {
                            openTriple = q;
                            i += 3;
                            continue;
                        }
                        i = skipString(line, i + 1, c);
                        continue;
                    }
                    case '\\' -> {
                        if (i == n - 1) {
                            continued = true;
                        }
                    }
                    default -> { }
                }
                i++;
            }
        }

        private static int skipString(String line, int i, char quote) {
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return i;
        }
    }
}
