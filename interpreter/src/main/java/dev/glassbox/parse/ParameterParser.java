package dev.glassbox.parse;

import dev.glassbox.ast.Arg;
import dev.glassbox.ast.Arguments;
import dev.glassbox.ast.Expr;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.glassbox.tokenize.TokenType.*;

/**
 * Parameters of def and lambda ({@code params}, {@code lambda_params} and their invalid_*
 * rules in {@code Grammar/python.gram}), and {@code lambdef}. One procedure handles both
 * grammars: positional-only before '/', positional, '*' [vararg], keyword-only, '**' kwarg,
 * with per-parameter type comments when they are enabled.
 */
abstract class ParameterParser extends ExpressionParser {

    ParameterParser(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        super(src, filename, mode, deferred, fileInput);
    }

    @Override
    final Expr lambdef() {
        enter();   // lambdef costs pegen one level more than other nesting
        try {
            int start = pos++;
            Arguments args = parameters(true);
            expect(COLON);
            Expr body = expression();
            int[] s = span(start);
            return new Expr.Lambda(args, body, s[0], s[1], s[2], s[3]);
        } finally {
            leave();
        }
    }

    /**
     * {@code params} (def, up to ')') or {@code lambda_params} (up to ':'): positional-only
     * before '/', then positional, '*' [vararg], keyword-only, '**' kwarg. Defaults must not
     * be followed by non-defaults among the positional ones.
     */
    final Arguments parameters(boolean lambda) {
        TokenType closer = lambda ? COLON : RPAR;
        List<Arg> posonly = new ArrayList<>(), args = new ArrayList<>(), kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>(), kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        boolean star = false, slash = false;
        while (!at(closer)) {
            Tok t = peek();
            if (kwarg != null) throw errorAt(t, "arguments cannot follow var-keyword argument");
            if (t.type == SLASH) {
                if (star) throw errorAt(t, "/ must be ahead of *");
                if (slash) throw errorAt(t, "/ may appear only once");
                if (args.isEmpty()) throw errorAt(t, "at least one argument must precede /");
                pos++;
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.type == STAR) {
                if (star) {
                    // invalid_star_etc: a second '*' followed by a parameter or ','
                    if (!callInvalidRules) throw FAIL;   // the first pass does not look past it
                    if (peek(1).type == NAME || peek(1).type == COMMA) throw errorAt(t, "* argument may appear only once");
                    throw FAIL;
                }
                pos++;
                star = true;
                if (at(COMMA) || at(closer)) {
                    if (at(closer) || peek(1).type == DOUBLESTAR) {
                        if (lambda) {   // invalid_lambda_star_etc: RAISE_SYNTAX_ERROR at the last token read
                            if (at(COMMA)) peek(1);
                            throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "named arguments must follow bare *");
                        }
                        throw errorAt(t, "named arguments must follow bare *");
                    }
                } else {
                    vararg = param(lambda, true);
                    vararg = withTypeComment(vararg);
                    if (at(EQUAL)) throw errorAt(peek(), lambda ? "var-positional argument cannot have default value"
                            : "var-positional argument cannot have default value");
                }
            } else if (t.type == DOUBLESTAR) {
                pos++;
                kwarg = withTypeComment(param(lambda, false));
                if (at(EQUAL)) throw errorAt(peek(), "var-keyword argument cannot have default value");
            } else {
                if (t.type == LPAR && callInvalidRules) {
                    // invalid_parameters: param_no_default* '(' param_no_default+ ','? ')'
                    int mark = pos++;
                    try {
                        do {
                            expectName();
                        } while (accept(COMMA) && !at(RPAR));
                        Tok close = expect(RPAR);
                        throw errorRange(t, close, lambda ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
                    } catch (Fail f) {
                        pos = mark;
                    }
                }
                Arg a = param(lambda, false);
                Expr d = null;
                if (at(EQUAL) && (peek(1).type == RPAR || peek(1).type == COMMA || (lambda && peek(1).type == COLON))) {
                    throw errorAt(peek(), "expected default value expression");
                }
                if (accept(EQUAL)) d = expression();
                a = withTypeComment(a);
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(d);
                } else {
                    args.add(a);
                    if (d != null) defaults.add(d);
                    else if (!defaults.isEmpty()) {
                        throw errorAt(t, "non-default argument follows default argument");
                    }
                }
            }
            if (!accept(COMMA)) break;
        }
        if (!posonly.isEmpty()) checkVersion(8, "Positional-only parameters are");
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** {@code param ',' TYPE_COMMENT?} or {@code param TYPE_COMMENT? &')'}: the comma is left for the caller. */
    private Arg withTypeComment(Arg a) {
        Tok t = null;
        if (at(TYPE_COMMENT) && peek(1).type == RPAR) {
            t = next();
        } else if (at(COMMA) && peek(1).type == TYPE_COMMENT) {
            t = peek(1);
            // consume the comment after the comma: the caller accepts the comma next
            toks.remove(pos + 1);
        }
        if (t == null) return a;
        return new Arg(a.arg, a.annotation, t.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        int start = pos;
        Tok n = expectName();
        Expr ann = null;
        if (!lambda && accept(COLON)) ann = starAnnotation && at(STAR) ? starExpression() : expression();
        int[] s = span(start);
        return new Arg(identifier(n.string), ann, null, s[0], s[1], s[2], s[3]);
    }
}
