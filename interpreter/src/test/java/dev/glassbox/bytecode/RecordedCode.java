package dev.glassbox.bytecode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test data recorded from CPython by tools/record-dis: NAME.py, NAME.dis (dis.dis output) and
 * NAME.code.json (the code object tree), rebuilt here as {@link CodeUnit}s.
 */
public final class RecordedCode {
    private RecordedCode() {}

    /** The folder of recorded cases under the test resources. */
    public static Path dir(String sub) {
        try {
            return Path.of(RecordedCode.class.getResource("/" + sub).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names (without extension) of the recorded cases in a folder (those with a NAME.code.json). */
    public static List<String> cases(Path dir) {
        return cases(dir, ".code.json");
    }

    /** Names (without extension) of the files in a folder that end with {@code suffix}. */
    public static List<String> cases(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(Path p) {
        return (Map<String, Object>) Json.parse(read(p));
    }

    /** Object addresses differ between runs: compare without them (as compare-cpython does). */
    public static String normalize(String dis) {
        return dis.replaceAll(" at 0x[0-9a-fA-F]+", " at 0x?");
    }

    @SuppressWarnings("unchecked")
    public static CodeUnit code(Map<String, Object> m) {
        List<Object> consts = new ArrayList<>();
        for (Object c : (List<Object>) m.get("consts")) consts.add(constant((List<Object>) c));
        String[] varnames = strings(m.get("varnames"));
        String[] cellvars = strings(m.get("cellvars"));
        String[] freevars = strings(m.get("freevars"));
        Object[] lp = CodeUnit.localsPlus(varnames, cellvars, freevars);
        return new CodeUnit(num(m, "argcount"), num(m, "posonlyargcount"), num(m, "kwonlyargcount"),
                num(m, "stacksize"), num(m, "flags"), num(m, "firstlineno"), hex((String) m.get("code")),
                consts.toArray(), strings(m.get("names")), (String[]) lp[0], (byte[]) lp[1],
                (String) m.get("filename"), (String) m.get("name"), (String) m.get("qualname"),
                hex((String) m.get("linetable")), hex((String) m.get("exceptiontable")));
    }

    @SuppressWarnings("unchecked")
    public static Object constant(List<Object> c) {
        String tag = (String) c.get(0);
        return switch (tag) {
            case "none" -> ConstValue.Singleton.NONE;
            case "ellipsis" -> ConstValue.Singleton.ELLIPSIS;
            case "bool" -> c.get(1);
            case "int" -> ConstValue.integer(new BigInteger((String) c.get(1)));
            case "float" -> parseHexFloat((String) c.get(1));
            case "complex" -> new ConstValue.Complex(parseHexFloat((String) c.get(1)), parseHexFloat((String) c.get(2)));
            case "str" -> c.get(1);
            case "bytes" -> new ConstValue.Bytes(hex((String) c.get(1)));
            case "tuple", "frozenset" -> {
                List<Object> items = new ArrayList<>();
                for (Object o : (List<Object>) c.get(1)) items.add(constant((List<Object>) o));
                yield tag.equals("tuple") ? new ConstValue.Tuple(items) : new ConstValue.FrozenSet(items);
            }
            case "code" -> code((Map<String, Object>) c.get(1));
            default -> throw new IllegalArgumentException(tag);
        };
    }

    /** float.hex() output back to a double ("inf", "nan" and Java's hex format otherwise). */
    static double parseHexFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static int num(Map<String, Object> m, String k) { return ((Long) m.get(k)).intValue(); }

    @SuppressWarnings("unchecked")
    static String[] strings(Object o) { return ((List<String>) o).toArray(new String[0]); }

    public static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
