package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * %%trace's report from the real runtime: the events of a cell's own code (the sequence CPython's
 * sys.settrace gives for it), with lines, source text, returned and raised values and changed
 * locals; library code untraced; the event limit; the HTML table.
 */
class TraceMagicTest {
    private static Map<String, Object> traced(String cell, int limit, NamespaceMagicsTest.Recorder rec) {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        assertTrue(engine.traceStart(limit));
        Engine.Outcome o;
        try {
            o = engine.execute(cell, "<trace-cell-" + limit + ">", rec);
        } finally {
            Map<String, Object> report = engine.traceStop();
            rec.displays.add(report);
        }
        rec.out.append(o.ok() ? "" : "error: " + o.ename());
        return rec.displays.get(rec.displays.size() - 1);
    }

    /** The table's rows with runs of blanks collapsed and object addresses hidden. */
    private static String rows(String plain) {
        StringBuilder b = new StringBuilder();
        for (String line : plain.split("\n")) {
            if (line.startsWith("--")) continue; // the rule under the header: its widths follow the values
            b.append(line.strip().replaceAll(" {2,}", " | ").replaceAll(" at 0x[0-9a-f]+", " at 0x")).append('\n');
        }
        return b.toString();
    }

    @Test
    void tableListsTheCellsEventsWithLinesSourceValuesAndLocals() {
        String cell = String.join("\n",
                "def add(a, b=10):",
                "    c = a + b",
                "    return c",
                "total = 0",
                "for i in range(2):",
                "    total = add(total, i)",
                "from json import dumps",
                "s = dumps([total])",
                "try:",
                "    int('x')",
                "except ValueError:",
                "    pass",
                "print(s)",
                "");
        NamespaceMagicsTest.Recorder rec = new NamespaceMagicsTest.Recorder();
        Map<String, Object> report = traced(cell, 1000, rec);
        assertEquals("[1]\n", rec.out.toString());
        // The sequence is CPython's sys.settrace one for this code (json's own frames are not
        // cell code, so they are not listed); the trailing expression runs as its own code object.
        String expected = String.join("\n",
                "# | event | function | line | source | value | locals",
                "1 | call | <module>",
                "2 | line | <module> | 1 | def add(a, b=10):",
                "3 | line | <module> | 4 | total = 0 | add=<function add at 0x>",
                "4 | line | <module> | 5 | for i in range(2): | total=0",
                "5 | line | <module> | 6 | total = add(total, i) | i=0",
                "6 | call | add | 1 | def add(a, b=10): | a=0, b=0",
                "7 | line | add | 2 | c = a + b",
                "8 | line | add | 3 | return c | c=0",
                "9 | return | add | 3 | return c | -> 0",
                "10 | line | <module> | 5 | for i in range(2):",
                "11 | line | <module> | 6 | total = add(total, i) | i=1",
                "12 | call | add | 1 | def add(a, b=10): | a=0, b=1",
                "13 | line | add | 2 | c = a + b",
                "14 | line | add | 3 | return c | c=1",
                "15 | return | add | 3 | return c | -> 1",
                "16 | line | <module> | 5 | for i in range(2): | total=1",
                "17 | line | <module> | 7 | from json import dumps",
                "18 | line | <module> | 8 | s = dumps([total]) | dumps=<function dumps at 0x>",
                "19 | line | <module> | 9 | try: | s='[1]'",
                "20 | line | <module> | 10 | int('x')",
                "21 | exception | <module> | 10 | int('x') | ValueError: invalid literal for int()...",
                "22 | line | <module> | 11 | except ValueError:",
                "23 | line | <module> | 12 | pass",
                "24 | return | <module> | 12 | pass | -> None",
                "25 | call | <module>",
                "26 | line | <module> | 13 | print(s)",
                "27 | return | <module> | 13 | print(s) | -> None",
                "27 events",
                "");
        assertEquals(expected, rows((String) report.get("text/plain")));
        String html = (String) report.get("text/html");
        assertTrue(html.startsWith("<div class=\"glassbox-trace\"><table class=\"glassbox\">"), html);
        assertTrue(html.contains("<td style=\"text-align:left;color:#c5221f\">exception</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:left\">total = add(total, i)</td>"), html);
        assertTrue(html.contains("27 events"), html);
        assertEquals(dev.glassbox.objects.PyNone.NONE, dev.glassbox.vm.Tracing.getTrace(), "the tracer is removed");
    }

    @Test
    void limitStopsRecordingButTheCellRunsToTheEnd() {
        NamespaceMagicsTest.Recorder rec = new NamespaceMagicsTest.Recorder();
        Map<String, Object> report = traced("n = 0\nfor i in range(100):\n    n += i\nprint(n)\n", 5, rec);
        assertEquals("4950\n", rec.out.toString());
        String plain = (String) report.get("text/plain");
        assertTrue(plain.endsWith("5 events (stopped at the limit of 5; use %%trace -n N)"), plain);
        assertEquals(8, plain.split("\n").length, plain);
    }

    @Test
    void errorsAreTracedAndTheOutcomeIsTheCellsError() {
        NamespaceMagicsTest.Recorder rec = new NamespaceMagicsTest.Recorder();
        Map<String, Object> report = traced("def f(x):\n    return 1 / x\nf(0)\n", 100, rec);
        assertEquals("error: ZeroDivisionError", rec.out.toString());
        String rows = rows((String) report.get("text/plain"));
        assertTrue(rows.contains("| exception | f | 2 | return 1 / x | ZeroDivisionError: division by zero\n"), rows);
        assertTrue(rows.contains("| return | f | 2 | return 1 / x | -> None\n"), rows);
        assertTrue(rows.contains("| exception | <module> | 3 | f(0) | ZeroDivisionError: division by zero\n"), rows);
    }

    @Test
    void aCellWithoutCodeOfItsOwnSaysSo() {
        NamespaceMagicsTest.Recorder rec = new NamespaceMagicsTest.Recorder();
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        assertTrue(engine.traceStart(10));
        Map<String, Object> report = engine.traceStop();
        assertEquals(Map.of("text/plain", "No trace events: the cell ran no Python code of its own."), report);
        assertFalse(rec.out.length() > 0);
    }
}
