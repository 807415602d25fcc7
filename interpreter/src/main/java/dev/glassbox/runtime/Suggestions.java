package dev.glassbox.runtime;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.vm.PyTraceback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean: 'len'?" for NameError and AttributeError (Python/suggestions.c, 3.11): the
 * closest candidate by a Levenshtein distance where a case change costs 1 and any other edit 2,
 * among at most 750 names, accepted within (len(a) + len(b) + 3) * 2 / 6.
 */
final class Suggestions {
    private Suggestions() {}

    static final int MAX_CANDIDATE_ITEMS = 750, MAX_STRING_SIZE = 40, MOVE_COST = 2, CASE_COST = 1;

    /** The suggestion for an exception, or null. Only exact NameError/AttributeError get one. */
    static String offer(PyBaseException e) {
        try {
            if (e.type == ExceptionTypes.AttributeError && e instanceof ExcFields.AttributeError ae) {
                if (!(ae.name() instanceof PyStr name) || ae.obj() == dev.glassbox.objects.PyNone.NONE && ae.obj() == null) return null;
                PyObject obj = ae.obj();
                List<String> dir = new ArrayList<>();
                for (PyObject o : Abstract.toArray(dev.glassbox.modules.BuiltinsModule.dir(obj))) if (o instanceof PyStr s) dir.add(s.value);
                return best(dir, name.value);
            }
            if (e.type == ExceptionTypes.NameError && e instanceof ExcFields.NameError ne && ne.name() instanceof PyStr name
                    && e.traceback instanceof PyTraceback tb) {
                while (tb.next != null) tb = tb.next;
                var frame = tb.frame.frame;
                String s = best(List.of(frame.code().unit.varnames()), name.value);
                if (s != null) return s;
                s = best(keys(frame.globals), name.value);
                if (s != null) return s;
                PyObject builtins = frame.globals.getItemStr("__builtins__");
                PyDict b = builtins instanceof PyDict d ? d : builtins != null && builtins.dict != null ? builtins.dict
                        : Runtime.get().builtins.dict();
                return best(keys(b), name.value);
            }
        } catch (PyException ignored) {
            // a failing dir() gives no suggestion, as in CPython
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) if (d.keyAt(e) instanceof PyStr s) out.add(s.value);
        return out;
    }

    /** calculate_suggestions. */
    static String best(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        long bestDistance = Long.MAX_VALUE;
        for (String item : dir) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            long max = (long) (n.length + b.length + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            long d = distance(n, b, max);
            if (d > max) continue;
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int x = a >= 'A' && a <= 'Z' ? a + 32 : a, y = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** levenshtein_distance with the early exits of suggestions.c. */
    static long distance(byte[] a0, byte[] b0, long maxCost) {
        int as = 0, ae = a0.length, bs = 0, be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) { as++; bs++; }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) { ae--; be--; }
        int aLen = ae - as, bLen = be - bs;
        if (aLen == 0 || bLen == 0) return (long) (aLen + bLen) * MOVE_COST;
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae), b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) { byte[] t = a; a = b; b = t; }
        if ((long) (b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        long[] buffer = new long[a.length];
        long tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) { buffer[i] = tmp; tmp += MOVE_COST; }
        long result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                long substitute = distance + substitutionCost(code, a[i]);
                distance = buffer[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
