package dev.glassbox.compile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Predicts which string constants CPython replaces by an already-interned equal string when it
 * creates a code object ({@code intern_string_constants} in Objects/codeobject.c). That matters
 * for one observable thing: a constant frozenset containing such a string is rebuilt once more,
 * which can change its iteration order and so its repr in {@code dis}.
 *
 * <p>A name-like string counts as already interned if it is an identifier of the module being
 * compiled (the parser interns identifiers) or one of the names the interpreter interned at
 * start-up (approximated by builtins, keywords, sys and the core types' attribute names,
 * listed in interned-names.txt).
 */
final class InternedNames {
    private InternedNames() {}

    private static final Set<String> STARTUP = load();

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = InternedNames.class.getResourceAsStream("interned-names.txt")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** all_name_chars: ASCII letters, digits and underscores only. */
    static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }

    /** Every identifier in the tree (what the parser interned). */
    static Set<String> identifiers(Node root) {
        Set<String> out = new HashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(Object o, Set<String> out) {
        if (o instanceof Node n) {
            for (var e : n.fields.entrySet()) {
                Object v = e.getValue();
                if (v instanceof String s && !n.is("Constant")) {
                    switch (e.getKey()) {
                        case "id", "attr", "name", "arg", "asname", "module", "rest" -> {
                            out.add(s);
                            for (String part : s.split("\\.")) out.add(part);
                        }
                        default -> { }
                    }
                } else if (v instanceof java.util.List<?> l) {
                    for (Object x : l) {
                        if (x instanceof String s) out.add(s);
                        else collect(x, out);
                    }
                } else {
                    collect(v, out);
                }
            }
        }
    }

    static boolean preInterned(String s, Set<String> moduleIdentifiers) {
        return allNameChars(s) && (moduleIdentifiers.contains(s) || STARTUP.contains(s));
    }
}
