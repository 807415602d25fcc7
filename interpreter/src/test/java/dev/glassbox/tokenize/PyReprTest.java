package dev.glassbox.tokenize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PyRepr#str} against CPython's repr() of single code points and a few strings (repr-cases.txt). */
class PyReprTest {

    @Test
    void matchesCPythonRepr() {
        List<String> lines = TokenizeCases.read(TokenizeCases.resources().resolve("repr-cases.txt")).lines().toList();
        assertTrue(lines.size() > 1000, "the recorded cases are present");
        List<String> diffs = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            StringBuilder s = new StringBuilder();
            if (tab > 0) {
                for (String h : line.substring(0, tab).split(" ")) s.appendCodePoint(Integer.parseInt(h, 16));
            }
            String want = line.substring(tab + 1);
            String got = PyRepr.str(s.toString());
            if (!want.equals(got)) diffs.add(line.substring(0, tab) + ": want " + want + " got " + got);
        }
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }
}
