package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.bytecode.ExceptionTable;
import dev.glassbox.bytecode.LocationTable;
import dev.glassbox.bytecode.Opcode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a compiled {@link Unit} into a {@link CodeUnit}, following {@code assemble()} in
 * CPython 3.11's Python/compile.c: the implicit {@code return None}, the flow-graph passes of
 * {@link FlowGraph}, the prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR),
 * cell offset fixing, jump offsets with EXTENDED_ARG, then the code bytes, the location table,
 * the exception table and {@code makecode}'s localsplus layout.
 */
final class Assembler {
    private Assembler() {}

    /** PyCF_MASK: the future-feature flags a code object inherits from the compiler flags. */
    static final int PYCF_MASK = CodeUnit.CO_FUTURE_DIVISION | CodeUnit.CO_FUTURE_ABSOLUTE_IMPORT
            | CodeUnit.CO_FUTURE_WITH_STATEMENT | CodeUnit.CO_FUTURE_PRINT_FUNCTION
            | CodeUnit.CO_FUTURE_UNICODE_LITERALS | CodeUnit.CO_FUTURE_BARRY_AS_BDFL
            | CodeUnit.CO_FUTURE_GENERATOR_STOP | CodeUnit.CO_FUTURE_ANNOTATIONS;

    static int codeFlags(Scope ste, int compilerFlags) {
        int flags = 0;
        if (ste.type == Scope.Type.FUNCTION) {
            flags |= CodeUnit.CO_NEWLOCALS | CodeUnit.CO_OPTIMIZED;
            if (ste.nested) flags |= CodeUnit.CO_NESTED;
            if (ste.generator && !ste.coroutine) flags |= CodeUnit.CO_GENERATOR;
            if (!ste.generator && ste.coroutine) flags |= CodeUnit.CO_COROUTINE;
            if (ste.generator && ste.coroutine) flags |= CodeUnit.CO_ASYNC_GENERATOR;
            if (ste.varargs) flags |= CodeUnit.CO_VARARGS;
            if (ste.varkeywords) flags |= CodeUnit.CO_VARKEYWORDS;
        }
        flags |= compilerFlags & PYCF_MASK;
        if ((compilerFlags & CompilerBase.PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && ste.type == Scope.Type.MODULE
                && ste.coroutine && !ste.generator) {
            flags |= CodeUnit.CO_COROUTINE;
        }
        return flags;
    }

    static CodeUnit assemble(Unit u, boolean addNone, String filename, int compilerFlags, java.util.Set<String> identifiers) {
        FlowGraph g = u.cfg;
        if (!g.current.hasReturn) {
            // The implicit "return None" has no location (UNSET_LOC).
            if (addNone) g.add(LOAD_CONST, u.consts.indexOrAppend(ConstValue.Singleton.NONE), null, -1, -1, -1, -1);
            g.add(RETURN_VALUE, 0, null, -1, -1, -1, -1);
        }
        g.normalizeBlocks();
        g.extendBlocks();

        int nlocals = u.varnames.size(), ncells = u.cellvars.size(), nfrees = u.freevars.size();
        int nlocalsplus = nlocals + ncells + nfrees;
        int[] fixed = cellFixedOffsets(u);
        if (u.firstlineno == 0) {
            List<Instr> e = g.entry.instrs;
            u.firstlineno = !e.isEmpty() && e.get(0).lineno != 0 ? e.get(0).lineno : 1;
        }
        int flags = codeFlags(u.scope, compilerFlags);
        insertPrefixInstructions(u, flags, fixed);
        int numdropped = fixCellOffsets(u, fixed);
        nlocalsplus -= numdropped;

        g.optimize(u.consts);
        g.duplicateExitsWithoutLineno();
        int maxConst = g.maxConstIndex();
        if (maxConst + 1 < u.consts.size()) u.consts.truncate(maxConst + 1);
        g.propagateLineNumbers();
        g.guaranteeLinenoForExits(u.firstlineno);
        int maxdepth = g.stackDepth(u.scope.generator || u.scope.coroutine);
        g.labelExceptionTargets();
        g.convertExceptionHandlersToNops();
        for (Block b = g.entry; b != null; b = b.next) FlowGraph.cleanBlock(b);
        g.normalizeJumps();
        g.assembleJumpOffsets();

        ByteArrayOutputStream code = new ByteArrayOutputStream();
        LocationTable.Writer lines = new LocationTable.Writer(u.firstlineno);
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                emit(code, in);
                lines.add(new LocationTable.Position(in.lineno, in.endLineno, in.colOffset, in.endColOffset), in.size());
            }
        }
        byte[] exc = ExceptionTable.encode(exceptionEntries(g));

        // makecode / compute_localsplus_info
        String[] lpNames = new String[nlocalsplus];
        byte[] lpKinds = new byte[nlocalsplus];
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            lpNames[e.getValue()] = e.getKey();
            lpKinds[e.getValue()] = (byte) (CodeUnit.CO_FAST_LOCAL | (u.cellvars.containsKey(e.getKey()) ? CodeUnit.CO_FAST_CELL : 0));
        }
        int dropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                dropped++;
                continue;
            }
            int off = e.getValue() + nlocals - dropped;
            lpNames[off] = e.getKey();
            lpKinds[off] = CodeUnit.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int off = e.getValue() + nlocals - dropped;
            lpNames[off] = e.getKey();
            lpKinds[off] = CodeUnit.CO_FAST_FREE;
        }
        return new CodeUnit(u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth,
                flags, u.firstlineno, code.toByteArray(), internStringConstants(u.consts.toArray(), identifiers),
                u.names.keySet().toArray(new String[0]), lpNames, lpKinds, filename, u.name,
                u.qualname != null ? u.qualname : u.name, lines.toByteArray(), exc);
    }

    /**
     * intern_string_constants (Objects/codeobject.c): a frozenset whose strings get replaced by
     * already-interned equal strings is rebuilt, in its current iteration order.
     */
    private static Object[] internStringConstants(Object[] consts, java.util.Set<String> identifiers) {
        Object[] out = consts.clone();
        for (int i = 0; i < out.length; i++) out[i] = intern(out[i], identifiers);
        return out;
    }

    private static Object intern(Object v, java.util.Set<String> identifiers) {
        if (v instanceof ConstValue.Tuple t) {
            List<Object> items = new ArrayList<>();
            for (Object o : t.items()) items.add(intern(o, identifiers));
            return new ConstValue.Tuple(items);
        }
        if (v instanceof ConstValue.FrozenSet f) {
            for (Object o : f.items()) {
                if (o instanceof String str && InternedNames.preInterned(str, identifiers)) return SetOrder.frozenset(f.items());
            }
        }
        return v;
    }

    private static void emit(ByteArrayOutputStream out, Instr in) {
        int arg = Opcode.hasArg(in.opcode) ? in.oparg : 0;
        int size = in.size() - Opcode.caches(in.opcode);
        for (int shift = 8 * (size - 1); shift > 0; shift -= 8) {
            out.write(EXTENDED_ARG);
            out.write((arg >>> shift) & 0xff);
        }
        out.write(in.opcode);
        out.write(arg & 0xff);
        for (int i = Opcode.caches(in.opcode); i > 0; i--) {
            out.write(CACHE);
            out.write(0);
        }
    }

    /** assemble_exception_table: runs of instructions with the same handler. */
    private static List<ExceptionTable.Entry> exceptionEntries(FlowGraph g) {
        List<ExceptionTable.Entry> out = new ArrayList<>();
        Block handler = null;
        int start = -1, ioffset = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            ioffset = b.offset;
            for (Instr in : b.instrs) {
                if (in.except != handler) {
                    if (handler != null) out.add(entry(start, ioffset, handler));
                    start = ioffset;
                    handler = in.except;
                }
                ioffset += in.size();
            }
        }
        if (handler != null) out.add(entry(start, ioffset, handler));
        return out;
    }

    private static ExceptionTable.Entry entry(int start, int end, Block handler) {
        int depth = handler.startDepth - 1;
        if (handler.preserveLasti) depth -= 1;
        return new ExceptionTable.Entry(start * 2, end * 2, handler.offset * 2, depth, handler.preserveLasti);
    }

    /** build_cellfixedoffsets: where each cell/free index ends up among the localsplus slots. */
    private static int[] cellFixedOffsets(Unit u) {
        int nlocals = u.varnames.size();
        int n = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[n];
        for (int i = 0; i < n; i++) fixed[i] = nlocals + i;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer v = u.varnames.get(e.getKey());
            if (v != null) fixed[e.getValue()] = v;
        }
        return fixed;
    }

    private static void insertPrefixInstructions(Unit u, int flags, int[] fixed) {
        List<Instr> entry = u.cfg.entry.instrs;
        if ((flags & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0) {
            entry.add(0, new Instr(RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
            entry.add(1, new Instr(POP_TOP, 0, null, -1, -1, -1, -1));
        }
        int ncells = u.cellvars.size();
        if (ncells > 0) {
            int nvars = ncells + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
            for (int i = 0, used = 0; used < ncells; i++) {
                int old = sorted[i] - 1;
                if (old == -1) continue;
                entry.add(used, new Instr(MAKE_CELL, old, null, -1, -1, -1, -1));
                used++;
            }
        }
        if (!u.freevars.isEmpty()) {
            entry.add(0, new Instr(COPY_FREE_VARS, u.freevars.size(), null, -1, -1, -1, -1));
        }
    }

    private static int fixCellOffsets(Unit u, int[] fixed) {
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) fixed[i] -= numdropped;
            else numdropped++;
        }
        for (Block b : u.cfg.blocks) {
            for (Instr in : b.instrs) {
                switch (in.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                            in.oparg = fixed[in.oparg];
                    default -> { }
                }
            }
        }
        return numdropped;
    }
}
