package dev.glassbox.parse;

import dev.glassbox.ast.Cmpop;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Expr_context;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets: {@code _PyPegen_set_expr_context} (a copy of a target
 * with Store or Del context) and the messages of the invalid-target rules
 * ({@code _PyPegen_get_invalid_target}, {@code _PyPegen_get_expr_name} in
 * {@code Parser/action_helpers.c}, {@code RAISE_SYNTAX_ERROR_INVALID_TARGET}).
 */
final class Targets {
    private Targets() {}

    /** CPython's TARGETS_TYPE. */
    enum Kind { STAR, DEL, FOR }

    /** {@code _PyPegen_get_expr_name}: how messages name an expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value;
            if (v == ConstantValue.NONE) return "None";
            if (Boolean.FALSE.equals(v)) return "False";
            if (Boolean.TRUE.equals(v)) return "True";
            if (v == ConstantValue.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    /** {@code _PyPegen_get_invalid_target}: the first part of e that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Expr.List l) return firstInvalid(l.elts, kind);
        if (e instanceof Expr.Tuple t) return firstInvalid(t.elts, kind);
        if (e instanceof Expr.Starred s) return kind == Kind.DEL ? e : invalidTarget(s.value, kind);
        if (e instanceof Expr.Compare c) {
            // `for a in b` parses `a in b` as a comparison: look at its left side.
            if (kind == Kind.FOR) return c.ops.get(0) == Cmpop.In ? invalidTarget(c.left, kind) : null;
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) return null;
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** A Store-context copy of target e; a SyntaxError naming the first invalid part otherwise. */
    static Expr store(ParserBase p, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad != null) {
            String verb = kind == Kind.DEL ? "cannot delete " : "cannot assign to ";
            throw p.errorNode(bad, verb + exprName(bad));
        }
        return withContext(e, kind == Kind.DEL ? Expr_context.Del : Expr_context.Store);
    }

    /** {@code _PyPegen_set_expr_context}: e and its nested targets with context ctx. */
    static Expr withContext(Expr e, Expr_context ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id, ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value, a.attr, ctx, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value, s.slice, ctx, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withContext(s.value, ctx), ctx, s.lineno, s.col_offset, s.end_lineno,
                    s.end_col_offset);
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(all(t.elts, ctx), ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(all(l.elts, ctx), ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, Expr_context ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(withContext(x, ctx));
        return out;
    }
}
