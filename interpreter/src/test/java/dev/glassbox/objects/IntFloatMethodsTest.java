package dev.glassbox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The methods of int, bool and float against CPython 3.11's answers recorded by
 * objects/intfloat/gen_cases.py (cases.txt.gz: operators between ints, bools and floats of
 * every size class, comparisons, conversions, rounding, formatting, to_bytes/from_bytes,
 * constructors with their errors). Every case must match, exceptions included (type and
 * message). Plus subclass construction, which needs classes made here.
 */
class IntFloatMethodsTest {

    /** Calls only built-ins: enough for these types. */
    static final class TestRunner implements Abstract.Runner {
        @Override
        public PyObject callSlow(PyObject callable, PyObject[] args, int start, int nargs, PyTuple kwnames) {
            throw Errors.typeError("'%s' object is not callable", callable.type.qualname);
        }

        @Override
        public void enterRecursiveCall(String where) {}

        @Override
        public void leaveRecursiveCall() {}
    }

    @BeforeAll
    static void setUp() {
        if (Abstract.runner == null) Abstract.runner = new TestRunner();
        Abstract.init();
        Abstract.initSetattr();
    }

    static List<String> load(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = IntFloatMethodsTest.class.getResourceAsStream("/objects/intfloat/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) lines.add(line);
        }
        return lines;
    }

    static PyObject value(String t) {
        if (t.equals("n")) return PyNone.NONE;
        String v = t.substring(2);
        switch (t.charAt(0)) {
            case 'i': {
                BigInteger b = new BigInteger(v);
                return PyInt.of(b);
            }
            case 'b': return PyBool.of(v.equals("1"));
            case 'f': {
                return PyFloat.of(switch (v) {
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    case "nan" -> Double.NaN;
                    default -> Double.parseDouble(v);
                });
            }
            case 'y': return PyBytes.of(HexFormat.of().parseHex(v));
            case 'Y': return PyByteArray.of(HexFormat.of().parseHex(v));
            case 's': return PyStr.of(new String(HexFormat.of().parseHex(v), StandardCharsets.UTF_8));
            case 'T': return switch (v) {
                case "int" -> PyInt.TYPE;
                case "float" -> PyFloat.TYPE;
                case "bool" -> PyBool.TYPE;
                default -> throw new IllegalArgumentException(t);
            };
            case 'l': {
                PyList l = new PyList();
                if (!v.isEmpty()) for (String x : v.split(",")) l.append(PyInt.of(new BigInteger(x)));
                return l;
            }
            default: throw new IllegalArgumentException(t);
        }
    }

    static int binaryIndex(String sym) {
        for (int i = 0; i < SpecialMethod.BINARY_SYMBOLS.length; i++) if (SpecialMethod.BINARY_SYMBOLS[i].equals(sym)) return i;
        throw new IllegalArgumentException(sym);
    }

    static String run(String[] f) {
        String kind = f[0], target = f[1];
        int end = f.length - 2; // "=>", expected
        List<PyObject> pos = new ArrayList<>();
        List<PyObject> kwNames = new ArrayList<>(), kwValues = new ArrayList<>();
        for (int i = 2; i < end; i++) {
            if (f[i].startsWith("k:")) {
                int eq = f[i].indexOf('=');
                kwNames.add(PyStr.intern(f[i].substring(2, eq)));
                kwValues.add(value(f[i].substring(eq + 1)));
            } else {
                pos.add(value(f[i]));
            }
        }
        PyObject r;
        switch (kind) {
            case "B" -> r = Abstract.binaryOp(pos.get(0), pos.get(1), binaryIndex(target));
            case "C" -> r = Abstract.richCompare(pos.get(0), pos.get(1), List.of(Abstract.COMPARE_SYMBOLS).indexOf(target));
            case "M", "T" -> {
                PyObject callable;
                List<PyObject> args;
                if (kind.equals("T")) {
                    callable = value("T:" + target);
                    args = pos;
                } else if (target.startsWith("@")) {
                    callable = null;
                    args = null;
                } else {
                    callable = Abstract.getAttr(pos.get(0), target);
                    args = pos.subList(1, pos.size());
                }
                if (callable == null) {
                    r = Abstract.getAttr(pos.get(0), target.substring(1));
                } else {
                    List<PyObject> all = new ArrayList<>(args);
                    all.addAll(kwValues);
                    PyTuple kw = kwNames.isEmpty() ? null : PyTuple.of(kwNames.toArray(new PyObject[0]));
                    r = Abstract.call(callable, all.toArray(new PyObject[0]), 0, args.size(), kw);
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return r.type.name + " " + Abstract.repr(r).value;
    }

    @Test
    void allRecordedCasesMatch() throws IOException {
        List<String> lines = load("cases.txt.gz");
        assertTrue(lines.size() > 15_000);
        Map<String, int[]> counts = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String want = f[f.length - 1];
            String got;
            try {
                got = run(f);
            } catch (PyException e) {
                got = "!" + e.value.type.name + ": " + Abstract.str(e.value).value;
            }
            int[] c = counts.computeIfAbsent(f[0] + " " + f[1], k -> new int[2]);
            c[0]++;
            if (!got.equals(want)) {
                c[1]++;
                if (failures++ < 60) report.append(line).append("\n    got  ").append(got).append('\n');
            }
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach((k, c) -> {
            if (c[1] > 0) summary.append(k).append(": ").append(c[0] - c[1]).append('/').append(c[0]).append('\n');
        });
        assertEquals(0, failures, failures + " of " + lines.size() + " differ\n" + summary + report);
    }

    // ------------------------------------------------------------------ subclasses

    static PyType subclass(String name, PyType base) {
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), new PyDict());
    }

    @Test
    void intSubclassInstancesKeepTheirTypeAndValue() {
        PyType myInt = subclass("MyInt", PyInt.TYPE);
        PyObject big = Abstract.call(myInt, PyStr.of("123456789012345678901234567890"));
        assertSame(myInt, big.type);
        assertEquals("123456789012345678901234567890", Abstract.repr(big).value);
        PyObject small = Abstract.call(myInt, PyStr.of("ff"), PyInt.of(16));
        assertSame(myInt, small.type);
        assertEquals(255, ((PyInt) small).value);
        // Arithmetic and __int__/__index__ give exact ints.
        PyObject sum = Abstract.binaryOp(small, PyInt.of(1), binaryIndex("+"));
        assertSame(PyInt.TYPE, sum.type);
        assertEquals("256", Abstract.repr(sum).value);
        assertSame(PyInt.TYPE, Abstract.callMethod(small, "__int__").type);
        // int(subclass instance) is an exact int equal to it.
        PyObject exact = Abstract.call(PyInt.TYPE, small);
        assertSame(PyInt.TYPE, exact.type);
        assertTrue(Abstract.richCompareBool(exact, small, Abstract.EQ));
        assertEquals(Abstract.hash(PyInt.of(255)), Abstract.hash(small));
    }

    @Test
    void floatSubclassInstancesKeepTheirTypeAndValue() {
        PyType myFloat = subclass("MyFloat", PyFloat.TYPE);
        PyObject x = Abstract.call(myFloat, PyStr.of(" 2.5 "));
        assertSame(myFloat, x.type);
        assertEquals(2.5, ((PyFloat) x).value);
        PyObject y = Abstract.callMethod(x, "__float__");
        assertSame(PyFloat.TYPE, y.type);
        PyObject z = Abstract.binaryOp(x, PyInt.of(2), binaryIndex("*"));
        assertSame(PyFloat.TYPE, z.type);
        assertEquals("5.0", Abstract.repr(z).value);
        PyObject h = Abstract.call(Abstract.getAttr(myFloat, "fromhex"), PyStr.of("0x1p-1"));
        assertSame(myFloat, h.type);
        assertEquals(0.5, ((PyFloat) h).value);
    }

    @Test
    void subclassInstancesCountTheirType() {
        // subtype_dealloc drops the instance's reference to its heap type: creation must take it.
        for (PyType base : new PyType[] {PyInt.TYPE, PyFloat.TYPE}) {
            PyType sub = subclass("Counted", base);
            int before = sub.refcnt;
            Abstract.call(sub, PyInt.of(3));
            Abstract.call(sub, PyStr.of("12345678901234567890123"));
            assertEquals(before + 2, sub.refcnt, base.name);
        }
    }

    @Test
    void nanHashesByIdentity() {
        // 3.10+: hash(nan) is the object's identity hash, so two NaNs differ and one is stable.
        PyObject a = PyFloat.of(Double.NaN), b = PyFloat.of(Double.NaN);
        assertEquals(Abstract.hash(a), Abstract.hash(a));
        assertEquals(Hashing.identityHash(dev.glassbox.memory.Heap.address(a)), Abstract.hash(a));
        assertTrue(Abstract.hash(a) != Abstract.hash(b));
    }

    @Test
    void floatOfExactFloatIsTheSameObject() {
        PyObject x = PyFloat.of(1.25);
        assertSame(x, Abstract.call(PyFloat.TYPE, x));
        PyObject i = PyInt.of(1L << 40);
        assertSame(i, Abstract.call(PyInt.TYPE, i));
    }

    @Test
    void newRejectsNonSubtypes() {
        PyObject intNew = Abstract.getAttr(PyInt.TYPE, "__new__");
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Abstract.call(intNew, PyFloat.TYPE, PyInt.of(5)));
        // recorded: int.__new__(float, 5)
        assertEquals("int.__new__(float): float is not a subtype of int", Abstract.str(e.value).value);
    }
}
