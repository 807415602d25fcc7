package dev.glassbox.compile;

import dev.glassbox.bytecode.ConstValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code object's constants in index order, merged by CPython's constant key
 * ({@link ConstValue#key}): compile.c's {@code u_consts} dict and the list the optimizer
 * appends folded tuples to.
 */
final class ConstTable {
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();

    /** The index of {@code v}, adding it at the end if new (compiler_add_o). */
    int indexOrAppend(Object v) {
        Object k = ConstValue.key(v);
        Integer i = index.get(k);
        if (i != null) return i;
        values.add(v);
        index.put(k, values.size() - 1);
        return values.size() - 1;
    }

    Object get(int i) { return values.get(i); }

    int size() { return values.size(); }

    /** Drops constants from {@code n} on (trim_unused_consts). */
    void truncate(int n) {
        while (values.size() > n) {
            Object v = values.remove(values.size() - 1);
            index.remove(ConstValue.key(v));
        }
    }

    Object[] toArray() { return values.toArray(); }
}
