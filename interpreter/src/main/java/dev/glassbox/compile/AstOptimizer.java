package dev.glassbox.compile;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's AST optimiser (Python/ast_opt.c), run before the symbol table: folds unary
 * and binary operations on constants (through {@link ConstOps}, with ast_opt.c's size limits),
 * constant subscripts, tuples of constants, {@code __debug__}, turns list/set displays that are
 * the right operand of {@code in}/{@code not in} or the iterable of a {@code for} into
 * tuples/frozensets, rewrites {@code "..." % (a, b)} with simple %s/%r/%a formats into an
 * f-string, and folds {@code not (a is b)} into {@code a is not b}. Nodes change in place.
 */
final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, int features) {
        this.optimize = optimize;
        this.futureAnnotations = (features & CodeUnit.CO_FUTURE_ANNOTATIONS) != 0;
    }

    static void optimize(Node mod, int optimize, int features) {
        AstOptimizer o = new AstOptimizer(optimize, features);
        switch (mod.type) {
            case "Module" -> o.body(mod.list("body"));
            case "Interactive" -> o.stmts(mod.list("body"));
            case "Expression" -> o.expr(mod.node("body"));
            default -> { }
        }
    }

    private void body(List<Node> stmts) {
        boolean docstring = StmtCompiler.docString(stmts) != null;
        stmts(stmts);
        if (!docstring && StmtCompiler.docString(stmts) != null) {
            // A folded constant string must not become a docstring.
            Node st = stmts.get(0);
            Node js = new Node("JoinedStr", st.lineno, st.colOffset, st.endLineno, st.endColOffset);
            js.set("values", new ArrayList<>(List.of(st.node("value"))));
            st.set("value", js);
        }
    }

    private void stmts(List<Node> l) { for (Node s : l) if (s != null) stmt(s); }

    private void exprs(List<Node> l) { for (Node e : l) if (e != null) expr(e); }

    private void opt(Node e) { if (e != null) expr(e); }

    private void arguments(Node a) {
        for (String f : new String[] {"posonlyargs", "args"}) for (Node x : a.list(f)) arg(x);
        if (a.node("vararg") != null) arg(a.node("vararg"));
        for (Node x : a.list("kwonlyargs")) arg(x);
        exprs(a.list("kw_defaults"));
        if (a.node("kwarg") != null) arg(a.node("kwarg"));
        exprs(a.list("defaults"));
    }

    private void arg(Node a) {
        if (!futureAnnotations) opt(a.node("annotation"));
    }

    private void stmt(Node s) {
        switch (s.type) {
            case "FunctionDef", "AsyncFunctionDef" -> {
                arguments(s.node("args"));
                body(s.list("body"));
                exprs(s.list("decorator_list"));
                if (!futureAnnotations) opt(s.node("returns"));
            }
            case "ClassDef" -> {
                exprs(s.list("bases"));
                for (Node k : s.list("keywords")) expr(k.node("value"));
                body(s.list("body"));
                exprs(s.list("decorator_list"));
            }
            case "Return" -> opt(s.node("value"));
            case "Delete" -> exprs(s.list("targets"));
            case "Assign" -> {
                exprs(s.list("targets"));
                expr(s.node("value"));
            }
            case "AugAssign" -> {
                expr(s.node("target"));
                expr(s.node("value"));
            }
            case "AnnAssign" -> {
                expr(s.node("target"));
                if (!futureAnnotations) expr(s.node("annotation"));
                opt(s.node("value"));
            }
            case "For" -> {
                expr(s.node("target"));
                expr(s.node("iter"));
                stmts(s.list("body"));
                stmts(s.list("orelse"));
                foldIter(s.node("iter"));
            }
            case "AsyncFor" -> {
                expr(s.node("target"));
                expr(s.node("iter"));
                stmts(s.list("body"));
                stmts(s.list("orelse"));
            }
            case "While", "If" -> {
                expr(s.node("test"));
                stmts(s.list("body"));
                stmts(s.list("orelse"));
            }
            case "With", "AsyncWith" -> {
                for (Node item : s.list("items")) {
                    expr(item.node("context_expr"));
                    opt(item.node("optional_vars"));
                }
                stmts(s.list("body"));
            }
            case "Raise" -> {
                opt(s.node("exc"));
                opt(s.node("cause"));
            }
            case "Try", "TryStar" -> {
                stmts(s.list("body"));
                for (Node h : s.list("handlers")) {
                    opt(h.node("type"));
                    stmts(h.list("body"));
                }
                stmts(s.list("orelse"));
                stmts(s.list("finalbody"));
            }
            case "Assert" -> {
                expr(s.node("test"));
                opt(s.node("msg"));
            }
            case "Expr" -> expr(s.node("value"));
            case "Match" -> {
                expr(s.node("subject"));
                for (Node c : s.list("cases")) {
                    pattern(c.node("pattern"));
                    opt(c.node("guard"));
                    stmts(c.list("body"));
                }
            }
            default -> { }
        }
    }

    private void pattern(Node p) {
        switch (p.type) {
            case "MatchValue" -> expr(p.node("value"));
            case "MatchSequence", "MatchOr" -> { for (Node q : p.list("patterns")) pattern(q); }
            case "MatchMapping" -> {
                exprs(p.list("keys"));
                for (Node q : p.list("patterns")) pattern(q);
            }
            case "MatchClass" -> {
                expr(p.node("cls"));
                for (Node q : p.list("patterns")) pattern(q);
                for (Node q : p.list("kwd_patterns")) pattern(q);
            }
            case "MatchAs" -> { if (p.node("pattern") != null) pattern(p.node("pattern")); }
            default -> { }
        }
    }

    private void comprehension(Node c) {
        expr(c.node("target"));
        expr(c.node("iter"));
        exprs(c.list("ifs"));
        foldIter(c.node("iter"));
    }

    private void expr(Node e) {
        switch (e.type) {
            case "BoolOp" -> exprs(e.list("values"));
            case "BinOp" -> {
                expr(e.node("left"));
                expr(e.node("right"));
                foldBinop(e);
            }
            case "UnaryOp" -> {
                expr(e.node("operand"));
                foldUnaryop(e);
            }
            case "Lambda" -> {
                arguments(e.node("args"));
                expr(e.node("body"));
            }
            case "IfExp" -> {
                expr(e.node("test"));
                expr(e.node("body"));
                expr(e.node("orelse"));
            }
            case "Dict" -> {
                exprs(e.list("keys"));
                exprs(e.list("values"));
            }
            case "Set", "List" -> exprs(e.list("elts"));
            case "ListComp", "SetComp", "GeneratorExp" -> {
                expr(e.node("elt"));
                for (Node c : e.list("generators")) comprehension(c);
            }
            case "DictComp" -> {
                expr(e.node("key"));
                expr(e.node("value"));
                for (Node c : e.list("generators")) comprehension(c);
            }
            case "Await", "YieldFrom", "Attribute", "Starred", "NamedExpr" -> expr(e.node("value"));
            case "Yield" -> opt(e.node("value"));
            case "Compare" -> {
                expr(e.node("left"));
                exprs(e.list("comparators"));
                List<Node> ops = e.list("ops");
                String op = ops.get(ops.size() - 1).type;
                if (op.equals("In") || op.equals("NotIn")) foldIter(e.list("comparators").get(ops.size() - 1));
            }
            case "Call" -> {
                expr(e.node("func"));
                exprs(e.list("args"));
                for (Node k : e.list("keywords")) expr(k.node("value"));
            }
            case "FormattedValue" -> {
                expr(e.node("value"));
                opt(e.node("format_spec"));
            }
            case "JoinedStr" -> exprs(e.list("values"));
            case "Subscript" -> {
                expr(e.node("value"));
                expr(e.node("slice"));
                if ("Load".equals(e.op("ctx")) && e.node("value").is("Constant") && e.node("slice").is("Constant")) {
                    makeConst(e, ConstOps.subscript(e.node("value").get("value"), e.node("slice").get("value")));
                }
            }
            case "Slice" -> {
                opt(e.node("lower"));
                opt(e.node("upper"));
                opt(e.node("step"));
            }
            case "Tuple" -> {
                exprs(e.list("elts"));
                if ("Load".equals(e.op("ctx"))) makeConst(e, constTuple(e.list("elts")));
            }
            case "Name" -> {
                if ("Load".equals(e.op("ctx")) && e.str("id").equals("__debug__")) makeConst(e, optimize == 0);
            }
            default -> { }
        }
    }

    private static void makeConst(Node e, Object v) {
        if (v != null) e.becomeConstant(v);
    }

    private static ConstValue.Tuple constTuple(List<Node> elts) {
        List<Object> vals = new ArrayList<>();
        for (Node x : elts) {
            if (!x.is("Constant")) return null;
            vals.add(x.get("value"));
        }
        return new ConstValue.Tuple(vals);
    }

    private static boolean hasStarred(List<Node> elts) {
        for (Node x : elts) if (x.is("Starred")) return true;
        return false;
    }

    private void foldIter(Node arg) {
        if (arg.is("List")) {
            List<Node> elts = arg.list("elts");
            if (hasStarred(elts)) return;
            arg.type = "Tuple";
            makeConst(arg, constTuple(elts));
        } else if (arg.is("Set")) {
            ConstValue.Tuple t = constTuple(arg.list("elts"));
            if (t != null) makeConst(arg, SetOrder.frozenset(t.items()));
        }
    }

    private void foldUnaryop(Node e) {
        Node arg = e.node("operand");
        String op = e.op("op");
        if (!arg.is("Constant")) {
            if (op.equals("Not") && arg.is("Compare") && arg.list("ops").size() == 1) {
                String cmp = arg.list("ops").get(0).type;
                String inv = switch (cmp) {
                    case "Is" -> "IsNot";
                    case "IsNot" -> "Is";
                    case "In" -> "NotIn";
                    case "NotIn" -> "In";
                    default -> null;
                };
                if (inv != null) {
                    List<Node> ops = new ArrayList<>(List.of(new Node(inv)));
                    arg.set("ops", ops);
                    e.become(arg);
                }
            }
            return;
        }
        ConstOps.UnaryOp u = switch (op) {
            case "Invert" -> ConstOps.UnaryOp.INVERT;
            case "Not" -> ConstOps.UnaryOp.NOT;
            case "UAdd" -> ConstOps.UnaryOp.UADD;
            default -> ConstOps.UnaryOp.USUB;
        };
        makeConst(e, ConstOps.unary(u, arg.get("value")));
    }

    private void foldBinop(Node e) {
        Node lhs = e.node("left"), rhs = e.node("right");
        if (!lhs.is("Constant")) return;
        Object lv = lhs.get("value");
        String op = e.op("op");
        if (op.equals("Mod") && rhs.is("Tuple") && lv instanceof String fmt && !hasStarred(rhs.list("elts"))) {
            optimizeFormat(e, fmt, rhs.list("elts"));
            return;
        }
        if (!rhs.is("Constant")) return;
        ConstOps.BinOp b = switch (op) {
            case "Add" -> ConstOps.BinOp.ADD;
            case "Sub" -> ConstOps.BinOp.SUB;
            case "Mult" -> ConstOps.BinOp.MULT;
            case "MatMult" -> ConstOps.BinOp.MATMULT;
            case "Div" -> ConstOps.BinOp.DIV;
            case "Mod" -> ConstOps.BinOp.MOD;
            case "Pow" -> ConstOps.BinOp.POW;
            case "LShift" -> ConstOps.BinOp.LSHIFT;
            case "RShift" -> ConstOps.BinOp.RSHIFT;
            case "BitOr" -> ConstOps.BinOp.BITOR;
            case "BitXor" -> ConstOps.BinOp.BITXOR;
            case "BitAnd" -> ConstOps.BinOp.BITAND;
            default -> ConstOps.BinOp.FLOORDIV;
        };
        makeConst(e, ConstOps.binary(b, lv, rhs.get("value")));
    }

    // ---- "..." % (args) into an f-string (optimize_format) ----

    private static void optimizeFormat(Node node, String fmt, List<Node> elts) {
        int[] cps = fmt.codePoints().toArray();
        int[] pos = {0};
        int cnt = 0;
        List<Node> seq = new ArrayList<>();
        while (true) {
            Node lit = parseLiteral(cps, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= cps.length) break;
            if (cnt >= elts.size()) return;
            pos[0]++;
            Node expr = parseFormat(cps, pos, elts.get(cnt));
            cnt++;
            if (expr == null) return;
            seq.add(expr);
        }
        if (cnt < elts.size()) return;
        Node res = new Node("JoinedStr", node.lineno, node.colOffset, node.endLineno, node.endColOffset);
        res.set("values", seq);
        node.become(res);
    }

    private static Node parseLiteral(int[] s, int[] ppos) {
        int start = ppos[0], pos = start;
        boolean hasPercents = false;
        while (pos < s.length) {
            if (s[pos] != '%') {
                pos++;
            } else if (pos + 1 < s.length && s[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) return null;
        String str = new String(s, start, pos - start);
        if (hasPercents) str = str.replace("%%", "%");
        return Node.constant(str, -1, -1, -1, -1);
    }

    private static Node parseFormat(int[] s, int[] ppos, Node arg) {
        int pos = ppos[0];
        int width = -1, prec = -1;
        boolean ljust = false;
        int ch;
        final int maxdigits = 3;
        while (true) {
            if (pos >= s.length) return null;
            ch = s[pos++];
            if (ch == '-') { ljust = true; continue; }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
            break;
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= s.length) return null;
                ch = s[pos++];
                if (++digits >= maxdigits) return null;
            }
        }
        if (ch == '.') {
            if (pos >= s.length) return null;
            ch = s[pos++];
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= s.length) return null;
                    ch = s[pos++];
                    if (++digits >= maxdigits) return null;
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Node fv = new Node("FormattedValue", arg.lineno, arg.colOffset, arg.endLineno, arg.endColOffset);
        fv.set("value", arg);
        fv.set("conversion", ch);
        fv.set("format_spec", spec.length() > 0 ? Node.constant(spec.toString(), -1, -1, -1, -1) : null);
        return fv;
    }
}
