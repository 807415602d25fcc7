package dev.glassbox.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled code object: what CPython 3.11's {@code PyCodeObject} holds, as immutable plain
 * Java data. The compiler produces it; the runtime wraps it as the Python type {@code code}
 * ({@code co_*} attributes map one to one onto the fields and methods here).
 *
 * <p>Locals, cells and free variables share one array, as in 3.11 ("localsplus"):
 * {@link #localsPlusNames} with a kind byte per slot ({@link #CO_FAST_LOCAL},
 * {@link #CO_FAST_CELL}, {@link #CO_FAST_FREE}; an argument that is also a cell is
 * LOCAL|CELL). {@code co_varnames}, {@code co_cellvars}, {@code co_freevars} and
 * {@code co_nlocals} derive from them. Opargs of LOAD_FAST/LOAD_DEREF/MAKE_CELL... index it.
 *
 * <p>{@code consts} holds {@link ConstValue} values and nested CodeUnits. The arrays are never
 * modified after construction; accessors return them directly, callers must not write.
 */
public final class CodeUnit {
    // co_flags bits (Include/cpython/code.h)
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4,
            CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40,
            CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
            CO_FUTURE_DIVISION = 0x20000, CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
            CO_FUTURE_WITH_STATEMENT = 0x80000, CO_FUTURE_PRINT_FUNCTION = 0x100000,
            CO_FUTURE_UNICODE_LITERALS = 0x200000, CO_FUTURE_BARRY_AS_BDFL = 0x400000,
            CO_FUTURE_GENERATOR_STOP = 0x800000, CO_FUTURE_ANNOTATIONS = 0x1000000;

    // localsplus kinds (Include/internal/pycore_code.h)
    public static final byte CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = (byte) 0x80;

    public final int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    public final byte[] code;
    public final Object[] consts;
    public final String[] names;
    public final String[] localsPlusNames;
    public final byte[] localsPlusKinds;
    public final String filename, name, qualname;
    public final byte[] linetable, exceptiontable;

    // derived
    private final String[] varnames, cellvars, freevars;

    public CodeUnit(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
                    int firstlineno, byte[] code, Object[] consts, String[] names,
                    String[] localsPlusNames, byte[] localsPlusKinds, String filename, String name,
                    String qualname, byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.firstlineno = firstlineno;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsPlusNames = localsPlusNames;
        this.localsPlusKinds = localsPlusKinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
        this.varnames = select(CO_FAST_LOCAL);
        this.cellvars = select(CO_FAST_CELL);
        this.freevars = select(CO_FAST_FREE);
    }

    /**
     * The localsplus kinds for separate varnames/cellvars/freevars lists, and the combined
     * names (CPython's {@code _PyCode_Validate}/{@code init_co_cached} layout): varnames first,
     * then cellvars that are not also varnames, then freevars.
     */
    public static Object[] localsPlus(String[] varnames, String[] cellvars, String[] freevars) {
        List<String> names = new ArrayList<>(Arrays.asList(varnames));
        List<Byte> kinds = new ArrayList<>();
        for (int i = 0; i < varnames.length; i++) kinds.add(CO_FAST_LOCAL);
        for (String c : cellvars) {
            int i = names.indexOf(c);
            if (i >= 0 && i < varnames.length) {
                kinds.set(i, (byte) (CO_FAST_LOCAL | CO_FAST_CELL));
            } else {
                names.add(c);
                kinds.add(CO_FAST_CELL);
            }
        }
        for (String f : freevars) {
            names.add(f);
            kinds.add(CO_FAST_FREE);
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) k[i] = kinds.get(i);
        return new Object[] {names.toArray(new String[0]), k};
    }

    private String[] select(byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < localsPlusNames.length; i++) {
            if ((localsPlusKinds[i] & kind) != 0) out.add(localsPlusNames[i]);
        }
        return out.toArray(new String[0]);
    }

    public String[] varnames() { return varnames; }
    public String[] cellvars() { return cellvars; }
    public String[] freevars() { return freevars; }
    /** {@code co_nlocals}: the number of plain local slots. */
    public int nlocals() { return varnames.length; }
    /** Number of localsplus slots (locals, cells and frees). */
    public int nlocalsplus() { return localsPlusNames.length; }

    /** The name a LOAD_FAST/LOAD_DEREF-family oparg refers to ({@code _varname_from_oparg}). */
    public String varnameFromOparg(int oparg) { return localsPlusNames[oparg]; }

    /** {@code co_positions()}, one entry per code unit. */
    public List<LocationTable.Position> positions() {
        List<LocationTable.Position> p = positionsMemo;
        if (p == null) positionsMemo = p = List.copyOf(LocationTable.positions(linetable, firstlineno));
        return p;
    }

    /** {@code co_lines()}. */
    public List<LocationTable.LineRange> lines() {
        List<LocationTable.LineRange> l = linesMemo;
        if (l == null) linesMemo = l = List.copyOf(LocationTable.lines(linetable, firstlineno));
        return l;
    }

    // Decoded once: tracebacks and f_lineno ask for these on every exception and trace event.
    private volatile List<LocationTable.Position> positionsMemo;
    private volatile List<LocationTable.LineRange> linesMemo;

    private volatile List<LocationTable.Entry> locationEntries;

    /**
     * The line of the instruction at byte {@code offset} ({@code PyCode_Addr2Line}): -1 if it
     * has none; {@code co_firstlineno} for a negative offset (a frame that has not started).
     */
    public int addr2line(int offset) {
        if (offset < 0) return firstlineno;
        List<LocationTable.Entry> entries = locationEntries;
        if (entries == null) locationEntries = entries = LocationTable.decode(linetable, firstlineno);
        for (LocationTable.Entry e : entries) {
            if (offset >= e.start() && offset < e.end()) return e.pos().line();
        }
        return -1;
    }

    /** The source span of the instruction at byte {@code offset} (one co_positions() item). */
    public LocationTable.Position positionAt(int offset) {
        addr2line(0);
        for (LocationTable.Entry e : locationEntries) {
            if (offset >= e.start() && offset < e.end()) return e.pos();
        }
        return LocationTable.Position.NONE;
    }

    /** The decoded exception table. */
    public List<ExceptionTable.Entry> exceptionEntries() { return ExceptionTable.decode(exceptiontable); }

    /**
     * A copy with some attributes replaced ({@code code.replace(**kwargs)}): keys are the
     * {@code co_*} keyword names (co_argcount, co_posonlyargcount, co_kwonlyargcount,
     * co_stacksize, co_flags, co_firstlineno as Integer; co_code, co_linetable,
     * co_exceptiontable as byte[]; co_consts as Object[]; co_names, co_varnames, co_cellvars,
     * co_freevars as String[]; co_filename, co_name, co_qualname as String). Unknown keys throw
     * IllegalArgumentException with the name, so the caller can raise TypeError.
     */
    public CodeUnit replace(java.util.Map<String, Object> changes) {
        int[] ints = {argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno};
        byte[] code = this.code, lt = linetable, et = exceptiontable;
        Object[] consts = this.consts;
        String[] names = this.names, vn = varnames, cv = cellvars, fv = freevars;
        String fn = filename, nm = name, qn = qualname;
        boolean relayout = false;
        for (java.util.Map.Entry<String, Object> e : changes.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "co_argcount" -> ints[0] = (Integer) v;
                case "co_posonlyargcount" -> ints[1] = (Integer) v;
                case "co_kwonlyargcount" -> ints[2] = (Integer) v;
                case "co_stacksize" -> ints[3] = (Integer) v;
                case "co_flags" -> ints[4] = (Integer) v;
                case "co_firstlineno" -> ints[5] = (Integer) v;
                case "co_code" -> code = (byte[]) v;
                case "co_linetable" -> lt = (byte[]) v;
                case "co_exceptiontable" -> et = (byte[]) v;
                case "co_consts" -> consts = (Object[]) v;
                case "co_names" -> names = (String[]) v;
                case "co_varnames" -> { vn = (String[]) v; relayout = true; }
                case "co_cellvars" -> { cv = (String[]) v; relayout = true; }
                case "co_freevars" -> { fv = (String[]) v; relayout = true; }
                case "co_filename" -> fn = (String) v;
                case "co_name" -> nm = (String) v;
                case "co_qualname" -> qn = (String) v;
                default -> throw new IllegalArgumentException(e.getKey());
            }
        }
        String[] lpNames = localsPlusNames;
        byte[] lpKinds = localsPlusKinds;
        if (relayout) {
            Object[] lp = localsPlus(vn, cv, fv);
            lpNames = (String[]) lp[0];
            lpKinds = (byte[]) lp[1];
        }
        return new CodeUnit(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], code, consts, names,
                lpNames, lpKinds, fn, nm, qn, lt, et);
    }

    /** A stable stand-in for the object address in {@code repr(code)}. */
    public long address() { return 0x7f0000000000L + ((long) System.identityHashCode(this) << 4); }

    /** {@code repr(code)}: {@code <code object NAME at 0x..., file "FILE", line N>}. */
    public String repr() {
        return "<code object " + name + " at 0x" + Long.toHexString(address()) + ", file \""
                + filename + "\", line " + firstlineno + ">";
    }

    /**
     * Value equality as CPython's {@code code_richcompare}: name, argument counts, flags, first
     * line, instructions (specializations undone, caches ignored), constants (by their constant
     * keys, so {@code 0} and {@code 0.0} differ), names, localsplus names, line and exception
     * tables. The compiler relies on it: equal code objects share one co_consts slot.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CodeUnit c)) return false;
        if (!name.equals(c.name) || argcount != c.argcount || posonlyargcount != c.posonlyargcount
                || kwonlyargcount != c.kwonlyargcount || flags != c.flags || firstlineno != c.firstlineno
                || code.length != c.code.length) return false;
        int caches = 0;
        for (int i = 0; i < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int a = code[i] & 0xff, b = c.code[i] & 0xff;
            int da = Opcode.exists(a) ? Opcode.deopt(a) : a, db = Opcode.exists(b) ? Opcode.deopt(b) : b;
            if (da != db || code[i + 1] != c.code[i + 1]) return false;
            caches = Opcode.exists(da) ? Opcode.caches(da) : 0;
        }
        if (consts.length != c.consts.length) return false;
        for (int i = 0; i < consts.length; i++) {
            if (!ConstValue.key(consts[i]).equals(ConstValue.key(c.consts[i]))) return false;
        }
        return Arrays.equals(names, c.names) && Arrays.equals(localsPlusNames, c.localsPlusNames)
                && Arrays.equals(linetable, c.linetable) && Arrays.equals(exceptiontable, c.exceptiontable);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + firstlineno) * 31 + code.length * 7 + argcount;
    }

    @Override
    public String toString() { return repr(); }
}
