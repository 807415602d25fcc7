package dev.glassbox.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * list, tuple, dict, slice, range and their iterators and views against CPython 3.11: each
 * line of {@code objects/containers/cases.txt} is run by {@link MiniEval} and compared with
 * the line python3 recorded in {@code expected.txt} (repr of the last value, or
 * "ExceptionType: message"). Regenerate with {@code python3 record.py} in that folder.
 */
class ContainersTest {
    /** A runner for tests without the VM: nothing but built-ins is callable. */
    static final class TestRunner implements Abstract.Runner {
        @Override
        public PyObject callSlow(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
            throw Errors.typeError("'%s' object is not callable", callable.type.qualname);
        }

        @Override public void enterRecursiveCall(String where) { }
        @Override public void leaveRecursiveCall() { }
    }

    @BeforeAll
    static void init() {
        Abstract.runner = new TestRunner();
        Abstract.init();
        Abstract.initSetattr();
        MiniEval.installShims();
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = ContainersTest.class.getResourceAsStream("/objects/containers/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String l : text.split("\n", -1)) out.add(l);
            if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
            return out;
        }
    }

    static boolean isCase(String line) {
        return !line.isBlank() && !line.startsWith("#");
    }

    @Test
    void recordedCases() throws IOException {
        List<String> cases = new ArrayList<>();
        for (String l : lines("cases.txt")) if (isCase(l)) cases.add(l);
        List<String> expected = lines("expected.txt");
        assertEquals(cases.size(), expected.size(), "cases and recorded results out of step");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String got = new MiniEval().run(cases.get(i)).replace("\n", "\\n");
            if (!got.equals(expected.get(i))) {
                failures.add(cases.get(i) + "\n    expected: " + expected.get(i) + "\n    got:      " + got);
            }
        }
        System.out.println("containers: " + (cases.size() - failures.size()) + "/" + cases.size() + " cases match CPython");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ:\n" + String.join("\n", failures));
    }
}
