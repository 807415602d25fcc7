package dev.glassbox.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one code object being compiled (compile.c {@code struct compiler_unit}): its
 * scope, names, constants, variable tables, argument counts, the current source location and
 * the control-flow graph.
 */
final class Unit {
    final Scope scope;
    final String name;
    String qualname;
    int firstlineno;
    final ConstTable consts = new ConstTable();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    int argcount, posonlyargcount, kwonlyargcount;
    final FlowGraph cfg = new FlowGraph();
    /** Current location: what the next instruction gets (u_lineno, u_col_offset...). */
    int lineno, endLineno, colOffset, endColOffset;
    /** Nesting of try/with/loop blocks (compile.c fblock stack). */
    final java.util.ArrayList<FBlock> fblocks = new java.util.ArrayList<>();
    /** Private name for name mangling (the enclosing class's name), or null. */
    String privateName;
    int scopeType;

    Unit(Scope scope, String name, int firstlineno) {
        this.scope = scope;
        this.name = name;
        this.firstlineno = firstlineno;
    }

    static int addName(Map<String, Integer> m, String n) {
        Integer i = m.get(n);
        if (i != null) return i;
        m.put(n, m.size());
        return m.size() - 1;
    }
}
