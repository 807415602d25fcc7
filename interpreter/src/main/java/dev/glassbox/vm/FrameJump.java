package dev.glassbox.vm;

import dev.glassbox.bytecode.ExceptionTable;
import dev.glassbox.bytecode.Opcode;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyObject;

import static dev.glassbox.bytecode.Opcode.*;

/**
 * The {@code f_lineno} setter (Objects/frameobject.c, frame_setlineno): a trace function may
 * move a frame to another line when the value stack there is compatible with the one here.
 * Stacks are modelled as in CPython: up to 21 entries of 3 bits (the kind of each value).
 */
final class FrameJump {
    private FrameJump() {}

    private static final int ITERATOR = 1, EXCEPT = 2, OBJECT = 3, NULL = 4, LASTI = 5;
    private static final int BITS = 3, MASK = 7, MAX_ENTRIES = 63 / BITS;
    private static final long UNINITIALIZED = -2, OVERFLOWED = -1, EMPTY = 0;
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);

    private static long push(long stack, int kind) {
        if (Long.compareUnsigned(stack, WILL_OVERFLOW) >= 0) return OVERFLOWED;
        return (stack << BITS) | kind;
    }

    private static long pop(long stack) {
        return stack >> BITS;
    }

    private static int top(long stack) {
        return (int) (stack & MASK);
    }

    private static int peek(long stack, int n) {
        return (int) ((stack >> (BITS * (n - 1))) & MASK);
    }

    private static long swap(long stack, int n) {
        int toSwap = peek(stack, n);
        int t = top(stack);
        int shift = BITS * (n - 1);
        long low = (stack & ~((long) MASK << shift)) | ((long) t << shift);
        return (low & ~MASK) | toSwap;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) return EMPTY;
        long levelMax = (long) MASK << ((level - 1) * BITS);
        while (stack > levelMax) stack = pop(stack);
        return stack;
    }

    /** The oparg of the instruction at {@code i}, with its EXTENDED_ARG prefixes (get_arg). */
    private static int arg(byte[] code, int i) {
        int a = code[2 * i + 1] & 0xff;
        if (i >= 1 && (code[2 * i - 2] & 0xff) == EXTENDED_ARG) {
            a |= (code[2 * i - 1] & 0xff) << 8;
            if (i >= 2 && (code[2 * i - 4] & 0xff) == EXTENDED_ARG) {
                a |= (code[2 * i - 3] & 0xff) << 16;
                if (i >= 3 && (code[2 * i - 6] & 0xff) == EXTENDED_ARG) a |= (code[2 * i - 5] & 0xff) << 24;
            }
        }
        return a;
    }

    /** mark_stacks: the modelled stack before each code unit (UNINITIALIZED where unreachable). */
    static long[] markStacks(PyCode co) {
        byte[] code = co.unit.code;
        int len = code.length / 2;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = EMPTY;
        if ((co.unit.flags & Interpreter.GEN_FLAGS) != 0) stacks[0] = push(stacks[0], OBJECT); // the value sent at start
        java.util.List<ExceptionTable.Entry> handlers = co.unit.exceptionEntries();
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len; i++) {
                long next = stacks[i];
                if (next == UNINITIALIZED) continue;
                int op = code[2 * i] & 0xff;
                switch (op) {
                    case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE,
                            POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                            POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                        int j = arg(code, i);
                        boolean backward = op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE
                                || op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE;
                        j = backward ? i + 1 - j : j + i + 1;
                        if (j < 0 || j >= len) break;
                        if (stacks[j] == UNINITIALIZED && j < i) todo = true;
                        long target;
                        if (op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP) {
                            target = next;
                            next = pop(next);
                        } else {
                            next = pop(next);
                            target = next;
                        }
                        stacks[j] = target;
                        stacks[i + 1] = next;
                    }
                    case SEND -> {
                        int j = arg(code, i) + i + 1;
                        if (j < len) stacks[j] = pop(next);
                        stacks[i + 1] = next;
                    }
                    case JUMP_FORWARD -> {
                        int j = arg(code, i) + i + 1;
                        if (j < len) stacks[j] = next;
                    }
                    case JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                        int j = i + 1 - arg(code, i);
                        if (j >= 0 && j < len) {
                            if (stacks[j] == UNINITIALIZED && j < i) todo = true;
                            stacks[j] = next;
                        }
                    }
                    case GET_ITER, GET_AITER -> stacks[i + 1] = push(pop(next), ITERATOR);
                    case FOR_ITER -> {
                        long target = pop(next);
                        stacks[i + 1] = push(next, OBJECT);
                        int j = arg(code, i) + i + 1;
                        if (j < len) stacks[j] = target;
                    }
                    case END_ASYNC_FOR -> stacks[i + 1] = pop(pop(next));
                    case PUSH_EXC_INFO -> stacks[i + 1] = push(next, EXCEPT);
                    case POP_EXCEPT -> stacks[i + 1] = pop(next);
                    case RETURN_VALUE, RAISE_VARARGS, RERAISE -> { }
                    case PUSH_NULL -> stacks[i + 1] = push(next, NULL);
                    case LOAD_GLOBAL -> {
                        if ((code[2 * i + 1] & 1) != 0) next = push(next, NULL);
                        stacks[i + 1] = push(next, OBJECT);
                    }
                    case LOAD_METHOD -> stacks[i + 1] = push(push(pop(next), NULL), OBJECT);
                    case CALL -> stacks[i + 1] = push(pop(pop(next)), OBJECT);
                    case SWAP -> stacks[i + 1] = swap(next, arg(code, i));
                    case COPY -> stacks[i + 1] = push(next, peek(next, arg(code, i)));
                    default -> {
                        int delta = Opcode.stackEffect(op, arg(code, i), -1);
                        if (delta == Opcode.INVALID_STACK_EFFECT) delta = 0;
                        while (delta < 0) { next = pop(next); delta++; }
                        while (delta > 0) { next = push(next, OBJECT); delta--; }
                        stacks[i + 1] = next;
                    }
                }
            }
            for (ExceptionTable.Entry h : handlers) {
                int start = h.start() / 2, handler = h.target() / 2;
                if (start < len && handler < len && stacks[start] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long target = popToLevel(stacks[start], h.depth());
                    if (h.lasti()) target = push(target, LASTI);
                    stacks[handler] = push(target, EXCEPT);
                }
            }
        }
        return stacks;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) return false;
        if (to == OBJECT) return from != NULL;
        if (to == NULL) return true;
        return from == to;
    }

    private static boolean compatibleStack(long from, long to) {
        if (from < 0 || to < 0) return false;
        while (from > to) from = pop(from);
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) return false;
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explain(long to) {
        if (to == OVERFLOWED) return "stack is too deep to analyze";
        if (to == UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /** marklines: the line starting at each code unit, -1 elsewhere. */
    private static int[] markLines(PyCode co, int len) {
        int[] starts = new int[len];
        java.util.Arrays.fill(starts, -1);
        int last = -1;
        for (var r : co.unit.lines()) {
            if (r.line() != last && r.line() != -1 && r.start() / 2 < len) {
                starts[r.start() / 2] = r.line();
                last = r.line();
            }
        }
        return starts;
    }

    static void setLineno(PyFrameObject fo, PyObject v) {
        if (v.type != PyInt.TYPE) throw Errors.valueError("lineno must be an integer");
        Frame f = fo.frame;
        switch (Tracing.what) {
            case Tracing.EXCEPTION -> throw Errors.valueError("can only jump from a 'line' trace event");
            case Tracing.CALL -> throw Errors.valueError("can't jump from the 'call' trace event of a new frame");
            case Tracing.LINE -> { }
            // CPython 3.11.7 refuses the return event of a yield too (its frame state is not yet
            // "suspended" when the event is reported).
            default -> throw Errors.valueError("can only jump from a 'line' trace event");
        }
        if (fo.trace == null) throw Errors.valueError("f_lineno can only be set by a trace function");
        PyInt n = (PyInt) v;
        if (n.big != null || n.value > Integer.MAX_VALUE || n.value < Integer.MIN_VALUE) throw Errors.valueError("lineno out of range");
        int requested = (int) n.value;
        PyCode co = f.code;
        if (requested < co.unit.firstlineno) throw Errors.valueError("line %d comes before the current code block", requested);
        int len = co.unit.code.length / 2;
        int[] lines = markLines(co, len);
        int target = Integer.MAX_VALUE;
        for (int l : lines) if (l < target && l >= requested) target = l;
        if (target == Integer.MAX_VALUE) throw Errors.valueError("line %d comes after the current code block", requested);
        long[] stacks = markStacks(co);
        long best = OVERFLOWED;
        int bestAddr = -1;
        long start = stacks[f.lasti];
        int err = -1;
        String msg = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++) {
            if (lines[i] != target) continue;
            long to = stacks[i];
            if (compatibleStack(start, to)) {
                err = 0;
                if (to > best) {
                    best = to;
                    bestAddr = i;
                }
            } else if (err < 0) {
                if (start == OVERFLOWED) msg = "stack to deep to analyze";
                else if (start == UNINITIALIZED) msg = "can't jump from unreachable code";
                else {
                    msg = explain(to);
                    err = 1;
                }
            }
        }
        if (err != 0) throw Errors.valueError("%s", msg);
        Interpreter interp = Interpreter.current();
        while (start > best) {
            PyObject o = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (top(start) == EXCEPT) {
                // Leaving an except block: its saved exception becomes the handled one again.
                PyBaseException old = interp.excInfo;
                interp.excInfo = o instanceof PyBaseException be ? be : null;
                if (old != null) Heap.decref(old);
            } else if (o != null) {
                Heap.decref(o);
            }
            start = pop(start);
        }
        fo.traceLineno = 0;
        f.lasti = bestAddr;
    }
}
