package dev.glassbox.modules.ast;

import dev.glassbox.ast.Arg;
import dev.glassbox.ast.Arguments;
import dev.glassbox.ast.Comprehension;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Excepthandler;
import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Expr.*;
import dev.glassbox.ast.Expr_context;
import dev.glassbox.ast.Keyword;
import dev.glassbox.ast.Match_case;
import dev.glassbox.ast.Mod;
import dev.glassbox.ast.Operator;
import dev.glassbox.ast.Pattern;
import dev.glassbox.ast.Pattern.*;
import dev.glassbox.ast.Stmt;
import dev.glassbox.ast.Stmt.*;
import dev.glassbox.ast.Unaryop;
import dev.glassbox.ast.Withitem;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyException;
import dev.glassbox.vm.Interpreter;

import java.math.BigInteger;
import java.util.List;

/**
 * Python/ast.c's {@code _PyAST_Validate}: the checks a tree built by hand must pass before it
 * is compiled (a parsed tree always does). Same traversal order and messages: contexts
 * ("expression must have Store context but has Load instead"), empty bodies ("empty body on
 * If"), position ranges, constants of types a Constant may not hold, pattern rules. Depth is
 * bounded as CPython's: three times the recursion limit, counted from the current depth.
 */
public final class AstValidator {
    private int depth;
    private final int limit;

    private AstValidator() {
        Interpreter in = Interpreter.current();
        int scale = 3;  // COMPILER_STACK_FRAME_SCALE
        limit = in.recursionLimit < Integer.MAX_VALUE / scale ? in.recursionLimit * scale : in.recursionLimit;
        depth = in.depth() < Integer.MAX_VALUE / scale ? in.depth() * scale : in.depth();
    }

    /** Validates a module tree; throws the Python error CPython raises for an invalid one. */
    public static void validate(Mod mod) {
        AstValidator v = new AstValidator();
        if (mod instanceof Mod.Module m) v.stmts(m.body);
        else if (mod instanceof Mod.Interactive m) v.stmts(m.body);
        else if (mod instanceof Mod.Expression m) v.expr(m.body, Expr_context.Load);
        else if (mod instanceof Mod.FunctionType m) {
            v.exprs(m.argtypes, Expr_context.Load, false);
            v.expr(m.returns, Expr_context.Load);
        }
    }

    private static PyException error(String fmt, Object... args) {
        return Errors.valueError(fmt, args);
    }

    private void enter() {
        if (++depth > limit) throw Errors.recursionError("maximum recursion depth exceeded during compilation");
    }

    private static void positions(int lineno, int col, int endLineno, int endCol) {
        if (lineno > endLineno) throw error("AST node line range (%d, %d) is not valid", lineno, endLineno);
        if ((lineno < 0 && endLineno != lineno) || (col < 0 && col != endCol)) {
            throw error("AST node column range (%d, %d) for line range (%d, %d) is not valid", col, endCol, lineno, endLineno);
        }
        if (lineno == endLineno && col > endCol) {
            throw error("line %d, column %d-%d is not a valid range", lineno, col, endCol);
        }
    }

    private static void name(String id) {
        for (String f : new String[] {"None", "True", "False"}) {
            if (f.equals(id)) throw error("identifier field can't represent '%s' constant", f);
        }
    }

    private void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) throw error("comprehension with no generators");
        for (Comprehension c : gens) {
            expr(c.target, Expr_context.Store);
            expr(c.iter, Expr_context.Load);
            exprs(c.ifs, Expr_context.Load, false);
        }
    }

    private void keywords(List<Keyword> kws) {
        for (Keyword k : kws) expr(k.value, Expr_context.Load);
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
            if (a.annotation != null) expr(a.annotation, Expr_context.Load);
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null && a.vararg.annotation != null) expr(a.vararg.annotation, Expr_context.Load);
        args(a.kwonlyargs);
        if (a.kwarg != null && a.kwarg.annotation != null) expr(a.kwarg.annotation, Expr_context.Load);
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw error("more positional defaults than args on arguments");
        }
        if (a.kw_defaults.size() != a.kwonlyargs.size()) {
            throw error("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults, Expr_context.Load, false);
        exprs(a.kw_defaults, Expr_context.Load, true);
    }

    private void constant(Object v) {
        if (v instanceof ConstantValue.Invalid bad) throw Errors.typeError("got an invalid type in Constant: %s", bad.typeName());
        List<Object> items = v instanceof ConstantValue.Tuple t ? t.items()
                : v instanceof ConstantValue.FrozenSet f ? f.items() : null;
        if (items == null) return;
        enter();
        for (Object x : items) constant(x);
        depth--;
    }

    private void expr(Expr e, Expr_context ctx) {
        positions(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        enter();
        Expr_context actual = null;
        if (e instanceof Attribute a) actual = a.ctx;
        else if (e instanceof Subscript s) actual = s.ctx;
        else if (e instanceof Starred s) actual = s.ctx;
        else if (e instanceof Name n) {
            name(n.id);
            actual = n.ctx;
        } else if (e instanceof Expr.List l) actual = l.ctx;
        else if (e instanceof Tuple t) actual = t.ctx;
        else if (ctx != Expr_context.Load) {
            throw error("expression which can't be assigned to in %s context", ctx.name());
        }
        if (actual != null && actual != ctx) {
            throw error("expression must have %s context but has %s instead", ctx.name(), actual.name());
        }
        Expr_context load = Expr_context.Load;
        if (e instanceof BoolOp b) {
            if (b.values.size() < 2) throw error("BoolOp with less than 2 values");
            exprs(b.values, load, false);
        } else if (e instanceof BinOp b) {
            expr(b.left, load);
            expr(b.right, load);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand, load);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            expr(l.body, load);
        } else if (e instanceof IfExp i) {
            expr(i.test, load);
            expr(i.body, load);
            expr(i.orelse, load);
        } else if (e instanceof Dict d) {
            if (d.keys.size() != d.values.size()) throw error("Dict doesn't have the same number of keys as values");
            exprs(d.keys, load, true);
            exprs(d.values, load, false);
        } else if (e instanceof Set s) {
            exprs(s.elts, load, false);
        } else if (e instanceof ListComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators);
            expr(c.key, load);
            expr(c.value, load);
        } else if (e instanceof Yield y) {
            if (y.value != null) expr(y.value, load);
        } else if (e instanceof YieldFrom y) {
            expr(y.value, load);
        } else if (e instanceof Await a) {
            expr(a.value, load);
        } else if (e instanceof Compare c) {
            if (c.comparators.isEmpty()) throw error("Compare with no comparators");
            if (c.comparators.size() != c.ops.size()) throw error("Compare has a different number of comparators and operands");
            exprs(c.comparators, load, false);
            expr(c.left, load);
        } else if (e instanceof Call c) {
            expr(c.func, load);
            exprs(c.args, load, false);
            keywords(c.keywords);
        } else if (e instanceof Constant c) {
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values, load, false);
        } else if (e instanceof FormattedValue f) {
            expr(f.value, load);
            if (f.format_spec != null) expr(f.format_spec, load);
        } else if (e instanceof Attribute a) {
            expr(a.value, load);
        } else if (e instanceof Subscript s) {
            expr(s.slice, load);
            expr(s.value, load);
        } else if (e instanceof Starred s) {
            expr(s.value, ctx);
        } else if (e instanceof Slice s) {
            if (s.lower != null) expr(s.lower, load);
            if (s.upper != null) expr(s.upper, load);
            if (s.step != null) expr(s.step, load);
        } else if (e instanceof Expr.List l) {
            exprs(l.elts, ctx, false);
        } else if (e instanceof Tuple t) {
            exprs(t.elts, ctx, false);
        } else if (e instanceof NamedExpr n) {
            if (!(n.target instanceof Name)) throw Errors.typeError("NamedExpr target must be a Name");
            expr(n.value, load);
        }
        depth--;
    }

    private static boolean literalNumber(Constant c, boolean real, boolean imaginary) {
        Object v = c.value;
        boolean isReal = v instanceof Double || v instanceof Long || v instanceof BigInteger;
        boolean isImag = v instanceof ConstantValue.Imaginary || v instanceof ConstantValue.Complex;
        return (real && isReal) || (imaginary && isImag);
    }

    private static boolean literalNegative(UnaryOp u, boolean real, boolean imaginary) {
        return u.op == Unaryop.USub && u.operand instanceof Constant c && literalNumber(c, real, imaginary);
    }

    private static boolean literalComplex(BinOp b) {
        if (b.op != Operator.Add && b.op != Operator.Sub) return false;
        if (b.left instanceof Constant c) {
            if (!literalNumber(c, true, false)) return false;
        } else if (b.left instanceof UnaryOp u) {
            if (!literalNegative(u, true, false)) return false;
        } else {
            return false;
        }
        return b.right instanceof Constant r && literalNumber(r, false, true);
    }

    private void matchValue(Expr e) {
        expr(e, Expr_context.Load);
        if (e instanceof Constant c) {
            expr(e, Expr_context.Load);
            Object v = c.value;
            if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof ConstantValue.Bytes
                    || v instanceof ConstantValue.Imaginary || v instanceof ConstantValue.Complex || v instanceof String) {
                return;
            }
            throw error("unexpected constant inside of a literal pattern");
        }
        if (e instanceof Attribute || e instanceof JoinedStr) return;
        if (e instanceof UnaryOp u && literalNegative(u, true, true)) return;
        if (e instanceof BinOp b && literalComplex(b)) return;
        throw error("patterns may only match literals and attribute lookups");
    }

    private static void capture(String name) {
        if (name.equals("_")) throw error("can't capture name '_' in patterns");
        name(name);
    }

    private void pattern(Pattern p, boolean starOk) {
        positions(p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
        enter();
        if (p instanceof MatchValue m) {
            matchValue(m.value);
        } else if (p instanceof MatchSingleton m) {
            if (!(m.value == ConstantValue.NONE || m.value instanceof Boolean)) {
                throw error("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof MatchSequence m) {
            patterns(m.patterns, true);
        } else if (p instanceof MatchMapping m) {
            if (m.keys.size() != m.patterns.size()) throw error("MatchMapping doesn't have the same number of keys as patterns");
            if (m.rest != null) capture(m.rest);
            for (Expr key : m.keys) {
                if (key == null) throw error("None disallowed in expression list");
                if (key instanceof Constant c && (c.value == ConstantValue.NONE || c.value instanceof Boolean)) continue;
                matchValue(key);
            }
            patterns(m.patterns, false);
        } else if (p instanceof MatchClass m) {
            if (m.kwd_attrs.size() != m.kwd_patterns.size()) {
                throw error("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            expr(m.cls, Expr_context.Load);
            Expr cls = m.cls;
            while (!(cls instanceof Name)) {
                if (cls instanceof Attribute a) cls = a.value;
                else throw error("MatchClass cls field can only contain Name or Attribute nodes.");
            }
            for (String id : m.kwd_attrs) name(id);
            patterns(m.patterns, false);
            patterns(m.kwd_patterns, false);
        } else if (p instanceof MatchStar m) {
            if (!starOk) throw error("can't use MatchStar here");
            if (m.name != null) capture(m.name);
        } else if (p instanceof MatchAs m) {
            if (m.name != null) capture(m.name);
            if (m.pattern != null) {
                if (m.name == null) throw error("MatchAs must specify a target name if a pattern is given");
                pattern(m.pattern, false);
            }
        } else if (p instanceof MatchOr m) {
            if (m.patterns.size() < 2) throw error("MatchOr requires at least 2 patterns");
            patterns(m.patterns, false);
        }
        depth--;
    }

    private static void nonempty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) throw error("empty %s on %s", what, owner);
    }

    private void assignList(List<Expr> targets, Expr_context ctx) {
        nonempty(targets, "targets", ctx == Expr_context.Del ? "Delete" : "Assign");
        exprs(targets, ctx, false);
    }

    private void body(List<Stmt> body, String owner) {
        nonempty(body, "body", owner);
        stmts(body);
    }

    private void withItems(List<Withitem> items, String owner) {
        nonempty(items, "items", owner);
        for (Withitem w : items) {
            expr(w.context_expr, Expr_context.Load);
            if (w.optional_vars != null) expr(w.optional_vars, Expr_context.Store);
        }
    }

    private void tryParts(String owner, List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse,
                          List<Stmt> finalbody, boolean handlerPositions) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) throw error("%s has neither except handlers nor finalbody", owner);
        if (handlers.isEmpty() && !orelse.isEmpty()) throw error("%s has orelse but no except handlers", owner);
        for (Excepthandler eh : handlers) {
            if (eh == null) throw error("None disallowed in handler list");
            Excepthandler.ExceptHandler h = (Excepthandler.ExceptHandler) eh;
            // ast.c checks the handlers' positions for Try only, not for TryStar.
            if (handlerPositions) positions(h.lineno, h.col_offset, h.end_lineno, h.end_col_offset);
            if (h.type != null) expr(h.type, Expr_context.Load);
            body(h.body, "ExceptHandler");
        }
        if (!finalbody.isEmpty()) stmts(finalbody);
        if (!orelse.isEmpty()) stmts(orelse);
    }

    private void stmt(Stmt s) {
        positions(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        enter();
        Expr_context load = Expr_context.Load;
        if (s instanceof FunctionDef f) {
            body(f.body, "FunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            if (f.returns != null) expr(f.returns, load);
        } else if (s instanceof AsyncFunctionDef f) {
            body(f.body, "AsyncFunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            if (f.returns != null) expr(f.returns, load);
        } else if (s instanceof ClassDef c) {
            body(c.body, "ClassDef");
            exprs(c.bases, load, false);
            keywords(c.keywords);
            exprs(c.decorator_list, load, false);
        } else if (s instanceof Return r) {
            if (r.value != null) expr(r.value, load);
        } else if (s instanceof Delete d) {
            assignList(d.targets, Expr_context.Del);
        } else if (s instanceof Assign a) {
            assignList(a.targets, Expr_context.Store);
            expr(a.value, load);
        } else if (s instanceof AugAssign a) {
            expr(a.target, Expr_context.Store);
            expr(a.value, load);
        } else if (s instanceof AnnAssign a) {
            if (!(a.target instanceof Name) && a.simple != 0) throw Errors.typeError("AnnAssign with simple non-Name target");
            expr(a.target, Expr_context.Store);
            if (a.value != null) expr(a.value, load);
            expr(a.annotation, load);
        } else if (s instanceof For f) {
            expr(f.target, Expr_context.Store);
            expr(f.iter, load);
            body(f.body, "For");
            stmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            expr(f.target, Expr_context.Store);
            expr(f.iter, load);
            body(f.body, "AsyncFor");
            stmts(f.orelse);
        } else if (s instanceof While w) {
            expr(w.test, load);
            body(w.body, "While");
            stmts(w.orelse);
        } else if (s instanceof If i) {
            expr(i.test, load);
            body(i.body, "If");
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items, "With");
            body(w.body, "With");
        } else if (s instanceof AsyncWith w) {
            withItems(w.items, "AsyncWith");
            body(w.body, "AsyncWith");
        } else if (s instanceof Match m) {
            expr(m.subject, load);
            nonempty(m.cases, "cases", "Match");
            for (Match_case c : m.cases) {
                pattern(c.pattern, false);
                if (c.guard != null) expr(c.guard, load);
                body(c.body, "match_case");
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                expr(r.exc, load);
                if (r.cause != null) expr(r.cause, load);
            } else if (r.cause != null) {
                throw error("Raise with cause but no exception");
            }
        } else if (s instanceof Try t) {
            tryParts("Try", t.body, t.handlers, t.orelse, t.finalbody, true);
        } else if (s instanceof TryStar t) {
            tryParts("TryStar", t.body, t.handlers, t.orelse, t.finalbody, false);
        } else if (s instanceof Assert a) {
            expr(a.test, load);
            if (a.msg != null) expr(a.msg, load);
        } else if (s instanceof Import i) {
            nonempty(i.names, "names", "Import");
        } else if (s instanceof ImportFrom i) {
            if (i.level != null && i.level < 0) throw error("Negative ImportFrom level");
            nonempty(i.names, "names", "ImportFrom");
        } else if (s instanceof Global g) {
            nonempty(g.names, "names", "Global");
        } else if (s instanceof Nonlocal n) {
            nonempty(n.names, "names", "Nonlocal");
        } else if (s instanceof Stmt.Expr x) {
            expr(x.value, load);
        }
        depth--;
    }

    private void stmts(List<Stmt> seq) {
        for (Stmt s : seq) {
            if (s == null) throw error("None disallowed in statement list");
            stmt(s);
        }
    }

    private void exprs(List<Expr> seq, Expr_context ctx, boolean nullOk) {
        for (Expr e : seq) {
            if (e != null) expr(e, ctx);
            else if (!nullOk) throw error("None disallowed in expression list");
        }
    }

    private void patterns(List<Pattern> seq, boolean starOk) {
        for (Pattern p : seq) {
            // CPython dereferences the NULL (and crashes); an error is the useful answer.
            if (p == null) throw error("None disallowed in pattern list");
            pattern(p, starOk);
        }
    }
}
