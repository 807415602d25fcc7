package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History queries as IPython's HistoryManager answers them, and the session file. */
class HistoryTest {
    @Test
    void globIsSqliteGlob() {
        assertTrue(History.glob("print(*)").matcher("print('a')").matches());
        assertTrue(History.glob("a?c").matcher("abc").matches());
        assertFalse(History.glob("a?c").matcher("ABC").matches());
        assertTrue(History.glob("[a-c]x").matcher("bx").matches());
        assertTrue(History.glob("[^a-c]x").matcher("dx").matches());
        assertTrue(History.glob("*").matcher("multi\nline").matches());
        assertTrue(History.glob("a.b").matcher("a.b").matches());
        assertFalse(History.glob("a.b").matcher("axb").matches());
    }

    @Test
    void sessionsRangeSearchAndTail() throws Exception {
        Path f = Files.createTempFile("glassbox-history", ".jsonl");
        try {
            Files.writeString(f, "{\"session\":3,\"line\":1,\"source\":\"a = 1\"}\n{torn");
            History h = new History(f);
            assertEquals(4, h.session());
            h.add(1, "x = 2", null);
            h.add(2, "x", "2");
            h.add(3, "x = 2", null);
            assertEquals(List.of("x", "x = 2"), h.tail(2).stream().map(History.Entry::source).toList());
            assertEquals(List.of("a = 1"), h.range(-1, 1, 0).stream().map(History.Entry::source).toList());
            assertEquals(List.of("x"), h.range(0, 2, 3).stream().map(History.Entry::source).toList());
            assertEquals(List.of(2, 3), h.search("x*", 0, true).stream().map(History.Entry::line).toList());
            assertEquals(1, h.search("x*", 1, false).size());
            History again = new History(f);
            assertEquals(5, again.session());
            assertEquals(4, again.tail(100).size());
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
