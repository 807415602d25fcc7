package dev.glassbox.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The opcode table against CPython's opcode/dis modules (recorded by tools/record-opcodes). */
class OpcodeTest {
    static Map<String, Object> facts;

    @BeforeAll
    static void load() {
        facts = RecordedCode.json(RecordedCode.dir("bytecode").resolve("opcode.json"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Long> map(String k) { return (Map<String, Long>) facts.get(k); }

    @SuppressWarnings("unchecked")
    static List<Long> list(String k) { return (List<Long>) facts.get(k); }

    @Test
    void everyNameAndNumber() {
        Map<String, Long> all = map("all_opmap");
        for (var e : all.entrySet()) {
            assertEquals(e.getValue().intValue(), Opcode.byName(e.getKey()), e.getKey());
            assertEquals(e.getKey(), Opcode.name(e.getValue().intValue()));
        }
        int defined = 0;
        for (int op = 0; op < 256; op++) if (Opcode.exists(op)) defined++;
        assertEquals(all.size(), defined, "no opcode beyond CPython's");
        assertEquals(((Long) facts.get("HAVE_ARGUMENT")).intValue(), Opcode.HAVE_ARGUMENT);
    }

    @Test
    void attributeLists() {
        check("hasconst", Opcode::hasConst);
        check("hasname", Opcode::hasName);
        check("hasjrel", Opcode::hasJrel);
        check("hasjabs", Opcode::hasJabs);
        check("haslocal", Opcode::hasLocal);
        check("hascompare", Opcode::hasCompare);
        check("hasfree", Opcode::hasFree);
    }

    private void check(String key, java.util.function.IntPredicate p) {
        List<Long> want = list(key);
        List<Long> got = new ArrayList<>();
        for (int op = 0; op < 256; op++) {
            if (Opcode.exists(op) && !Opcode.isSpecialized(op) && p.test(op)) got.add((long) op);
        }
        assertEquals(want, got, key);
    }

    @Test
    void inlineCacheEntriesAndFormats() {
        List<Long> want = list("inline_cache_entries");
        for (int op = 0; op < 256; op++) {
            if (Opcode.exists(op) && !Opcode.isSpecialized(op)) {
                assertEquals(want.get(op).intValue(), Opcode.caches(op), Opcode.name(op));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> formats = (Map<String, Map<String, Long>>) facts.get("cache_format");
        for (var e : formats.entrySet()) {
            Map<String, Integer> got = Opcode.cacheFormat(Opcode.byName(e.getKey()));
            assertEquals(new ArrayList<>(e.getValue().keySet()), new ArrayList<>(got.keySet()));
            int total = 0;
            for (var f : e.getValue().entrySet()) {
                assertEquals(f.getValue().intValue(), got.get(f.getKey()));
                total += f.getValue().intValue();
            }
            assertEquals(total, Opcode.caches(Opcode.byName(e.getKey())), e.getKey());
        }
    }

    @Test
    void specializedInstructionsAndTheirBase() {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> specs = (Map<String, List<String>>) facts.get("specializations");
        int n = 0;
        for (var e : specs.entrySet()) {
            for (String s : e.getValue()) {
                int op = Opcode.byName(s);
                assertTrue(Opcode.isSpecialized(op), s);
                assertEquals(Opcode.byName(e.getKey()), Opcode.deopt(op), s);
                n++;
            }
        }
        int got = 0;
        for (int op = 0; op < 256; op++) if (Opcode.exists(op) && Opcode.isSpecialized(op)) got++;
        assertEquals(n, got);
    }

    @Test
    void stackEffectForAllOpcodesAndOpargs() {
        @SuppressWarnings("unchecked")
        Map<String, List<List<Long>>> effects = (Map<String, List<List<Long>>>) facts.get("stack_effect");
        for (var e : effects.entrySet()) {
            int op = Opcode.byName(e.getKey());
            for (List<Long> row : e.getValue()) {
                int arg = row.get(0) == null ? 0 : row.get(0).intValue();
                int[] jumps = {-1, 1, 0};
                for (int j = 0; j < 3; j++) {
                    Long want = row.get(j + 1);
                    int got = Opcode.stackEffect(op, arg, jumps[j]);
                    if (want == null) assertEquals(Opcode.INVALID_STACK_EFFECT, got, e.getKey());
                    else assertEquals(want.intValue(), got, e.getKey() + " " + arg + " jump " + jumps[j]);
                }
            }
        }
    }

    @Test
    void tablesUsedByDis() {
        assertEquals(facts.get("cmp_op"), List.of(Disassembler.CMP_OP));
        assertEquals(facts.get("nb_ops"), List.of(Disassembler.NB_OPS));
    }
}
