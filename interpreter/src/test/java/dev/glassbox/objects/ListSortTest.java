package dev.glassbox.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * list.sort beyond what one-line cases show: the number of {@code <} calls (which a key
 * function or {@code __lt__} can observe) equals CPython 3.11's on recorded inputs, the sort
 * is stable, mutation during the sort is reported and the list restored, and references are
 * balanced.
 */
class ListSortTest {
    @BeforeAll
    static void init() {
        ContainersTest.init();
    }

    /** A value whose {@code __lt__} counts its calls (as a Python class with __lt__ would). */
    @Exposed.Type(name = "Counted")
    static final class Counted extends PyObject {
        static final PyType TYPE = PyType.fromClass(Counted.class);
        static int calls;
        final int v, tag;

        Counted(int v, int tag) {
            super(TYPE);
            this.v = v;
            this.tag = tag;
        }

        @Exposed.Method(sig = "($self, value, /)")
        public PyObject __lt__(PyObject o) {
            calls++;
            return PyBool.of(v < ((Counted) o).v);
        }
    }

    private static List<Integer> values(int n, IntUnaryOperator f) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(f.applyAsInt(i));
        return out;
    }

    /** Sorts Counted values; checks stability against Java's stable sort; returns the comparisons made. */
    private static int sortCount(List<Integer> vals, boolean reverse) {
        PyObject[] items = new PyObject[vals.size()];
        for (int i = 0; i < items.length; i++) items[i] = new Counted(vals.get(i), i);
        PyList l = PyList.of(items);
        Counted.calls = 0;
        ListSort.sort(l, null, reverse);
        int calls = Counted.calls;
        List<Counted> expect = new ArrayList<>();
        for (PyObject o : items) expect.add((Counted) o);
        Comparator<Counted> byValue = Comparator.comparingInt(c -> c.v);
        // reverse=True keeps equal items in their original order too.
        expect.sort(reverse ? byValue.reversed() : byValue);
        for (int i = 0; i < items.length; i++) assertSame(expect.get(i), l.get(i), "position " + i);
        return calls;
    }

    @Test
    void comparisonCountsMatchCPython() {
        // Recorded from python3.11 with a class whose __lt__ counts calls: (forward, reverse).
        List<Integer> runs = values(500, i -> i);
        runs.addAll(values(300, i -> 300 - i));
        runs.addAll(values(700, i -> (i * 31) % 97));
        Object[][] cases = {
            {"perm1009", values(1009, i -> (i * 7919) % 1009), 8706, 8710},
            {"mod7", values(1000, i -> i % 7), 6232, 6280},
            {"runs", runs, 8059, 8062},
            {"desc", values(2000, i -> 2000 - i), 1999, 1999},
            {"sawtooth", values(3000, i -> i % 100), 15773, 15773},
            {"small", List.of(5, 3, 9, 1, 1, 0, 7), 14, 14},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<Integer> vals = (List<Integer>) c[1];
            assertEquals(c[2], sortCount(vals, false), c[0] + " forward");
            assertEquals(c[3], sortCount(vals, true), c[0] + " reverse");
        }
    }

    @Test
    void mutationDuringSortIsReported() {
        PyList l = PyList.of(PyInt.of(3), PyInt.of(1), PyInt.of(2));
        PyObject key = new MiniEval.Fn(a -> {
            l.append(a[0]);
            return a[0];
        });
        PyException e = assertThrows(PyException.class, () -> ListSort.sort(l, key, false));
        assertEquals("ValueError: list modified during sort", e.value.type.name + ": " + Abstract.str(e.value).value);
        // As CPython: the list holds the sorted items; what was appended meanwhile is dropped.
        assertEquals("[1, 2, 3]", Abstract.repr(l).value);
    }

    @Test
    void keyErrorLeavesListUnchanged() {
        PyList l = PyList.of(PyInt.of(3), PyInt.of(1), PyInt.of(2));
        PyObject key = new MiniEval.Fn(a -> {
            if (a[0] == PyInt.ONE) throw Errors.keyError(PyStr.of("boom"));
            return a[0];
        });
        assertThrows(PyException.class, () -> ListSort.sort(l, key, false));
        assertEquals("[3, 1, 2]", Abstract.repr(l).value);
    }

    @Test
    void referencesAreBalanced() {
        PyObject[] items = new PyObject[50];
        for (int i = 0; i < items.length; i++) items[i] = new Counted((i * 17) % 50, i);
        PyList l = PyList.of(items);
        List<PyObject> keys = new ArrayList<>();
        PyObject key = new MiniEval.Fn(a -> {
            PyObject k = new Counted(((Counted) a[0]).v, 0);
            keys.add(k);
            return k;
        });
        ListSort.sort(l, key, true);
        for (PyObject o : items) assertEquals(1, o.refcnt, "item held once by the list");
        for (PyObject k : keys) assertEquals(0, k.refcnt, "key released after the sort");
        // Removing items hands back the list's reference.
        PyListMethods.assignSubscript(l, new PySlice(null, null, PyInt.of(2)), null);
        int held = 0;
        for (PyObject o : items) held += o.refcnt;
        assertEquals(25, held);
        PyListMethods.clear(l);
        for (PyObject o : items) assertEquals(0, o.refcnt);
        assertTrue(l.size() == 0);
    }
}
