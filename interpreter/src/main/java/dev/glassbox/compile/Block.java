package dev.glassbox.compile;

import java.util.ArrayList;
import java.util.List;

/** A basic block of the control-flow graph (compile.c {@code basicblock}). */
final class Block {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    /** The next block in layout order (reached by falling through unless {@link #nofallthrough}). */
    Block next;
    int predecessors;
    int startDepth;
    int offset;
    boolean nofallthrough, preserveLasti, visited, exit, hasReturn;
    /** Exception handler stack at block entry, used while labelling exception targets. */
    Block[] exceptStack;
    int exceptDepth;

    Block(int id) { this.id = id; }

    int size() { return instrs.size(); }

    Instr last() { return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1); }

    boolean hasLineno() {
        for (Instr i : instrs) if (i.lineno > 0) return true;
        return false;
    }

    @Override
    public String toString() { return "B" + id + instrs; }
}
