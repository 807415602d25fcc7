package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Code generation for statements (compile.c {@code compiler_visit_stmt} and helpers): function
 * and class definitions, assignments, loops, if, try/except/finally (with the pseudo
 * SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH and POP_BLOCK instructions the assembler turns into the exception table), with,
 * return/break/continue unwinding through the frame-block stack, imports, assert and
 * annotations.
 */
abstract class StmtCompiler extends ExprCompiler {
    StmtCompiler(String filename, String source, Symtable symtable, int features, int optimize) {
        super(filename, source, symtable, features, optimize);
    }

    abstract void match(Node s);

    abstract void tryStar(Node s);

    void visitStmts(List<Node> l) { for (Node s : l) visitStmt(s); }

    /** The docstring of a body (_PyAST_GetDocString), or null. */
    static String docString(List<Node> body) {
        if (body.isEmpty() || !body.get(0).is("Expr")) return null;
        Node e = body.get(0).node("value");
        return e.is("Constant") && e.get("value") instanceof String s ? s : null;
    }

    /** find_ann: does the body contain a variable annotation (at any nesting but functions/classes)? */
    static boolean findAnn(List<Node> stmts) {
        for (Node st : stmts) {
            boolean res = switch (st.type) {
                case "AnnAssign" -> true;
                case "For", "AsyncFor", "While", "If" -> findAnn(st.list("body")) || findAnn(st.list("orelse"));
                case "With", "AsyncWith" -> findAnn(st.list("body"));
                case "Try", "TryStar" -> {
                    for (Node h : st.list("handlers")) if (findAnn(h.list("body"))) yield true;
                    yield findAnn(st.list("body")) || findAnn(st.list("finalbody")) || findAnn(st.list("orelse"));
                }
                case "Match" -> {
                    for (Node c : st.list("cases")) if (findAnn(c.list("body"))) yield true;
                    yield false;
                }
                default -> false;
            };
            if (res) return true;
        }
        return false;
    }

    /** compiler_body: SETUP_ANNOTATIONS, the docstring as __doc__, then the statements. */
    void body(List<Node> stmts) {
        int i = 0;
        if (u.scopeType == SCOPE_MODULE && !stmts.isEmpty()) setLoc(stmts.get(0));
        if (findAnn(stmts)) addop(SETUP_ANNOTATIONS);
        if (stmts.isEmpty()) return;
        if (optimize < 2 && docString(stmts) != null) {
            i = 1;
            visitExpr(stmts.get(0).node("value"));
            unsetLoc();
            nameop("__doc__", "Store");
        }
        for (; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    @Override
    void visitStmt(Node s) {
        setLoc(s);
        switch (s.type) {
            case "FunctionDef" -> function(s, false);
            case "AsyncFunctionDef" -> function(s, true);
            case "ClassDef" -> classDef(s);
            case "Return" -> returnStmt(s);
            case "Delete" -> visitExprs(s.list("targets"));
            case "Assign" -> {
                List<Node> targets = s.list("targets");
                visitExpr(s.node("value"));
                for (int i = 0; i < targets.size(); i++) {
                    if (i < targets.size() - 1) addopI(COPY, 1);
                    visitExpr(targets.get(i));
                }
            }
            case "AugAssign" -> augAssign(s);
            case "AnnAssign" -> annAssign(s);
            case "For" -> forStmt(s);
            case "While" -> whileStmt(s);
            case "If" -> ifStmt(s);
            case "Match" -> match(s);
            case "Raise" -> {
                int n = 0;
                if (s.node("exc") != null) {
                    visitExpr(s.node("exc"));
                    n++;
                    if (s.node("cause") != null) {
                        visitExpr(s.node("cause"));
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n);
            }
            case "Try" -> {
                if (!s.list("finalbody").isEmpty()) tryFinally(s);
                else tryExcept(s);
            }
            case "TryStar" -> tryStar(s);
            case "Assert" -> assertStmt(s);
            case "Import" -> importStmt(s);
            case "ImportFrom" -> fromImport(s);
            case "Global", "Nonlocal" -> { }
            case "Expr" -> exprStmt(s.node("value"));
            case "Pass" -> addop(NOP);
            case "Break" -> breakStmt();
            case "Continue" -> continueStmt();
            case "With" -> with(s, 0);
            case "AsyncWith" -> asyncWith(s, 0);
            case "AsyncFor" -> asyncFor(s);
            default -> throw new IllegalArgumentException("compile: unknown statement " + s.type);
        }
    }

    private void exprStmt(Node value) {
        if (interactive && stack.size() <= 0) {
            visitExpr(value);
            addop(PRINT_EXPR);
            return;
        }
        if (value.is("Constant")) {
            addop(NOP);
            return;
        }
        visitExpr(value);
        unsetLoc();
        addop(POP_TOP);
    }

    // ---- definitions ----

    private void decorators(List<Node> decos) { visitExprs(decos); }

    private void applyDecorators(List<Node> decos) {
        int[] old = saveLoc();
        for (int i = decos.size() - 1; i >= 0; i--) {
            setLoc(decos.get(i));
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        restoreLoc(old);
    }

    private boolean argAnnotation(String id, Node annotation, int[] len) {
        if (annotation == null) return true;
        loadConst(Symtable.mangle(u.privateName, id));
        if (futureAnnotations()) {
            loadConst(Unparser.unparse(annotation));
        } else if (annotation.is("Starred")) {
            visitExpr(annotation.node("value"));
            addopI(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        len[0] += 2;
        return true;
    }

    /** compiler_visit_annotations: returns true if an annotations tuple was pushed. */
    private boolean annotations(Node args, Node returns) {
        int[] len = {0};
        for (Node a : args.list("args")) argAnnotation(a.str("arg"), a.node("annotation"), len);
        for (Node a : args.list("posonlyargs")) argAnnotation(a.str("arg"), a.node("annotation"), len);
        Node va = args.node("vararg");
        if (va != null && va.node("annotation") != null) argAnnotation(va.str("arg"), va.node("annotation"), len);
        for (Node a : args.list("kwonlyargs")) argAnnotation(a.str("arg"), a.node("annotation"), len);
        Node kw = args.node("kwarg");
        if (kw != null && kw.node("annotation") != null) argAnnotation(kw.str("arg"), kw.node("annotation"), len);
        argAnnotation("return", returns, len);
        if (len[0] > 0) {
            addopI(BUILD_TUPLE, len[0]);
            return true;
        }
        return false;
    }

    private void function(Node s, boolean isAsync) {
        Node args = s.node("args");
        List<Node> decos = s.list("decorator_list");
        List<Node> body = s.list("body");
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) firstlineno = decos.get(0).lineno;
        int funcflags = defaultArguments(args);
        if (annotations(args, s.node("returns"))) funcflags |= 0x04;
        enterScope(s.str("name"), isAsync ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s, firstlineno);
        String doc = optimize < 2 ? docString(body) : null;
        addConst(doc != null ? doc : none());
        u.argcount = args.list("args").size();
        u.posonlyargcount = args.list("posonlyargs").size();
        u.kwonlyargcount = args.list("kwonlyargs").size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) visitStmt(body.get(i));
        CodeUnit co = assemble(true);
        exitScope();
        makeClosure(co, funcflags);
        applyDecorators(decos);
        nameop(s.str("name"), "Store");
    }

    private void classDef(Node s) {
        List<Node> decos = s.list("decorator_list");
        decorators(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) firstlineno = decos.get(0).lineno;
        enterScope(s.str("name"), SCOPE_CLASS, s, firstlineno);
        u.privateName = s.str("name");
        nameop("__name__", "Load");
        nameop("__module__", "Store");
        loadConst(u.qualname);
        nameop("__qualname__", "Store");
        body(s.list("body"));
        unsetLoc();
        if (u.scope.needsClassClosure) {
            addopI(LOAD_CLOSURE, u.cellvars.get("__class__"));
            addopI(COPY, 1);
            nameop("__classcell__", "Store");
        } else {
            loadConst(none());
        }
        addop(RETURN_VALUE);
        CodeUnit co = assemble(true);
        exitScope();
        addop(PUSH_NULL);
        addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(s.str("name"));
        callHelper(2, s.list("bases"), s.list("keywords"));
        applyDecorators(decos);
        nameop(s.str("name"), "Store");
    }

    // ---- assignment forms ----

    private void augAssign(Node s) {
        Node e = s.node("target");
        int[] old = saveLoc();
        setLoc(e);
        switch (e.type) {
            case "Attribute" -> {
                visitExpr(e.node("value"));
                addopI(COPY, 1);
                updateStartLocationToMatchAttr(e);
                addopName(LOAD_ATTR, e.str("attr"));
            }
            case "Subscript" -> {
                visitExpr(e.node("value"));
                visitExpr(e.node("slice"));
                addopI(COPY, 2);
                addopI(COPY, 2);
                addop(BINARY_SUBSCR);
            }
            case "Name" -> nameop(e.str("id"), "Load");
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        restoreLoc(old);
        visitExpr(s.node("value"));
        addopI(BINARY_OP, binop(s.op("op"), true));
        setLoc(e);
        switch (e.type) {
            case "Attribute" -> {
                updateStartLocationToMatchAttr(e);
                addopI(SWAP, 2);
                addopName(STORE_ATTR, e.str("attr"));
            }
            case "Subscript" -> {
                addopI(SWAP, 3);
                addopI(SWAP, 2);
                addop(STORE_SUBSCR);
            }
            default -> nameop(e.str("id"), "Store");
        }
    }

    private void checkAnnExpr(Node e) {
        visitExpr(e);
        addop(POP_TOP);
    }

    private void checkAnnSubscr(Node e) {
        switch (e.type) {
            case "Slice" -> {
                if (e.node("lower") != null) checkAnnExpr(e.node("lower"));
                if (e.node("upper") != null) checkAnnExpr(e.node("upper"));
                if (e.node("step") != null) checkAnnExpr(e.node("step"));
            }
            case "Tuple" -> { for (Node x : e.list("elts")) checkAnnSubscr(x); }
            default -> checkAnnExpr(e);
        }
    }

    private void annAssign(Node s) {
        Node targ = s.node("target");
        boolean simple = s.integer("simple") != 0;
        if (s.node("value") != null) {
            visitExpr(s.node("value"));
            visitExpr(targ);
        }
        switch (targ.type) {
            case "Name" -> {
                forbiddenName(targ.str("id"), "Store");
                if (simple && (u.scopeType == SCOPE_MODULE || u.scopeType == SCOPE_CLASS)) {
                    if (futureAnnotations()) loadConst(Unparser.unparse(s.node("annotation")));
                    else visitExpr(s.node("annotation"));
                    addopName(LOAD_NAME, "__annotations__");
                    loadConst(Symtable.mangle(u.privateName, targ.str("id")));
                    addop(STORE_SUBSCR);
                }
            }
            case "Attribute" -> {
                forbiddenName(targ.str("attr"), "Store");
                if (s.node("value") == null) checkAnnExpr(targ.node("value"));
            }
            case "Subscript" -> {
                if (s.node("value") == null) {
                    checkAnnExpr(targ.node("value"));
                    checkAnnSubscr(targ.node("slice"));
                }
            }
            default -> throw new IllegalStateException("invalid node type for annotated assignment");
        }
        if (!simple && !futureAnnotations() && (u.scopeType == SCOPE_MODULE || u.scopeType == SCOPE_CLASS)) {
            checkAnnExpr(s.node("annotation"));
        }
    }

    // ---- control flow ----

    private void ifStmt(Node s) {
        Block end = newBlock();
        Block next = s.list("orelse").isEmpty() ? end : newBlock();
        jumpIf(s.node("test"), next, false);
        visitStmts(s.list("body"));
        if (!s.list("orelse").isEmpty()) {
            addopJumpNoline(JUMP, end);
            useNextBlock(next);
            visitStmts(s.list("orelse"));
        }
        useNextBlock(end);
    }

    private void forStmt(Node s) {
        Block start = newBlock(), body = newBlock(), cleanup = newBlock(), end = newBlock();
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null);
        visitExpr(s.node("iter"));
        addop(GET_ITER);
        useNextBlock(start);
        addopJump(FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.node("target"));
        visitStmts(s.list("body"));
        unsetLoc();
        addopJump(JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        visitStmts(s.list("orelse"));
        useNextBlock(end);
    }

    private void asyncFor(Node s) {
        if (isTopLevelAwait()) u.scope.coroutine = true;
        else if (u.scopeType != SCOPE_ASYNC_FUNCTION) throw error("'async for' outside async function");
        Block start = newBlock(), except = newBlock(), end = newBlock();
        visitExpr(s.node("iter"));
        addop(GET_AITER);
        useNextBlock(start);
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null);
        addopJump(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(none());
        addYieldFrom(true);
        addop(POP_BLOCK);
        visitExpr(s.node("target"));
        visitStmts(s.list("body"));
        unsetLoc();
        addopJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        setLoc(s.node("iter"));
        addop(END_ASYNC_FOR);
        visitStmts(s.list("orelse"));
        useNextBlock(end);
    }

    private void whileStmt(Node s) {
        Block loop = newBlock(), body = newBlock(), anchor = newBlock(), end = newBlock();
        useNextBlock(loop);
        pushFBlock(FBlock.Kind.WHILE_LOOP, loop, end, null);
        jumpIf(s.node("test"), anchor, false);
        useNextBlock(body);
        visitStmts(s.list("body"));
        setLoc(s);
        jumpIf(s.node("test"), body, true);
        popFBlock();
        useNextBlock(anchor);
        visitStmts(s.list("orelse"));
        useNextBlock(end);
    }

    private void returnStmt(Node s) {
        Node value = s.node("value");
        boolean preserveTos = value != null && !value.is("Constant");
        if (u.scope.type != Scope.Type.FUNCTION) throw error("'return' outside function");
        if (value != null && u.scope.coroutine && u.scope.generator) throw error("'return' with value in async generator");
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            setLoc(value);
            addop(NOP);
        }
        if (value == null || value.lineno != s.lineno) {
            setLoc(s);
            addop(NOP);
        }
        unwindFBlockStack(preserveTos, null);
        if (value == null) loadConst(none());
        else if (!preserveTos) loadConst(value.get("value"));
        addop(RETURN_VALUE);
    }

    private void breakStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        FBlock[] loop = new FBlock[1];
        unwindFBlockStack(false, loop);
        if (loop[0] == null) {
            restoreLoc(loc);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop[0], false);
        addopJump(JUMP, loop[0].exit);
    }

    private void continueStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        FBlock[] loop = new FBlock[1];
        unwindFBlockStack(false, loop);
        if (loop[0] == null) {
            restoreLoc(loc);
            throw error("'continue' not properly in loop");
        }
        addopJump(JUMP, loop[0].block);
    }

    void callExitWithNones() {
        loadConst(none());
        loadConst(none());
        loadConst(none());
        addopI(PRECALL, 2);
        addopI(CALL, 2);
    }

    void popExceptAndReraise() {
        addopI(COPY, 3);
        addop(POP_EXCEPT);
        addopI(RERAISE, 1);
    }

    /** compiler_unwind_fblock: the code that leaving {@code info} early needs. */
    void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.kind) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK);
            case FINALLY_TRY -> {
                addop(POP_BLOCK);
                if (preserveTos) pushFBlock(FBlock.Kind.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked")
                List<Node> fin = (List<Node>) info.datum;
                visitStmts(fin);
                if (preserveTos) popFBlock();
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((Node) info.datum);
                addop(POP_BLOCK);
                if (preserveTos) addopI(SWAP, 2);
                callExitWithNones();
                if (info.kind == FBlock.Kind.ASYNC_WITH) {
                    addopI(GET_AWAITABLE, 2);
                    loadConst(none());
                    addYieldFrom(true);
                }
                addop(POP_TOP);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum != null) addop(POP_BLOCK);
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(none());
                    nameop((String) info.datum, "Store");
                    nameop((String) info.datum, "Del");
                }
            }
            case POP_VALUE -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
            }
        }
    }

    /** Unwinds the whole frame-block stack, or up to the innermost loop if {@code loop} is given. */
    void unwindFBlockStack(boolean preserveTos, FBlock[] loop) {
        if (u.fblocks.isEmpty()) return;
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.kind == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (loop != null && (top.kind == FBlock.Kind.WHILE_LOOP || top.kind == FBlock.Kind.FOR_LOOP)) {
            loop[0] = top;
            return;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        unwindFBlock(top, preserveTos);
        unwindFBlockStack(preserveTos, loop);
        u.fblocks.add(top);
    }

    // ---- try ----

    void tryFinally(Node s) {
        Block body = newBlock(), end = newBlock(), exit = newBlock(), cleanup = newBlock();
        addopJump(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFBlock(FBlock.Kind.FINALLY_TRY, body, end, s.list("finalbody"));
        if (!s.list("handlers").isEmpty()) {
            if (s.is("TryStar")) tryStarExcept(s);
            else tryExcept(s);
        } else {
            visitStmts(s.list("body"));
        }
        addopNoline(POP_BLOCK);
        popFBlock();
        visitStmts(s.list("finalbody"));
        addopJumpNoline(JUMP, exit);
        useNextBlock(end);
        unsetLoc();
        addopJump(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlock.Kind.FINALLY_END, end, null, null);
        visitStmts(s.list("finalbody"));
        popFBlock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    abstract void tryStarExcept(Node s);

    void tryExcept(Node s) {
        Block body = newBlock(), except = newBlock(), end = newBlock(), cleanup = newBlock();
        addopJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, body, null, null);
        visitStmts(s.list("body"));
        popFBlock();
        addopNoline(POP_BLOCK);
        visitStmts(s.list("orelse"));
        addopJumpNoline(JUMP, end);
        List<Node> handlers = s.list("handlers");
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJump(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            Node handler = handlers.get(i);
            setLoc(handler);
            if (handler.node("type") == null && i < n - 1) throw error("default 'except:' must be last");
            except = newBlock();
            if (handler.node("type") != null) {
                visitExpr(handler.node("type"));
                addop(CHECK_EXC_MATCH);
                addopJump(POP_JUMP_IF_FALSE, except);
            }
            String name = handler.str("name");
            if (name != null) {
                Block cleanupEnd = newBlock(), cleanupBody = newBlock();
                nameop(name, "Store");
                addopJump(SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, name);
                visitStmts(handler.list("body"));
                popFBlock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                loadConst(none());
                nameop(name, "Store");
                nameop(name, "Del");
                addopJump(JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLoc();
                loadConst(none());
                nameop(name, "Store");
                nameop(name, "Del");
                addopI(RERAISE, 1);
            } else {
                Block cleanupBody = newBlock();
                addop(POP_TOP);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(handler.list("body"));
                popFBlock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                addopJump(JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLoc();
        popFBlock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(end);
    }

    // ---- with ----

    private void withExceptFinish(Block cleanup) {
        unsetLoc();
        Block exit = newBlock();
        addopJump(POP_JUMP_IF_TRUE, exit);
        addopI(RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addop(POP_TOP);
        addop(POP_TOP);
    }

    private void with(Node s, int pos) {
        Block block = newBlock(), fin = newBlock(), exit = newBlock(), cleanup = newBlock();
        Node item = s.list("items").get(pos);
        visitExpr(item.node("context_expr"));
        addop(BEFORE_WITH);
        addopJump(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.Kind.WITH, block, fin, s);
        if (item.node("optional_vars") != null) visitExpr(item.node("optional_vars"));
        else addop(POP_TOP);
        pos++;
        if (pos == s.list("items").size()) visitStmts(s.list("body"));
        else with(s, pos);
        unsetLoc();
        addop(POP_BLOCK);
        popFBlock();
        setLoc(s);
        callExitWithNones();
        addop(POP_TOP);
        addopJump(JUMP, exit);
        useNextBlock(fin);
        addopJump(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        addop(WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void asyncWith(Node s, int pos) {
        if (isTopLevelAwait()) u.scope.coroutine = true;
        else if (u.scopeType != SCOPE_ASYNC_FUNCTION) throw error("'async with' outside async function");
        Block block = newBlock(), fin = newBlock(), exit = newBlock(), cleanup = newBlock();
        Node item = s.list("items").get(pos);
        visitExpr(item.node("context_expr"));
        addop(BEFORE_ASYNC_WITH);
        addopI(GET_AWAITABLE, 1);
        loadConst(none());
        addYieldFrom(true);
        addopJump(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.Kind.ASYNC_WITH, block, fin, s);
        if (item.node("optional_vars") != null) visitExpr(item.node("optional_vars"));
        else addop(POP_TOP);
        pos++;
        if (pos == s.list("items").size()) visitStmts(s.list("body"));
        else asyncWith(s, pos);
        popFBlock();
        addop(POP_BLOCK);
        setLoc(s);
        callExitWithNones();
        addopI(GET_AWAITABLE, 2);
        loadConst(none());
        addYieldFrom(true);
        addop(POP_TOP);
        addopJump(JUMP, exit);
        useNextBlock(fin);
        addopJump(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        addop(WITH_EXCEPT_START);
        addopI(GET_AWAITABLE, 2);
        loadConst(none());
        addYieldFrom(true);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    // ---- imports, assert ----

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopN(IMPORT_FROM, attr);
                if (dot == -1) break;
                addopI(SWAP, 2);
                addop(POP_TOP);
            }
            nameop(asname, "Store");
            addop(POP_TOP);
            return;
        }
        nameop(asname, "Store");
    }

    /**
     * PEP 810: a lazy import is allowed at module level only, outside try/except; it compiles
     * as the eager one with the level constant -(level + 1), which IMPORT_NAME turns into a
     * lazy object (no 3.11 opcode or argument means this).
     */
    private boolean lazyImport(Node s, String what) {
        if (s.fields.get("lazy") != Boolean.TRUE) return false;
        if (u.scope.type == Scope.Type.FUNCTION) throw error(what + " not allowed inside functions");
        if (u.scope.type == Scope.Type.CLASS) throw error(what + " not allowed inside classes");
        for (FBlock b : u.fblocks) {
            switch (b.kind) {
                case TRY_EXCEPT, FINALLY_TRY, FINALLY_END, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, HANDLER_CLEANUP ->
                        throw error(what + " not allowed inside try/except blocks");
                default -> { }
            }
        }
        return true;
    }

    private void importStmt(Node s) {
        boolean lazy = lazyImport(s, "lazy import");
        for (Node alias : s.list("names")) {
            loadConst(lazy ? -1L : 0L);
            loadConst(none());
            addopName(IMPORT_NAME, alias.str("name"));
            if (alias.str("asname") != null) {
                importAs(alias.str("name"), alias.str("asname"));
            } else {
                String name = alias.str("name");
                int dot = name.indexOf('.');
                nameop(dot != -1 ? name.substring(0, dot) : name, "Store");
            }
        }
    }

    private void fromImport(Node s) {
        List<Node> names = s.list("names");
        boolean lazy = lazyImport(s, "lazy from ... import");
        loadConst(lazy ? -1L - s.integer("level") : (long) s.integer("level"));
        List<Object> ns = new ArrayList<>();
        for (Node a : names) ns.add(a.str("name"));
        String module = s.str("module");
        if (s.lineno > futureLineno && "__future__".equals(module)) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new ConstValue.Tuple(ns));
        addopName(IMPORT_NAME, module != null ? module : "");
        for (int i = 0; i < names.size(); i++) {
            Node alias = names.get(i);
            if (i == 0 && alias.str("name").startsWith("*")) {
                addop(IMPORT_STAR);
                return;
            }
            addopName(IMPORT_FROM, alias.str("name"));
            nameop(alias.str("asname") != null ? alias.str("asname") : alias.str("name"), "Store");
        }
        addop(POP_TOP);
    }

    private void assertStmt(Node s) {
        Node test = s.node("test");
        if ((test.is("Tuple") && !test.list("elts").isEmpty())
                || (test.is("Constant") && test.get("value") instanceof ConstValue.Tuple t && !t.items().isEmpty())) {
            warn("assertion is always true, perhaps remove parentheses?");
        }
        if (optimize > 0) return;
        Block end = newBlock();
        jumpIf(s.node("test"), end, true);
        addop(LOAD_ASSERTION_ERROR);
        if (s.node("msg") != null) {
            visitExpr(s.node("msg"));
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        // 3.11.8 and later set the location to the test here; the 3.11.7 oracle does not.
        addopI(RAISE_VARARGS, 1);
        useNextBlock(end);
    }
}
