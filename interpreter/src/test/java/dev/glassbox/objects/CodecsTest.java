package dev.glassbox.objects;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stateful form of {@link Codecs#decode(byte[], int, String, String, boolean)} against
 * CPython's {@code codecs.utf_*_decode(data, errors, final)}: each line of
 * {@code objects/bytes/incremental.txt} (recorded by {@code recorders/record_incremental.py}) is a codec,
 * an error handler, the final flag, the input in hex, and the text and bytes consumed (or the
 * exception). With final false an incomplete sequence at the end is left for the next call.
 */
class CodecsTest {
    @TestFactory
    Stream<DynamicTest> incremental() throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CodecsTest.class.getResourceAsStream("/objects/bytes/incremental.txt")) {
            if (in == null) throw new AssertionError("incremental.txt missing");
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) if (!l.isEmpty()) lines.add(l);
        }
        if (lines.size() < 100) throw new AssertionError("too few cases: " + lines.size());
        return lines.stream().map(l -> DynamicTest.dynamicTest(l, () -> check(l)));
    }

    private static void check(String line) {
        String[] f = line.split("\\|", 5);
        byte[] data = HexFormat.of().parseHex(f[3]);
        String got;
        try {
            Object[] r = Codecs.decode(data, data.length, f[0], f[1], Boolean.parseBoolean(f[2].toLowerCase()));
            got = Abstract.repr(PyStr.of((String) r[0])).value + " " + r[1];
        } catch (PyException e) {
            got = e.value.type.name + ": " + e.value.__str__();
        }
        assertEquals(f[4], got, line);
    }
}
