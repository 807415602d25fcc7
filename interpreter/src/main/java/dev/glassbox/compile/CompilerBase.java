package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.parse.SyntaxErrorInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiler state shared by the code generator's parts (compile.c {@code struct compiler}):
 * the stack of units being compiled, the current source location, instruction emission
 * (ADDOP*, with the current location or none), name resolution ({@code compiler_nameop}),
 * scope entry/exit and closures ({@code compiler_make_closure}).
 */
abstract class CompilerBase {
    static final int STACK_USE_GUIDELINE = 30;

    /** compile.c scope types (COMPILER_SCOPE_*). */
    static final int SCOPE_MODULE = 0, SCOPE_CLASS = 1, SCOPE_FUNCTION = 2, SCOPE_ASYNC_FUNCTION = 3,
            SCOPE_LAMBDA = 4, SCOPE_COMPREHENSION = 5;

    final String filename;
    final String[] sourceLines;
    final Symtable symtable;
    final int features;
    final int optimize;
    boolean interactive;
    WarningSink warnings = WarningSink.IGNORE;
    /** The module's identifiers (interned by the parser in CPython). */
    java.util.Set<String> identifiers = java.util.Set.of();
    int futureLineno = -1;
    final List<Unit> stack = new ArrayList<>();
    Unit u;

    CompilerBase(String filename, String source, Symtable symtable, int features, int optimize) {
        this.filename = filename;
        this.sourceLines = source == null ? null : source.split("\n", -1);
        this.symtable = symtable;
        this.features = features;
        this.optimize = optimize;
    }

    abstract void visitStmt(Node s);

    abstract void visitExpr(Node e);

    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: {@code await} and async statements allowed at module level. */
    static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** IS_TOP_LEVEL_AWAIT: the flag is set and we are compiling the module body. */
    boolean isTopLevelAwait() {
        return (features & PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && u.scope.type == Scope.Type.MODULE;
    }

    boolean futureAnnotations() { return (features & CodeUnit.CO_FUTURE_ANNOTATIONS) != 0; }

    // ---- errors ----

    SyntaxErrorInfo error(String msg) {
        String text = null;
        if (sourceLines != null && u.lineno >= 1 && u.lineno <= sourceLines.length) text = sourceLines[u.lineno - 1] + "\n";
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, u.lineno, u.colOffset + 1,
                u.endLineno, u.endColOffset + 1, text);
    }

    /** compiler_warn: a SyntaxWarning at the current line (an error if the sink says so). */
    void warn(String msg) {
        if (warnings.warn(msg, filename, u.lineno)) throw error(msg);
    }

    // ---- locations ----

    void setLoc(Node n) {
        u.lineno = n.lineno;
        u.colOffset = n.colOffset;
        u.endLineno = n.endLineno;
        u.endColOffset = n.endColOffset;
    }

    void unsetLoc() {
        u.lineno = -1;
        u.colOffset = -1;
        u.endLineno = -1;
        u.endColOffset = -1;
    }

    int[] saveLoc() { return new int[] {u.lineno, u.endLineno, u.colOffset, u.endColOffset}; }

    void restoreLoc(int[] l) {
        u.lineno = l[0];
        u.endLineno = l[1];
        u.colOffset = l[2];
        u.endColOffset = l[3];
    }

    // ---- emission ----

    void addop(int op) { u.cfg.add(op, 0, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset); }

    void addopI(int op, int arg) { u.cfg.add(op, arg, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset); }

    void addopNoline(int op) { u.cfg.add(op, 0, null, -1, 0, 0, 0); }

    void addopINoline(int op, int arg) { u.cfg.add(op, arg, null, -1, 0, 0, 0); }

    void addopJump(int op, Block target) { u.cfg.add(op, 0, target, u.lineno, u.endLineno, u.colOffset, u.endColOffset); }

    void addopJumpNoline(int op, Block target) { u.cfg.add(op, 0, target, -1, 0, 0, 0); }

    int addConst(Object v) { return u.consts.indexOrAppend(mergeConst(v)); }

    /**
     * merge_consts_recursive: containers are rebuilt from their merged items. For a frozenset
     * this means a second insertion pass in the first one's iteration order, which can
     * reorder it, exactly as CPython does.
     */
    static Object mergeConst(Object v) {
        if (v instanceof ConstValue.Tuple t) {
            List<Object> items = new ArrayList<>();
            for (Object o : t.items()) items.add(mergeConst(o));
            return new ConstValue.Tuple(items);
        }
        if (v instanceof ConstValue.FrozenSet f && !f.items().isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (Object o : f.items()) items.add(mergeConst(o));
            return SetOrder.frozenset(items);
        }
        return v;
    }

    void loadConst(Object v) { addopI(LOAD_CONST, addConst(v)); }

    /** ADDOP_NAME: the name is mangled first. */
    void addopName(int op, String name) { addopI(op, Unit.addName(u.names, Symtable.mangle(u.privateName, name))); }

    /** ADDOP_N with the names table (no mangling). */
    void addopN(int op, String name) { addopI(op, Unit.addName(u.names, name)); }

    Block newBlock() { return u.cfg.newBlock(); }

    void useNextBlock(Block b) { u.cfg.useNextBlock(b); }

    // ---- frame blocks ----

    void pushFBlock(FBlock.Kind kind, Block b, Block exit, Object datum) {
        if (u.fblocks.size() >= 20) throw error("too many statically nested blocks");
        u.fblocks.add(new FBlock(kind, b, exit, datum));
    }

    void popFBlock() { u.fblocks.remove(u.fblocks.size() - 1); }

    // ---- scopes ----

    /** compiler_enter_scope: a new unit for the scope of {@code key}; emits RESUME. */
    void enterScope(String name, int scopeType, Node key, int lineno) {
        Scope ste = symtable.lookup(key);
        Unit nu = new Unit(ste, name, lineno);
        nu.scopeType = scopeType;
        for (String v : ste.varnames) Unit.addName(nu.varnames, v);
        List<String> sorted = new ArrayList<>(ste.symbols.keySet());
        sorted.sort(null);
        for (String s : sorted) if (ste.scopeOf(s) == Scope.CELL) Unit.addName(nu.cellvars, s);
        if (ste.needsClassClosure) nu.cellvars.put("__class__", 0);
        int off = nu.cellvars.size();
        for (String s : sorted) {
            if (ste.scopeOf(s) == Scope.FREE || (ste.flags(s) & Scope.DEF_FREE_CLASS) != 0) nu.freevars.put(s, off++);
        }
        nu.lineno = lineno;
        nu.colOffset = 0;
        nu.endLineno = lineno;
        nu.endColOffset = 0;
        if (u != null) {
            stack.add(u);
            nu.privateName = u.privateName;
        }
        u = nu;
        if (scopeType == SCOPE_MODULE) {
            u.lineno = 0;
        } else {
            setQualname();
        }
        addopI(RESUME, 0);
        if (scopeType == SCOPE_MODULE) u.lineno = -1;
    }

    void exitScope() {
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            Unit parent = stack.get(stack.size() - 1);
            boolean forceGlobal = false;
            if (u.scopeType == SCOPE_FUNCTION || u.scopeType == SCOPE_ASYNC_FUNCTION || u.scopeType == SCOPE_CLASS) {
                String mangled = Symtable.mangle(parent.privateName, u.name);
                if (parent.scope.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) forceGlobal = true;
            }
            if (!forceGlobal) {
                if (parent.scopeType == SCOPE_FUNCTION || parent.scopeType == SCOPE_ASYNC_FUNCTION
                        || parent.scopeType == SCOPE_LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    CodeUnit assemble(boolean addNone) {
        return Assembler.assemble(u, addNone, filename, features, identifiers);
    }

    // ---- names ----

    int refType(String name) {
        if (u.scopeType == SCOPE_CLASS && name.equals("__class__")) return Scope.CELL;
        int scope = u.scope.scopeOf(name);
        if (scope == 0) throw new IllegalStateException("unknown scope for name " + name + " in " + u.name);
        return scope;
    }

    /** compiler_make_closure: LOAD_CLOSUREs, BUILD_TUPLE, LOAD_CONST code, MAKE_FUNCTION. */
    void makeClosure(CodeUnit co, int flags) {
        String[] frees = co.freevars();
        if (frees.length > 0) {
            for (String name : frees) {
                int reftype = refType(name);
                Integer arg = reftype == Scope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) throw new IllegalStateException("compiler_lookup_arg(name=" + name + ") failed in " + u.name);
                addopI(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            addopI(BUILD_TUPLE, frees.length);
        }
        loadConst(co);
        addopI(MAKE_FUNCTION, flags);
    }

    boolean forbiddenName(String name, String ctx) {
        if (ctx.equals("Store") && name.equals("__debug__")) throw error("cannot assign to __debug__");
        if (ctx.equals("Del") && name.equals("__debug__")) throw error("cannot delete __debug__");
        return false;
    }

    /** compiler_nameop: LOAD/STORE/DELETE of a name, by its resolved scope. */
    void nameop(String name, String ctx) {
        forbiddenName(name, ctx);
        String mangled = Symtable.mangle(u.privateName, name);
        Map<String, Integer> dict = u.names;
        int optype = 3;  // 0 FAST, 1 GLOBAL, 2 DEREF, 3 NAME
        int scope = u.scope.scopeOf(mangled);
        boolean fn = u.scope.type == Scope.Type.FUNCTION;
        switch (scope) {
            case Scope.FREE -> { dict = u.freevars; optype = 2; }
            case Scope.CELL -> { dict = u.cellvars; optype = 2; }
            case Scope.LOCAL -> { if (fn) optype = 0; }
            case Scope.GLOBAL_IMPLICIT -> { if (fn) optype = 1; }
            case Scope.GLOBAL_EXPLICIT -> optype = 1;
            default -> { }
        }
        int op;
        switch (optype) {
            case 2 -> op = switch (ctx) {
                case "Load" -> u.scope.type == Scope.Type.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                case "Store" -> STORE_DEREF;
                default -> DELETE_DEREF;
            };
            case 0 -> {
                op = switch (ctx) {
                    case "Load" -> LOAD_FAST;
                    case "Store" -> STORE_FAST;
                    default -> DELETE_FAST;
                };
                addopI(op, Unit.addName(u.varnames, mangled));
                return;
            }
            case 1 -> op = switch (ctx) {
                case "Load" -> LOAD_GLOBAL;
                case "Store" -> STORE_GLOBAL;
                default -> DELETE_GLOBAL;
            };
            default -> op = switch (ctx) {
                case "Load" -> LOAD_NAME;
                case "Store" -> STORE_NAME;
                default -> DELETE_NAME;
            };
        }
        int arg;
        if (optype == 2) {
            Integer a = dict.get(mangled);
            arg = a != null ? a : Unit.addName(dict, mangled);
        } else {
            arg = Unit.addName(dict, mangled);
        }
        if (op == LOAD_GLOBAL) arg <<= 1;
        addopI(op, arg);
    }

    static Object none() { return ConstValue.Singleton.NONE; }
}
