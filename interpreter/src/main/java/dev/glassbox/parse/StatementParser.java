package dev.glassbox.parse;

import dev.glassbox.ast.Alias;
import dev.glassbox.ast.Arguments;
import dev.glassbox.ast.Excepthandler;
import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Operator;
import dev.glassbox.ast.Stmt;
import dev.glassbox.ast.Withitem;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.glassbox.tokenize.TokenType.*;

/**
 * The statement rules of {@code Grammar/python.gram} (3.11): simple statements, blocks and
 * compound statements. Assignments are parsed expression-first: the left side is parsed as
 * {@code star_expressions} and turned into a target when '=', ':' or an augmented operator
 * follows (the tree and positions are the grammar's; the invalid_assignment messages are
 * produced at that point). The match statement is in {@link PatternParser}.
 */
abstract class StatementParser extends PatternParser {

    StatementParser(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        super(src, filename, mode, deferred, fileInput);
    }

    /** {@code statements}: up to DEDENT or ENDMARKER. */
    final List<Stmt> statements() {
        List<Stmt> out = new ArrayList<>();
        while (!at(DEDENT) && !at(ENDMARKER)) statement(out);
        return out;
    }

    /** {@code statement: compound_stmt | simple_stmts}, appended to out. */
    final void statement(List<Stmt> out) {
        Stmt c = compoundStatement();
        if (c != null) out.add(c);
        else simpleStatements(out);
    }

    /** {@code simple_stmts}: ';'-separated simple statements and a NEWLINE. */
    final void simpleStatements(List<Stmt> out) {
        if (at(INDENT)) throw FAIL;
        out.add(simpleStatement());
        while (accept(SEMI)) {
            if (at(NEWLINE)) break;
            out.add(simpleStatement());
        }
        if (!accept(NEWLINE)) throw FAIL;
    }

    // ---- simple statements -------------------------------------------------------------

    private Stmt simpleStatement() {
        int start = pos;
        Tok t = peek();
        if (t.type == NAME) {
            switch (t.string) {
                case "return": {
                    pos++;
                    Expr v = atStarExprStart() ? starExpressions() : null;
                    int[] s = span(start);
                    return new Stmt.Return(v, s[0], s[1], s[2], s[3]);
                }
                case "import": return importName();
                case "from": return importFrom();
                case "lazy": {
                    // PEP 810's soft keyword, only with -X lazy_imports (3.11's grammar otherwise)
                    Tok after = peek(1);
                    if (!Parser.lazyImports || after.type != NAME || !(after.string.equals("import") || after.string.equals("from"))) break;
                    pos += 2;
                    if (after.string.equals("import")) {
                        Stmt.Import imp = (Stmt.Import) importName(start);
                        imp.lazy = true;
                        return imp;
                    }
                    Stmt.ImportFrom imp = (Stmt.ImportFrom) importFrom(start);
                    if (imp.level == 0 && "__future__".equals(imp.module)) throw errorAt(t, "lazy from __future__ import is not allowed");
                    if (imp.names.get(0).name.equals("*")) throw errorAt(t, "lazy from ... import * is not allowed");
                    imp.lazy = true;
                    return imp;
                }
                case "raise": {
                    pos++;
                    Expr exc = null, cause = null;
                    if (atExprStart()) {
                        exc = expression();
                        if (acceptKeyword("from")) cause = expression();
                    }
                    int[] s = span(start);
                    return new Stmt.Raise(exc, cause, s[0], s[1], s[2], s[3]);
                }
                case "pass": pos++; return new Stmt.Pass(t.line, t.col, t.endLine, t.endCol);
                case "break": pos++; return new Stmt.Break(t.line, t.col, t.endLine, t.endCol);
                case "continue": pos++; return new Stmt.Continue(t.line, t.col, t.endLine, t.endCol);
                case "del": return delStatement();
                case "assert": {
                    pos++;
                    Expr test = expression();
                    Expr msg = accept(COMMA) ? expression() : null;
                    int[] s = span(start);
                    return new Stmt.Assert(test, msg, s[0], s[1], s[2], s[3]);
                }
                case "global": case "nonlocal": {
                    pos++;
                    List<String> names = new ArrayList<>();
                    names.add(identifier(expectName().string));
                    while (accept(COMMA)) names.add(identifier(expectName().string));
                    int[] s = span(start);
                    return t.string.equals("global") ? new Stmt.Global(names, s[0], s[1], s[2], s[3])
                            : new Stmt.Nonlocal(names, s[0], s[1], s[2], s[3]);
                }
                default:
                    break;
            }
        }
        return expressionOrAssignment(start);
    }

    private Stmt delStatement() {
        int start = pos++;
        List<Expr> targets = new ArrayList<>();
        targets.add(Targets.store(this, delTarget(), Targets.Kind.DEL));
        while (accept(COMMA) && !at(SEMI) && !at(NEWLINE)) {
            targets.add(Targets.store(this, delTarget(), Targets.Kind.DEL));
        }
        if (!at(SEMI) && !at(NEWLINE)) throw FAIL;
        int[] s = span(start);
        return new Stmt.Delete(targets, s[0], s[1], s[2], s[3]);
    }

    private Expr delTarget() {
        return at(STAR) ? starTarget() : bitwiseOr();
    }

    /** assignment (plain, annotated, augmented) or an expression statement. */
    private Stmt expressionOrAssignment(int start) {
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        TokenType t = peek().type;
        if (t == COLONEQUAL && callInvalidRules) {
            // invalid_assignment's star_named_expression reaches invalid_named_expression:
            // "(a) := 1" or "x, 1 := 2" (a bare NAME is an assignment expression, no error here).
            Expr target = first instanceof Expr.Tuple tu && tok(start).type != LPAR && !tu.elts.isEmpty()
                    ? tu.elts.get(tu.elts.size() - 1) : first;
            boolean bareName = target instanceof Expr.Name && peek(-1).type == NAME;
            if (!bareName && tokStartsExpr(peek(1))) {
                throw errorNode(target, "cannot use assignment expressions with " + Targets.exprName(target));
            }
        }
        if (t == COLON) return annotated(start, first);
        if (t == EQUAL) return assignment(start, first);
        Operator aug = augOperator(t);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorNode(first, "'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment");
            }
            pos++;
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            int[] s = span(start);
            return new Stmt.AugAssign(Targets.withContext(first, dev.glassbox.ast.Expr_context.Store), aug, value,
                    s[0], s[1], s[2], s[3]);
        }
        int[] s = span(start);
        return new Stmt.Expr(first, s[0], s[1], s[2], s[3]);
    }

    private Stmt annotated(int start, Expr target) {
        // invalid_assignment's annotation rules need an expression after the ':'.
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)
                && (!callInvalidRules || !(peek(1).type != NEWLINE && tokStartsExpr(peek(1))))) {
            throw FAIL;   // (the first pass must not look past the ':')
        }
        if (target instanceof Expr.Tuple t) {
            // Unparenthesised, the message points at the first element (invalid_assignment's 2nd rule).
            Expr at = t.elts.isEmpty() || tok(start).type == LPAR ? t : t.elts.get(0);
            throw errorNode(at, "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.List) throw errorNode(target, "only single target (not list) can be annotated");
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorNode(target, "illegal target for annotation");
        }
        int simple = target instanceof Expr.Name && tok(start).type != LPAR ? 1 : 0;
        pos++;
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL)) value = atKeyword("yield") ? yieldExpr() : starExpressions();
        int[] s = span(start);
        return new Stmt.AnnAssign(Targets.withContext(target, dev.glassbox.ast.Expr_context.Store), annotation, value,
                simple, s[0], s[1], s[2], s[3]);
    }

    private Stmt assignment(int start, Expr first) {
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (accept(EQUAL)) {
            targets.add(value);
            try {
                value = atKeyword("yield") ? yieldExpr() : starExpressions();
            } catch (Fail f) {
                // invalid_assignment: (star_targets '=')* a=star_expressions '=' names a bad target
                // even when what follows does not parse.
                if (callInvalidRules) {
                    for (Expr t : targets) {
                        Expr bad = Targets.invalidTarget(t, Targets.Kind.STAR);
                        if (bad != null) throw errorNode(bad, "cannot assign to " + Targets.exprName(bad));
                    }
                }
                throw f;
            }
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Expr target = targets.get(i);
            Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
            if (bad != null) {
                // invalid_named_expression's "here. Maybe you meant '=='" form applies to a lone
                // bitwise_or target (not a display, not True/None/False) of a single '='.
                boolean paren = tok(start).type == LPAR && !(bad instanceof Expr.Tuple) && !(bad instanceof Expr.GeneratorExp);
                // An unparenthesised tuple's last element is itself a named_expression before '='.
                if (targets.size() == 1 && target instanceof Expr.Tuple tt && tok(start).type != LPAR
                        && !tt.elts.isEmpty()) {
                    Expr lastElt = tt.elts.get(tt.elts.size() - 1);
                    if (Targets.invalidTarget(lastElt, Targets.Kind.STAR) == lastElt
                            && (isBitwiseOrLevel(lastElt) || parenthesized(lastElt))
                            && !(lastElt instanceof Expr.Starred)) {
                        throw errorNode(lastElt, "cannot assign to " + Targets.exprName(lastElt)
                                + " here. Maybe you meant '==' instead of '='?");
                    }
                }
                if (bad == target && targets.size() == 1 && (paren || isBitwiseOrLevel(bad))) {
                    throw errorNode(bad, "cannot assign to " + Targets.exprName(bad)
                            + " here. Maybe you meant '==' instead of '='?");
                }
                if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                    throw errorNode(target, "assignment to yield expression not possible");
                }
                throw errorNode(bad, "cannot assign to " + Targets.exprName(bad));
            }
            stored.add(Targets.withContext(target, dev.glassbox.ast.Expr_context.Store));
        }
        String typeComment = at(TYPE_COMMENT) ? next().string : null;   // inside the Assign's span
        int[] s = span(start);
        return new Stmt.Assign(stored, value, typeComment, s[0], s[1], s[2], s[3]);
    }

    /** Is e written in parentheses of its own (a ')' right after it; tuples hold theirs)? */
    private boolean parenthesized(Expr e) {
        if (e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp) return false;
        for (int i = pos - 1; i >= 0; i--) {
            Tok t = toks.get(i);
            if (t.line < e.end_lineno) return false;
            if (t.line == e.end_lineno && t.col == e.end_col_offset) return t.type == RPAR;
        }
        return false;
    }

    private boolean tokStartsExpr(Tok t) {
        int save = pos;
        pos = toks.indexOf(t);
        boolean r = atExprStart();
        pos = save;
        return r;
    }

    /** Could e have come from {@code bitwise_or} (and not be a display or a named constant)? */
    static boolean isBitwiseOrLevel(Expr e) {
        if (e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
                || e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return false;
        }
        if (e instanceof Expr.UnaryOp u && u.op == dev.glassbox.ast.Unaryop.Not) return false;
        if (e instanceof Expr.Constant c) {
            Object v = c.value;
            return !(v instanceof Boolean) && v != dev.glassbox.ast.ConstantValue.NONE;
        }
        return true;
    }

    private static Operator augOperator(TokenType t) {
        switch (t) {
            case PLUSEQUAL: return Operator.Add;
            case MINEQUAL: return Operator.Sub;
            case STAREQUAL: return Operator.Mult;
            case ATEQUAL: return Operator.MatMult;
            case SLASHEQUAL: return Operator.Div;
            case PERCENTEQUAL: return Operator.Mod;
            case AMPEREQUAL: return Operator.BitAnd;
            case VBAREQUAL: return Operator.BitOr;
            case CIRCUMFLEXEQUAL: return Operator.BitXor;
            case LEFTSHIFTEQUAL: return Operator.LShift;
            case RIGHTSHIFTEQUAL: return Operator.RShift;
            case DOUBLESTAREQUAL: return Operator.Pow;
            case DOUBLESLASHEQUAL: return Operator.FloorDiv;
            default: return null;
        }
    }

    // ---- imports -----------------------------------------------------------------------

    private Stmt importName() {
        return importName(pos++);
    }

    /** {@code start}: the statement's first token (a lazy import's 'lazy'). */
    private Stmt importName(int start) {
        List<Alias> names = new ArrayList<>();
        do {
            names.add(dottedAsName());
        } while (accept(COMMA));
        int[] s = span(start);
        return new Stmt.Import(names, s[0], s[1], s[2], s[3]);
    }

    private Alias dottedAsName() {
        int start = pos;
        String name = dottedName();
        String as = acceptKeyword("as") ? identifier(expectName().string) : null;
        int[] s = span(start);
        return new Alias(name, as, s[0], s[1], s[2], s[3]);
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(identifier(expectName().string));
        while (at(DOT)) {
            pos++;
            b.append('.').append(identifier(expectName().string));
        }
        return b.toString();
    }

    private Stmt importFrom() {
        return importFrom(pos++);
    }

    private Stmt importFrom(int start) {
        int level = 0;
        while (true) {
            if (accept(DOT)) level++;
            else if (accept(ELLIPSIS)) level += 3;
            else break;
        }
        String module = null;
        if (level == 0 || !atKeyword("import")) module = dottedName();
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Tok t = next();
            names.add(new Alias("*", null, t.line, t.col, t.endLine, t.endCol));
        } else if (accept(LPAR)) {
            do {
                if (at(RPAR) && !names.isEmpty()) break;
                names.add(importAsName());
            } while (accept(COMMA));
            expect(RPAR);
        } else {
            names.add(importAsName());
            while (accept(COMMA)) {
                if (at(NEWLINE)) {
                    throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                            "trailing comma not allowed without surrounding parentheses");
                }
                names.add(importAsName());
            }
        }
        int[] s = span(start);
        return new Stmt.ImportFrom(module, names, level, s[0], s[1], s[2], s[3]);
    }

    private Alias importAsName() {
        int start = pos;
        String name = identifier(expectName().string);
        String as = acceptKeyword("as") ? identifier(expectName().string) : null;
        int[] s = span(start);
        return new Alias(name, as, s[0], s[1], s[2], s[3]);
    }

    // ---- blocks ------------------------------------------------------------------------

    /**
     * {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}; {@code what} names the
     * statement for "expected an indented block after ... on line N".
     */
    final List<Stmt> block(String what, int line) {
        List<Stmt> out = new ArrayList<>();
        if (accept(NEWLINE)) {
            if (!accept(INDENT)) {
                throw errorAtLastFilled(SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                        "expected an indented block after " + what + " on line " + line);
            }
            out = statements();
            expect(DEDENT);
            return out;
        }
        simpleStatements(out);
        return out;
    }

    /** A ':' before a block: "expected ':'" when forced (&&':') or when a NEWLINE is there instead. */
    final void colon(boolean forced) {
        if (accept(COLON)) return;
        if (forced) throw errorAt(peek(), "expected ':'");                 // &&':'
        if (at(NEWLINE)) {   // invalid_*_stmt: RAISE_SYNTAX_ERROR, at the furthest token read
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "expected ':'");
        }
        throw FAIL;
    }

    // ---- compound statements -----------------------------------------------------------

    /** A compound statement, or null when the current token does not start one. */
    final Stmt compoundStatement() {
        Tok t = peek();
        if (t.type == AT) return decorated();
        if (t.type == ASYNC) {
            Tok n = peek(1);
            if (n.type == NAME) {
                switch (n.string) {
                    case "def": return functionDef(new ArrayList<>());
                    case "with": return withStatement();
                    case "for": return forStatement();
                    default: break;
                }
            }
            throw FAIL;
        }
        if (t.type != NAME) return null;
        switch (t.string) {
            case "def": return functionDef(new ArrayList<>());
            case "class": return classDef(new ArrayList<>());
            case "if": return ifStatement("if");
            case "while": return whileStatement();
            case "for": return forStatement();
            case "with": return withStatement();
            case "try": return tryStatement();
            case "match": return matchStatement();
            default: return null;
        }
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            if (!accept(NEWLINE)) throw FAIL;
        }
        if (atKeyword("class")) return classDef(decorators);
        if (atKeyword("def") || at(ASYNC)) return functionDef(decorators);
        throw FAIL;
    }

    private Stmt functionDef(List<Expr> decorators) {
        int start = pos;
        boolean async = accept(ASYNC);
        Tok def = peek();
        expectKeyword("def");
        Tok name = expectName();
        forced(LPAR);
        Arguments args = parameters(false);
        expect(RPAR);
        Expr returns = null;
        if (at(RARROW)) {
            int mark = pos++;
            if (atExprStart()) returns = expression();
            else pos = mark;   // ['->' expression] does not match: &&':' reports at '->'
        }
        forced(COLON);
        if (callInvalidRules && at(NEWLINE) && peek(1).type != INDENT) {
            // invalid_def_raw comes first on the second pass: ':' NEWLINE !INDENT (also when a
            // type comment line follows)
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                    "expected an indented block after function definition on line " + def.line);
        }
        String typeComment = null;
        if (at(TYPE_COMMENT)) {
            typeComment = next().string;
        } else if (at(NEWLINE) && peek(1).type == TYPE_COMMENT && peek(2).type == NEWLINE && peek(3).type == INDENT) {
            pos++;
            typeComment = next().string;
        }
        List<Stmt> body = block("function definition", def.line);
        int[] s = span(start);
        if (async) {
            return new Stmt.AsyncFunctionDef(identifier(name.string), args, body, decorators, returns, typeComment, s[0], s[1], s[2], s[3]);
        }
        return new Stmt.FunctionDef(identifier(name.string), args, body, decorators, returns, typeComment, s[0], s[1], s[2], s[3]);
    }

    private Stmt classDef(List<Expr> decorators) {
        int start = pos++;
        Tok name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<dev.glassbox.ast.Keyword> keywords = new ArrayList<>();
        if (at(LPAR)) {
            ArgList a = callArguments(false);
            bases = a.args();
            keywords = a.keywords();
        }
        colon(false);
        List<Stmt> body = block("class definition", tok(start).line);
        int[] s = span(start);
        return new Stmt.ClassDef(identifier(name.string), bases, keywords, body, decorators, s[0], s[1], s[2], s[3]);
    }

    /** {@code if_stmt} and {@code elif_stmt}: an If whose orelse holds the elif chain. */
    private Stmt ifStatement(String keyword) {
        int start = pos++;
        Expr test = namedExpression();
        colon(false);
        List<Stmt> body = block("'" + keyword + "' statement", tok(start).line);
        List<Stmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) orelse.add(ifStatement("elif"));
        else if (atKeyword("else")) orelse = elseBlock();
        int[] s = span(start);
        return new Stmt.If(test, body, orelse, s[0], s[1], s[2], s[3]);
    }

    private List<Stmt> elseBlock() {
        Tok e = next();
        forced(COLON);
        return block("'else' statement", e.line);
    }

    private Stmt whileStatement() {
        int start = pos++;
        Expr test = namedExpression();
        colon(false);
        List<Stmt> body = block("'while' statement", tok(start).line);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : new ArrayList<>();
        int[] s = span(start);
        return new Stmt.While(test, body, orelse, s[0], s[1], s[2], s[3]);
    }

    private Stmt forStatement() {
        int start = pos;
        boolean async = accept(ASYNC);
        Tok kw = next();
        Expr target = forTarget();
        Expr iter = starExpressions();
        colon(false);
        String typeComment = at(TYPE_COMMENT) ? next().string : null;
        List<Stmt> body = block("'for' statement", kw.line);
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : new ArrayList<>();
        int[] s = span(start);
        if (async) return new Stmt.AsyncFor(target, iter, body, orelse, typeComment, s[0], s[1], s[2], s[3]);
        return new Stmt.For(target, iter, body, orelse, typeComment, s[0], s[1], s[2], s[3]);
    }

    private Stmt withStatement() {
        int start = pos;
        boolean async = accept(ASYNC);
        Tok kw = next();
        List<Withitem> items = null;
        if (at(LPAR)) {
            // 'with' '(' ','.with_item+ ','? ')' ':' — else the items are not parenthesised.
            int mark = pos;
            try {
                pos++;
                List<Withitem> list = new ArrayList<>();
                list.add(withItem());
                while (accept(COMMA) && !at(RPAR)) list.add(withItem());
                expect(RPAR);
                if (!at(COLON)) throw FAIL;
                items = list;
            } catch (Fail f) {
                pos = mark;
            }
        }
        String typeComment = null;
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (accept(COMMA)) items.add(withItem());
            colon(false);
            if (at(TYPE_COMMENT)) typeComment = next().string;
        } else {
            colon(false);
        }
        List<Stmt> body = block("'with' statement", kw.line);
        int[] s = span(start);
        if (async) return new Stmt.AsyncWith(items, body, typeComment, s[0], s[1], s[2], s[3]);
        return new Stmt.With(items, body, typeComment, s[0], s[1], s[2], s[3]);
    }

    private Withitem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            vars = Targets.store(this, starTarget(), Targets.Kind.STAR);
            if (!at(COMMA) && !at(RPAR) && !at(COLON)) {
                // invalid_with_stmt: items then NEWLINE is "expected ':'"
                if (callInvalidRules && at(NEWLINE)) {
                    throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "expected ':'");
                }
                throw FAIL;
            }
        }
        return new Withitem(e, vars);
    }

    private Stmt tryStatement() {
        int start = pos++;
        Tok kw = tok(start);
        forced(COLON);
        List<Stmt> body = block("'try' statement", kw.line);
        List<Excepthandler> handlers = new ArrayList<>();
        boolean star = false, plain = false;
        while (atKeyword("except")) {
            int hstart = pos++;
            boolean isStar = accept(STAR);
            if (isStar) star = true;
            else plain = true;
            if (star && plain) {
                throw errorRange(tok(hstart), tok(hstart + (isStar ? 1 : 0)),
                        "cannot have both 'except' and 'except*' on the same 'try'");
            }
            Expr type = null;
            String name = null;
            if (isStar && (at(COLON) || at(NEWLINE))) {
                peek();
                throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "expected one or more exception types");
            }
            if (!at(COLON) || isStar) {
                type = expression();
                if (at(COMMA)) {
                    int e0 = pos;
                    List<Expr> more = new ArrayList<>();
                    while (accept(COMMA) && atExprStart()) more.add(expression());
                    if (at(COLON) || atKeyword("as")) {
                        throw errorRange(tok(hstart + (isStar ? 2 : 1)), last(),
                                "multiple exception types must be parenthesized");
                    }
                    pos = e0;
                    throw FAIL;
                }
                if (acceptKeyword("as")) name = identifier(expectName().string);
            }
            colon(false);
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", tok(hstart).line);
            int[] s = span(hstart);
            handlers.add(new Excepthandler.ExceptHandler(type, name, hbody, s[0], s[1], s[2], s[3]));
        }
        List<Stmt> orelse = new ArrayList<>(), finalbody = new ArrayList<>();
        if (!handlers.isEmpty() && atKeyword("else")) orelse = elseBlock();
        if (atKeyword("finally")) {
            Tok f = next();
            forced(COLON);
            finalbody = block("'finally' statement", f.line);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "expected 'except' or 'finally' block");
        }
        int[] s = span(start);
        if (star) return new Stmt.TryStar(body, handlers, orelse, finalbody, s[0], s[1], s[2], s[3]);
        return new Stmt.Try(body, handlers, orelse, finalbody, s[0], s[1], s[2], s[3]);
    }
}
