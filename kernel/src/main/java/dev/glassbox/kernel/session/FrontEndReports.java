package dev.glassbox.kernel.session;

import dev.glassbox.ast.AstCli;
import dev.glassbox.ast.AstNode;
import dev.glassbox.ast.AstSchema;
import dev.glassbox.ast.PyReprs;
import dev.glassbox.kernel.display.HtmlTable;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.tokenize.ModuleTokenizer;
import dev.glassbox.tokenize.Token;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.TokenizeCli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front end's stages as magics: {@code %%tokens} ({@code %tokens SOURCE}) and {@code %%ast}
 * ({@code %ast SOURCE}). Their text/plain is exactly what {@code python3 -m tokenize} and
 * {@code python3 -m ast} print for the cell (they run the same Java stages as
 * {@code glassbox -m tokenize|ast}, with the cell as stdin, and take the same options); the
 * HTML shows the tokens over the source and the tree as nested, collapsible nodes with positions.
 */
final class FrontEndReports {
    private FrontEndReports() {}

    private static final Set<String> TOKEN_FLAGS = Set.of("-e", "--exact");
    private static final Set<String> AST_FLAGS = Set.of("-a", "--include-attributes", "--no-type-comments");
    private static final Set<String> AST_VALUED = Set.of("-m", "--mode", "-i", "--indent");

    /** Options first, then (line form) the source; the cell body is the source of the cell form. */
    private record Call(List<String> options, String source) {}

    private static Call split(String magic, String args, String body, Set<String> flags, Set<String> valued) {
        List<String> words = new ArrayList<>(Arrays.asList(args.strip().split("\\s+")));
        if (words.size() == 1 && words.get(0).isEmpty()) words.clear();
        List<String> options = new ArrayList<>();
        int used = 0;
        String rest = args.strip();
        while (used < words.size() && (flags.contains(words.get(used)) || valued.contains(words.get(used)))) {
            String w = words.get(used++);
            options.add(w);
            rest = rest.substring(w.length()).stripLeading();
            if (valued.contains(w)) {
                if (used >= words.size()) throw new IllegalArgumentException("%" + magic + ": " + w + " needs a value");
                String v = words.get(used++);
                options.add(v);
                rest = rest.substring(v.length()).stripLeading();
            }
        }
        if (body != null) {
            if (!rest.isEmpty()) throw new IllegalArgumentException("%%" + magic + ": unrecognized arguments: " + rest);
            return new Call(options, body);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("%" + magic + " needs source: %" + magic + " SOURCE (or a %%" + magic + " cell)");
        }
        return new Call(options, rest + "\n");
    }

    /** Runs a command-line stage over the source as its stdin; its stderr becomes the usage error. */
    private interface Stage {
        int run(String[] argv, java.io.InputStream in, PrintStream out, PrintStream err);
    }

    private static String runStage(Stage stage, Call c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = stage.run(c.options().toArray(new String[0]),
                    new ByteArrayInputStream(c.source().getBytes(StandardCharsets.UTF_8)), o, e);
        }
        if (status != 0) {
            // A SyntaxError comes as python3 -m ast prints it, a traceback through ast.py: the
            // magic shows only the error's own part (from the source's frame on).
            String msg = err.toString(StandardCharsets.UTF_8).strip();
            int frame = msg.lastIndexOf("  File \"<stdin>\"");
            throw new IllegalArgumentException(frame > 0 ? msg.substring(frame) : msg);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ %%tokens

    static Map<String, Object> tokens(String args, String body) {
        Call c = split("tokens", args, body, TOKEN_FLAGS, Set.of());
        String plain = runStage(TokenizeCli::run, c);
        List<Token> toks = new ArrayList<>();
        ModuleTokenizer t = ModuleTokenizer.ofLines(lines(c.source()).iterator());
        for (Token tok; (tok = t.next()) != null; ) toks.add(tok);
        return MimeBundle.textAndHtml(plain.stripTrailing(), tokensHtml(c.source(), toks, plain));
    }

    private static List<String> lines(String source) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < source.length()) {
            int nl = source.indexOf('\n', start);
            int end = nl < 0 ? source.length() : nl + 1;
            out.add(source.substring(start, end));
            start = end;
        }
        return out;
    }

    /** The source with each token a coloured span (its kind and range on hover), then the listing. */
    private static String tokensHtml(String source, List<Token> toks, String plain) {
        List<String> lines = lines(source);
        int[] lineStart = new int[lines.size() + 2];
        for (int i = 0; i < lines.size(); i++) lineStart[i + 1] = lineStart[i] + lines.get(i).codePointCount(0, lines.get(i).length());
        lineStart[lines.size() + 1] = lineStart[lines.size()];
        int[] cps = source.codePoints().toArray();
        StringBuilder h = new StringBuilder("<pre class=\"glassbox-tokens\" style=\"line-height:1.6\">");
        int at = 0;
        for (Token tok : toks) {
            if (tok.type() == TokenType.ENDMARKER || tok.startLine() < 1 || tok.startLine() > lines.size()) continue;
            int from = lineStart[tok.startLine() - 1] + tok.startCol();
            int to = tok.endLine() <= lines.size() ? lineStart[tok.endLine() - 1] + tok.endCol() : cps.length;
            if (from < at || to > cps.length) continue;
            h.append(HtmlTable.escape(new String(cps, at, from - at)));
            String title = tok.type().name() + " " + tok.startLine() + "," + tok.startCol() + "-" + tok.endLine() + "," + tok.endCol();
            String text = new String(cps, from, to - from);
            String shown = switch (tok.type()) {
                case NEWLINE, NL -> "\u23ce" + text;        // the line end itself stays, after a marker
                case INDENT -> text;
                case DEDENT -> "\u21e4";
                default -> text;
            };
            h.append("<span title=\"").append(HtmlTable.escape(title)).append("\" style=\"")
                    .append(style(tok.type())).append("\">").append(HtmlTable.escape(shown)).append("</span>");
            at = to;
        }
        h.append(HtmlTable.escape(new String(cps, at, cps.length - at))).append("</pre>");
        h.append("<details><summary>").append(toks.size()).append(" tokens</summary><pre>")
                .append(HtmlTable.escape(plain)).append("</pre></details>");
        return h.toString();
    }

    private static String style(TokenType t) {
        String base = "border-radius:3px;padding:0 1px;";
        return base + switch (t) {
            case NAME -> "background:#e8f0fe;";
            case NUMBER -> "background:#e6f4ea;color:#0b6623;";
            case STRING -> "background:#fef7e0;color:#8a4b00;";
            case COMMENT -> "color:#5f6368;font-style:italic;";
            case NEWLINE, NL, INDENT, DEDENT -> "color:#a0a0a0;background:#f1f3f4;";
            case ERRORTOKEN -> "background:#fce8e6;color:#a50e0e;";
            default -> "background:#f3e8fd;";
        };
    }

    // ------------------------------------------------------------------ %%ast

    static Map<String, Object> ast(String args, String body) {
        Call c = split("ast", args, body, AST_FLAGS, AST_VALUED);
        String plain = runStage(AstCli::run, c);
        Parser.Mode mode = Parser.Mode.EXEC;
        boolean attributes = false;
        for (int i = 0; i < c.options().size(); i++) {
            String o = c.options().get(i);
            if (o.equals("-a") || o.equals("--include-attributes")) attributes = true;
            if ((o.equals("-m") || o.equals("--mode")) && i + 1 < c.options().size()) {
                mode = switch (c.options().get(i + 1)) {
                    case "eval" -> Parser.Mode.EVAL;
                    case "single" -> Parser.Mode.SINGLE;
                    case "func_type" -> Parser.Mode.FUNC_TYPE;
                    default -> Parser.Mode.EXEC;
                };
            }
        }
        String html;
        try {
            Object tree = Parser.parse(c.source(), "<stdin>", mode, true);
            StringBuilder h = new StringBuilder("<div class=\"glassbox-ast\" style=\"font-family:monospace\">");
            node(h, null, tree, attributes, 0);
            html = h.append("</div><details><summary>ast.dump</summary><pre>").append(HtmlTable.escape(plain))
                    .append("</pre></details>").toString();
        } catch (SyntaxErrorInfo e) {
            html = "<pre>" + HtmlTable.escape(plain) + "</pre>";
        }
        return MimeBundle.textAndHtml(plain.stripTrailing(), html);
    }

    /** One value of the tree: a node (collapsible, open near the top), a list, or a leaf. */
    private static void node(StringBuilder h, String field, Object v, boolean attributes, int depth) {
        String label = field == null ? "" : "<span style=\"color:#5f6368\">" + HtmlTable.escape(field) + "=</span>";
        if (v instanceof AstNode n) {
            AstSchema.NodeType t = AstSchema.of(n.typeName());
            List<AstSchema.Field> fields = t.fields();
            List<AstSchema.Field> attrs = t.attributes();
            String where = attrs.size() == 4 && n.attribute(0) != null
                    ? n.attribute(0) + ":" + n.attribute(1) + "\u2013" + n.attribute(2) + ":" + n.attribute(3) : "";
            if (fields.isEmpty()) {             // Load(), Add(), ...
                h.append("<div>").append(label).append("<b>").append(HtmlTable.escape(n.typeName())).append("</b>")
                        .append(position(where)).append("</div>");
                return;
            }
            h.append("<details").append(depth < 4 ? " open" : "").append(" style=\"margin-left:1em\"><summary>")
                    .append(label).append("<b>").append(HtmlTable.escape(n.typeName())).append("</b>")
                    .append(position(where)).append("</summary>");
            for (int i = 0; i < fields.size(); i++) {
                Object fv = n.field(i);
                if (fv == null && fields.get(i).optional()) continue;
                node(h, fields.get(i).name(), fv, attributes, depth + 1);
            }
            if (attributes) {
                for (int i = 0; i < attrs.size(); i++) {
                    if (n.attribute(i) != null) node(h, attrs.get(i).name(), n.attribute(i), false, depth + 1);
                }
            }
            h.append("</details>");
            return;
        }
        if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                h.append("<div style=\"margin-left:1em\">").append(label).append("[]</div>");
                return;
            }
            h.append("<details").append(depth < 4 ? " open" : "").append(" style=\"margin-left:1em\"><summary>")
                    .append(label).append("[").append(list.size()).append("]</summary>");
            for (Object item : list) node(h, null, item, attributes, depth + 1);
            h.append("</details>");
            return;
        }
        String leaf = v instanceof Integer i ? Integer.toString(i) : v == null ? "None" : PyReprs.repr(v);
        h.append("<div style=\"margin-left:1em\">").append(label).append("<span style=\"color:#8a4b00\">")
                .append(HtmlTable.escape(leaf)).append("</span></div>");
    }

    private static String position(String where) {
        return where.isEmpty() ? "" : " <small style=\"color:#9aa0a6\">" + where + "</small>";
    }
}
