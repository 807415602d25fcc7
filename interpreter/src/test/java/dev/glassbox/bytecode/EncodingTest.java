package dev.glassbox.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The location and exception table codecs against CPython's own tables: decoding must give
 * what co_positions()/co_lines() gave, and re-encoding must give back the same bytes.
 */
class EncodingTest {
    @TestFactory
    Stream<DynamicTest> recordedTablesRoundTrip() {
        Path dir = RecordedCode.dir("bytecode/dis");
        return RecordedCode.cases(dir).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, Object> json = RecordedCode.json(dir.resolve(name + ".code.json"));
            checkTree(json);
        }));
    }

    @SuppressWarnings("unchecked")
    private void checkTree(Map<String, Object> m) {
        CodeUnit co = RecordedCode.code(m);
        // co_positions()
        List<List<Long>> wantPos = (List<List<Long>>) m.get("positions");
        List<LocationTable.Position> pos = co.positions();
        assertEquals(wantPos.size(), pos.size(), co.name);
        for (int i = 0; i < pos.size(); i++) {
            LocationTable.Position p = pos.get(i);
            assertEquals(wantPos.get(i), java.util.Arrays.asList(opt(p.line()), opt(p.endLine()), opt(p.col()),
                    opt(p.endCol())), co.name + " unit " + i);
        }
        // addr2line / positionAt agree with co_positions() at every instruction start
        for (int i = 0; i < pos.size(); i++) {
            assertEquals(pos.get(i), co.positionAt(2 * i), co.name + " positionAt " + 2 * i);
            assertEquals(pos.get(i).line(), co.addr2line(2 * i), co.name + " addr2line " + 2 * i);
        }
        // co_lines()
        List<List<Long>> wantLines = (List<List<Long>>) m.get("lines");
        List<LocationTable.LineRange> lines = co.lines();
        assertEquals(wantLines.size(), lines.size(), co.name);
        for (int i = 0; i < lines.size(); i++) {
            LocationTable.LineRange r = lines.get(i);
            List<Long> w = wantLines.get(i);
            assertEquals(w.get(0).intValue(), r.start());
            assertEquals(w.get(1).intValue(), r.end());
            assertEquals(w.get(2) == null ? -1 : w.get(2).intValue(), r.line());
        }
        // re-encode the line table one instruction (EXTENDED_ARGs + op + caches) at a time
        LocationTable.Writer wr = new LocationTable.Writer(co.firstlineno);
        int unit = 0;
        while (unit < pos.size()) {
            int start = unit;
            while ((co.code[unit * 2] & 0xff) == Opcode.EXTENDED_ARG) unit++;
            unit += 1 + Opcode.caches(Opcode.deopt(co.code[unit * 2] & 0xff));
            wr.add(pos.get(start), unit - start);
        }
        assertArrayEquals(co.linetable, wr.toByteArray(), co.name + " linetable");
        // exception table
        assertArrayEquals(co.exceptiontable, ExceptionTable.encode(ExceptionTable.decode(co.exceptiontable)),
                co.name + " exceptiontable");
        for (Object c : (List<Object>) m.get("consts")) {
            List<Object> t = (List<Object>) c;
            if (t.get(0).equals("code")) checkTree((Map<String, Object>) t.get(1));
        }
    }

    private static Long opt(int v) { return v < 0 ? null : (long) v; }

    @Test
    void exceptionTableExampleFromTheNotes() {
        // exception_handling_notes.txt: start 20, end 28, target 100, depth 3 (in code units).
        byte[] b = ExceptionTable.encode(List.of(new ExceptionTable.Entry(40, 56, 200, 3, false)));
        assertArrayEquals(new byte[] {(byte) 148, 8, 65, 36, 6}, b);
    }

    @Test
    void longLineTableEntriesSplitIntoEights() {
        LocationTable.Writer w = new LocationTable.Writer(1);
        w.add(new LocationTable.Position(1, 1, 0, 4), 11);
        List<LocationTable.Entry> e = LocationTable.decode(w.toByteArray(), 1);
        assertEquals(2, e.size());
        assertEquals(16, e.get(0).end());
        assertEquals(22, e.get(1).end());
        List<LocationTable.Position> all = new ArrayList<>(LocationTable.positions(w.toByteArray(), 1));
        assertEquals(11, all.size());
    }
}
