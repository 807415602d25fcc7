package dev.glassbox.compile;

import dev.glassbox.bytecode.ConstRepr;
import dev.glassbox.bytecode.ConstValue;
import java.util.List;

/**
 * An expression back to source text, for annotations under
 * {@code from __future__ import annotations} (Python/ast_unparse.c
 * {@code _PyAST_ExprAsUnicode}): operator precedences decide the parentheses; constants are
 * written with their repr (infinities as {@code 1e309}).
 */
final class Unparser {
    private Unparser() {}

    // Priority levels (ast_unparse.c)
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_EXPR = 6, PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    static String unparse(Node e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, PR_TEST);
        return sb.toString();
    }

    private static void expr(StringBuilder w, Node e, int level) {
        switch (e.type) {
            case "BoolOp" -> {
                boolean and = e.op("op").equals("And");
                int pr = and ? PR_AND : PR_OR;
                open(w, level > pr);
                List<Node> values = e.list("values");
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) w.append(and ? " and " : " or ");
                    expr(w, values.get(i), pr + 1);
                }
                close(w, level > pr);
            }
            case "BinOp" -> {
                String op;
                int pr;
                boolean rassoc = false;
                switch (e.op("op")) {
                    case "Add" -> { op = " + "; pr = PR_ARITH; }
                    case "Sub" -> { op = " - "; pr = PR_ARITH; }
                    case "Mult" -> { op = " * "; pr = PR_TERM; }
                    case "MatMult" -> { op = " @ "; pr = PR_TERM; }
                    case "Div" -> { op = " / "; pr = PR_TERM; }
                    case "Mod" -> { op = " % "; pr = PR_TERM; }
                    case "LShift" -> { op = " << "; pr = PR_SHIFT; }
                    case "RShift" -> { op = " >> "; pr = PR_SHIFT; }
                    case "BitOr" -> { op = " | "; pr = PR_BOR; }
                    case "BitXor" -> { op = " ^ "; pr = PR_BXOR; }
                    case "BitAnd" -> { op = " & "; pr = PR_BAND; }
                    case "FloorDiv" -> { op = " // "; pr = PR_TERM; }
                    default -> { op = " ** "; pr = PR_POWER; rassoc = true; }
                }
                open(w, level > pr);
                expr(w, e.node("left"), pr + (rassoc ? 1 : 0));
                w.append(op);
                expr(w, e.node("right"), pr + (rassoc ? 0 : 1));
                close(w, level > pr);
            }
            case "UnaryOp" -> {
                String op;
                int pr;
                switch (e.op("op")) {
                    case "Invert" -> { op = "~"; pr = PR_FACTOR; }
                    case "Not" -> { op = "not "; pr = PR_NOT; }
                    case "UAdd" -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(w, level > pr);
                w.append(op);
                expr(w, e.node("operand"), pr);
                close(w, level > pr);
            }
            case "Lambda" -> {
                open(w, level > PR_TEST);
                Node a = e.node("args");
                int npos = a.list("args").size() + a.list("posonlyargs").size();
                w.append(npos > 0 ? "lambda " : "lambda");
                args(w, a);
                w.append(": ");
                expr(w, e.node("body"), PR_TEST);
                close(w, level > PR_TEST);
            }
            case "IfExp" -> {
                open(w, level > PR_TEST);
                expr(w, e.node("body"), PR_TEST + 1);
                w.append(" if ");
                expr(w, e.node("test"), PR_TEST + 1);
                w.append(" else ");
                expr(w, e.node("orelse"), PR_TEST);
                close(w, level > PR_TEST);
            }
            case "Dict" -> {
                w.append('{');
                List<Node> keys = e.list("keys"), values = e.list("values");
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) w.append(", ");
                    if (keys.get(i) != null) {
                        expr(w, keys.get(i), PR_TEST);
                        w.append(": ");
                        expr(w, values.get(i), PR_TEST);
                    } else {
                        w.append("**");
                        expr(w, values.get(i), PR_EXPR);
                    }
                }
                w.append('}');
            }
            case "Set" -> seq(w, "{", e.list("elts"), "}");
            case "List" -> seq(w, "[", e.list("elts"), "]");
            case "GeneratorExp" -> comp(w, "(", e, ")");
            case "ListComp" -> comp(w, "[", e, "]");
            case "SetComp" -> comp(w, "{", e, "}");
            case "DictComp" -> {
                w.append('{');
                expr(w, e.node("key"), PR_TEST);
                w.append(": ");
                expr(w, e.node("value"), PR_TEST);
                comprehensions(w, e.list("generators"));
                w.append('}');
            }
            case "Yield" -> {
                if (e.node("value") == null) {
                    w.append("(yield)");
                } else {
                    w.append("(yield ");
                    expr(w, e.node("value"), PR_TEST);
                    w.append(')');
                }
            }
            case "YieldFrom" -> {
                w.append("(yield from ");
                expr(w, e.node("value"), PR_TEST);
                w.append(')');
            }
            case "Await" -> {
                open(w, level > PR_AWAIT);
                w.append("await ");
                expr(w, e.node("value"), PR_ATOM);
                close(w, level > PR_AWAIT);
            }
            case "Compare" -> {
                open(w, level > PR_CMP);
                expr(w, e.node("left"), PR_CMP + 1);
                List<Node> comps = e.list("comparators");
                for (int i = 0; i < comps.size(); i++) {
                    w.append(switch (e.list("ops").get(i).type) {
                        case "Eq" -> " == ";
                        case "NotEq" -> " != ";
                        case "Lt" -> " < ";
                        case "LtE" -> " <= ";
                        case "Gt" -> " > ";
                        case "GtE" -> " >= ";
                        case "Is" -> " is ";
                        case "IsNot" -> " is not ";
                        case "In" -> " in ";
                        default -> " not in ";
                    });
                    expr(w, comps.get(i), PR_CMP + 1);
                }
                close(w, level > PR_CMP);
            }
            case "Call" -> {
                expr(w, e.node("func"), PR_ATOM);
                List<Node> args = e.list("args"), kws = e.list("keywords");
                if (args.size() == 1 && kws.isEmpty() && args.get(0).is("GeneratorExp")) {
                    expr(w, args.get(0), PR_TEST);
                    return;
                }
                w.append('(');
                boolean first = true;
                for (Node a : args) {
                    if (!first) w.append(", ");
                    first = false;
                    expr(w, a, PR_TEST);
                }
                for (Node k : kws) {
                    if (!first) w.append(", ");
                    first = false;
                    if (k.str("arg") == null) w.append("**");
                    else w.append(k.str("arg")).append('=');
                    expr(w, k.node("value"), PR_TEST);
                }
                w.append(')');
            }
            case "Constant" -> {
                Object v = e.get("value");
                if (v == ConstValue.Singleton.ELLIPSIS) {
                    w.append("...");
                    return;
                }
                if (e.str("kind") != null) w.append(e.str("kind"));
                constant(w, v);
            }
            case "JoinedStr" -> joinedStr(w, e, false);
            case "FormattedValue" -> formattedValue(w, e);
            case "Attribute" -> {
                Node v = e.node("value");
                expr(w, v, PR_ATOM);
                w.append(v.is("Constant") && ConstValue.isInt(v.get("value")) ? " ." : ".");
                w.append(e.str("attr"));
            }
            case "Subscript" -> {
                expr(w, e.node("value"), PR_ATOM);
                w.append('[');
                expr(w, e.node("slice"), PR_TUPLE);
                w.append(']');
            }
            case "Starred" -> {
                w.append('*');
                expr(w, e.node("value"), PR_EXPR);
            }
            case "Slice" -> {
                if (e.node("lower") != null) expr(w, e.node("lower"), PR_TEST);
                w.append(':');
                if (e.node("upper") != null) expr(w, e.node("upper"), PR_TEST);
                if (e.node("step") != null) {
                    w.append(':');
                    expr(w, e.node("step"), PR_TEST);
                }
            }
            case "Name" -> w.append(e.str("id"));
            case "Tuple" -> {
                List<Node> elts = e.list("elts");
                if (elts.isEmpty()) {
                    w.append("()");
                    return;
                }
                open(w, level > PR_TUPLE);
                for (int i = 0; i < elts.size(); i++) {
                    if (i > 0) w.append(", ");
                    expr(w, elts.get(i), PR_TEST);
                }
                if (elts.size() == 1) w.append(',');
                close(w, level > PR_TUPLE);
            }
            case "NamedExpr" -> {
                open(w, level > PR_TUPLE);
                expr(w, e.node("target"), PR_ATOM);
                w.append(" := ");
                expr(w, e.node("value"), PR_ATOM);
                close(w, level > PR_TUPLE);
            }
            default -> throw new IllegalArgumentException("unknown expression kind " + e.type);
        }
    }

    private static void open(StringBuilder w, boolean b) { if (b) w.append('('); }

    private static void close(StringBuilder w, boolean b) { if (b) w.append(')'); }

    private static void seq(StringBuilder w, String l, List<Node> elts, String r) {
        w.append(l);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) w.append(", ");
            expr(w, elts.get(i), PR_TEST);
        }
        w.append(r);
    }

    private static void comp(StringBuilder w, String l, Node e, String r) {
        w.append(l);
        expr(w, e.node("elt"), PR_TEST);
        comprehensions(w, e.list("generators"));
        w.append(r);
    }

    private static void comprehensions(StringBuilder w, List<Node> gens) {
        for (Node g : gens) {
            w.append(g.integer("is_async") != 0 ? " async for " : " for ");
            expr(w, g.node("target"), PR_TUPLE);
            w.append(" in ");
            expr(w, g.node("iter"), PR_TEST + 1);
            for (Node c : g.list("ifs")) {
                w.append(" if ");
                expr(w, c, PR_TEST + 1);
            }
        }
    }

    private static void arg(StringBuilder w, Node a) {
        w.append(a.str("arg"));
        if (a.node("annotation") != null) {
            w.append(": ");
            expr(w, a.node("annotation"), PR_TEST);
        }
    }

    private static void args(StringBuilder w, Node a) {
        boolean first = true;
        List<Node> posonly = a.list("posonlyargs"), args = a.list("args"), defaults = a.list("defaults");
        int np = posonly.size(), na = args.size(), nd = defaults.size();
        for (int i = 0; i < np + na; i++) {
            if (!first) w.append(", ");
            first = false;
            arg(w, i < np ? posonly.get(i) : args.get(i - np));
            int di = i - np - na + nd;
            if (di >= 0) {
                w.append('=');
                expr(w, defaults.get(di), PR_TEST);
            }
            if (np > 0 && i + 1 == np) w.append(", /");
        }
        List<Node> kwonly = a.list("kwonlyargs");
        if (a.node("vararg") != null || !kwonly.isEmpty()) {
            if (!first) w.append(", ");
            first = false;
            w.append('*');
            if (a.node("vararg") != null) arg(w, a.node("vararg"));
        }
        List<Node> kwDefaults = a.list("kw_defaults");
        for (int i = 0; i < kwonly.size(); i++) {
            if (!first) w.append(", ");
            first = false;
            arg(w, kwonly.get(i));
            int di = i - kwonly.size() + kwDefaults.size();
            if (di >= 0 && kwDefaults.get(di) != null) {
                w.append('=');
                expr(w, kwDefaults.get(di), PR_TEST);
            }
        }
        if (a.node("kwarg") != null) {
            if (!first) w.append(", ");
            w.append("**");
            arg(w, a.node("kwarg"));
        }
    }

    private static void constant(StringBuilder w, Object v) {
        if (v instanceof ConstValue.Tuple t) {
            w.append('(');
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) w.append(", ");
                constant(w, t.items().get(i));
            }
            if (t.items().size() == 1) w.append(',');
            w.append(')');
            return;
        }
        w.append(repr(v));
    }

    /** append_repr: infinities spelled so that they read back ("1e309"). */
    private static String repr(Object v) {
        String r = ConstRepr.repr(v);
        if ((v instanceof Double d && Double.isInfinite(d)) || v instanceof ConstValue.Complex) {
            r = r.replace("inf", "1e309");
        }
        return r;
    }

    private static String fstringBody(List<Node> values, boolean isFormatSpec) {
        StringBuilder b = new StringBuilder();
        for (Node v : values) fstringElement(b, v, isFormatSpec);
        return b.toString();
    }

    private static void fstringElement(StringBuilder w, Node e, boolean isFormatSpec) {
        switch (e.type) {
            case "Constant" -> w.append(((String) e.get("value")).replace("{", "{{").replace("}", "}}"));
            case "JoinedStr" -> joinedStr(w, e, isFormatSpec);
            case "FormattedValue" -> formattedValue(w, e);
            default -> throw new IllegalArgumentException("unknown expression kind inside f-string");
        }
    }

    private static void joinedStr(StringBuilder w, Node e, boolean isFormatSpec) {
        String body = fstringBody(e.list("values"), isFormatSpec);
        if (!isFormatSpec) w.append('f').append(ConstRepr.strRepr(body));
        else w.append(body);
    }

    private static void formattedValue(StringBuilder w, Node e) {
        StringBuilder inner = new StringBuilder();
        expr(inner, e.node("value"), PR_TEST + 1);
        String s = inner.toString();
        w.append(s.startsWith("{") ? "{ " : "{");
        w.append(s);
        int conv = e.integer("conversion");
        if (conv > 0) w.append('!').append((char) conv);
        if (e.node("format_spec") != null) {
            w.append(':');
            fstringElement(w, e.node("format_spec"), true);
        }
        w.append('}');
    }
}
