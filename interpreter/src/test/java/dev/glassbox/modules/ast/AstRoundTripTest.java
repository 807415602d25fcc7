package dev.glassbox.modules.ast;

import dev.glassbox.ast.AstDump;
import dev.glassbox.ast.Mod;
import dev.glassbox.objects.PyObject;
import dev.glassbox.parse.Parser;
import dev.glassbox.runtime.Runtime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ast2obj then obj2ast is the identity: each tree the parser makes of a sample of CPython's
 * standard library (every 7th module, type comments on) becomes ast objects and back, passes
 * the validator, and dumps (positions included) exactly as the original.
 */
class AstRoundTripTest {
    private static Path stdlib() throws IOException {
        Path marker = Path.of("..", ".glassbox-stdlib");
        Assumptions.assumeTrue(Files.exists(marker), "no .glassbox-stdlib");
        Path lib = Path.of(Files.readString(marker).strip());
        Assumptions.assumeTrue(Files.isDirectory(lib), "no CPython Lib");
        return lib;
    }

    @Test
    void stdlibTreesSurviveTheRoundTrip() throws Throwable {
        Path lib = stdlib();
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages")
                    && !p.toString().contains("/test/") && !p.toString().contains("lib2to3/tests")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 7) sample.add(files.get(i));
        Runtime.boot(new Runtime.Config(List.of(""), List.of(), new ByteArrayOutputStream(), new ByteArrayOutputStream(),
                true, List.of()));
        List<String> failures = new ArrayList<>();
        int[] checked = {0};
        AtomicReference<Throwable> crash = new AtomicReference<>();
        // Deeply nested trees recurse as deep as they nest: a large stack, as the VM's thread has.
        Thread t = new Thread(null, () -> {
            try {
                for (Path p : sample) {
                    byte[] data = Files.readAllBytes(p);
                    Mod tree;
                    try {
                        tree = Parser.parseBytes(data, p.toString(), Parser.Mode.EXEC, true);
                    } catch (RuntimeException e) {
                        continue;  // not valid 3.11 source (lib2to3 test data and the like)
                    }
                    PyObject obj = AstToObject.convert(tree);
                    Mod back = ObjectToAst.toMod(obj, 0);
                    AstValidator.validate(back);
                    String want = AstDump.dump(tree, true, -1), got = AstDump.dump(back, true, -1);
                    if (!want.equals(got)) failures.add(lib.relativize(p).toString());
                    checked[0]++;
                }
            } catch (Throwable e) {
                crash.set(e);
            }
        }, "roundtrip", 512L << 20);
        t.start();
        t.join();
        if (crash.get() != null) throw crash.get();
        assertTrue(checked[0] > 100, "only " + checked[0] + " modules checked");
        assertEquals(List.of(), failures);
    }
}
