package dev.glassbox.compile;

import dev.glassbox.bytecode.Opcode;

/**
 * One instruction of the control-flow graph (compile.c {@code struct instr}): an opcode (real
 * or pseudo), its oparg, the jump/handler target block, the handler that covers it (set by
 * exception-target labelling), and its source span (lineno -1 means "no line").
 */
final class Instr {
    int opcode;
    int oparg;
    Block target;
    Block except;
    int lineno, endLineno, colOffset, endColOffset;

    Instr(int opcode, int oparg, Block target, int lineno, int endLineno, int colOffset, int endColOffset) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, colOffset, endColOffset);
        i.except = except;
        return i;
    }

    /** COPY_INSTR_LOC(this, dst). */
    void copyLocTo(Instr dst) {
        dst.lineno = lineno;
        dst.endLineno = endLineno;
        dst.colOffset = colOffset;
        dst.endColOffset = endColOffset;
    }

    boolean isJump() { return Opcode.isJump(opcode); }

    boolean isBlockPush() { return Opcode.isBlockPush(opcode); }

    /** Code units this instruction takes: EXTENDED_ARG prefixes, itself, its caches. */
    int size() {
        int arg = Opcode.hasArg(opcode) ? oparg : 0;
        int ext = (Integer.compareUnsigned(arg, 0xFFFFFF) > 0 ? 1 : 0) + (Integer.compareUnsigned(arg, 0xFFFF) > 0 ? 1 : 0)
                + (Integer.compareUnsigned(arg, 0xFF) > 0 ? 1 : 0);
        return ext + 1 + Opcode.caches(opcode);
    }

    @Override
    public String toString() {
        return Opcode.name(opcode) + " " + oparg + (target != null ? " ->B" + target.id : "") + " @" + lineno;
    }
}
