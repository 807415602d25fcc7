package dev.glassbox.vm;

import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;

/**
 * One activation of a code object (CPython's {@code _PyInterpreterFrame}): locals, cells and
 * free variables in one array ("localsplus"), the value stack, the instruction position, and
 * the namespaces. Every slot of {@code localsplus} and of the stack below {@code sp} holds a
 * counted reference.
 */
public final class Frame {
    public final PyCode code;
    final PyObject[] localsplus;
    final PyObject[] stack;
    int sp;
    /** Index (in code units) of the next instruction. */
    int ip;
    /** Index of the instruction being executed (its start, before EXTENDED_ARG prefixes are skipped). */
    int lasti;
    public final PyDict globals;
    final PyObject builtins;
    /** The locals mapping of module and class bodies; null for functions. */
    final PyObject locals;
    Frame back;
    /** A function frame's f_locals dict (counted), made when f_locals or locals() first asks. */
    PyDict localsDict;
    /** Its Python object, once something asked for it. */
    PyFrameObject pyFrame;
    /** Set when the frame returned (or its generator finished). */
    boolean finished;
    /** Whether a generator frame has been resumed at least once. */
    boolean started;

    /** The object a suspended {@code yield from}/{@code await} delegates to (top of stack), or None. */
    dev.glassbox.objects.PyObject yieldFrom() {
        if (finished || !started || sp == 0) return dev.glassbox.objects.PyNone.NONE;
        int op = code.unit.code[ip * 2] & 0xff;
        // A suspended delegation sits at SEND's loop (RESUME after YIELD_VALUE).
        return op == dev.glassbox.bytecode.Opcode.RESUME && stack[sp - 1] != null ? stack[sp - 1] : dev.glassbox.objects.PyNone.NONE;
    }

    /** The generator that owns this frame, if any. */
    PyGenerator generator;
    /** Keyword names set by KW_NAMES for the next CALL. */
    dev.glassbox.objects.PyTuple kwnames;

    Frame(PyCode code, PyDict globals, PyObject builtins, PyObject locals) {
        this.code = code;
        this.localsplus = new PyObject[code.unit.nlocalsplus()];
        this.stack = new PyObject[code.unit.stacksize + 1];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    /** The line being executed, from the location table. */
    public int lineno() {
        int[] lines = code.lineArray();
        return lasti >= 0 && lasti < lines.length ? lines[lasti] : code.unit.firstlineno;
    }

    public PyCode code() {
        return code;
    }

    /** The calling frame, or null. */
    public Frame back() {
        return back;
    }
}
