package dev.glassbox.parse;

import dev.glassbox.ast.Expr;
import dev.glassbox.tokenize.Token;
import dev.glassbox.tokenize.TokenType;
import dev.glassbox.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parser's machinery, as pegen's {@code Parser/pegen.c} keeps it: a token array filled
 * lazily from the {@link Tokenizer} (so backtracking is resetting an index, and the
 * furthest token filled is where a generic "invalid syntax" points), positions converted to
 * the UTF-8 byte columns the AST reports, keyword tests, and error raising with pegen's
 * location rules ({@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION}, {@code _PyPegen_raise_error}).
 *
 * <p>A rule that does not match throws {@link Fail} (one preallocated instance, no stack
 * trace); rules with alternatives catch it and reset {@link #pos}. A targeted error (the
 * grammar's invalid_* rules) is thrown as a {@link SyntaxErrorInfo} and ends the parse.
 */
abstract class ParserBase {
    /** A rule did not match. Preallocated: failing is control flow, not an error. */
    static final class Fail extends RuntimeException {
        Fail() { super(null, null, false, false); }
    }
    static final Fail FAIL = new Fail();

    /** CPython's MAXSTACK: deeper rule nesting is "too complex" (here: too deeply nested). */
    static final int MAXSTACK = 6000;

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    final String filename;
    final Source src;
    private final Tokenizer tokenizer;
    final List<Tok> toks = new ArrayList<>();
    /** The current token index (pegen's p->mark). */
    int pos;
    /** Rule nesting depth (pegen's p->level). */
    int depth;
    /** True while parsing an f-string replacement field's expression (messages get "f-string: "). */
    boolean fstringMode;
    private int bracketLevel;
    /** The tokenizer has met the end of the input inside brackets or a string (an EOF error). */
    boolean reachedEnd;
    /** Single input ({@code compile(..., 'single')}): its first ENDMARKER becomes a NEWLINE. */
    boolean singleInput;
    private boolean parsingStarted;
    private int indentDepth;
    /** The tokenizer has thrown: its error is final. */
    boolean tokenizerFailed;
    /** The second pass: invalid_* checks enabled (pegen's call_invalid_rules). */
    boolean callInvalidRules;

    /** {@code deferred}: the decoding error to raise when the tokenizer reads past the text, or null. */
    ParserBase(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred) {
        this(src, filename, mode, deferred, false);
    }

    /**
     * {@code fileInput}: the source is a script file as {@code python3 FILE} reads it, whose
     * tokenizer reads line by line: its errors carry the file's line texts, and a position
     * taken from the tokenizer at the end of the file is column 0.
     */
    ParserBase(Source src, String filename, Tokenizer.Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        this.src = src;
        this.filename = filename;
        this.fileInput = fileInput;
        this.evalInput = mode == Tokenizer.Mode.EVAL;
        var decoded = new dev.glassbox.tokenize.SourceReader.Source(src.text, "utf-8", false, deferred);
        this.tokenizer = fileInput ? Tokenizer.forFile(decoded, filename)
                : deferred == null ? new Tokenizer(src.text, filename, mode) : new Tokenizer(decoded, filename, mode);
    }

    final boolean fileInput;
    /** eval input gets no implicit final newline: an error on its last line shows the line without one. */
    final boolean evalInput;

    /** Whether {@code line} is an eval input's last line that has no newline of its own. */
    private boolean unterminatedEvalLine(int line) {
        return evalInput && !fstringMode && line == src.lineCount() && !src.text.endsWith("\n") && !src.text.endsWith("\r");
    }
    /** A file without a coding cookie or BOM: error columns stay byte offsets, as pegen's. */
    boolean byteOffsets;

    // ---- tokens ------------------------------------------------------------------------

    /** The token at index i, tokenizing as far as needed. */
    final Tok tok(int i) {
        while (toks.size() <= i) {
            Tok last = toks.isEmpty() ? null : toks.get(toks.size() - 1);
            if (last != null && last.type == TokenType.ENDMARKER) return last;
            Token t;
            try {
                t = tokenizer.next();
            } catch (SyntaxErrorInfo e) {
                tokenizerFailed = true;
                if (e.msg.endsWith("was never closed") || e.msg.startsWith("unexpected EOF")
                        || e.msg.startsWith("unterminated triple-quoted")) {
                    reachedEnd = true;
                }
                if (shiftLine(0) != 0) {   // an f-string expression's tokenizer counts from its line
                    throw new SyntaxErrorInfo(e.kind, e.msg, e.filename, shiftLine(e.lineno), e.offset,
                            e.endLineno == 0 ? 0 : shiftLine(e.endLineno), e.endOffset, e.text);
                }
                throw e;
            }
            Tok k = convert(t);
            if (singleInput && k.type == TokenType.ENDMARKER && parsingStarted) {
                // _PyPegen_fill_token: single input turns the end into a NEWLINE (and the
                // DEDENTs still open); the tokenizer gives ENDMARKER again next time.
                parsingStarted = false;
                Tok nl = new Tok(TokenType.NEWLINE, "", k.line, k.col, k.endLine, k.endCol, k.cpCol, k.cpEndCol);
                nl.level = bracketLevel;
                toks.add(nl);
                for (; indentDepth > 0; indentDepth--) {
                    Tok d = new Tok(TokenType.DEDENT, "", k.line, -1, k.endLine, -1, -1, -1);
                    d.level = bracketLevel;
                    toks.add(d);
                    parsingStarted = true;
                }
                continue;
            }
            parsingStarted = true;
            if (k.type == TokenType.INDENT) indentDepth++;
            else if (k.type == TokenType.DEDENT) indentDepth--;
            if (typeComments) typeCommentsBefore(k);
            switch (k.type) {
                case LPAR: case LSQB: case LBRACE: bracketLevel++; break;
                case RPAR: case RSQB: case RBRACE: bracketLevel--; break;
                default: break;
            }
            k.level = bracketLevel;
            toks.add(k);
        }
        return toks.get(i);
    }

    /** The token at the current position. */
    final Tok peek() {
        return tok(pos);
    }

    final Tok peek(int ahead) {
        return tok(pos + ahead);
    }

    /** The last token consumed (for end positions). */
    final Tok last() {
        return toks.get(pos - 1);
    }

    final Tok next() {
        return tok(pos++);
    }

    // ---- type comments ---------------------------------------------------------------

    /** Type comments requested ({@code PyCF_TYPE_COMMENTS}): TYPE_COMMENT tokens and type ignores. */
    boolean typeComments;
    /** ast.parse(feature_version=(3, N)): the minor version whose grammar is accepted (PY_MINOR_VERSION by default). */
    int featureVersion = 11;

    /**
     * pegen's CHECK_VERSION: a construct newer than {@link #featureVersion} is "X only supported
     * in Python 3.N and greater", reported at the last token filled as RAISE_SYNTAX_ERROR does.
     */
    final void checkVersion(int version, String what) {
        if (featureVersion < version) {
            throw errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                    what + " only supported in Python 3." + version + " and greater");
        }
    }
    /** {@code # type: ignore} comments: line and tag, for Module.type_ignores. */
    final List<dev.glassbox.ast.Type_ignore> typeIgnores = new ArrayList<>();
    private int scanLine = 1, scanCol = 0;

    /**
     * The C tokenizer in type-comments mode turns a comment starting "# type: " into a
     * TYPE_COMMENT token (followed by NEWLINE when it is alone on its line, outside brackets)
     * or records a type ignore. Our tokenizer drops comments, so the comments in the gap
     * before each token are found in the source and the tokens put in their place.
     */
    private void typeCommentsBefore(Tok next) {
        int toLine = next.line, toCol = next.cpCol < 0 ? 0 : next.cpCol;
        if (next.type == TokenType.ENDMARKER) {
            toLine = src.lineCount() + 1;
            toCol = 0;
        } else if (next.type == TokenType.NEWLINE) {
            // The tokenizer starts NEWLINE at a comment before it: scan the whole line.
            toCol = Integer.MAX_VALUE;
        }
        for (int line = scanLine; line <= toLine && line <= src.lineCount(); line++) {
            String text = src.lineText(line);
            if (text == null) break;
            int from = line == scanLine ? offset(text, scanCol) : 0;
            int to = line == toLine && toCol != Integer.MAX_VALUE ? offset(text, toCol) : text.length();
            int hash = -1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '#') { hash = i; break; }
                if (c == '\\' || c == '\n') break;   // a continuation or the line end: no comment
            }
            if (hash >= 0) typeComment(line, text, hash);
        }
        int line, col;
        if (next.type == TokenType.NEWLINE) {
            line = next.line - shiftLine(0) + 1;
            col = 0;
        } else if (next.cpEndCol >= 0) {
            line = next.endLine - shiftLine(0);
            col = next.cpEndCol;
        } else {
            line = next.line - shiftLine(0);
            col = 0;
        }
        if (line > scanLine || (line == scanLine && col > scanCol)) {   // never backwards
            scanLine = line;
            scanCol = col;
        }
    }

    private static int offset(String text, int cp) {
        try {
            return Math.min(text.length(), text.offsetByCodePoints(0, cp));
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private void typeComment(int line, String text, int hash) {
        int end = text.length();
        while (end > hash && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        String prefix = "# type: ";
        int p = hash;
        for (int k = 0; k < prefix.length(); k++) {
            char want = prefix.charAt(k);
            if (want == ' ') {
                while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p++;
            } else if (p < end && text.charAt(p) == want) {
                p++;
            } else {
                return;
            }
        }
        boolean alone = text.substring(0, hash).isBlank();
        int ignoreEnd = p + 6;
        boolean ignore = end >= ignoreEnd && text.startsWith("ignore", p)
                && !(end > ignoreEnd && (text.charAt(ignoreEnd) >= 128 || Character.isLetterOrDigit(text.charAt(ignoreEnd))));
        if (ignore) {
            typeIgnores.add(new dev.glassbox.ast.Type_ignore.TypeIgnore(line, text.substring(ignoreEnd, end)));
            return;
        }
        int cp = text.codePointCount(0, p), cpEnd = text.codePointCount(0, end);
        Tok t = new Tok(TokenType.TYPE_COMMENT, text.substring(p, end), line, src.byteCol(line, cp), line,
                src.byteCol(line, cpEnd), cp, cpEnd);
        t.level = bracketLevel;
        toks.add(t);
        if (alone && bracketLevel == 0) {
            Tok nl = new Tok(TokenType.NEWLINE, "", line, src.byteCol(line, cpEnd), line, src.byteCol(line, cpEnd) + 1,
                    cpEnd, cpEnd + 1);
            nl.level = 0;
            toks.add(nl);
        }
    }

    private Tok convert(Token t) {
        int line = t.startLine(), endLine = t.endLine();
        int col = t.startCol(), endCol = t.endCol();
        if (col < 0) return new Tok(t.type(), t.string(), shiftLine(line), -1, shiftLine(endLine), -1, -1, -1);
        return new Tok(t.type(), t.string(), shiftLine(line), shiftCol(line, src.byteCol(line, col)),
                shiftLine(endLine), shiftCol(endLine, src.byteCol(endLine, endCol)), col, endCol);
    }

    /** Where the source sits in an enclosing file (f-string expressions): line shift. */
    int shiftLine(int line) {
        return line;
    }

    /** Column shift for tokens on the first line of an f-string expression. */
    int shiftCol(int line, int col) {
        return col;
    }

    final boolean at(TokenType type) {
        return peek().type == type;
    }

    /** True if the current token is the keyword (or soft keyword) {@code kw}. */
    final boolean atKeyword(String kw) {
        Tok t = peek();
        return t.type == TokenType.NAME && t.string.equals(kw);
    }

    final boolean accept(TokenType type) {
        if (peek().type == type) {
            pos++;
            return true;
        }
        return false;
    }

    final boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    final Tok expect(TokenType type) {
        Tok t = peek();
        if (t.type != type) throw FAIL;
        pos++;
        return t;
    }

    final void expectKeyword(String kw) {
        if (!acceptKeyword(kw)) throw FAIL;
    }

    /** A NAME that is not a reserved keyword. */
    final boolean atName() {
        Tok t = peek();
        return t.type == TokenType.NAME && !KEYWORDS.contains(t.string);
    }

    final Tok expectName() {
        if (!atName()) throw FAIL;
        return next();
    }

    /** An identifier's value: NFKC-normalised when not ASCII ({@code _PyPegen_new_identifier}). */
    static String identifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        }
        return s;
    }

    /** {@code &&tok}: a forced token, "expected 'x'" when missing. */
    final Tok forced(TokenType type) {
        Tok t = peek();
        if (t.type != type) throw errorAt(t, "expected '" + type.operator + "'");
        pos++;
        return t;
    }

    /**
     * One more level of rule nesting. CPython counts every rule call; a statement's own rules
     * take about 30 levels before an expression starts, and each nested unary operator, 'not',
     * conditional expression or bracket costs one more, a lambda two ({@link #enter(int)}).
     */
    final void enter() {
        if (++depth > MAXSTACK - STATEMENT_LEVELS) throw tooComplex();
    }

    final void enter(int levels) {
        depth += levels - 1;
        enter();
    }

    final void leave(int levels) {
        depth -= levels;
    }

    /** The rule levels pegen uses between a statement and its expression (measured: 31). */
    static final int STATEMENT_LEVELS = 29;

    final void leave() {
        depth--;
    }

    // ---- positions ---------------------------------------------------------------------

    /**
     * A node position (pegen's EXTRA) from token {@code start} through the last consumed token
     * that is not NEWLINE, INDENT, DEDENT or ENDMARKER ({@code _PyPegen_get_last_nonnwhitespace_token}).
     */
    final int[] span(int start) {
        Tok s = tok(start);
        int m = pos - 1;
        Tok e = toks.get(m);
        while (m > 0 && isWhitespaceToken(e.type)) e = toks.get(--m);
        return new int[] {s.line, s.col, e.endLine, e.endCol};
    }

    static boolean isWhitespaceToken(TokenType t) {
        return t == TokenType.NEWLINE || t == TokenType.INDENT || t == TokenType.DEDENT || t == TokenType.ENDMARKER;
    }

    // ---- errors ------------------------------------------------------------------------

    /** {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, msg)}: from t's start to its end. */
    final SyntaxErrorInfo errorAt(Tok t, String msg) {
        return errorRange(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, t.line, t.cpCol, t.endLine, t.cpEndCol);
    }

    /** {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)}: from a's start to b's end (tokens). */
    final SyntaxErrorInfo errorRange(Tok a, Tok b, String msg) {
        return errorRange(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, a.line, a.cpCol, b.endLine, b.cpEndCol);
    }

    /** {@code RAISE_SYNTAX_ERROR_KNOWN_NODE(a, msg)} / KNOWN_RANGE over nodes (byte positions). */
    final SyntaxErrorInfo errorNodes(Expr a, Expr b, String msg) {
        return errorBytes(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
    }

    final SyntaxErrorInfo errorNode(Expr a, String msg) {
        return errorNodes(a, a, msg);
    }

    /** An error from byte columns (0-based), converted to 1-based character offsets of the line. */
    final SyntaxErrorInfo errorBytes(SyntaxErrorInfo.Kind kind, String msg, int line, int col, int endLine, int endCol) {
        if (fstringMode) {
            // Node columns on the f-string expression's first line include the shift (pegen
            // subtracts starting_col_offset again).
            if (line == shiftLine(1) && col >= 0) col -= shiftCol(1, 0);
            if (endLine == shiftLine(1) && endCol >= 0) endCol -= shiftCol(1, 0);
        }
        int off = col < 0 ? 0 : src.charCol(line, col) + 1;
        int endOff = endCol < 0 ? -1 : src.charCol(line == endLine ? line : endLine, endCol) + 1;
        return make(kind, msg, line, off, endLine, endOff);
    }

    /** An error from code-point columns (0-based). */
    final SyntaxErrorInfo errorRange(SyntaxErrorInfo.Kind kind, String msg, int line, int cpCol, int endLine,
                                     int cpEndCol) {
        return make(kind, msg, line, cpCol < 0 ? 0 : cpCol + 1, endLine, cpEndCol < 0 ? 0 : cpEndCol + 1);   // KNOWN_LOCATION adds 1 to -1 too
    }

    final SyntaxErrorInfo make(SyntaxErrorInfo.Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        if (fstringMode) msg = "f-string: " + msg;
        // An f-string expression's error shows the "(expr)" text the sub-parser read.
        String text = fstringMode ? src.lineText(line - shiftLine(0)) : fileInput ? src.lineText(line) : bufferText(line);
        // When the tokenizer has already read past the error's line, pegen takes the line from
        // the source string instead of the tokenizer's buffer: one line, without its newline.
        if (!fstringMode && text != null && !toks.isEmpty() && toks.get(toks.size() - 1).line > line) {
            text = src.lineText(line);
            text = text.substring(0, text.length() - 1);
        }
        // Once the tokenizer has failed at the end of a source whose last line has no newline,
        // CPython takes the text of that line from the source string, without a newline.
        if (reachedEnd && !fstringMode && text != null && line == src.lineCount() && text.endsWith("\n")
                && !src.text.endsWith("\n") && !src.text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text != null && unterminatedEvalLine(line) && text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        // A file read without a declared encoding: pegen leaves its columns in bytes.
        if (byteOffsets) {
            if (offset > 0) offset = src.byteCol(line, offset - 1) + 1;
            if (endOffset > 0) endOffset = src.byteCol(endLine, endOffset - 1) + 1;
        }
        // A script file's error text is the file's line, without a newline it did not have.
        if (fileInput && !fstringMode && text != null && line == src.lineCount() && text.endsWith("\n")
                && !src.text.endsWith("\n") && !src.text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new SyntaxErrorInfo(kind, msg, filename, line, offset, endLine, endOffset, text);
    }

    /**
     * The error's text as compile() shows it: the tokenizer's buffer, which holds every line
     * since the start of a token spanning lines (a triple-quoted string) or of a backslash
     * continuation that reaches the error line.
     */
    private String bufferText(int line) {
        int first = line;
        boolean moved = true;
        while (moved && first > 1) {
            moved = false;
            String prev = src.lineText(first - 1);
            if (prev != null && prev.endsWith("\\\n")) {
                first--;
                moved = true;
                continue;
            }
            for (int i = toks.size() - 1; i >= 0; i--) {
                Tok t = toks.get(i);
                if (t.endLine < first) break;
                if (t.line < first && t.endLine >= first && t.cpCol >= 0) {
                    first = t.line;
                    moved = true;
                    break;
                }
            }
        }
        if (first == line) return src.lineText(line);
        StringBuilder b = new StringBuilder();
        for (int l = first; l <= line; l++) b.append(src.lineText(l));
        return b.toString();
    }

    /**
     * {@code _PyPegen_raise_error}: at the last token filled (the furthest the parser looked),
     * offset +1 of its start, end offset +1 of its end.
     */
    final SyntaxErrorInfo errorAtLastFilled(SyntaxErrorInfo.Kind kind, String msg) {
        Tok t = toks.get(toks.size() - 1);
        return errorAtToken(kind, msg, t);
    }

    final SyntaxErrorInfo errorAtToken(SyntaxErrorInfo.Kind kind, String msg, Tok t) {
        if (t.cpCol < 0) {
            // INDENT/DEDENT/ENDMARKER carry no column: pegen uses the tokenizer's position.
            // pegen uses the tokenizer's position: after the indentation, or (at the end of the
            // input, or on a blank or comment line) after the whole line.
            int line = t.line;
            String text = src.lineText(line);
            if (text != null && unterminatedEvalLine(line) && text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            int idx = toks.lastIndexOf(t);
            Tok prev = idx > 0 ? toks.get(idx - 1) : null;
            boolean atLineEnd = prev != null && prev.cpCol >= 0 && prev.endLine == line;
            boolean blank = atLineEnd || text == null || text.isBlank() || text.strip().startsWith("#");
            int off = t.type == TokenType.ENDMARKER || blank
                    ? (text == null ? 0 : text.codePointCount(0, text.length())) : src.indentWidth(line);
            // A file's tokenizer has emptied its buffer at the end of the file.
            if (fileInput && (t.type == TokenType.ENDMARKER || t.type == TokenType.DEDENT) && onlyBlankAfter(line)) off = 0;
            return make(kind, msg, line, off, line, -1);
        }
        return make(kind, msg, t.line, t.cpCol + 1, t.endLine, t.cpEndCol + 1);
    }

    /** Whether every line after {@code line} is blank or a comment. */
    private boolean onlyBlankAfter(int line) {
        for (int l = line + 1; l <= src.lineCount(); l++) {
            String x = src.lineText(l);
            if (x != null && !x.isBlank() && !x.strip().startsWith("#")) return false;
        }
        return true;
    }

    /** Past MAXSTACK: CPython's parser raises MemoryError() (see {@link SyntaxErrorInfo.Kind#MEMORY_ERROR}). */
    final SyntaxErrorInfo tooComplex() {
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.MEMORY_ERROR, "", filename, 0, 0, 0, 0, null);
    }

    /** The tokenizer's collected SyntaxWarnings. */
    /** DeprecationWarnings found while decoding literals: {message, line}. */
    final List<Object[]> deprecations = new java.util.ArrayList<>();

    void deprecation(String message, int line) {
        deprecations.add(new Object[] {message, line});
    }

    final List<SyntaxErrorInfo> tokenizerWarnings() {
        return tokenizer.warnings();
    }
}
