package dev.glassbox.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a cell run through the real engine sends: the order of its streams, and its source in linecache. */
class CellExecutionTest {
    /** Each stream write, tagged with its stream, in arrival order. */
    static final class Writes implements CellContext {
        final List<String> writes = new ArrayList<>();

        @Override public void stdout(String text) { writes.add("out:" + text); }
        @Override public void stderr(String text) { writes.add("err:" + text); }
        final List<Object> results = new ArrayList<>();

        @Override public void displayResult(Map<String, Object> data, Map<String, Object> metadata) { results.add(data.get("text/plain")); }
        @Override public void displayData(Map<String, Object> data, Map<String, Object> metadata, String displayId, boolean update) {}
        @Override public void clearOutput(boolean wait) {}
        @Override public String input(String prompt, boolean password) { return ""; }
        @Override public int executionCount() { return 1; }
    }

    private static String joined(Writes w, String stream) {
        StringBuilder b = new StringBuilder();
        for (String s : w.writes) if (s.startsWith(stream + ":")) b.append(s.substring(stream.length() + 1));
        return b.toString();
    }

    @Test
    void stdoutAndStderrArriveInTheOrderTheyWereWritten() {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        Writes w = new Writes();
        Engine.Outcome o = engine.execute("import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three', end='')\n"
                + "sys.stderr.write('four\\n')\nprint('five')\n", "<ipython-input-1-000000000001>", w);
        assertTrue(o.ok(), () -> String.join("\n", o.traceback()));
        List<String> order = new ArrayList<>();
        for (String s : w.writes) {
            String tag = s.substring(0, 4);
            if (order.isEmpty() || !order.get(order.size() - 1).startsWith(tag)) order.add(s);
            else order.set(order.size() - 1, order.get(order.size() - 1) + s.substring(4));
        }
        assertEquals(List.of("out:one\n", "err:two\n", "out:three", "err:four\n", "out:five\n"), order);
    }

    @Test
    void cellSourcesAreInLinecacheForTracebackAndInspect() {
        GlassboxEngine engine = NamespaceMagicsTest.engine();
        String name = "<ipython-input-7-00000000000a>";
        Writes w = new Writes();
        assertTrue(engine.execute("def half(x):\n    return x / 0\n", name, w).ok());
        // linecache imported after the cell: the earlier cells are put in when it loads.
        Writes w2 = new Writes();
        Engine.Outcome o = engine.execute("import linecache, sys, traceback\nlinecache.checkcache()\n"
                + "print(repr(linecache.getline(half.__code__.co_filename, 2)))\n"
                + "try:\n    half(1)\nexcept ZeroDivisionError:\n    traceback.print_exc(file=sys.stdout)\n",
                "<ipython-input-8-00000000000b>", w2);
        assertTrue(o.ok(), () -> String.join("\n", o.traceback()));
        String out = joined(w2, "out");
        assertTrue(out.startsWith("'    return x / 0\\n'\n"), out);
        assertTrue(out.contains("  File \"" + name + "\", line 2, in half\n    return x / 0\n"), out);
    }

    private static List<Object> results(String cell) {
        Writes w = new Writes();
        Engine.Outcome o = NamespaceMagicsTest.engine().execute(cell, "<ipython-input-9-00000000000c>", w);
        assertTrue(o.ok(), () -> String.join("\n", o.traceback()));
        return w.results;
    }

    @Test
    void theTrailingExpressionStatementIsShownAsIPythonShowsIt() {
        assertEquals(List.of("1"), results("x = 1; x"));
        assertEquals(List.of("2"), results("1; 2"));
        assertEquals(List.of("'[1]'"), results("import json\njson.dumps([1])  # shown"));
        assertEquals(List.of(), results("if True:\n    5\n"));
        assertEquals(List.of(), results("y = 5\n"));
        // __future__ imports carry over to later cells, as in IPython.
        assertEquals(List.of("{'a': 'int'}"), results("from __future__ import annotations\ndef f(a: int): pass\nf.__annotations__"));
        assertEquals(List.of("{'b': 'undefined_name'}"), results("def g(b: undefined_name): pass\ng.__annotations__"));
    }

    @Test
    void heapCountsObjectsAndTheirBytesByType() {
        results("class HeapProbe:\n    def __sizeof__(self):\n        return 10**6\nprobes = [HeapProbe() for _ in range(700)]\n");
        String text = (String) NamespaceMagicsTest.engine().introspect("heap", "", null).get("text/plain");
        // 700 instances at sys.getsizeof's 56 bytes: the Python-level __sizeof__ is not run by %heap.
        assertTrue(text.matches("(?s).*\\nHeapProbe +700 +39200 +[0-9.]+%\\n.*"), text);
    }

    @Test
    void memoryReportShowsReferrersReferentsAndFreeLists() {
        results("import gc\ngc.collect()\nclass Node:\n    pass\nroot = Node()\nholder = [root, 'x']\n"
                + "fs = [float(i) + 0.5 for i in range(30)]\ndel fs\n");
        dev.glassbox.objects.PyDict main = ((dev.glassbox.objects.PyModule) ((dev.glassbox.objects.PyDict)
                dev.glassbox.vm.Builtins.sysAttr("modules")).getItemStr("__main__")).dict();
        dev.glassbox.objects.PyObject root = main.getItemStr("root"), holder = main.getItemStr("holder");
        assertTrue(dev.glassbox.introspect.MemoryReport.referrers(root).contains(holder));
        // list_traverse visits the items last to first, as gc.get_referents shows.
        assertEquals(List.of(((dev.glassbox.objects.PyList) holder).get(1), root), dev.glassbox.introspect.MemoryReport.referents(holder));
        // The 30 floats died after a full collection emptied the free lists: their blocks are kept.
        int kept = dev.glassbox.introspect.MemoryReport.freeLists().stream().filter(f -> f.name().equals("float"))
                .findFirst().orElseThrow().blocks();
        assertTrue(kept >= 30 && kept <= 100, "float free list: " + kept);
        String text = (String) NamespaceMagicsTest.engine().introspect("heap", "", null).get("text/plain");
        assertTrue(text.contains("Free lists: ") && text.contains("float " + kept), text);
        assertTrue(dev.glassbox.introspect.MemoryReport.census().stream().anyMatch(c -> c.type().equals("Node") && c.objects() >= 1));
    }
}
