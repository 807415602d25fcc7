package dev.glassbox.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glassbox.kernel.magics.MagicParser.CellMagic;
import dev.glassbox.kernel.magics.MagicParser.Code;
import dev.glassbox.kernel.magics.MagicParser.Help;
import dev.glassbox.kernel.magics.MagicParser.LineMagic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How cells are split into code and magics (IPython's transformer rules we follow). */
class MagicParserTest {
    @Test
    void plainCodeIsOneChunk() {
        assertEquals(List.of(new Code("x = 1\ny = x % 2", 1)), MagicParser.parse("x = 1\ny = x % 2"));
    }

    @Test
    void cellMagicTakesTheWholeCell() {
        assertEquals(List.of(new CellMagic("timeit", "-n1 import os", "x = 1\n%not_a_line_magic", 2)),
                MagicParser.parse("\n%%timeit -n1 import os\nx = 1\n%not_a_line_magic"));
    }

    @Test
    void lineMagicsSplitCodeAndKeepLineNumbers() {
        assertEquals(List.of(new Code("a = 1", 1), new LineMagic("time", "f(a)", 2), new Code("b = 2\nb", 3)),
                MagicParser.parse("a = 1\n%time f(a)\nb = 2\nb"));
    }

    @Test
    void percentInsideBracketsStringsAndContinuationsIsCode() {
        String[] cells = {
            "x = (1\n% 2)",
            "s = '''\n%not magic\n'''",
            "y = 1 \\\n% 3",
            "d = {'a': [\n1,\n]}\n# (\n%time x",
        };
        assertEquals(List.of(new Code(cells[0], 1)), MagicParser.parse(cells[0]));
        assertEquals(List.of(new Code(cells[1], 1)), MagicParser.parse(cells[1]));
        assertEquals(List.of(new Code(cells[2], 1)), MagicParser.parse(cells[2]));
        assertEquals(List.of(new Code("d = {'a': [\n1,\n]}\n# (", 1), new LineMagic("time", "x", 5)),
                MagicParser.parse(cells[3]));
    }

    @Test
    void helpRequests() {
        assertEquals(List.of(new Help("print", 0)), MagicParser.parse("print?"));
        assertEquals(List.of(new Help("os.path", 1)), MagicParser.parse("os.path??"));
        assertEquals(List.of(new Help("len", 0)), MagicParser.parse("?len"));
        assertEquals(List.of(new Help("%timeit", 0)), MagicParser.parse("%timeit?"));
        assertEquals(List.of(new Code("x?y", 1)), MagicParser.parse("x?y"));
    }

    @Test
    void timeitOptions() throws UsageError {
        TimeitMagic.Options o = TimeitMagic.parse("-n 10 -r3 -q -o -p 4 x = [1, -2]");
        assertEquals(new TimeitMagic.Options(10, 3, true, true, 4, "x = [1, -2]"), o);
        assertEquals(new TimeitMagic.Options(0, 7, false, false, 3, "-1 + 2"), TimeitMagic.parse("-1 + 2"));
    }
}
