package dev.glassbox.compile;

import static dev.glassbox.bytecode.Opcode.*;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Code generation for expressions (compile.c {@code compiler_visit_expr1} and helpers):
 * names, constants, operators, comparisons and conditional jumps ({@code compiler_jump_if}),
 * calls (LOAD_METHOD/PRECALL/CALL, KW_NAMES, CALL_FUNCTION_EX), displays with star-unpacking,
 * f-strings, subscripts and slices, lambdas, comprehensions (nested code objects) and
 * yield/await.
 */
abstract class ExprCompiler extends CompilerBase {
    static final int COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;

    ExprCompiler(String filename, String source, Symtable symtable, int features, int optimize) {
        super(filename, source, symtable, features, optimize);
    }

    @Override
    void visitExpr(Node e) {
        int[] old = saveLoc();
        setLoc(e);
        visitExpr1(e);
        restoreLoc(old);
    }

    void visitExprs(List<Node> l) { for (Node e : l) visitExpr(e); }

    static boolean isConst(Node e) { return e != null && e.is("Constant"); }

    static Object constValue(Node e) { return e.get("value"); }

    private void visitExpr1(Node e) {
        switch (e.type) {
            case "NamedExpr" -> {
                visitExpr(e.node("value"));
                addopI(COPY, 1);
                visitExpr(e.node("target"));
            }
            case "BoolOp" -> boolop(e);
            case "BinOp" -> {
                visitExpr(e.node("left"));
                visitExpr(e.node("right"));
                addopI(BINARY_OP, binop(e.op("op"), false));
            }
            case "UnaryOp" -> {
                visitExpr(e.node("operand"));
                addop(switch (e.op("op")) {
                    case "Invert" -> UNARY_INVERT;
                    case "Not" -> UNARY_NOT;
                    case "UAdd" -> UNARY_POSITIVE;
                    default -> UNARY_NEGATIVE;
                });
            }
            case "Lambda" -> lambda(e);
            case "IfExp" -> {
                Block end = newBlock(), next = newBlock();
                jumpIf(e.node("test"), next, false);
                visitExpr(e.node("body"));
                addopJumpNoline(JUMP, end);
                useNextBlock(next);
                visitExpr(e.node("orelse"));
                useNextBlock(end);
            }
            case "Dict" -> dict(e);
            case "Set" -> starunpack(e.list("elts"), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case "GeneratorExp" -> comprehension(e, COMP_GENEXP, "<genexpr>", e.node("elt"), null);
            case "ListComp" -> comprehension(e, COMP_LISTCOMP, "<listcomp>", e.node("elt"), null);
            case "SetComp" -> comprehension(e, COMP_SETCOMP, "<setcomp>", e.node("elt"), null);
            case "DictComp" -> comprehension(e, COMP_DICTCOMP, "<dictcomp>", e.node("key"), e.node("value"));
            case "Yield" -> {
                if (u.scope.type != Scope.Type.FUNCTION) throw error("'yield' outside function");
                if (e.node("value") != null) visitExpr(e.node("value"));
                else loadConst(none());
                addopYield();
            }
            case "YieldFrom" -> {
                if (u.scope.type != Scope.Type.FUNCTION) throw error("'yield' outside function");
                if (u.scopeType == SCOPE_ASYNC_FUNCTION) throw error("'yield from' inside async function");
                visitExpr(e.node("value"));
                addop(GET_YIELD_FROM_ITER);
                loadConst(none());
                addYieldFrom(false);
            }
            case "Await" -> {
                if (!isTopLevelAwait()) {
                    if (u.scope.type != Scope.Type.FUNCTION) throw error("'await' outside function");
                    if (u.scopeType != SCOPE_ASYNC_FUNCTION && u.scopeType != SCOPE_COMPREHENSION) {
                        throw error("'await' outside async function");
                    }
                }
                visitExpr(e.node("value"));
                addopI(GET_AWAITABLE, 0);
                loadConst(none());
                addYieldFrom(true);
            }
            case "Compare" -> compare(e);
            case "Call" -> call(e);
            case "Constant" -> loadConst(constValue(e));
            case "JoinedStr" -> joinedStr(e);
            case "FormattedValue" -> formattedValue(e);
            case "Attribute" -> {
                visitExpr(e.node("value"));
                updateStartLocationToMatchAttr(e);
                switch (e.op("ctx")) {
                    case "Load" -> addopName(LOAD_ATTR, e.str("attr"));
                    case "Store" -> {
                        forbiddenName(e.str("attr"), "Store");
                        addopName(STORE_ATTR, e.str("attr"));
                    }
                    default -> addopName(DELETE_ATTR, e.str("attr"));
                }
            }
            case "Subscript" -> {
                if ("Load".equals(e.op("ctx"))) {
                    checkSubscripter(e.node("value"));
                    checkIndex(e.node("value"), e.node("slice"));
                }
                visitExpr(e.node("value"));
                visitExpr(e.node("slice"));
                addop(switch (e.op("ctx")) {
                    case "Load" -> BINARY_SUBSCR;
                    case "Store" -> STORE_SUBSCR;
                    default -> DELETE_SUBSCR;
                });
            }
            case "Starred" -> throw error("Store".equals(e.op("ctx"))
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case "Slice" -> {
                int n = 2;
                if (e.node("lower") != null) visitExpr(e.node("lower"));
                else loadConst(none());
                if (e.node("upper") != null) visitExpr(e.node("upper"));
                else loadConst(none());
                if (e.node("step") != null) {
                    n++;
                    visitExpr(e.node("step"));
                }
                addopI(BUILD_SLICE, n);
            }
            case "Name" -> nameop(e.str("id"), e.op("ctx"));
            case "List", "Tuple" -> {
                boolean tuple = e.is("Tuple");
                switch (e.op("ctx")) {
                    case "Store" -> assignmentHelper(e.list("elts"));
                    case "Load" -> starunpack(e.list("elts"), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
                    default -> visitExprs(e.list("elts"));
                }
            }
            default -> throw new IllegalArgumentException("compile: unknown expression " + e.type);
        }
    }

    private void checkSubscripter(Node e) {
        switch (e.type) {
            case "Constant" -> {
                Object v = e.get("value");
                if (v == dev.glassbox.bytecode.ConstValue.Singleton.NONE || v == dev.glassbox.bytecode.ConstValue.Singleton.ELLIPSIS
                        || dev.glassbox.bytecode.ConstValue.isInt(v) || v instanceof Boolean || v instanceof Double
                        || v instanceof dev.glassbox.bytecode.ConstValue.Complex || v instanceof dev.glassbox.bytecode.ConstValue.FrozenSet) {
                    warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
                }
            }
            case "Set", "SetComp", "GeneratorExp", "Lambda" ->
                    warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
            default -> { }
        }
    }

    private void checkIndex(Node e, Node s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) return;
        switch (e.type) {
            case "Constant" -> {
                Object v = e.get("value");
                if (!(v instanceof String || v instanceof dev.glassbox.bytecode.ConstValue.Bytes
                        || v instanceof dev.glassbox.bytecode.ConstValue.Tuple)) return;
            }
            case "Tuple", "List", "ListComp", "JoinedStr", "FormattedValue" -> { }
            default -> { return; }
        }
        warn(inferType(e) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?");
    }

    static int binop(String op, boolean inplace) {
        int base = switch (op) {
            case "Add" -> 0;
            case "BitAnd" -> 1;
            case "FloorDiv" -> 2;
            case "LShift" -> 3;
            case "MatMult" -> 4;
            case "Mult" -> 5;
            case "Mod" -> 6;
            case "BitOr" -> 7;
            case "Pow" -> 8;
            case "RShift" -> 9;
            case "Sub" -> 10;
            case "Div" -> 11;
            case "BitXor" -> 12;
            default -> throw new IllegalArgumentException(op);
        };
        return inplace ? base + 13 : base;
    }

    void addopYield() {
        if (u.scope.generator && u.scope.coroutine) addop(ASYNC_GEN_WRAP);
        addop(YIELD_VALUE);
        addopI(RESUME, 1);
    }

    /** compiler_add_yield_from: the SEND / YIELD_VALUE / RESUME loop. */
    void addYieldFrom(boolean await) {
        Block start = newBlock(), resume = newBlock(), exit = newBlock();
        useNextBlock(start);
        addopJump(SEND, exit);
        useNextBlock(resume);
        addop(YIELD_VALUE);
        addopI(RESUME, await ? 3 : 2);
        addopJump(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    // ---- boolean operators and conditional jumps ----

    private void boolop(Node e) {
        int jumpi = e.op("op").equals("And") ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        Block end = newBlock();
        List<Node> s = e.list("values");
        int n = s.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(s.get(i));
            addopJump(jumpi, end);
            useNextBlock(newBlock());
        }
        visitExpr(s.get(n));
        useNextBlock(end);
    }

    void addCompare(String op) {
        switch (op) {
            case "Eq" -> addopI(COMPARE_OP, 2);
            case "NotEq" -> addopI(COMPARE_OP, 3);
            case "Lt" -> addopI(COMPARE_OP, 0);
            case "LtE" -> addopI(COMPARE_OP, 1);
            case "Gt" -> addopI(COMPARE_OP, 4);
            case "GtE" -> addopI(COMPARE_OP, 5);
            case "Is" -> addopI(IS_OP, 0);
            case "IsNot" -> addopI(IS_OP, 1);
            case "In" -> addopI(CONTAINS_OP, 0);
            case "NotIn" -> addopI(CONTAINS_OP, 1);
            default -> throw new IllegalArgumentException(op);
        }
    }

    static String cmpop(Node e, int i) { return ((Node) e.list("ops").get(i)).type; }

    /** compiler_jump_if: jump to {@code next} when {@code e} is {@code cond}. */
    void jumpIf(Node e, Block next, boolean cond) {
        switch (e.type) {
            case "UnaryOp" -> {
                if (e.op("op").equals("Not")) {
                    jumpIf(e.node("operand"), next, !cond);
                    return;
                }
            }
            case "BoolOp" -> {
                List<Node> s = e.list("values");
                int n = s.size() - 1;
                boolean cond2 = e.op("op").equals("Or");
                Block next2 = next;
                if (cond2 != cond) next2 = newBlock();
                for (int i = 0; i < n; i++) jumpIf(s.get(i), next2, cond2);
                jumpIf(s.get(n), next, cond);
                if (next2 != next) useNextBlock(next2);
                return;
            }
            case "IfExp" -> {
                Block end = newBlock(), next2 = newBlock();
                jumpIf(e.node("test"), next2, false);
                jumpIf(e.node("body"), next, cond);
                addopJumpNoline(JUMP, end);
                useNextBlock(next2);
                jumpIf(e.node("orelse"), next, cond);
                useNextBlock(end);
                return;
            }
            case "Compare" -> {
                setLoc(e);
                int n = e.list("ops").size() - 1;
                if (n > 0) {
                    checkCompare(e);
                    Block cleanup = newBlock();
                    visitExpr(e.node("left"));
                    List<Node> comps = e.list("comparators");
                    for (int i = 0; i < n; i++) {
                        visitExpr(comps.get(i));
                        addopI(SWAP, 2);
                        addopI(COPY, 2);
                        addCompare(cmpop(e, i));
                        addopJump(POP_JUMP_IF_FALSE, cleanup);
                    }
                    visitExpr(comps.get(n));
                    addCompare(cmpop(e, n));
                    addopJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                    Block end = newBlock();
                    addopJumpNoline(JUMP, end);
                    useNextBlock(cleanup);
                    addop(POP_TOP);
                    if (!cond) addopJumpNoline(JUMP, next);
                    useNextBlock(end);
                    return;
                }
            }
            default -> { }
        }
        visitExpr(e);
        addopJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    /** Python type name of what an expression evaluates to, if evident (compile.c infer_type). */
    static String inferType(Node e) {
        return switch (e.type) {
            case "Tuple" -> "tuple";
            case "List", "ListComp" -> "list";
            case "Dict", "DictComp" -> "dict";
            case "Set", "SetComp" -> "set";
            case "GeneratorExp" -> "generator";
            case "Lambda" -> "function";
            case "JoinedStr", "FormattedValue" -> "str";
            case "Constant" -> dev.glassbox.bytecode.ConstValue.typeName(e.get("value"));
            default -> null;
        };
    }

    private static boolean isNamedSingleton(Node e) {
        if (!e.is("Constant")) return true;
        Object v = e.get("value");
        return v == dev.glassbox.bytecode.ConstValue.Singleton.NONE || v instanceof Boolean
                || v == dev.glassbox.bytecode.ConstValue.Singleton.ELLIPSIS;
    }

    /** check_compare: "is" / "is not" with a literal operand. */
    void checkCompare(Node e) {
        boolean left = isNamedSingleton(e.node("left"));
        List<Node> comps = e.list("comparators");
        for (int i = 0; i < comps.size(); i++) {
            String op = cmpop(e, i);
            boolean right = isNamedSingleton(comps.get(i));
            if ((op.equals("Is") || op.equals("IsNot")) && (!right || !left)) {
                warn(op.equals("Is") ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
            }
            left = right;
        }
    }

    private void compare(Node e) {
        checkCompare(e);
        visitExpr(e.node("left"));
        int n = e.list("ops").size() - 1;
        List<Node> comps = e.list("comparators");
        if (n == 0) {
            visitExpr(comps.get(0));
            addCompare(cmpop(e, 0));
            return;
        }
        Block cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            visitExpr(comps.get(i));
            addopI(SWAP, 2);
            addopI(COPY, 2);
            addCompare(cmpop(e, i));
            addopJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitExpr(comps.get(n));
        addCompare(cmpop(e, n));
        Block end = newBlock();
        addopJumpNoline(JUMP, end);
        useNextBlock(cleanup);
        addopI(SWAP, 2);
        addop(POP_TOP);
        useNextBlock(end);
    }

    // ---- displays ----

    static boolean allConst(List<Node> l, int begin, int end) {
        for (int i = begin; i < end; i++) if (!isConst(l.get(i))) return false;
        return true;
    }

    void starunpack(List<Node> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            List<Object> vals = new ArrayList<>();
            for (Node x : elts) vals.add(constValue(x));
            if (tuple && pushed == 0) {
                loadConst(new ConstValue.Tuple(vals));
            } else {
                Object folded = add == SET_ADD ? SetOrder.frozenset(vals) : new ConstValue.Tuple(vals);
                addopI(build, pushed);
                loadConst(folded);
                addopI(extend, 1);
                if (tuple) addop(LIST_TO_TUPLE);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Node x : elts) if (x.is("Starred")) seenStar = true;
        if (!seenStar && !big) {
            visitExprs(elts);
            addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            addopI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Node elt = elts.get(i);
            if (elt.is("Starred")) {
                if (!built) {
                    addopI(build, i + pushed);
                    built = true;
                }
                visitExpr(elt.node("value"));
                addopI(extend, 1);
            } else {
                visitExpr(elt);
                if (built) addopI(add, 1);
            }
        }
        if (tuple) addop(LIST_TO_TUPLE);
    }

    private void unpackHelper(List<Node> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Node elt = elts.get(i);
            if (elt.is("Starred") && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt.is("Starred")) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) addopI(UNPACK_SEQUENCE, n);
    }

    private void assignmentHelper(List<Node> elts) {
        unpackHelper(elts);
        for (Node elt : elts) visitExpr(elt.is("Starred") ? elt.node("value") : elt);
    }

    private void subdict(Node e, int begin, int end) {
        int n = end - begin;
        List<Node> keys = e.list("keys"), values = e.list("values");
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(keys, begin, end)) {
            for (int i = begin; i < end; i++) visitExpr(values.get(i));
            List<Object> k = new ArrayList<>();
            for (int i = begin; i < end; i++) k.add(constValue(keys.get(i)));
            loadConst(new ConstValue.Tuple(k));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) addopI(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            visitExpr(keys.get(i));
            visitExpr(values.get(i));
            if (big) addopI(MAP_ADD, 1);
        }
        if (!big) addopI(BUILD_MAP, n);
    }

    private void dict(Node e) {
        List<Node> keys = e.list("keys"), values = e.list("values");
        int n = values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = keys.get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) addopI(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(values.get(i));
                addopI(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) addopI(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) addopI(DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) addopI(BUILD_MAP, 0);
    }

    // ---- f-strings ----

    private void joinedStr(Node e) {
        List<Node> values = e.list("values");
        if (values.size() > STACK_USE_GUIDELINE) {
            loadConst("");
            addopName(LOAD_METHOD, "join");
            addopI(BUILD_LIST, 0);
            for (Node v : values) {
                visitExpr(v);
                addopI(LIST_APPEND, 1);
            }
            addopI(PRECALL, 1);
            addopI(CALL, 1);
        } else {
            visitExprs(values);
            if (values.size() != 1) addopI(BUILD_STRING, values.size());
        }
    }

    private void formattedValue(Node e) {
        int conversion = e.integer("conversion");
        visitExpr(e.node("value"));
        int oparg = switch (conversion) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.node("format_spec") != null) {
            visitExpr(e.node("format_spec"));
            oparg |= 4;
        }
        addopI(FORMAT_VALUE, oparg);
    }

    // ---- calls ----

    /** If an attribute access spans lines, the instruction points at the attribute name. */
    void updateStartLocationToMatchAttr(Node attr) {
        if (u.lineno != attr.endLineno) {
            u.lineno = attr.endLineno;
            int len = attr.str("attr").codePointCount(0, attr.str("attr").length());
            if (len <= attr.endColOffset) {
                u.colOffset = attr.endColOffset - len;
            } else {
                u.colOffset = -1;
                u.endColOffset = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) u.endColOffset = Math.max(u.colOffset, u.endColOffset);
        }
    }

    private boolean isImportOriginated(Node e) {
        if (!e.is("Name")) return false;
        return (symtable.top().flags(e.str("id")) & Scope.DEF_IMPORT) != 0;
    }

    private boolean maybeOptimizeMethodCall(Node e) {
        Node meth = e.node("func");
        List<Node> args = e.list("args");
        List<Node> kwds = e.list("keywords");
        if (!meth.is("Attribute") || !"Load".equals(meth.op("ctx"))) return false;
        if (isImportOriginated(meth.node("value"))) return false;
        int argsl = args.size(), kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Node a : args) if (a.is("Starred")) return false;
        for (Node k : kwds) if (k.str("arg") == null) return false;
        visitExpr(meth.node("value"));
        setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        addopName(LOAD_METHOD, meth.str("attr"));
        visitExprs(args);
        if (kwdsl > 0) {
            for (Node k : kwds) visitExpr(k.node("value"));
            kwNames(kwds);
        }
        setLoc(e);
        updateStartLocationToMatchAttr(meth);
        addopI(PRECALL, argsl + kwdsl);
        addopI(CALL, argsl + kwdsl);
        return true;
    }

    void validateKeywords(List<Node> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String arg = keywords.get(i).str("arg");
            if (arg == null) continue;
            forbiddenName(arg, "Store");
            for (int j = i + 1; j < keywords.size(); j++) {
                Node other = keywords.get(j);
                if (arg.equals(other.str("arg"))) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + arg);
                }
            }
        }
    }

    private void call(Node e) {
        validateKeywords(e.list("keywords"));
        if (maybeOptimizeMethodCall(e)) return;
        switch (e.node("func").type) {
            case "Constant", "Tuple", "List", "ListComp", "Dict", "DictComp", "Set", "SetComp", "GeneratorExp",
                    "JoinedStr", "FormattedValue" ->
                    warn("'" + inferType(e.node("func")) + "' object is not callable; perhaps you missed a comma?");
            default -> { }
        }
        setLoc(e.node("func"));
        addop(PUSH_NULL);
        setLoc(e);
        visitExpr(e.node("func"));
        callHelper(0, e.list("args"), e.list("keywords"));
    }

    private void kwNames(List<Node> keywords) {
        List<Object> names = new ArrayList<>();
        for (Node k : keywords) names.add(k.str("arg"));
        addopI(KW_NAMES, addConst(new ConstValue.Tuple(names)));
    }

    private void subkwargs(List<Node> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) visitExpr(keywords.get(i).node("value"));
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(keywords.get(i).str("arg"));
            loadConst(new ConstValue.Tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) addopINoline(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            Node kw = keywords.get(i);
            loadConst(kw.str("arg"));
            visitExpr(kw.node("value"));
            if (big) addopINoline(MAP_ADD, 1);
        }
        if (!big) addopI(BUILD_MAP, n);
    }

    /** compiler_call_helper: {@code n} arguments are already on the stack. */
    void callHelper(int n, List<Node> args, List<Node> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Node a : args) if (a.is("Starred")) ex = true;
        for (Node k : keywords) if (k.str("arg") == null) ex = true;
        if (!ex) {
            visitExprs(args);
            if (nkwelts > 0) {
                for (Node k : keywords) visitExpr(k.node("value"));
                kwNames(keywords);
            }
            addopI(PRECALL, n + nelts + nkwelts);
            addopI(CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0).is("Starred")) {
            visitExpr(args.get(0).node("value"));
        } else {
            starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Node kw = keywords.get(i);
                if (kw.str("arg") == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) addopI(DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.node("value"));
                    addopI(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) addopI(DICT_MERGE, 1);
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // ---- functions ----

    /** Positional defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags. */
    int defaultArguments(Node args) {
        int flags = 0;
        List<Node> defaults = args.list("defaults");
        if (!defaults.isEmpty()) {
            visitExprs(defaults);
            addopI(BUILD_TUPLE, defaults.size());
            flags |= 0x01;
        }
        List<Node> kwonly = args.list("kwonlyargs");
        List<Node> kwDefaults = args.list("kw_defaults");
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < kwonly.size(); i++) {
            Node d = kwDefaults.get(i);
            if (d != null) {
                keys.add(Symtable.mangle(u.privateName, kwonly.get(i).str("arg")));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new ConstValue.Tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    void checkDebugArgs(Node args) {
        for (String f : new String[] {"posonlyargs", "args", "kwonlyargs"}) {
            for (Node a : args.list(f)) forbiddenName(a.str("arg"), "Store");
        }
        if (args.node("vararg") != null) forbiddenName(args.node("vararg").str("arg"), "Store");
        if (args.node("kwarg") != null) forbiddenName(args.node("kwarg").str("arg"), "Store");
    }

    private void lambda(Node e) {
        Node args = e.node("args");
        checkDebugArgs(args);
        int flags = defaultArguments(args);
        enterScope("<lambda>", SCOPE_LAMBDA, e, e.lineno);
        addConst(none());
        u.argcount = args.list("args").size();
        u.posonlyargcount = args.list("posonlyargs").size();
        u.kwonlyargcount = args.list("kwonlyargs").size();
        visitExpr(e.node("body"));
        CodeUnit co;
        if (u.scope.generator) {
            co = assemble(false);
        } else {
            addop(RETURN_VALUE);
            co = assemble(true);
        }
        exitScope();
        makeClosure(co, flags);
    }

    // ---- comprehensions ----

    private void comprehension(Node e, int type, String name, Node elt, Node val) {
        int scopeType = u.scopeType;
        boolean topLevelAwait = isTopLevelAwait();
        List<Node> generators = e.list("generators");
        Node outermost = generators.get(0);
        enterScope(name, SCOPE_COMPREHENSION, e, e.lineno);
        setLoc(e);
        boolean isAsyncGenerator = u.scope.coroutine;
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != SCOPE_ASYNC_FUNCTION
                && scopeType != SCOPE_COMPREHENSION && !topLevelAwait) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            addopI(type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != COMP_GENEXP) addop(RETURN_VALUE);
        CodeUnit co = assemble(true);
        exitScope();
        if (topLevelAwait && isAsyncGenerator) u.scope.coroutine = true;
        makeClosure(co, 0);
        visitExpr(outermost.node("iter"));
        addop(outermost.integer("is_async") != 0 ? GET_AITER : GET_ITER);
        addopI(PRECALL, 0);
        addopI(CALL, 0);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            addopI(GET_AWAITABLE, 0);
            loadConst(none());
            addYieldFrom(true);
        }
    }

    private void comprehensionGenerator(List<Node> gens, int index, int depth, Node elt, Node val, int type) {
        if (gens.get(index).integer("is_async") != 0) asyncComprehensionGenerator(gens, index, depth, elt, val, type);
        else syncComprehensionGenerator(gens, index, depth, elt, val, type);
    }

    private void comprehensionElement(Node elt, Node val, int type, int depth) {
        switch (type) {
            case COMP_GENEXP -> {
                visitExpr(elt);
                addopYield();
                addop(POP_TOP);
            }
            case COMP_LISTCOMP -> {
                visitExpr(elt);
                addopI(LIST_APPEND, depth + 1);
            }
            case COMP_SETCOMP -> {
                visitExpr(elt);
                addopI(SET_ADD, depth + 1);
            }
            default -> {
                visitExpr(elt);
                visitExpr(val);
                addopI(MAP_ADD, depth + 1);
            }
        }
    }

    private void syncComprehensionGenerator(List<Node> gens, int index, int depth, Node elt, Node val, int type) {
        Block start = newBlock(), ifCleanup = newBlock(), anchor = newBlock();
        Node gen = gens.get(index);
        if (index == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            // Fast path for "for y in [f(x)]": no iteration.
            Node iter = gen.node("iter");
            List<Node> elts = iter.is("List") || iter.is("Tuple") ? iter.list("elts") : null;
            if (elts != null && elts.size() == 1 && !elts.get(0).is("Starred")) {
                visitExpr(elts.get(0));
                start = null;
            }
            if (start != null) {
                visitExpr(iter);
                addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addopJump(FOR_ITER, anchor);
        }
        visitExpr(gen.node("target"));
        for (Node cond : gen.list("ifs")) jumpIf(cond, ifCleanup, false);
        if (++index < gens.size()) comprehensionGenerator(gens, index, depth, elt, val, type);
        if (index >= gens.size()) comprehensionElement(elt, val, type, depth);
        useNextBlock(ifCleanup);
        if (start != null) {
            addopJump(JUMP, start);
            useNextBlock(anchor);
        }
    }

    private void asyncComprehensionGenerator(List<Node> gens, int index, int depth, Node elt, Node val, int type) {
        Block start = newBlock(), except = newBlock(), ifCleanup = newBlock();
        Node gen = gens.get(index);
        if (index == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            visitExpr(gen.node("iter"));
            addop(GET_AITER);
        }
        useNextBlock(start);
        pushFBlock(FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        addopJump(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(none());
        addYieldFrom(true);
        addop(POP_BLOCK);
        visitExpr(gen.node("target"));
        for (Node cond : gen.list("ifs")) jumpIf(cond, ifCleanup, false);
        depth++;
        if (++index < gens.size()) comprehensionGenerator(gens, index, depth, elt, val, type);
        if (index >= gens.size()) comprehensionElement(elt, val, type, depth);
        useNextBlock(ifCleanup);
        addopJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        addop(END_ASYNC_FOR);
    }
}
