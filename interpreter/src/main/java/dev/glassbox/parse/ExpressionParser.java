package dev.glassbox.parse;

import dev.glassbox.ast.Boolop;
import dev.glassbox.ast.Cmpop;
import dev.glassbox.ast.Comprehension;
import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Expr_context;
import dev.glassbox.ast.Keyword;
import dev.glassbox.ast.Operator;
import dev.glassbox.ast.Unaryop;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.glassbox.tokenize.TokenType.*;

/**
 * The expression rules of CPython 3.11's {@code Grammar/python.gram}, from
 * {@code expressions} down to {@code atom}, plus call arguments, comprehensions and slices
 * (parameters and lambda are in {@link ParameterParser}). Left-recursive rules
 * ({@code bitwise_or}, {@code primary}, ...) are loops; each node's position runs from the
 * first token of its rule to the last token consumed, as pegen's EXTRA does (so a
 * parenthesised left operand starts the BinOp at its '(').
 */
abstract class ExpressionParser extends ParserBase {
    static final Expr_context LOAD = Expr_context.Load;

    ExpressionParser(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        super(src, filename, mode, deferred, fileInput);
    }

    // ---- first sets (where PEG would try an optional item) --------------------------------

    /** Can the current token start an {@code expression}? */
    final boolean atExprStart() {
        Tok t = peek();
        switch (t.type) {
            case NAME:
                if (!KEYWORDS.contains(t.string)) return true;
                switch (t.string) {
                    case "not": case "lambda": case "True": case "False": case "None": return true;
                    default: return false;
                }
            case NUMBER: case STRING: case LPAR: case LSQB: case LBRACE: case MINUS: case PLUS: case TILDE:
            case ELLIPSIS: case AWAIT:
                return true;
            default:
                return false;
        }
    }

    final boolean atStarExprStart() {
        return at(STAR) || atExprStart();
    }

    // ---- expressions ----------------------------------------------------------------------

    /** {@code expressions: expression (',' expression)* [',']}. */
    final Expr expressions() {
        int start = pos;
        Expr e = expression();
        if (!at(COMMA)) return e;
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA) && atExprStart()) elts.add(expression());
        int[] s = span(start);
        return new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]);
    }

    /** {@code expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef}. */
    final Expr expression() {
        enter();
        try {
            if (atKeyword("lambda")) return lambdef();
            int start = pos;
            Expr body = disjunction();
            if (callInvalidRules && atExprStart()) invalidExpression(start, body);
            if (!atKeyword("if")) return body;
            int mark = pos;
            pos++;
            Expr test = disjunction();
            if (!acceptKeyword("else")) {
                if (callInvalidRules && !at(COLON)) throw errorNodes(body, test, "expected 'else' after 'if' expression");
                pos = mark;
                return body;
            }
            Expr orelse = expression();
            int[] s = span(start);
            return new Expr.IfExp(test, body, orelse, s[0], s[1], s[2], s[3]);
        } finally {
            leave();
        }
    }

    /**
     * {@code invalid_expression} / {@code invalid_legacy_expression}: two expressions side by
     * side. "print x" asks for parentheses; inside brackets it is a forgotten comma.
     */
    private void invalidExpression(int start, Expr a) {
        Tok t0 = tok(start), t1 = tok(start + 1);
        boolean legacy = a instanceof Expr.Name n && (n.id.equals("print") || n.id.equals("exec")) && !at(LPAR);
        if (!legacy && t0.type == NAME && (t1.type == STRING || t0.string.equals("match")
                || t0.string.equals("case") || t0.string.equals("_"))) {
            return;
        }
        int mark = pos;
        callInvalidRules = false;
        try {
            if (legacy) {
                Expr.Name n = (Expr.Name) a;
                Expr b = starExpressions();
                throw errorNodes(a, b, "Missing parentheses in call to '" + n.id + "'. Did you mean " + n.id + "(...)?");
            }
            Expr b = expression();
            if (last().level != 0) throw errorNodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
        } catch (Fail f) {
            // not an expression after all
        } finally {
            callInvalidRules = true;
        }
        pos = mark;
    }

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]}. */
    final Expr yieldExpr() {
        int start = pos;
        expectKeyword("yield");
        if (acceptKeyword("from")) {
            Expr v = expression();
            int[] s = span(start);
            return new Expr.YieldFrom(v, s[0], s[1], s[2], s[3]);
        }
        Expr v = atStarExprStart() ? starExpressions() : null;
        int[] s = span(start);
        return new Expr.Yield(v, s[0], s[1], s[2], s[3]);
    }

    /** {@code star_expressions}: one star_expression, or a Tuple of them. */
    final Expr starExpressions() {
        int start = pos;
        Expr e = starExpression();
        if (!at(COMMA)) return e;
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA) && atStarExprStart()) elts.add(starExpression());
        int[] s = span(start);
        return new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]);
    }

    /** {@code star_expression: '*' bitwise_or | expression}. */
    final Expr starExpression() {
        if (at(STAR)) {
            int start = pos++;
            Expr v = bitwiseOr();
            int[] s = span(start);
            return new Expr.Starred(v, LOAD, s[0], s[1], s[2], s[3]);
        }
        return expression();
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression}. */
    final Expr starNamedExpression() {
        if (at(STAR)) return starExpressionOnly();
        return namedExpression();
    }

    private Expr starExpressionOnly() {
        int start = pos++;
        Expr v = bitwiseOr();
        int[] s = span(start);
        return new Expr.Starred(v, LOAD, s[0], s[1], s[2], s[3]);
    }

    /** {@code named_expression: NAME ':=' expression | expression !':='}. */
    final Expr namedExpression() {
        if (atName() && peek(1).type == COLONEQUAL) return assignmentExpression();
        int start = pos;
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorNode(e, "cannot use assignment expressions with " + Targets.exprName(e));
        }
        if (callInvalidRules && at(EQUAL)) invalidNamedExpression(start, e);
        return e;
    }

    /**
     * {@code invalid_named_expression}: {@code NAME '=' bitwise_or} or another bitwise_or
     * target followed by a single '=' where an expression was expected ("if x = 1:").
     */
    private void invalidNamedExpression(int start, Expr a) {
        int mark = pos;
        boolean isName = a instanceof Expr.Name && pos == start + 1;
        boolean paren = tok(start).type == LPAR && !(a instanceof Expr.Tuple) && !(a instanceof Expr.GeneratorExp);
        boolean excluded = a instanceof Expr.List || a instanceof Expr.Tuple || a instanceof Expr.GeneratorExp
                || (a instanceof Expr.Constant c && (c.value instanceof Boolean || c.value == ConstantValue.NONE));
        if (!isName && (excluded || !(paren || StatementParser.isBitwiseOrLevel(a)))) return;
        pos++;
        callInvalidRules = false;
        try {
            Expr b = bitwiseOr();
            if (at(EQUAL) || at(COLONEQUAL)) return;
            if (isName) throw errorNodes(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            throw errorNode(a, "cannot assign to " + Targets.exprName(a) + " here. Maybe you meant '==' instead of '='?");
        } catch (Fail f) {
            // not this form
        } finally {
            callInvalidRules = true;
            pos = mark;
        }
    }

    /** {@code assignment_expression: NAME ':=' ~ expression}. */
    final Expr assignmentExpression() {
        int start = pos;
        Tok n = next();
        pos++;   // ':='
        Expr target = new Expr.Name(identifier(n.string), Expr_context.Store, n.line, n.col, n.endLine, n.endCol);
        Expr v = expression();
        checkVersion(8, "Assignment expressions are");
        int[] s = span(start);
        return new Expr.NamedExpr(target, v, s[0], s[1], s[2], s[3]);
    }

    final Expr disjunction() {
        int start = pos;
        Expr e = conjunction();
        if (!atKeyword("or")) return e;
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKeyword("or")) {
            int mark = pos++;
            Expr r = orNull(this::conjunction, mark);   // PEG: a failing right side leaves the 'or'
            if (r == null) break;
            values.add(r);
        }
        int[] s = span(start);
        return new Expr.BoolOp(Boolop.Or, values, s[0], s[1], s[2], s[3]);
    }

    final Expr conjunction() {
        int start = pos;
        Expr e = inversion();
        if (!atKeyword("and")) return e;
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (atKeyword("and")) {
            int mark = pos++;
            Expr r = orNull(this::inversion, mark);
            if (r == null) break;
            values.add(r);
        }
        int[] s = span(start);
        return new Expr.BoolOp(Boolop.And, values, s[0], s[1], s[2], s[3]);
    }

    final Expr inversion() {
        if (atKeyword("not")) {
            enter();
            try {
                int start = pos++;
                Expr v = inversion();
                int[] s = span(start);
                return new Expr.UnaryOp(Unaryop.Not, v, s[0], s[1], s[2], s[3]);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    final Expr comparison() {
        int start = pos;
        Expr left = bitwiseOr();
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int mark = pos;
            Cmpop op = compareOp();
            if (op == null) break;
            Expr r = orNull(this::bitwiseOr, mark);
            if (r == null) break;
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(r);
        }
        if (ops == null) return left;
        int[] s = span(start);
        return new Expr.Compare(left, ops, comparators, s[0], s[1], s[2], s[3]);
    }

    /** Consumes a comparison operator and returns it, or returns null. */
    private Cmpop compareOp() {
        Tok t = peek();
        switch (t.type) {
            case EQEQUAL: pos++; return Cmpop.Eq;
            case NOTEQUAL: pos++; return Cmpop.NotEq;
            case LESSEQUAL: pos++; return Cmpop.LtE;
            case LESS: pos++; return Cmpop.Lt;
            case GREATEREQUAL: pos++; return Cmpop.GtE;
            case GREATER: pos++; return Cmpop.Gt;
            case NAME:
                switch (t.string) {
                    case "in": pos++; return Cmpop.In;
                    case "not":
                        if (peek(1).type == NAME && peek(1).string.equals("in")) {
                            pos += 2;
                            return Cmpop.NotIn;
                        }
                        return null;
                    case "is":
                        pos++;
                        if (acceptKeyword("not")) return Cmpop.IsNot;
                        return Cmpop.Is;
                    default: return null;
                }
            default:
                return null;
        }
    }

    final Expr bitwiseOr() {
        int start = pos;
        Expr e = bitwiseXor();
        while (at(VBAR)) {
            int mark = pos++;
            Expr r = orNull(this::bitwiseXor, mark);
            if (r == null) break;
            e = binOp(start, e, Operator.BitOr, r);
        }
        return e;
    }

    private Expr bitwiseXor() {
        int start = pos;
        Expr e = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            int mark = pos++;
            Expr r = orNull(this::bitwiseAnd, mark);
            if (r == null) break;
            e = binOp(start, e, Operator.BitXor, r);
        }
        return e;
    }

    private Expr bitwiseAnd() {
        int start = pos;
        Expr e = shiftExpr();
        while (at(AMPER)) {
            int mark = pos++;
            Expr r = orNull(this::shiftExpr, mark);
            if (r == null) break;
            e = binOp(start, e, Operator.BitAnd, r);
        }
        return e;
    }

    private Expr shiftExpr() {
        int start = pos;
        Expr e = sum();
        while (true) {
            Operator op = at(LEFTSHIFT) ? Operator.LShift : at(RIGHTSHIFT) ? Operator.RShift : null;
            if (op == null) return e;
            int mark = pos++;
            Expr r = orNull(this::sum, mark);
            if (r == null) return e;
            e = binOp(start, e, op, r);
        }
    }

    private Expr sum() {
        int start = pos;
        Expr e = term();
        while (true) {
            Operator op = at(PLUS) ? Operator.Add : at(MINUS) ? Operator.Sub : null;
            if (op == null) return e;
            int mark = pos++;
            Expr r = orNull(this::term, mark);
            if (r == null) return e;
            e = binOp(start, e, op, r);
        }
    }

    private Expr term() {
        int start = pos;
        Expr e = factor();
        while (true) {
            Operator op;
            switch (peek().type) {
                case STAR: op = Operator.Mult; break;
                case SLASH: op = Operator.Div; break;
                case DOUBLESLASH: op = Operator.FloorDiv; break;
                case PERCENT: op = Operator.Mod; break;
                case AT: op = Operator.MatMult; break;
                default: return e;
            }
            int mark = pos++;
            Expr r = orNull(this::factor, mark);
            if (r == null) return e;
            if (op == Operator.MatMult) checkVersion(5, "The '@' operator is");
            e = binOp(start, e, op, r);
        }
    }

    /**
     * The right operand of a binary operator, or null (position back at {@code mark}, before
     * the operator) when it does not parse: PEG semantics, so that what follows the left
     * operand is what the invalid_* rules and the error location see.
     */
    private Expr orNull(java.util.function.Supplier<Expr> rule, int mark) {
        try {
            return rule.get();
        } catch (Fail f) {
            pos = mark;
            return null;
        }
    }

    private Expr binOp(int start, Expr left, Operator op, Expr right) {
        int[] s = span(start);
        return new Expr.BinOp(left, op, right, s[0], s[1], s[2], s[3]);
    }

    final Expr factor() {
        Unaryop op;
        switch (peek().type) {
            case PLUS: op = Unaryop.UAdd; break;
            case MINUS: op = Unaryop.USub; break;
            case TILDE: op = Unaryop.Invert; break;
            default: return power();
        }
        enter();
        try {
            int start = pos++;
            Expr v = factor();
            int[] s = span(start);
            return new Expr.UnaryOp(op, v, s[0], s[1], s[2], s[3]);
        } finally {
            leave();
        }
    }

    private Expr power() {
        int start = pos;
        Expr e = awaitPrimary();
        if (!at(DOUBLESTAR)) return e;
        int mark = pos++;
        Expr r = orNull(this::factor, mark);
        return r == null ? e : binOp(start, e, Operator.Pow, r);
    }

    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            int start = pos++;
            Expr v = primary();
            checkVersion(5, "Await expressions are");
            int[] s = span(start);
            return new Expr.Await(v, s[0], s[1], s[2], s[3]);
        }
        return primary();
    }

    /** {@code primary}: an atom followed by '.' NAME, calls, generator calls and subscripts. */
    final Expr primary() {
        enter();
        try {
            int start = pos;
            Expr e = atom();
            while (true) {
                TokenType t = peek().type;
                int mark = pos;
                try {
                    if (t == DOT) {
                        pos++;
                        Tok n = expectName();
                        int[] s = span(start);
                        e = new Expr.Attribute(e, identifier(n.string), LOAD, s[0], s[1], s[2], s[3]);
                    } else if (t == LPAR) {
                        e = call(start, e);
                    } else if (t == LSQB) {
                        pos++;
                        Expr slice = slices();
                        expect(RSQB);
                        int[] s = span(start);
                        e = new Expr.Subscript(e, slice, LOAD, s[0], s[1], s[2], s[3]);
                    } else {
                        return e;
                    }
                } catch (Fail f) {
                    pos = mark;   // PEG: a trailer that does not parse is left for what follows
                    return e;
                }
            }
        } finally {
            leave();
        }
    }

    // ---- calls ----------------------------------------------------------------------------

    /** {@code primary '(' [arguments] ')'} and {@code primary genexp}. */
    private Expr call(int start, Expr func) {
        ArgList a = callArguments(true);
        int[] s = span(start);
        return new Expr.Call(func, a.args(), a.keywords(), s[0], s[1], s[2], s[3]);
    }

    /** A call's (or a class's) positional and keyword arguments. */
    record ArgList(List<Expr> args, List<Keyword> keywords) {}

    /** {@code '(' [arguments] ')'} or a {@code genexp} as the only argument. */
    final ArgList callArguments(boolean allowGenexp) {
        int open = pos++;
        String misplaced = null;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false, sawDoubleStar = false;
        while (!at(RPAR)) {
            int argStart = pos;
            if (at(STAR)) {
                pos++;
                Expr v;
                try {
                    v = expression();
                } catch (Fail f) {
                    // invalid_arguments: args ',' '*' (whatever follows the star)
                    if (callInvalidRules && !(args.isEmpty() && keywords.isEmpty())) {
                        throw errorAt(tok(argStart), "iterable argument unpacking follows keyword argument unpacking");
                    }
                    throw f;
                }
                int[] s = span(argStart);
                if (sawDoubleStar) {
                    throw errorAt(tok(argStart), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(v, LOAD, s[0], s[1], s[2], s[3]));
            } else if (at(DOUBLESTAR)) {
                pos++;
                Expr v = expression();
                int[] s = span(argStart);
                keywords.add(new Keyword(null, v, s[0], s[1], s[2], s[3]));
                sawDoubleStar = true;
            } else if (peek().type == NAME && (!KEYWORDS.contains(peek().string) || peek().string.equals("True")
                    || peek().string.equals("False") || peek().string.equals("None")) && peek(1).type == EQUAL) {
                Tok n = next();
                pos++;
                if (KEYWORDS.contains(n.string)) {
                    if (n.string.equals("True") || n.string.equals("False") || n.string.equals("None")) {
                        throw errorRange(n, tok(pos - 1), "cannot assign to " + n.string);
                    }
                    throw errorAt(n, "invalid syntax");
                }
                Expr v = expression();
                int[] s = span(argStart);
                keywords.add(new Keyword(identifier(n.string), v, s[0], s[1], s[2], s[3]));
                sawKeyword = true;
            } else {
                if ((sawKeyword || sawDoubleStar) && !callInvalidRules) {
                    // args cannot continue after keywords: the first pass fails here, having
                    // looked one token past the name (kwarg's NAME '=' lookahead).
                    peek(1);
                    throw FAIL;
                }
                Expr v = atName() && peek(1).type == COLONEQUAL ? assignmentExpression() : expression();
                if (at(COLONEQUAL)) throw errorNode(v, "cannot use assignment expressions with " + Targets.exprName(v));
                if (atKeyword("for") || (at(ASYNC) && peek(1).type == NAME && peek(1).string.equals("for"))) {
                    if (!allowGenexp) throw FAIL;
                    List<Comprehension> gens = forIfClauses();
                    if (args.isEmpty() && keywords.isEmpty() && at(RPAR)) {
                        pos++;
                        int[] g = span(open);
                        Expr gen = new Expr.GeneratorExp(v, gens, g[0], g[1], g[2], g[3]);
                        List<Expr> one = new ArrayList<>();
                        one.add(gen);
                        return new ArgList(one, keywords);
                    }
                    if (!at(COMMA) && args.isEmpty() && keywords.isEmpty()) throw FAIL;
                    throw errorRange(tok(argStart), last(), "Generator expression must be parenthesized");
                }
                if (at(EQUAL)) {
                    // invalid_kwarg: !(NAME '=') expression '='
                    throw errorRange(tok(argStart), peek(),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                // _PyPegen_arguments_parsing_error: reported after the whole argument list, at
                // the last token read.
                if (sawDoubleStar && misplaced == null) misplaced = "positional argument follows keyword argument unpacking";
                else if (sawKeyword && misplaced == null) misplaced = "positional argument follows keyword argument";
                args.add(v);
            }
            if (!accept(COMMA)) break;
        }
        if (misplaced != null) {
            peek();
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, misplaced);
        }
        expect(RPAR);
        return new ArgList(args, keywords);
    }

    // ---- comprehensions -------------------------------------------------------------------

    final boolean atFor() {
        return atKeyword("for") || (at(ASYNC) && peek(1).type == NAME && peek(1).string.equals("for"));
    }

    /** {@code for_if_clauses}: one or more {@code [ASYNC] 'for' star_targets 'in' disjunction ('if' disjunction)*}. */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> out = new ArrayList<>();
        while (atFor()) {
            boolean async = accept(ASYNC);
            pos++;
            Expr target = forTarget();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKeyword("if")) ifs.add(disjunction());
            if (async) checkVersion(6, "Async comprehensions are");
            out.add(new Comprehension(target, iter, ifs, async ? 1 : 0));
        }
        return out;
    }

    /**
     * {@code star_targets 'in'} of a for clause or statement; on the second pass a failing
     * target is parsed again as {@code star_expressions} ({@code invalid_for_target}), which
     * gives the "forgot a comma" and "cannot assign to" messages.
     */
    final Expr forTarget() {
        int mark = pos;
        try {
            Expr target = starTargets(Targets.Kind.FOR);
            if (!acceptKeyword("in")) throw FAIL;
            return target;
        } catch (Fail f) {
            if (!callInvalidRules) throw f;
            pos = mark;
            Expr e = starExpressions();
            Expr bad = Targets.invalidTarget(e, Targets.Kind.FOR);
            if (bad != null) throw errorNode(bad, "cannot assign to " + Targets.exprName(bad));
            throw f;
        }
    }

    /**
     * {@code star_targets}: ('*'? target) separated by commas, a Tuple when there is a comma.
     * Each target is parsed as a {@code bitwise_or} (which stops before 'in' and '=') and
     * then given Store context, which rejects what cannot be assigned to.
     */
    final Expr starTargets(Targets.Kind kind) {
        int start = pos;
        Expr e = starTarget();
        if (!at(COMMA)) return Targets.store(this, e, kind);
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA) && (at(STAR) || atExprStart())) elts.add(starTarget());
        int[] s = span(start);
        return Targets.store(this, new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]), kind);
    }

    final Expr starTarget() {
        if (at(STAR)) {
            int start = pos++;
            if (at(STAR)) throw FAIL;
            Expr v = starTarget();
            int[] s = span(start);
            return new Expr.Starred(v, LOAD, s[0], s[1], s[2], s[3]);
        }
        return bitwiseOr();
    }

    // ---- atoms ----------------------------------------------------------------------------

    final Expr atom() {
        Tok t = peek();
        switch (t.type) {
            case NAME:
                switch (t.string) {
                    case "True": pos++; return constant(Boolean.TRUE, t);
                    case "False": pos++; return constant(Boolean.FALSE, t);
                    case "None": pos++; return constant(ConstantValue.NONE, t);
                    default:
                        if (KEYWORDS.contains(t.string)) throw FAIL;
                        pos++;
                        return new Expr.Name(identifier(t.string), LOAD, t.line, t.col, t.endLine, t.endCol);
                }
            case NUMBER:
                pos++;
                if (featureVersion < 6 && t.string.indexOf('_') >= 0) {
                    throw errorAt(t, "Underscores in numeric literals are only supported in Python 3.6 and greater");
                }
                return constant(Numbers.parse(t.string), t);
            case STRING: {
                int start = pos;
                while (at(STRING)) pos++;
                return Strings.concat(this, toks.subList(start, pos));
            }
            case ELLIPSIS:
                pos++;
                return constant(ConstantValue.ELLIPSIS, t);
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return braceDisplay();
            default:
                throw FAIL;
        }
    }

    private static Expr constant(Object v, Tok t) {
        return new Expr.Constant(v, null, t.line, t.col, t.endLine, t.endCol);
    }

    /** {@code tuple | group | genexp}. */
    private Expr parenthesized() {
        enter();
        try {
            int start = pos++;
            if (accept(RPAR)) {
                int[] s = span(start);
                return new Expr.Tuple(new ArrayList<>(), LOAD, s[0], s[1], s[2], s[3]);
            }
            if (atKeyword("yield")) {
                Expr y = yieldExpr();
                expect(RPAR);
                return y;
            }
            if (at(DOUBLESTAR) && callInvalidRules) throw errorAt(peek(), "cannot use double starred expression here");
            Expr first = starNamedExpression();
            if (atFor()) {
                if (first instanceof Expr.Starred) throw errorNode(first, "iterable unpacking cannot be used in comprehension");
                List<Comprehension> gens = forIfClauses();
                expect(RPAR);
                int[] s = span(start);
                return new Expr.GeneratorExp(first, gens, s[0], s[1], s[2], s[3]);
            }
            if (at(COMMA)) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(COMMA) && atStarExprStart()) elts.add(starNamedExpression());
                expect(RPAR);
                int[] s = span(start);
                return new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]);
            }
            if (first instanceof Expr.Starred && at(RPAR)) {
                throw errorNode(first, "cannot use starred expression here");
            }
            expect(RPAR);
            return first;
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        enter();
        try {
            int start = pos++;
            List<Expr> elts = new ArrayList<>();
            if (!at(RSQB)) {
                Expr first = starNamedExpression();
                if (atFor()) {
                    if (first instanceof Expr.Starred) throw errorNode(first, "iterable unpacking cannot be used in comprehension");
                    List<Comprehension> gens = forIfClauses();
                    expect(RSQB);
                    int[] s = span(start);
                    return new Expr.ListComp(first, gens, s[0], s[1], s[2], s[3]);
                }
                elts.add(first);
                while (accept(COMMA) && atStarExprStart()) elts.add(starNamedExpression());
                forgotParentheses(elts);
            }
            expect(RSQB);
            int[] s = span(start);
            return new Expr.List(elts, LOAD, s[0], s[1], s[2], s[3]);
        } finally {
            leave();
        }
    }

    /** {@code dict | set | dictcomp | setcomp}. */
    private Expr braceDisplay() {
        enter();
        try {
            int start = pos++;
            if (accept(RBRACE)) {
                int[] s = span(start);
                return new Expr.Dict(new ArrayList<>(), new ArrayList<>(), s[0], s[1], s[2], s[3]);
            }
            if (at(DOUBLESTAR)) {
                int mark = pos;
                Tok dstar = next();
                try {
                    bitwiseOr();
                    if (atFor()) throw errorAt(dstar, "dict unpacking cannot be used in dict comprehension");
                } catch (Fail f) {
                    // reported by dictRest
                }
                pos = mark;
                return dictRest(start, null, null);
            }
            Expr first = starNamedExpression();
            if (at(COLON) && !(first instanceof Expr.Starred)) {
                pos++;
                Expr value = dictValue();
                if (atFor()) {
                    List<Comprehension> gens = forIfClauses();
                    expect(RBRACE);
                    int[] s = span(start);
                    return new Expr.DictComp(first, value, gens, s[0], s[1], s[2], s[3]);
                }
                return dictRest(start, first, value);
            }
            if (atFor()) {
                if (first instanceof Expr.Starred) throw errorNode(first, "iterable unpacking cannot be used in comprehension");
                List<Comprehension> gens = forIfClauses();
                expect(RBRACE);
                int[] s = span(start);
                return new Expr.SetComp(first, gens, s[0], s[1], s[2], s[3]);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA) && atStarExprStart()) elts.add(starNamedExpression());
            forgotParentheses(elts);
            expect(RBRACE);
            int[] s = span(start);
            return new Expr.Set(elts, s[0], s[1], s[2], s[3]);
        } finally {
            leave();
        }
    }

    /** A dict display's value, after the ':' (with invalid_kvpair's messages). */
    private Expr dictValue() {
        if (at(RBRACE) || at(COMMA)) {
            throw errorAt(last(), "expression expected after dictionary key and ':'");
        }
        if (at(STAR)) {
            // RAISE_SYNTAX_ERROR_STARTING_FROM: from the '*' to where the tokenizer is (the end of
            // the last token read), after '*' bitwise_or
            Tok star = next();
            bitwiseOr();
            peek();
            Tok end = toks.get(toks.size() - 1);
            throw make(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "cannot use a starred expression in a dictionary value",
                    star.line, star.cpCol + 1, end.endLine, end.cpEndCol);
        }
        return expression();
    }

    /** {@code invalid_comprehension}: {@code [a, b for ...]} and {@code [a, for ...]}. */
    private void forgotParentheses(List<Expr> elts) {
        if (!atFor()) return;
        String msg = "did you forget parentheses around the comprehension target?";
        if (elts.size() > 1) throw errorNodes(elts.get(0), elts.get(elts.size() - 1), msg);
        Expr a = elts.get(0);
        Tok comma = last();
        throw errorBytes(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, a.lineno, a.col_offset, comma.endLine, comma.endCol);
    }

    private Expr dictRest(int start, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        if (key != null) {
            keys.add(key);
            values.add(value);
            if (!accept(COMMA)) {
                expect(RBRACE);
                int[] s = span(start);
                return new Expr.Dict(keys, values, s[0], s[1], s[2], s[3]);
            }
        }
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                // After a first item, a key not followed by ':' is "':' expected" even where
                // invalid_expression would see a missing comma (CPython answers so).
                boolean inv = callInvalidRules;
                callInvalidRules = false;
                Expr k;
                try {
                    k = expression();
                } finally {
                    callInvalidRules = inv;
                }
                if (!at(COLON)) {
                    // invalid_kvpair: at the key's last character, no end
                    if (!callInvalidRules) throw FAIL;
                    throw make(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "':' expected after dictionary key", k.end_lineno,
                            src.charCol(k.end_lineno, k.end_col_offset - 1) + 1, k.end_lineno, 0);
                }
                keys.add(k);
                pos++;
                values.add(dictValue());
            }
            if (!accept(COMMA)) break;
        }
        expect(RBRACE);
        int[] s = span(start);
        return new Expr.Dict(keys, values, s[0], s[1], s[2], s[3]);
    }

    // ---- subscripts -----------------------------------------------------------------------

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']}. */
    final Expr slices() {
        int start = pos;
        Expr first = sliceOrStarred();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && (at(COLON) || atStarExprStart())) elts.add(sliceOrStarred());
        int[] s = span(start);
        return new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]);
    }

    private Expr sliceOrStarred() {
        if (at(STAR)) {
            int start = pos++;
            Expr v = expression();
            int[] s = span(start);
            return new Expr.Starred(v, LOAD, s[0], s[1], s[2], s[3]);
        }
        return slice();
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression}. */
    private Expr slice() {
        int start = pos;
        Expr lower = null;
        if (!at(COLON)) {
            Expr e = namedExpression();
            if (!at(COLON) || e instanceof Expr.NamedExpr) return e;
            lower = e;
        }
        pos++;
        Expr upper = atExprStart() ? expression() : null;
        Expr step = null;
        if (accept(COLON) && atExprStart()) step = expression();
        int[] s = span(start);
        return new Expr.Slice(lower, upper, step, s[0], s[1], s[2], s[3]);
    }

    /** {@code lambdef}, in {@link ParameterParser}. */
    abstract Expr lambdef();
}
