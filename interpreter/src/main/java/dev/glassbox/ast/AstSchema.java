package dev.glassbox.ast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code _fields} and {@code _attributes} of every AST class, read at run time from the
 * same {@code Python.asdl} fact table that {@code tools/gen-ast} generates the node classes
 * from (so the two cannot disagree). {@link AstDump} uses it for field names and for
 * CPython's rule that optional ({@code ?}) fields holding None are left out of a dump.
 */
public final class AstSchema {
    private AstSchema() {}

    /** One field: its name, ASDL type ({@code expr}, {@code identifier}, ...) and qualifier ('*', '?' or ' '). */
    public record Field(String name, String type, char qualifier) {
        public boolean optional() { return qualifier == '?'; }
        public boolean sequence() { return qualifier == '*'; }
    }

    /** A class of the ast module: its name, its base's name (null for products), fields and attributes. */
    public record NodeType(String name, String base, List<Field> fields, List<Field> attributes) {}

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|[=|(),*?]");
    /** Every class name in ASDL order (a sum, then its constructors), as Python-ast.c creates them. */
    private static final List<String> ORDER = new ArrayList<>();
    /** The constructors of each sum type, in ASDL order. */
    private static final Map<String, List<String>> CONSTRUCTORS = new HashMap<>();
    private static final Map<String, NodeType> TYPES = load();

    /** Every class of the ast module but AST itself, in ASDL order (each sum before its constructors). */
    public static List<String> names() {
        return ORDER;
    }

    /** The constructors of sum type {@code name} in ASDL order; null for products and constructors. */
    public static List<String> constructors(String name) {
        return CONSTRUCTORS.get(name);
    }

    /** asdl_c.py's is_simple: a sum whose constructors have no fields and that has no attributes (Load, Add...). */
    public static boolean isSimpleSum(String name) {
        List<String> cons = CONSTRUCTORS.get(name);
        if (cons == null || !TYPES.get(name).attributes().isEmpty()) return false;
        for (String c : cons) if (!TYPES.get(c).fields().isEmpty()) return false;
        return true;
    }

    /** The class named {@code name} ({@code "BinOp"}, {@code "arguments"}, {@code "expr"}), or null. */
    public static NodeType of(String name) {
        return TYPES.get(name);
    }

    public static List<Field> fields(String name) {
        return TYPES.get(name).fields();
    }

    public static List<Field> attributes(String name) {
        return TYPES.get(name).attributes();
    }

    private static Map<String, NodeType> load() {
        String text;
        try (InputStream in = AstSchema.class.getResourceAsStream("Python.asdl")) {
            if (in == null) throw new IllegalStateException("Python.asdl resource missing");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = text.replaceAll("--[^\n]*", "");
        String body = text.substring(text.indexOf('{') + 1, text.lastIndexOf('}'));
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(body);
        while (m.find()) toks.add(m.group());
        Map<String, NodeType> out = new HashMap<>();
        int[] pos = {0};
        while (pos[0] < toks.size()) {
            String name = toks.get(pos[0]);
            pos[0] += 2;                                   // name '='
            if (toks.get(pos[0]).equals("(")) {            // a product type
                List<Field> f = fields(toks, pos);
                out.put(name, new NodeType(name, null, f, attributes(toks, pos)));
                ORDER.add(name);
                continue;
            }
            List<String> cons = new ArrayList<>();
            List<List<Field>> consFields = new ArrayList<>();
            while (true) {
                cons.add(toks.get(pos[0]++));
                boolean hasFields = pos[0] < toks.size() && toks.get(pos[0]).equals("(");
                consFields.add(hasFields ? fields(toks, pos) : List.of());
                if (pos[0] < toks.size() && toks.get(pos[0]).equals("|")) {
                    pos[0]++;
                    continue;
                }
                break;
            }
            List<Field> attrs = attributes(toks, pos);
            out.put(name, new NodeType(name, null, List.of(), attrs));
            ORDER.add(name);
            ORDER.addAll(cons);
            CONSTRUCTORS.put(name, List.copyOf(cons));
            for (int i = 0; i < cons.size(); i++) {
                out.put(cons.get(i), new NodeType(cons.get(i), name, consFields.get(i), attrs));
            }
        }
        return out;
    }

    private static List<Field> fields(List<String> toks, int[] pos) {
        List<Field> out = new ArrayList<>();
        int i = pos[0] + 1;
        while (!toks.get(i).equals(")")) {
            String type = toks.get(i++);
            char q = ' ';
            if (toks.get(i).equals("*") || toks.get(i).equals("?")) q = toks.get(i++).charAt(0);
            out.add(new Field(toks.get(i++), type, q));
            if (toks.get(i).equals(",")) i++;
        }
        pos[0] = i + 1;
        return List.copyOf(out);
    }

    private static List<Field> attributes(List<String> toks, int[] pos) {
        if (pos[0] < toks.size() && toks.get(pos[0]).equals("attributes")) {
            pos[0]++;
            return fields(toks, pos);
        }
        return List.of();
    }
}
