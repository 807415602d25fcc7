package dev.glassbox.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of the symbol table (CPython's {@code PySTEntryObject}, Include/internal/
 * pycore_symtable.h): a module, class or function body (lambdas, comprehensions and
 * generator expressions are function scopes). Each name maps to a flag word: how it is bound
 * and used (DEF_* bits) and, after analysis, its scope in bits 11-14 ({@link #scopeOf}).
 */
public final class Scope {
    public enum Type { MODULE, CLASS, FUNCTION }

    // Flag bits (symtable.h)
    public static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int SCOPE_OFFSET = 11, SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    // Scopes
    public static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    public final Type type;
    public final String name;
    /** The AST node that opened the scope (the key compile.c looks scopes up by). */
    public final Node node;
    public final int lineno, colOffset;
    public final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameter names in order (ste_varnames). */
    public final List<String> varnames = new ArrayList<>();
    public final List<Scope> children = new ArrayList<>();
    /** global/nonlocal statements: name to (lineno, col, endLineno, endCol). */
    final Map<String, int[]> directives = new LinkedHashMap<>();
    public boolean nested, generator, coroutine, varargs, varkeywords, returnsValue;
    public boolean needsClassClosure, comprehension, childFree, compInlined;
    /** A comprehension's first iterable is evaluated in the enclosing scope. */
    boolean compIterTarget;
    int compIterExpr;
    /** The name under which a class body is mangled (ste_mangled_names / private). */
    String privateName;

    Scope(Type type, String name, Node node, int lineno, int colOffset) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
    }

    /** The flags of {@code name}, 0 if absent. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The resolved scope of {@code name} (LOCAL, GLOBAL_EXPLICIT, ...), 0 if unknown. */
    public int scopeOf(String name) {
        return (flags(name) >> SCOPE_OFFSET) & 7;
    }

    public boolean isFunctionLike() { return type == Type.FUNCTION; }

    @Override
    public String toString() { return type + " " + name + " " + symbols; }
}
