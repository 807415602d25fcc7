package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The control-flow graph of one code object and CPython 3.11's passes over it, in the order
 * {@code assemble()} in Python/compile.c runs them: block normalisation, extension of blocks
 * that jump to small exit blocks, {@code optimize_cfg} (constant conditions, tuple folding,
 * jump threading, SWAP optimisation, NOP removal, dead-block elimination, redundant jumps),
 * duplication of exit blocks without line numbers, trimming of unused trailing constants,
 * line-number propagation, stack depth, exception-target labelling, and jump normalisation.
 *
 * <p>Blocks are kept in allocation order in {@link #blocks}; the passes that CPython runs over
 * its {@code u_blocks} list (which links blocks in reverse allocation order) iterate it
 * backwards, because that order decides where copied blocks end up.
 */
final class FlowGraph {
    private static final int MAX_COPY_SIZE = 4;

    final List<Block> blocks = new ArrayList<>();
    final Block entry;
    Block current;
    private boolean needNewImplicitBlock;

    FlowGraph() {
        entry = newBlock();
        current = entry;
    }

    Block newBlock() {
        Block b = new Block(blocks.size());
        blocks.add(b);
        return b;
    }

    /** compiler_use_next_block: lay out {@code b} after the current block and continue in it. */
    void useNextBlock(Block b) {
        current.next = b;
        current = b;
        needNewImplicitBlock = false;
    }

    /** Appends an instruction to the current block (compiler_addop_* / add_jump_to_block). */
    Instr add(int opcode, int oparg, Block target, int lineno, int endLineno, int col, int endCol) {
        if (needNewImplicitBlock) useNextBlock(newBlock());
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, col, endCol);
        current.instrs.add(i);
        if (opcode == RETURN_VALUE) current.hasReturn = true;
        if (i.isJump() || Opcode.isScopeExit(opcode)) needNewImplicitBlock = true;
        return i;
    }

    /** The blocks in CPython's b_list order (newest first). */
    private List<Block> listOrder() {
        List<Block> l = new ArrayList<>(blocks);
        java.util.Collections.reverse(l);
        return l;
    }

    // ---- normalisation (normalize_basic_block, extend_block) ----

    void normalizeBlocks() {
        for (Block b : listOrder()) {
            for (int i = 0; i < b.size(); i++) {
                Instr in = b.instrs.get(i);
                switch (in.opcode) {
                    case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                        b.exit = true;
                        b.nofallthrough = true;
                    }
                    case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE,
                            POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> {
                        if (in.opcode == JUMP || in.opcode == JUMP_NO_INTERRUPT) b.nofallthrough = true;
                        if (i != b.size() - 1) throw new IllegalStateException("malformed control flow graph.");
                        while (in.target.size() == 0) in.target = in.target.next;
                    }
                    default -> { }
                }
            }
        }
    }

    void extendBlocks() {
        for (Block b : listOrder()) extendBlock(b);
    }

    /** If {@code b} ends with a jump to a small exit block without line numbers, inline it. */
    private void extendBlock(Block b) {
        Instr last = b.last();
        if (last == null) return;
        if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) return;
        Block to = last.target;
        if (to.exit && to.size() <= MAX_COPY_SIZE) {
            if (to.hasLineno()) return;
            last.opcode = NOP;
            for (Instr i : to.instrs) b.instrs.add(i.copy());
            b.exit = true;
        }
    }

    // ---- optimize_cfg ----

    /** Runs optimize_cfg; {@code consts} is the unit's constant list (may grow by folding). */
    void optimize(ConstTable consts) {
        for (Block b = entry; b != null; b = b.next) {
            optimizeBlock(b, consts);
            cleanBlock(b);
        }
        extendBlocks();
        markReachable();
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        eliminateEmptyBlocks();
        for (Block b = entry; b != null; b = b.next) cleanBlock(b);
        boolean maybeEmpty = false;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) && last.target == b.next) {
                b.nofallthrough = false;
                last.opcode = NOP;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) eliminateEmptyBlocks();
    }

    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        // bpo-45773: threading to the same target would loop forever.
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private void optimizeBlock(Block bb, ConstTable consts) {
        List<Instr> ins = bb.instrs;
        Instr nop = new Instr(NOP, 0, null, -1, -1, -1, -1);
        for (int i = 0; i < ins.size(); i++) {
            Instr inst = ins.get(i);
            int oparg = inst.oparg;
            int nextop = i + 1 < ins.size() ? ins.get(i + 1).opcode : 0;
            Instr target;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.size() == 0) inst.target = inst.target.next;
                target = inst.target.instrs.get(0);
            } else {
                target = nop;
            }
            switch (inst.opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = ConstOps.isTrue(consts.get(oparg));
                            inst.opcode = NOP;
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                ins.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                ins.get(i + 1).opcode = NOP;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            boolean isTrue = ConstOps.isTrue(consts.get(oparg));
                            boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue) {
                                ins.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                inst.opcode = NOP;
                                ins.get(i + 1).opcode = NOP;
                            }
                        }
                        case IS_OP -> {
                            Object cnt = consts.get(oparg);
                            int jumpOp = i + 2 < ins.size() ? ins.get(i + 2).opcode : 0;
                            if (cnt == ConstValue.Singleton.NONE && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                                int nextarg = ins.get(i + 1).oparg & 0xff;
                                inst.opcode = NOP;
                                ins.get(i + 1).opcode = NOP;
                                boolean f = jumpOp == POP_JUMP_IF_FALSE;
                                ins.get(i + 2).opcode = ((nextarg ^ (f ? 1 : 0)) != 0) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == ins.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.opcode = NOP;
                            ins.get(i + 1).opcode = NOP;
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.opcode = NOP;
                            ins.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) foldTupleOnConstants(ins, i - oparg, oparg, consts);
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_FALSE -> i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                        case JUMP, JUMP_IF_FALSE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP) ? 1 : 0;
                        case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> { }
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_TRUE -> i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                        case JUMP, JUMP_IF_TRUE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP) ? 1 : 0;
                        case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> { }
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target.opcode == JUMP) i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.opcode = NOP;
                        break;
                    }
                    i = swaptimize(ins, i);
                    applyStaticSwaps(ins, i);
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (ins.get(i + 1).opcode & 1) == 0) {
                        // CPython tests the *opcode*'s low bit here (LOAD_GLOBAL is even), so
                        // the fold always applies.
                        inst.opcode = NOP;
                        inst.oparg = 0;
                        ins.get(i + 1).oparg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    private static void foldTupleOnConstants(List<Instr> ins, int start, int n, ConstTable consts) {
        for (int i = 0; i < n; i++) {
            if (!Opcode.hasConst(ins.get(start + i).opcode)) return;
        }
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instr in = ins.get(start + i);
            if (in.opcode != LOAD_CONST) throw new IllegalStateException("failed to get value of a constant");
            items.add(consts.get(in.oparg));
        }
        int index = consts.indexOrAppend(new ConstValue.Tuple(items));
        for (int i = 0; i < n; i++) ins.get(start + i).opcode = NOP;
        Instr build = ins.get(start + n);
        build.opcode = LOAD_CONST;
        build.oparg = index;
    }

    /** Replaces a run of SWAPs and NOPs by an optimal equivalent; returns the new index. */
    private static int swaptimize(List<Instr> ins, int ix) {
        int depth = ins.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = ins.size() - ix;
        while (++len < limit) {
            int op = ins.get(ix + len).opcode;
            if (op == SWAP) {
                depth = Math.max(depth, ins.get(ix + len).oparg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr in = ins.get(ix + i);
            if (in.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[in.oparg - 1];
                stack[in.oparg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = ins.get(ix + current--);
                    in.opcode = SWAP;
                    in.oparg = j + 1;
                }
                if (stack[j] == visited) break;
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) ins.get(ix + current--).opcode = NOP;
        return ix + len - 1;
    }

    private static boolean swappable(int op) { return op == STORE_FAST || op == POP_TOP; }

    private static int storesTo(Instr i) { return i.opcode == STORE_FAST ? i.oparg : -1; }

    private static int nextSwappable(List<Instr> ins, int i, int lineno) {
        while (++i < ins.size()) {
            Instr in = ins.get(i);
            if (0 <= lineno && in.lineno != lineno) return -1;
            if (in.opcode == NOP) continue;
            if (swappable(in.opcode)) return i;
            return -1;
        }
        return -1;
    }

    /** Applies SWAPs statically by reordering the STORE_FAST/POP_TOPs that follow them. */
    private static void applyStaticSwaps(List<Instr> ins, int i) {
        for (; 0 <= i; i--) {
            Instr swap = ins.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) continue;
                return;
            }
            int j = nextSwappable(ins, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = ins.get(j).lineno;
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappable(ins, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(ins.get(j)), storeK = storesTo(ins.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(ins.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) return;
                }
            }
            swap.opcode = NOP;
            Instr t = ins.get(j);
            ins.set(j, ins.get(k));
            ins.set(k, t);
        }
    }

    /** Removes NOPs that carry no needed line number (clean_basic_block). */
    static void cleanBlock(Block bb) {
        List<Instr> ins = bb.instrs;
        List<Instr> out = new ArrayList<>(ins.size());
        int prevLineno = -1;
        for (int src = 0; src < ins.size(); src++) {
            Instr in = ins.get(src);
            int lineno = in.lineno;
            if (in.opcode == NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < ins.size() - 1) {
                    int nextLineno = ins.get(src + 1).lineno;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0) {
                        in.copyLocTo(ins.get(src + 1));
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.size() == 0) next = next.next;
                    if (next != null && lineno == next.instrs.get(0).lineno) continue;
                }
            }
            out.add(in);
            prevLineno = lineno;
        }
        ins.clear();
        ins.addAll(out);
    }

    void markReachable() {
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) stack.push(b.next);
                b.next.predecessors++;
            }
            for (Instr in : b.instrs) {
                if (in.isJump() || in.isBlockPush()) {
                    Block t = in.target;
                    if (t.predecessors == 0) stack.push(t);
                    t.predecessors++;
                }
            }
        }
    }

    void eliminateEmptyBlocks() {
        for (Block b = entry; b != null; b = b.next) {
            Block next = b.next;
            if (next != null) {
                while (next.size() == 0 && next.next != null) next = next.next;
                b.next = next;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                Block t = last.target;
                while (t.size() == 0) t = t.next;
                last.target = t;
            }
        }
    }

    // ---- line numbers ----

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exit) return false;
        for (Instr i : b.instrs) if (i.lineno >= 0) return false;
        return true;
    }

    private Block copyBlock(Block b) {
        Block r = newBlock();
        for (Instr i : b.instrs) r.instrs.add(i.copy());
        r.exit = b.exit;
        r.nofallthrough = true;
        return r;
    }

    /** PEP 626: give every exit block without a line number a single predecessor. */
    void duplicateExitsWithoutLineno() {
        for (Block b : listOrder()) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                Block target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    Block nt = copyBlock(target);
                    last.copyLocTo(nt.instrs.get(0));
                    last.target = nt;
                    target.predecessors--;
                    nt.predecessors = 1;
                    nt.next = target.next;
                    target.next = nt;
                }
            }
        }
        for (Block b : listOrder()) {
            while (b.next != null && b.next.size() == 0) b.next = b.next.next;
        }
        for (Block b : listOrder()) {
            if (!b.nofallthrough && b.next != null && b.size() > 0 && isExitWithoutLineno(b.next)) {
                b.last().copyLocTo(b.next.instrs.get(0));
            }
        }
    }

    void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            if (b.size() == 0) continue;
            Instr prev = new Instr(NOP, 0, null, -1, -1, -1, -1);
            for (Instr in : b.instrs) {
                if (in.lineno < 0) prev.copyLocTo(in);
                else in.copyLocTo(prev);
            }
            if (!b.nofallthrough && b.next.predecessors == 1) {
                if (b.next.instrs.get(0).lineno < 0) prev.copyLocTo(b.next.instrs.get(0));
            }
            Instr last = b.last();
            if (last.isJump()) {
                Block t = last.target;
                if (t.predecessors == 1 && t.instrs.get(0).lineno < 0) prev.copyLocTo(t.instrs.get(0));
            }
        }
    }

    void guaranteeLinenoForExits(int firstlineno) {
        int lineno = firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instr i : b.instrs) i.lineno = lineno;
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    /** Highest constant index used (trim_unused_consts keeps index 0, a possible docstring). */
    int maxConstIndex() {
        int max = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.opcode == LOAD_CONST || i.opcode == KW_NAMES) && i.oparg > max) max = i.oparg;
            }
        }
        return max;
    }

    // ---- stack depth (stackdepth) ----

    int stackDepth(boolean generatorOrCoroutine) {
        for (Block b : blocks) b.startDepth = Integer.MIN_VALUE;
        Deque<Block> stack = new ArrayDeque<>();
        int maxdepth = 0;
        push(stack, entry, generatorOrCoroutine ? 1 : 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr in : b.instrs) {
                int effect = Opcode.stackEffect(in.opcode, in.oparg, 0);
                if (effect == Opcode.INVALID_STACK_EFFECT) {
                    throw new IllegalStateException("compiler stack_effect(opcode=" + in.opcode + ", arg=" + in.oparg + ") failed");
                }
                int newDepth = depth + effect;
                maxdepth = Math.max(maxdepth, newDepth);
                if (in.isJump() || in.isBlockPush()) {
                    int targetDepth = depth + Opcode.stackEffect(in.opcode, in.oparg, 1);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, in.target, targetDepth);
                }
                depth = newDepth;
                if (in.opcode == JUMP_NO_INTERRUPT || in.opcode == JUMP || Opcode.isScopeExit(in.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return maxdepth;
    }

    private static void push(Deque<Block> stack, Block b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    // ---- exception handlers (label_exception_targets) ----

    void labelExceptionTargets() {
        for (Block b = entry; b != null; b = b.next) b.visited = false;
        Deque<Block> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new Block[64];
        entry.exceptDepth = 0;
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            Block[] es = b.exceptStack;
            int depth = b.exceptDepth;
            b.exceptStack = null;
            Block handler = es[depth];
            for (int i = 0; i < b.size(); i++) {
                Instr in = b.instrs.get(i);
                if (in.isBlockPush()) {
                    if (!in.target.visited) {
                        in.target.exceptStack = es.clone();
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                    if (in.opcode == SETUP_WITH || in.opcode == SETUP_CLEANUP) in.target.preserveLasti = true;
                    if (depth + 1 >= es.length) es = java.util.Arrays.copyOf(es, es.length * 2);
                    es[++depth] = in.target;
                    handler = in.target;
                } else if (in.opcode == POP_BLOCK) {
                    handler = es[--depth];
                } else if (in.isJump()) {
                    in.except = handler;
                    if (!in.target.visited) {
                        in.target.exceptStack = b.nofallthrough ? es : es.clone();
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                } else {
                    in.except = handler;
                }
            }
            if (!b.nofallthrough && !b.next.visited) {
                b.next.exceptStack = es;
                b.next.exceptDepth = depth;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    void convertExceptionHandlersToNops() {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr in : b.instrs) {
                if (in.isBlockPush() || in.opcode == POP_BLOCK) in.opcode = NOP;
            }
        }
    }

    // ---- final layout ----

    /** Picks forward/backward forms of the direction-less jumps (normalize_jumps). */
    void normalizeJumps() {
        for (Block b = entry; b != null; b = b.next) b.visited = false;
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !last.isJump()) continue;
            boolean fwd = !last.target.visited;
            switch (last.opcode) {
                case JUMP -> last.opcode = fwd ? JUMP_FORWARD : JUMP_BACKWARD;
                case JUMP_NO_INTERRUPT -> last.opcode = fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                case POP_JUMP_IF_NOT_NONE -> last.opcode = fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
                case POP_JUMP_IF_NONE -> last.opcode = fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                case POP_JUMP_IF_FALSE -> last.opcode = fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
                case POP_JUMP_IF_TRUE -> last.opcode = fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
                    if (!fwd) throw new IllegalStateException("unexpected " + Opcode.name(last.opcode) + " jumping backwards");
                }
                default -> { }
            }
        }
    }

    /** Computes block offsets and jump opargs until EXTENDED_ARG sizes settle. */
    void assembleJumpOffsets() {
        boolean again;
        do {
            int total = 0;
            for (Block b = entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) total += i.size();
            }
            again = false;
            for (Block b : listOrder()) {
                int bsize = b.offset;
                for (Instr in : b.instrs) {
                    int isize = in.size();
                    bsize += isize;
                    if (in.isJump()) {
                        in.oparg = in.target.offset;
                        in.oparg = in.oparg < bsize ? bsize - in.oparg : in.oparg - bsize;
                        if (in.size() != isize) again = true;
                    }
                }
            }
        } while (again);
    }
}
