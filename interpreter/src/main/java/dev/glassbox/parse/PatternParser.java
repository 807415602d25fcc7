package dev.glassbox.parse;

import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Match_case;
import dev.glassbox.ast.Operator;
import dev.glassbox.ast.Pattern;
import dev.glassbox.ast.Stmt;
import dev.glassbox.ast.Unaryop;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.glassbox.tokenize.TokenType.*;

/**
 * The match statement and its patterns ({@code match_stmt} ... {@code class_pattern} in
 * {@code Grammar/python.gram}, 3.11). {@code match}, {@code case} and {@code _} are soft
 * keywords: a statement starting with NAME "match" is a match statement only if a subject,
 * ':' and NEWLINE follow; otherwise it is parsed again as a simple statement.
 */
abstract class PatternParser extends ParameterParser {

    PatternParser(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        super(src, filename, mode, deferred, fileInput);
    }

    abstract List<dev.glassbox.ast.Stmt> block(String what, int line);

    abstract void colon(boolean forced);

    /** The match statement, or null (position unchanged) when "match" is just a name here. */
    final Stmt matchStatement() {
        int start = pos;
        Expr subject;
        try {
            pos++;
            subject = subject();
            if (!accept(COLON)) {
                if (at(NEWLINE) && callInvalidRules) {
                    throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "expected ':'");
                }
                throw FAIL;
            }
            if (!accept(NEWLINE)) throw FAIL;
        } catch (Fail f) {
            pos = start;
            return null;
        }
        if (!accept(INDENT)) {
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                    "expected an indented block after 'match' statement on line " + tok(start).line);
        }
        List<Match_case> cases = new ArrayList<>();
        while (atKeyword("case")) cases.add(caseBlock());
        if (cases.isEmpty()) throw FAIL;
        expect(DEDENT);
        checkVersion(10, "Pattern matching is");
        int[] s = span(start);
        return new Stmt.Match(subject, cases, s[0], s[1], s[2], s[3]);
    }

    private Expr subject() {
        int start = pos;
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) throw FAIL;
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && atStarExprStart()) elts.add(starNamedExpression());
        int[] s = span(start);
        return new Expr.Tuple(elts, LOAD, s[0], s[1], s[2], s[3]);
    }

    private Match_case caseBlock() {
        Tok kw = next();
        Pattern pattern = patterns();
        Expr guard = acceptKeyword("if") ? namedExpression() : null;
        colon(false);
        List<dev.glassbox.ast.Stmt> body = block("'case' statement", kw.line);
        return new Match_case(pattern, guard, body);
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    private Pattern patterns() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) throw FAIL;
            return first;
        }
        List<Pattern> list = new ArrayList<>();
        list.add(first);
        while (accept(COMMA) && !at(COLON) && !atKeyword("if")) list.add(maybeStarPattern());
        int[] s = span(start);
        return new Pattern.MatchSequence(list, s[0], s[1], s[2], s[3]);
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            int start = pos++;
            Tok n = expectName();
            int[] s = span(start);
            return new Pattern.MatchStar(n.string.equals("_") ? null : identifier(n.string), s[0], s[1], s[2], s[3]);
        }
        return pattern();
    }

    /** {@code pattern: as_pattern | or_pattern}. */
    final Pattern pattern() {
        enter();
        try {
            int start = pos;
            Pattern p = orPattern();
            if (acceptKeyword("as")) {
                Tok n = peek();
                if (n.type == NAME && n.string.equals("_")) throw errorAt(n, "cannot use '_' as a target");
                if (!atName()) {
                    if (callInvalidRules && atExprStart()) throw errorNode(expression(), "invalid pattern target");
                    throw FAIL;
                }
                pos++;
                int[] s = span(start);
                return new Pattern.MatchAs(p, identifier(n.string), s[0], s[1], s[2], s[3]);
            }
            return p;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        int start = pos;
        Pattern p = closedPattern();
        if (!at(VBAR)) return p;
        List<Pattern> list = new ArrayList<>();
        list.add(p);
        while (accept(VBAR)) list.add(closedPattern());
        int[] s = span(start);
        return new Pattern.MatchOr(list, s[0], s[1], s[2], s[3]);
    }

    private Pattern closedPattern() {
        int start = pos;
        Tok t = peek();
        switch (t.type) {
            case NUMBER: case MINUS: case STRING: {
                Expr v = literalExpr();
                int[] s = span(start);
                return new Pattern.MatchValue(v, s[0], s[1], s[2], s[3]);
            }
            case LPAR: return parenPattern();
            case LSQB: {
                pos++;
                List<Pattern> items = sequenceItems(RSQB);
                expect(RSQB);
                int[] s = span(start);
                return new Pattern.MatchSequence(items, s[0], s[1], s[2], s[3]);
            }
            case LBRACE: return mappingPattern();
            case NAME: break;
            default: throw FAIL;
        }
        switch (t.string) {
            case "None": pos++; return singleton(ConstantValue.NONE, start);
            case "True": pos++; return singleton(Boolean.TRUE, start);
            case "False": pos++; return singleton(Boolean.FALSE, start);
            default: break;
        }
        if (!atName()) throw FAIL;
        Expr target = nameOrAttr();
        if (at(LPAR)) return classPattern(start, target);
        if (target instanceof Expr.Name n) {
            if (at(EQUAL)) throw FAIL;
            int[] s = span(start);
            return new Pattern.MatchAs(null, n.id.equals("_") ? null : n.id, s[0], s[1], s[2], s[3]);
        }
        int[] s = span(start);
        return new Pattern.MatchValue(target, s[0], s[1], s[2], s[3]);
    }

    private Pattern singleton(Object v, int start) {
        int[] s = span(start);
        return new Pattern.MatchSingleton(v, s[0], s[1], s[2], s[3]);
    }

    /** {@code name_or_attr}: NAME ('.' NAME)*. */
    private Expr nameOrAttr() {
        int start = pos;
        Tok n = expectName();
        Expr e = new Expr.Name(identifier(n.string), LOAD, n.line, n.col, n.endLine, n.endCol);
        while (accept(DOT)) {
            Tok a = expectName();
            int[] s = span(start);
            e = new Expr.Attribute(e, identifier(a.string), LOAD, s[0], s[1], s[2], s[3]);
        }
        return e;
    }

    /** {@code literal_expr} minus the singletons: signed numbers, complex numbers, strings. */
    private Expr literalExpr() {
        int start = pos;
        if (at(STRING)) {
            Expr s = atom();
            if (s instanceof Expr.JoinedStr) throw errorNode(s, "patterns may only match literals and attribute lookups");
            return s;
        }
        Expr real = signedNumber();
        if (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            pos++;
            Tok n = expect(NUMBER);
            Object v = Numbers.parse(n.string);
            Expr imag = new Expr.Constant(v, null, n.line, n.col, n.endLine, n.endCol);
            if (!(v instanceof ConstantValue.Imaginary)) throw errorNode(imag, "imaginary number required in complex literal");
            if (real instanceof Expr.Constant c && c.value instanceof ConstantValue.Imaginary
                    || real instanceof Expr.UnaryOp u && ((Expr.Constant) u.operand).value instanceof ConstantValue.Imaginary) {
                throw errorNode(real, "real number required in complex literal");
            }
            int[] s = span(start);
            return new Expr.BinOp(real, op, imag, s[0], s[1], s[2], s[3]);
        }
        return real;
    }

    private Expr signedNumber() {
        int start = pos;
        boolean neg = accept(MINUS);
        Tok n = expect(NUMBER);
        Expr c = new Expr.Constant(Numbers.parse(n.string), null, n.line, n.col, n.endLine, n.endCol);
        if (!neg) return c;
        int[] s = span(start);
        return new Expr.UnaryOp(Unaryop.USub, c, s[0], s[1], s[2], s[3]);
    }

    /** {@code group_pattern | '(' open_sequence_pattern? ')'}. */
    private Pattern parenPattern() {
        int start = pos++;
        if (accept(RPAR)) {
            int[] s = span(start);
            return new Pattern.MatchSequence(new ArrayList<>(), s[0], s[1], s[2], s[3]);
        }
        Pattern first = maybeStarPattern();
        if (accept(RPAR)) {
            if (first instanceof Pattern.MatchStar) {
                int[] s = span(start);
                List<Pattern> one = new ArrayList<>();
                one.add(first);
                return new Pattern.MatchSequence(one, s[0], s[1], s[2], s[3]);
            }
            return first;   // a group: the inner pattern, its own position
        }
        if (!at(COMMA)) throw FAIL;
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA) && !at(RPAR)) items.add(maybeStarPattern());
        expect(RPAR);
        int[] s = span(start);
        return new Pattern.MatchSequence(items, s[0], s[1], s[2], s[3]);
    }

    private List<Pattern> sequenceItems(dev.glassbox.tokenize.TokenType closer) {
        List<Pattern> items = new ArrayList<>();
        while (!at(closer)) {
            items.add(maybeStarPattern());
            if (!accept(COMMA)) break;
        }
        return items;
    }

    private Pattern mappingPattern() {
        int start = pos++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                // double_star_pattern: '**' pattern_capture_target, which is !"_" NAME.
                Tok target = expectName();
                if (target.string.equals("_")) throw FAIL;
                rest = identifier(target.string);
                accept(COMMA);
                break;
            }
            Expr key;
            Tok t = peek();
            if (t.type == NAME && (t.string.equals("None") || t.string.equals("True") || t.string.equals("False"))) {
                pos++;
                key = new Expr.Constant(t.string.equals("None") ? ConstantValue.NONE : Boolean.valueOf(t.string.equals("True")),
                        null, t.line, t.col, t.endLine, t.endCol);
            } else if (t.type == NAME) {
                key = nameOrAttr();
                if (key instanceof Expr.Name) throw FAIL;
            } else {
                key = literalExpr();
            }
            expect(COLON);
            keys.add(key);
            values.add(pattern());
            if (!accept(COMMA)) break;
        }
        expect(RBRACE);
        int[] s = span(start);
        return new Pattern.MatchMapping(keys, values, rest, s[0], s[1], s[2], s[3]);
    }

    private Pattern classPattern(int start, Expr cls) {
        pos++;
        List<Pattern> patterns = new ArrayList<>(), kwdPatterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        while (!at(RPAR)) {
            if (peek().type == NAME && peek(1).type == EQUAL) {
                kwdAttrs.add(identifier(next().string));
                pos++;
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorBytes(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "positional patterns follow keyword patterns",
                            p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
                }
                patterns.add(p);
            }
            if (!accept(COMMA)) break;
        }
        expect(RPAR);
        int[] s = span(start);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, s[0], s[1], s[2], s[3]);
    }
}
