package dev.glassbox.parse;

import dev.glassbox.ast.Expr;
import dev.glassbox.ast.Mod;
import dev.glassbox.ast.Stmt;
import dev.glassbox.tokenize.SourceReader;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static dev.glassbox.tokenize.TokenType.*;

/**
 * The parser's entry points ({@code _PyPegen_run_parser} in {@code Parser/pegen.c}): source
 * text to an AST for the exec, eval, single and func_type start rules, or a
 * {@link SyntaxErrorInfo}. When the rules fail without a targeted message the error is
 * pegen's generic one ({@code _PyPegen_set_syntax_error}): "invalid syntax" at the furthest
 * token read, "unexpected indent"/"unexpected unindent" when that token is an INDENT/DEDENT,
 * and then the rest of the source is tokenized so that a tokenizer error later in the file
 * wins ({@code _PyPegen_tokenize_full_source_to_check_for_errors}).
 *
 * <p>Deeply nested source recurses deeply: call from a thread with a large stack (the
 * runtime and {@code AstCli} do); {@link #MAXSTACK} bounds the rule depth as CPython's does.
 */
public final class Parser extends StatementParser {
    /** PEP 810's {@code lazy import} statements are accepted ({@code -X lazy_imports}). */
    public static boolean lazyImports;

    /** The start rules ({@code compile()}'s mode argument). */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE, FSTRING }

    private final Mode mode;
    private int lineShift, colShift;

    private Parser(Source src, String filename, Mode mode) {
        this(src, filename, mode, null);
    }

    private Parser(Source src, String filename, Mode mode, SyntaxErrorInfo deferred) {
        this(src, filename, mode, deferred, false);
    }

    private Parser(Source src, String filename, Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        super(src, filename, mode == Mode.EVAL || mode == Mode.FUNC_TYPE ? Tokenizer.Mode.EVAL
                : mode == Mode.SINGLE ? Tokenizer.Mode.SINGLE : Tokenizer.Mode.EXEC, deferred, fileInput);
        this.mode = mode;
        this.singleInput = mode == Mode.SINGLE;
    }

    /** Parses decoded source text ({@code compile(str, filename, mode, PyCF_ONLY_AST)}). */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, false);
    }

    /** As {@link #parse(String, String, Mode)}; {@code typeComments} as {@code ast.parse(type_comments=True)}. */
    public static Mod parse(String source, String filename, Mode mode, boolean typeComments) {
        Parser p = new Parser(new Source(source), filename, mode);
        p.typeComments = typeComments;
        return (Mod) p.run();
    }

    /** Parses source bytes, decoded as {@code compile(bytes, ...)} does (BOM, coding cookie). */
    public static Mod parseBytes(byte[] data, String filename, Mode mode, boolean typeComments) {
        SourceReader.Source s = SourceReader.decodeBytes(data, filename);
        // An undecodable line is reported when the tokenizer reaches it (an earlier error wins).
        Parser p = new Parser(new Source(s.text()), filename, mode, s.error());
        p.typeComments = typeComments;
        return (Mod) p.run();
    }

    /** Parses a script file as {@code python3 FILE} does (its errors are reported as a file's). */
    public static Mod parseFile(byte[] data, String filename) {
        return parseFileWithWarnings(data, filename).tree();
    }

    /** As {@link #parseFile}, with the tokenizer's SyntaxWarnings. */
    public static Parsed parseFileWithWarnings(byte[] data, String filename) {
        SourceReader.Source s = SourceReader.decodeFile(data, filename);
        Parser p = new Parser(new Source(s.text()), filename, Mode.EXEC, s.error(), true);
        p.byteOffsets = !s.bom() && !SourceReader.hasCodingCookie(data);
        Mod tree = (Mod) p.run();
        return new Parsed(tree, List.copyOf(p.tokenizerWarnings()), List.copyOf(p.deprecations));
    }

    /** As {@link #parseBytes}, with the tokenizer's SyntaxWarnings. */
    public static Parsed parseBytesWithWarnings(byte[] data, String filename, Mode mode) {
        return parseBytesWithWarnings(data, filename, mode, false);
    }

    /** As {@link #parseBytesWithWarnings(byte[], String, Mode)}; {@code typeComments} as PyCF_TYPE_COMMENTS. */
    public static Parsed parseBytesWithWarnings(byte[] data, String filename, Mode mode, boolean typeComments) {
        SourceReader.Source s = SourceReader.decodeBytes(data, filename);
        Parser p = new Parser(new Source(s.text()), filename, mode, s.error());
        p.typeComments = typeComments;
        Mod tree = (Mod) p.run();
        return new Parsed(tree, List.copyOf(p.tokenizerWarnings()), List.copyOf(p.deprecations));
    }

    /** A tree and the SyntaxWarnings found while making it (for the compiler to issue). */
    public record Parsed(Mod tree, List<SyntaxErrorInfo> warnings, List<Object[]> deprecations) {
        public Parsed(Mod tree, List<SyntaxErrorInfo> warnings) {
            this(tree, warnings, List.of());
        }
    }

    /**
     * As {@link #parse(String, String, Mode, boolean)}, also returning the tokenizer's
     * SyntaxWarnings ("invalid decimal literal" before a keyword). TODO: the
     * DeprecationWarning for invalid escape sequences is not produced yet.
     */
    public static Parsed parseWithWarnings(String source, String filename, Mode mode, boolean typeComments) {
        Parser p = new Parser(new Source(source), filename, mode);
        p.typeComments = typeComments;
        Mod tree = (Mod) p.run();
        return new Parsed(tree, List.copyOf(p.tokenizerWarnings()), List.copyOf(p.deprecations));
    }

    /** An f-string replacement field's expression, {@code "(" + text + ")"}, placed at (line, col). */
    static Expr parseFstringExpr(String text, String filename, int line, int col) {
        Parser p = new Parser(new Source(text), filename, Mode.FSTRING);
        p.lineShift = line - 1;
        p.colShift = col;
        p.fstringMode = true;
        return (Expr) p.run();
    }

    @Override
    int shiftLine(int line) {
        return line + lineShift;
    }

    @Override
    int shiftCol(int line, int col) {
        return line == 1 && col >= 0 ? col + colShift : col;
    }

    private Object run() {
        return runPasses();
    }

    private Object runPasses() {
        try {
            Object tree = startRule();
            if (mode == Mode.SINGLE && moreAfterStatement()) {
                throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                        "multiple statements found while compiling a single statement");
            }
            return tree;
        } catch (Fail f) {
            Tok last = toks.get(toks.size() - 1);
            // The second pass, with the invalid_* rules: a targeted message if one applies.
            pos = 0;
            depth = 0;
            callInvalidRules = true;
            try {
                startRule();
            } catch (Fail again) {
                // no targeted message: the generic one below
            } catch (SyntaxErrorInfo e) {
                if (tokenizerFailed || e.kind == SyntaxErrorInfo.Kind.MEMORY_ERROR) throw e;
                throw checkRestOfSource(e, toks.get(toks.size() - 1));
            }
            SyntaxErrorInfo err;
            if (last.type == INDENT) {   // (no check of the rest of the source for these two)
                throw errorAtToken(SyntaxErrorInfo.Kind.INDENTATION_ERROR, "unexpected indent", last);
            } else if (last.type == DEDENT) {
                throw errorAtToken(SyntaxErrorInfo.Kind.INDENTATION_ERROR, "unexpected unindent", last);
            } else {
                err = errorAt(last, "invalid syntax");
            }
            throw checkRestOfSource(err, toks.get(toks.size() - 1));
        } catch (SyntaxErrorInfo e) {
            if (e.kind == SyntaxErrorInfo.Kind.MEMORY_ERROR || !fromParser(e)) throw e;
            throw checkRestOfSource(e, toks.get(toks.size() - 1));
        }
    }

    /** {@code bad_single_statement}: is there code (not blanks or comments) after the statement? */
    private boolean moreAfterStatement() {
        int m = pos - 1;
        while (m > 0 && toks.get(m).cpEndCol < 0) m--;   // INDENT/DEDENT and the added NEWLINE have no columns
        Tok t = toks.get(m);
        int line = t.endLine, col = Math.max(t.cpEndCol, 0);
        for (; line <= src.lineCount(); line++, col = 0) {
            String text = src.lineText(line);
            int i = Math.min(text.length(), text.offsetByCodePoints(0, Math.min(col, text.codePointCount(0, text.length()))));
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '#') break;
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return true;
            }
        }
        return false;
    }

    /** Was e raised by the parser rules (rather than the tokenizer)? */
    private boolean fromParser(SyntaxErrorInfo e) {
        return !tokenizerFailed;
    }

    /**
     * {@code _PyPegen_tokenize_full_source_to_check_for_errors}: a tokenizer error later in
     * the source replaces a parser error; an unclosed bracket only when it opened on an
     * earlier line than the parser's error.
     */
    private SyntaxErrorInfo checkRestOfSource(SyntaxErrorInfo err, Tok current) {
        if (fstringMode) return err;
        try {
            for (int i = toks.size(); ; i++) {
                Tok t = tok(i);
                if (t.type == ENDMARKER) return err;
            }
        } catch (SyntaxErrorInfo tokErr) {
            if (tokErr.msg.endsWith("was never closed")) {
                return current.line > tokErr.lineno ? tokErr : err;
            }
            // Only errors the C tokenizer raises itself replace the parser's; its E_DEDENT,
            // E_TABSPACE, E_TOODEEP, E_LINECONT and E_EOF states do not.
            if (tokErr.kind != SyntaxErrorInfo.Kind.SYNTAX_ERROR
                    || tokErr.msg.equals("unexpected character after line continuation character")
                    || tokErr.msg.equals("unexpected EOF while parsing")) {
                return err;
            }
            return tokErr;
        }
    }

    private Object startRule() {
        switch (mode) {
            case EXEC: {
                List<Stmt> body = statements();
                expect(ENDMARKER);
                return new Mod.Module(body, new ArrayList<>(typeIgnores));
            }
            case EVAL: {
                Expr e = expressions();
                while (accept(NEWLINE)) { }
                expect(ENDMARKER);
                return new Mod.Expression(e);
            }
            case SINGLE: {
                // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE
                List<Stmt> body = new ArrayList<>();
                if (at(NEWLINE)) {
                    pos++;
                    return new Mod.Interactive(body);
                }
                Stmt c = compoundStatement();
                if (c != null) {
                    body.add(c);
                    expect(NEWLINE);
                } else {
                    simpleStatements(body);
                }
                return new Mod.Interactive(body);
            }
            case FUNC_TYPE: {
                expect(LPAR);
                List<Expr> argtypes = new ArrayList<>();
                while (!at(RPAR)) {
                    if (accept(STAR) || accept(DOUBLESTAR)) { }
                    argtypes.add(expression());
                    if (!accept(COMMA)) break;
                }
                expect(RPAR);
                expect(RARROW);
                Expr returns = expression();
                while (accept(NEWLINE)) { }
                expect(ENDMARKER);
                return new Mod.FunctionType(argtypes, returns);
            }
            case FSTRING:
                return starExpressions();
            default:
                throw new IllegalStateException();
        }
    }
}
