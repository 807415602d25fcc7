package dev.glassbox.compile;

import static dev.glassbox.compile.Scope.*;

import dev.glassbox.parse.SyntaxErrorInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table (CPython 3.11's Python/symtable.c): a first pass over the AST records, per
 * scope, how each name is bound and used; a second pass ({@link #analyze}) resolves each name to
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, marks class scopes that need a
 * {@code __class__} cell, and raises CPython's SyntaxErrors for misplaced global/nonlocal
 * declarations and the like. Comprehensions and generator expressions are function scopes
 * with an implicit parameter {@code .0} (their outermost iterable is evaluated outside).
 */
public final class Symtable {
    private final String filename;
    private final String[] sourceLines;
    private final boolean futureAnnotations;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope top;
    private Map<String, Integer> global;
    private String privateName;
    /** Depth of annotation blocks under {@code from __future__ import annotations}. */
    private int annotationBlock;

    private Symtable(String filename, String source, boolean futureAnnotations) {
        this.filename = filename;
        this.sourceLines = source == null ? null : source.split("\n", -1);
        this.futureAnnotations = futureAnnotations;
    }

    /** Builds the table for a module/expression/interactive tree ({@code _PySymtable_Build}). */
    public static Symtable build(Node mod, String filename, String source, boolean futureAnnotations) {
        Symtable st = new Symtable(filename, source, futureAnnotations);
        st.enterBlock("top", Type.MODULE, mod, 0, 0);
        st.top = st.cur;
        switch (mod.type) {
            case "Module", "Interactive" -> { for (Node s : mod.list("body")) st.visitStmt(s); }
            case "Expression" -> st.visitExpr(mod.node("body"));
            default -> throw new IllegalArgumentException("this compiler does not handle " + mod.type);
        }
        st.exitBlock();
        st.analyze();
        return st;
    }

    /** The scope opened by {@code node} (a module, def, class, lambda or comprehension). */
    public Scope lookup(Node node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalStateException("unknown scope for " + node.type);
        return s;
    }

    public Scope top() { return top; }

    // ---- errors ----

    SyntaxErrorInfo error(String msg, int lineno, int offset, int endLineno, int endOffset) {
        String text = null;
        if (sourceLines != null && lineno >= 1 && lineno <= sourceLines.length) text = sourceLines[lineno - 1] + "\n";
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    private SyntaxErrorInfo errorAt(String msg, Node n) {
        return error(msg, n.lineno, n.colOffset + 1, n.endLineno, n.endColOffset + 1);
    }

    // ---- blocks ----

    private void enterBlock(String name, Type type, Node node, int lineno, int col) {
        Scope ste = new Scope(type, name, node, lineno, col);
        if (cur != null && (cur.nested || cur.type == Type.FUNCTION)) ste.nested = true;
        scopes.put(node, ste);
        Scope prev = cur;
        stack.add(ste);
        if (prev != null) ste.compIterExpr = prev.compIterExpr;
        cur = ste;
        if (type == Type.MODULE) global = ste.symbols;
        if (prev != null) prev.children.add(ste);
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** An annotation block (future annotations): names in it are not recorded anywhere. */
    private void enterAnnotation() {
        annotationBlock++;
        Scope ste = new Scope(Type.FUNCTION, "_annotation", new Node("_annotation"), 0, 0);
        ste.compIterExpr = cur.compIterExpr;
        stack.add(ste);
        cur = ste;
    }

    private void exitAnnotation() {
        annotationBlock--;
        exitBlock();
    }

    // ---- definitions ----

    /** _Py_Mangle: {@code __x} in class {@code C} becomes {@code _C__x}. */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || !ident.startsWith("__")) return ident;
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) return ident;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return ident;
        return "_" + privateName.substring(i) + ident;
    }

    private int lookupIn(Scope ste, String name) { return ste.flags(mangle(privateName, name)); }

    private void addDef(String name, int flag, Node loc) { addDefHelper(name, flag, cur, loc); }

    private void addDefHelper(String name, int flag, Scope ste, Node loc) {
        String mangled = mangle(privateName, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition",
                        loc.lineno, loc.colOffset + 1, loc.endLineno, loc.endColOffset + 1);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        loc.lineno, loc.colOffset + 1, loc.endLineno, loc.endColOffset + 1);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            int g = flag;
            Integer old = global.get(mangled);
            if (old != null) g |= old;
            global.put(mangled, g);
        }
    }

    private void recordDirective(String name, Node s) {
        cur.directives.putIfAbsent(mangle(privateName, name),
                new int[] {s.lineno, s.colOffset, s.endLineno, s.endColOffset});
    }

    // ---- statements ----

    private void visitStmts(List<Node> l) { for (Node s : l) visitStmt(s); }

    private void visitExprs(List<Node> l) { for (Node e : l) if (e != null) visitExpr(e); }

    private void visitStmt(Node s) {
        switch (s.type) {
            case "FunctionDef", "AsyncFunctionDef" -> {
                addDef(s.str("name"), DEF_LOCAL, s);
                Node args = s.node("args");
                visitExprs(args.list("defaults"));
                visitExprs(args.list("kw_defaults"));
                visitAnnotations(s, args, s.node("returns"));
                visitExprs(s.list("decorator_list"));
                enterBlock(s.str("name"), Type.FUNCTION, s, s.lineno, s.colOffset);
                if (s.is("AsyncFunctionDef")) cur.coroutine = true;
                visitArguments(args);
                visitStmts(s.list("body"));
                exitBlock();
            }
            case "ClassDef" -> {
                addDef(s.str("name"), DEF_LOCAL, s);
                visitExprs(s.list("bases"));
                for (Node k : s.list("keywords")) visitExpr(k.node("value"));
                visitExprs(s.list("decorator_list"));
                enterBlock(s.str("name"), Type.CLASS, s, s.lineno, s.colOffset);
                String tmp = privateName;
                privateName = s.str("name");
                visitStmts(s.list("body"));
                privateName = tmp;
                exitBlock();
            }
            case "Return" -> {
                if (s.node("value") != null) {
                    visitExpr(s.node("value"));
                    cur.returnsValue = true;
                }
            }
            case "Delete" -> visitExprs(s.list("targets"));
            case "Assign" -> {
                visitExprs(s.list("targets"));
                visitExpr(s.node("value"));
            }
            case "AnnAssign" -> {
                Node target = s.node("target");
                boolean simple = s.integer("simple") != 0;
                if (target.is("Name")) {
                    String id = target.str("id");
                    int curFlags = lookupIn(cur, id);
                    if ((curFlags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && simple) {
                        throw errorAt(((curFlags & DEF_GLOBAL) != 0 ? "annotated name '" + id + "' can't be global"
                                : "annotated name '" + id + "' can't be nonlocal"), s);
                    }
                    if (simple) {
                        addDef(id, DEF_ANNOT | DEF_LOCAL, target);
                    } else if (s.node("value") != null) {
                        addDef(id, DEF_LOCAL, target);
                    }
                } else {
                    visitExpr(target);
                }
                visitAnnotation(s.node("annotation"));
                if (s.node("value") != null) visitExpr(s.node("value"));
            }
            case "AugAssign" -> {
                visitExpr(s.node("target"));
                visitExpr(s.node("value"));
            }
            case "For", "AsyncFor" -> {
                visitExpr(s.node("target"));
                visitExpr(s.node("iter"));
                visitStmts(s.list("body"));
                visitStmts(s.list("orelse"));
            }
            case "While", "If" -> {
                visitExpr(s.node("test"));
                visitStmts(s.list("body"));
                visitStmts(s.list("orelse"));
            }
            case "Match" -> {
                visitExpr(s.node("subject"));
                for (Node c : s.list("cases")) {
                    visitPattern(c.node("pattern"));
                    if (c.node("guard") != null) visitExpr(c.node("guard"));
                    visitStmts(c.list("body"));
                }
            }
            case "Raise" -> {
                if (s.node("exc") != null) {
                    visitExpr(s.node("exc"));
                    if (s.node("cause") != null) visitExpr(s.node("cause"));
                }
            }
            case "Try", "TryStar" -> {
                visitStmts(s.list("body"));
                visitStmts(s.list("orelse"));
                for (Node h : s.list("handlers")) {
                    if (h.node("type") != null) visitExpr(h.node("type"));
                    if (h.str("name") != null) addDef(h.str("name"), DEF_LOCAL, h);
                    visitStmts(h.list("body"));
                }
                visitStmts(s.list("finalbody"));
            }
            case "Assert" -> {
                visitExpr(s.node("test"));
                if (s.node("msg") != null) visitExpr(s.node("msg"));
            }
            case "Import", "ImportFrom" -> { for (Node a : s.list("names")) visitAlias(a); }
            case "Global", "Nonlocal" -> {
                boolean isGlobal = s.is("Global");
                String kind = isGlobal ? "global" : "nonlocal";
                for (String name : s.names("names")) {
                    int c = lookupIn(cur, name);
                    if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg;
                        if ((c & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                        else if ((c & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                        else if ((c & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                        else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                        throw errorAt(msg, s);
                    }
                    addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
                    recordDirective(name, s);
                }
            }
            case "Expr" -> visitExpr(s.node("value"));
            case "Pass", "Break", "Continue" -> { }
            case "With", "AsyncWith" -> {
                for (Node item : s.list("items")) {
                    visitExpr(item.node("context_expr"));
                    if (item.node("optional_vars") != null) visitExpr(item.node("optional_vars"));
                }
                visitStmts(s.list("body"));
            }
            default -> throw new IllegalArgumentException("symtable: unknown statement " + s.type);
        }
    }

    private void visitAlias(Node a) {
        String name = a.str("asname") != null ? a.str("asname") : a.str("name");
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(store, DEF_IMPORT, a);
        } else if (cur.type != Type.MODULE) {
            throw errorAt("import * only allowed at module level", a);
        }
    }

    private void visitAnnotation(Node annotation) {
        if (futureAnnotations) enterAnnotation();
        visitExpr(annotation);
        if (futureAnnotations) exitAnnotation();
    }

    private void visitAnnotations(Node s, Node a, Node returns) {
        if (futureAnnotations) enterAnnotation();
        for (Node arg : a.list("posonlyargs")) if (arg.node("annotation") != null) visitExpr(arg.node("annotation"));
        for (Node arg : a.list("args")) if (arg.node("annotation") != null) visitExpr(arg.node("annotation"));
        if (a.node("vararg") != null && a.node("vararg").node("annotation") != null) visitExpr(a.node("vararg").node("annotation"));
        if (a.node("kwarg") != null && a.node("kwarg").node("annotation") != null) visitExpr(a.node("kwarg").node("annotation"));
        for (Node arg : a.list("kwonlyargs")) if (arg.node("annotation") != null) visitExpr(arg.node("annotation"));
        if (futureAnnotations) exitAnnotation();
        if (returns != null) visitAnnotation(returns);
    }

    private void visitArguments(Node a) {
        for (Node arg : a.list("posonlyargs")) addDef(arg.str("arg"), DEF_PARAM, arg);
        for (Node arg : a.list("args")) addDef(arg.str("arg"), DEF_PARAM, arg);
        for (Node arg : a.list("kwonlyargs")) addDef(arg.str("arg"), DEF_PARAM, arg);
        if (a.node("vararg") != null) {
            addDef(a.node("vararg").str("arg"), DEF_PARAM, a.node("vararg"));
            cur.varargs = true;
        }
        if (a.node("kwarg") != null) {
            addDef(a.node("kwarg").str("arg"), DEF_PARAM, a.node("kwarg"));
            cur.varkeywords = true;
        }
    }

    // ---- expressions ----

    private void raiseIfAnnotationBlock(String what, Node e) {
        if (annotationBlock > 0 && cur.node.is("_annotation")) {
            throw errorAt("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void visitExpr(Node e) {
        switch (e.type) {
            case "NamedExpr" -> {
                raiseIfAnnotationBlock("named expression", e);
                handleNamedExpr(e);
            }
            case "BoolOp" -> visitExprs(e.list("values"));
            case "BinOp" -> {
                visitExpr(e.node("left"));
                visitExpr(e.node("right"));
            }
            case "UnaryOp" -> visitExpr(e.node("operand"));
            case "Lambda" -> {
                Node args = e.node("args");
                visitExprs(args.list("defaults"));
                visitExprs(args.list("kw_defaults"));
                enterBlock("lambda", Type.FUNCTION, e, e.lineno, e.colOffset);
                visitArguments(args);
                visitExpr(e.node("body"));
                exitBlock();
            }
            case "IfExp" -> {
                visitExpr(e.node("test"));
                visitExpr(e.node("body"));
                visitExpr(e.node("orelse"));
            }
            case "Dict" -> {
                visitExprs(e.list("keys"));
                visitExprs(e.list("values"));
            }
            case "Set" -> visitExprs(e.list("elts"));
            case "GeneratorExp" -> handleComprehension(e, "genexpr", e.node("elt"), null);
            case "ListComp" -> handleComprehension(e, "listcomp", e.node("elt"), null);
            case "SetComp" -> handleComprehension(e, "setcomp", e.node("elt"), null);
            case "DictComp" -> handleComprehension(e, "dictcomp", e.node("key"), e.node("value"));
            case "Yield", "YieldFrom" -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (e.node("value") != null) visitExpr(e.node("value"));
                cur.generator = true;
                if (cur.comprehension) {
                    String kind = cur.name;
                    String msg = switch (kind) {
                        case "listcomp" -> "'yield' inside list comprehension";
                        case "setcomp" -> "'yield' inside set comprehension";
                        case "dictcomp" -> "'yield' inside dict comprehension";
                        default -> "'yield' inside generator expression";
                    };
                    throw errorAt(msg, e);
                }
            }
            case "Await" -> {
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(e.node("value"));
                cur.coroutine = true;
            }
            case "Compare" -> {
                visitExpr(e.node("left"));
                visitExprs(e.list("comparators"));
            }
            case "Call" -> {
                visitExpr(e.node("func"));
                visitExprs(e.list("args"));
                for (Node k : e.list("keywords")) visitExpr(k.node("value"));
            }
            case "FormattedValue" -> {
                visitExpr(e.node("value"));
                if (e.node("format_spec") != null) visitExpr(e.node("format_spec"));
            }
            case "JoinedStr" -> visitExprs(e.list("values"));
            case "Constant" -> { }
            case "Attribute" -> visitExpr(e.node("value"));
            case "Subscript" -> {
                visitExpr(e.node("value"));
                visitExpr(e.node("slice"));
            }
            case "Starred" -> visitExpr(e.node("value"));
            case "Slice" -> {
                if (e.node("lower") != null) visitExpr(e.node("lower"));
                if (e.node("upper") != null) visitExpr(e.node("upper"));
                if (e.node("step") != null) visitExpr(e.node("step"));
            }
            case "Name" -> {
                boolean load = "Load".equals(e.op("ctx"));
                addDef(e.str("id"), load ? USE : DEF_LOCAL, e);
                // super() counts as a use of __class__.
                if (load && cur.type == Type.FUNCTION && e.str("id").equals("super")) addDef("__class__", USE, e);
            }
            case "List", "Tuple" -> visitExprs(e.list("elts"));
            default -> throw new IllegalArgumentException("symtable: unknown expression " + e.type);
        }
    }

    private void handleNamedExpr(Node e) {
        if (cur.compIterExpr > 0) {
            throw errorAt("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension) extendNamedExprScope(e.node("target"));
        visitExpr(e.node("value"));
        visitExpr(e.node("target"));
    }

    private void extendNamedExprScope(Node target) {
        String name = target.str("id");
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension) {
                if ((lookupIn(ste, name) & DEF_COMP_ITER) != 0) {
                    throw errorAt("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                }
                continue;
            }
            if (ste.type == Type.FUNCTION) {
                if ((lookupIn(ste, name) & DEF_GLOBAL) != 0) addDef(name, DEF_GLOBAL, target);
                else addDef(name, DEF_NONLOCAL, target);
                recordDirective(name, target);
                addDefHelper(name, DEF_LOCAL, ste, target);
                return;
            }
            if (ste.type == Type.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                recordDirective(name, target);
                addDefHelper(name, DEF_GLOBAL, ste, target);
                return;
            }
            if (ste.type == Type.CLASS) {
                throw errorAt("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void handleComprehension(Node e, String scopeName, Node elt, Node value) {
        boolean isGenerator = e.is("GeneratorExp");
        List<Node> generators = e.list("generators");
        Node outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.node("iter"));
        cur.compIterExpr--;
        enterBlock(scopeName, Type.FUNCTION, e, e.lineno, e.colOffset);
        cur.comprehension = true;
        if (outermost.integer("is_async") != 0) cur.coroutine = true;
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = true;
        visitExpr(outermost.node("target"));
        cur.compIterTarget = false;
        visitExprs(outermost.list("ifs"));
        for (int i = 1; i < generators.size(); i++) {
            Node lc = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(lc.node("target"));
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(lc.node("iter"));
            cur.compIterExpr--;
            visitExprs(lc.list("ifs"));
            if (lc.integer("is_async") != 0) cur.coroutine = true;
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) cur.coroutine = true;
    }

    // ---- patterns ----

    private void visitPattern(Node p) {
        switch (p.type) {
            case "MatchValue" -> visitExpr(p.node("value"));
            case "MatchSingleton" -> { }
            case "MatchSequence" -> { for (Node q : p.list("patterns")) visitPattern(q); }
            case "MatchStar" -> { if (p.str("name") != null) addDef(p.str("name"), DEF_LOCAL, p); }
            case "MatchMapping" -> {
                visitExprs(p.list("keys"));
                for (Node q : p.list("patterns")) visitPattern(q);
                if (p.str("rest") != null) addDef(p.str("rest"), DEF_LOCAL, p);
            }
            case "MatchClass" -> {
                visitExpr(p.node("cls"));
                for (Node q : p.list("patterns")) visitPattern(q);
                for (Node q : p.list("kwd_patterns")) visitPattern(q);
            }
            case "MatchAs" -> {
                if (p.node("pattern") != null) visitPattern(p.node("pattern"));
                if (p.str("name") != null) addDef(p.str("name"), DEF_LOCAL, p);
            }
            case "MatchOr" -> { for (Node q : p.list("patterns")) visitPattern(q); }
            default -> throw new IllegalArgumentException("symtable: unknown pattern " + p.type);
        }
    }

    // ---- analysis ----

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private SyntaxErrorInfo errorAtDirective(Scope ste, String name, String msg) {
        int[] d = ste.directives.get(name);
        return error(msg, d[0], d[1] + 1, d[2], d[3] + 1);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopesOut, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopesOut.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            scopesOut.put(name, FREE);
            freeFlag(ste);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopesOut.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopesOut.put(name, FREE);
            freeFlag(ste);
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopesOut.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) freeFlag(ste);
        scopesOut.put(name, GLOBAL_IMPLICIT);
    }

    /** ste_free: the scope has free variables. */
    private final Set<Scope> hasFree = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private void freeFlag(Scope ste) { hasFree.add(ste); }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopesOut = new java.util.LinkedHashMap<>();
        Set<String> newglobal = new HashSet<>(), newfree = new HashSet<>(), newbound = new HashSet<>();
        if (ste.type == Type.CLASS) {
            newglobal.addAll(global);
            if (bound != null) newbound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopesOut, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type != Type.CLASS) {
            if (ste.type == Type.FUNCTION) newbound.addAll(local);
            if (bound != null) newbound.addAll(bound);
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> tempFree = new HashSet<>(newfree);
            analyzeBlock(child, new HashSet<>(newbound), tempFree, new HashSet<>(newglobal));
            allfree.addAll(tempFree);
            if (hasFree.contains(child) || child.childFree) ste.childFree = true;
        }
        newfree.addAll(allfree);
        if (ste.type == Type.FUNCTION) {
            for (Map.Entry<String, Integer> e : scopesOut.entrySet()) {
                if (e.getValue() == LOCAL && newfree.contains(e.getKey())) {
                    e.setValue(CELL);
                    newfree.remove(e.getKey());
                }
            }
        } else if (ste.type == Type.CLASS) {
            if (newfree.remove("__class__")) ste.needsClassClosure = true;
        }
        updateSymbols(ste.symbols, scopesOut, bound, newfree, ste.type == Type.CLASS);
        free.addAll(newfree);
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopesOut,
                                      Set<String> bound, Set<String> free, boolean classflag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            e.setValue(e.getValue() | (scopesOut.get(e.getKey()) << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classflag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
