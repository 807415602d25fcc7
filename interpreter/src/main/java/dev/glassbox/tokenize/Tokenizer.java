package dev.glassbox.tokenize;

import dev.glassbox.parse.SyntaxErrorInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's token stream: what CPython 3.11's C tokenizer ({@code Parser/tokenizer.c},
 * {@code tok_get}) hands the PEG parser. No COMMENT, NL or ENCODING tokens; NEWLINE, INDENT
 * and DEDENT; operators with their exact kinds ({@link TokenType#LPAR}, ...); {@code async}
 * and {@code await} as ASYNC and AWAIT (3.11 always does so); every other name is NAME, the
 * parser decides keywords and soft keywords. Errors are thrown as {@link SyntaxErrorInfo}
 * with CPython's kind, message and positions.
 *
 * <p>Design: the source (already decoded, see {@link SourceReader}) is held as one array of
 * code points with newlines translated ({@code \r\n} and {@code \r} become {@code \n}, and
 * exec input gets a final newline), and read through {@link #nextc()}/{@link #backup()},
 * which reproduce the C tokenizer's line-at-a-time buffer: the line number advances when a
 * character of the next line is first read, never when backing up. With that, the body of
 * {@code tok_get} carries over statement by statement, and so do the positions its errors
 * report. Columns are code points (the parser converts to UTF-8 byte offsets for AST
 * positions); INDENT, DEDENT and ENDMARKER have column -1, as pegen sees them.
 *
 * <p>Use: {@code new Tokenizer(text, filename, Mode.EXEC)} then {@link #next()} until
 * ENDMARKER (lazy: the parser pulls one token at a time), or {@link #tokenize} for a list.
 * Numbers directly followed by a keyword ({@code 1if x else y}) are accepted with a
 * SyntaxWarning, collected in {@link #warnings()} for the compiler to issue.
 * {@link #setTypeComments} adds TYPE_COMMENT/TYPE_IGNORE tokens. After a throw,
 * {@link #errorCode()}, {@link #level()} and {@link #unclosedBracketError()} give pegen's
 * error selection what it reads from {@code tok_state}. docs/tokenize.md has the details.
 */
public final class Tokenizer {

    /**
     * The compile mode. Only exec (file) input gets a final newline added, as
     * {@code _PyPegen_run_parser_from_string} passes {@code exec_input} only for Py_file_input.
     * For single input the end of input comes first as a NEWLINE (then DEDENTs, ENDMARKER),
     * as pegen's {@code initialize_token} turns it into one.
     */
    public enum Mode { EXEC, EVAL, SINGLE }

    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    /** CPython's MAXINDENT and MAXLEVEL (Parser/tokenizer.h). */
    static final int MAXINDENT = 100, MAXLEVEL = 200;

    private final String filename;
    private final int[] s;
    private final int n;
    /** s as a Java string when every code point is one char (then substrings are cheap), else null. */
    private final String flat;
    private final SyntaxErrorInfo deferred;

    // The reading position, as tok_state's cur/inp/line_start/lineno.
    private int cur, inp, lineStart, lineno, buf;
    private int tokStart = -1;
    private boolean atbol = true;
    private boolean eof;

    private int level;
    private final int[] parenstack = new int[MAXLEVEL];
    private final int[] parenline = new int[MAXLEVEL];
    private final int[] parencol = new int[MAXLEVEL];
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int pendin;
    private int firstLineno, multiLineStart;
    private SyntaxErrorInfo failed;
    private boolean ended;
    private final List<SyntaxErrorInfo> warnings = new ArrayList<>();
    private boolean typeComments;
    private final Mode mode;
    private final boolean fileInput;
    /** A newline was added at the end (the source did not end with one). */
    private boolean fakeNewline;
    /** pegen's {@code parsing_started}: a token other than the implied final NEWLINE was handed out. */
    private boolean parsingStarted;

    public Tokenizer(String source, String filename, Mode mode) {
        this(source, filename, mode, null);
    }

    /** Over decoded source; its deferred decoding error is raised when the tokenizer reads past the text. */
    public Tokenizer(SourceReader.Source source, String filename, Mode mode) {
        this(source.text(), filename, mode, source.error());
    }

    /**
     * For a script file as {@code python3 FILE} reads it ({@link SourceReader#decodeFile}):
     * universal newlines without the string reader's quirk, and pegen's error texts taken
     * from the file's line (as {@code _PyErr_ProgramDecodedTextObject} reads it).
     */
    public static Tokenizer forFile(SourceReader.Source source, String filename) {
        return new Tokenizer(source.text(), filename, Mode.EXEC, source.error(), true);
    }

    private Tokenizer(String source, String filename, Mode mode, SyntaxErrorInfo deferred) {
        this(source, filename, mode, deferred, false);
    }

    private Tokenizer(String source, String filename, Mode mode, SyntaxErrorInfo deferred, boolean fileInput) {
        this.filename = filename;
        this.mode = mode;
        this.fileInput = fileInput;
        this.deferred = deferred;
        this.s = translateNewlines(source, mode == Mode.EXEC, !fileInput);
        this.n = s.length;
        String t = new String(s, 0, n);
        this.flat = t.length() == n ? t : null;
    }

    /** All tokens through ENDMARKER. */
    public static List<Token> tokenize(String source, String filename, Mode mode) {
        Tokenizer t = new Tokenizer(source, filename, mode);
        List<Token> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok);
            if (tok.type() == TokenType.ENDMARKER) return out;
        }
    }

    /**
     * Produce TYPE_COMMENT and TYPE_IGNORE tokens for {@code # type: ...} comments, as CPython
     * does under {@code PyCF_TYPE_COMMENTS} ({@code ast.parse(..., type_comments=True)}).
     */
    public Tokenizer setTypeComments(boolean on) {
        this.typeComments = on;
        return this;
    }

    /**
     * The tokenizer's error state ({@code tok->done}) once it has thrown: E_ERROR when it set
     * a SyntaxError itself ({@code syntaxerror()}, PyErr_Occurred in pegen), the E_* code
     * when pegen builds the error from the state (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
     * E_LINECONT), E_DECODE for undecodable source. pegen treats these differently when it
     * re-tokenizes after a generic syntax error ({@code _PyPegen_tokenize_full_source_to_check_for_errors}).
     */
    public enum ErrorCode { E_ERROR, E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_DECODE }

    private ErrorCode errorCode;

    /** The error state after a throw, or null while none. */
    public ErrorCode errorCode() {
        return failed == null ? null : errorCode;
    }

    /** Open brackets ({@code tok->level}). */
    public int level() {
        return level;
    }

    /** The line of the innermost open bracket ({@code parenlinenostack[level-1]}), or 0. */
    public int openBracketLine() {
        return level == 0 ? 0 : parenline[level - 1];
    }

    /** SyntaxWarnings found so far ("invalid decimal literal" before a keyword). */
    public List<SyntaxErrorInfo> warnings() {
        return warnings;
    }

    /** The next token; ENDMARKER again after the end. Throws {@link SyntaxErrorInfo}. */
    public Token next() {
        if (failed != null) throw failed;
        if (ended) return make(TokenType.ENDMARKER, -1, -1);
        try {
            Token t = get();
            if (mode == Mode.SINGLE && t.type() == TokenType.ENDMARKER && parsingStarted) {
                // pegen's token fill for single input: the end of input is a NEWLINE first,
                // and open indentation levels close (no PyCF_DONT_IMPLY_DEDENT).
                parsingStarted = false;
                pendin = -indent;
                indent = 0;
                return new Token(TokenType.NEWLINE, "", t.startLine(), -1, t.endLine(), -1, t.line());
            }
            parsingStarted = true;
            if (t.type() == TokenType.ENDMARKER) ended = true;
            return t;
        } catch (SyntaxErrorInfo e) {
            failed = e;
            throw e;
        }
    }

    /**
     * {@code translate_newlines}: \r\n and \r become \n; exec input ends with a newline.
     * Kept exactly, quirk included: when the source ends with "\r\n" the C loop stops on the
     * terminating NUL, so the last character it saw is not a newline and one more is added
     * (the tokenizer then sees an extra empty line).
     */
    private int[] translateNewlines(String src, boolean execInput, boolean quirk) {
        int[] cps = Utf8.codePoints(src);
        int[] out = new int[cps.length + 1];
        int k = 0;
        int c = 0;
        boolean skipNextLf = false;
        for (int i = 0; i < cps.length; i++) {
            c = cps[i];
            if (skipNextLf) {
                skipNextLf = false;
                if (c == '\n') {
                    if (++i >= cps.length) {
                        if (!quirk) break;
                        c = 0;
                        break;
                    }
                    c = cps[i];
                }
            }
            if (c == '\r') {
                skipNextLf = true;
                c = '\n';
            }
            out[k++] = c;
        }
        if (execInput && c != '\n') {
            out[k++] = '\n';
            fakeNewline = true;
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    // ---- reading --------------------------------------------------------------------------

    /** {@code tok_nextc}: the next code point, reading the next line when the current one is used up. */
    private int nextc() {
        if (cur < inp) return s[cur++];
        if (eof) return EOF;
        if (inp >= n) {
            eof = true;
            if (deferred != null) {
                errorCode = ErrorCode.E_DECODE;
                throw deferred;
            }
            return EOF;
        }
        lineStart = inp;
        if (tokStart < 0) buf = lineStart;   // the C buffer restarts only between tokens
        int e = inp;
        while (e < n && s[e] != '\n') e++;
        inp = e < n ? e + 1 : n;
        lineno++;
        for (int i = lineStart; i < inp; i++) {
            if (s[i] == 0) {
                cur = lineStart;
                throw syntaxError("source code cannot contain null bytes");
            }
        }
        return s[cur++];
    }

    /** {@code tok_backup}: un-read c (nothing for EOF). */
    private void backup(int c) {
        if (c != EOF) cur--;
    }

    // ---- errors ---------------------------------------------------------------------------

    /** The text of s[from, to). */
    private String str(int from, int to) {
        return flat != null ? flat.substring(from, to) : new String(s, from, to - from);
    }

    private String lineText(int from) {
        int e = from;
        while (e < n && s[e] != '\n') e++;
        return str(from, e);
    }

    /** {@code syntaxerror}: positioned at the current character (offset = characters before cur). */
    private SyntaxErrorInfo syntaxError(String msg) {
        errorCode = ErrorCode.E_ERROR;
        int off = cur - lineStart;
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, lineno, off, lineno, off,
                lineText(lineStart));
    }

    /** {@code syntaxerror_known_range}: offsets in UTF-8 bytes of the line, as the C code computes them. */
    private SyntaxErrorInfo syntaxErrorRange(String msg, int colByte, int endColByte) {
        errorCode = ErrorCode.E_ERROR;
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, lineno, colByte, lineno,
                endColByte, lineText(lineStart));
    }

    /**
     * pegen's RAISE_ERROR_KNOWN_LOCATION for the tokenizer's message-less states (E_TABSPACE,
     * E_TOODEEP, E_LINECONT): offset {@code colBytes + 1} converted to characters of the
     * error line, end offset 0. {@code colBytes} counts from the tokenizer's buffer start,
     * which is the start of the line where the current token began (so after a backslash
     * continuation it runs past the line: CPython does the same).
     */
    private SyntaxErrorInfo knownLocation(ErrorCode code, SyntaxErrorInfo.Kind kind, String msg, int colBytes) {
        errorCode = code;
        String text = pegenText(lineno, str(buf, inp));
        return new SyntaxErrorInfo(kind, msg, filename, lineno, byteToChar(buf, inp, colBytes + 1), lineno, 0, text);
    }

    /**
     * pegen's {@code _PyPegen_raise_error} for E_DEDENT and E_EOF: at the current position
     * (the tokenizer has moved it to the end of the line), no end offset.
     */
    private SyntaxErrorInfo currentPosition(ErrorCode code, SyntaxErrorInfo.Kind kind, String msg) {
        errorCode = code;
        int col = cur == buf ? 0 : utf8Len(lineStart, cur);
        String text = pegenText(lineno, str(buf, inp));
        return new SyntaxErrorInfo(kind, msg, filename, lineno, byteToChar(buf, inp, col), lineno, -1, text);
    }

    /** {@code byte_offset_to_character_offset} over s[from, to): clamps to the length + 1. */
    private int byteToChar(int from, int to, int bytes) {
        int total = utf8Len(from, to);
        if (bytes > total + 1) bytes = total + 1;
        int chars = 0, b = 0;
        for (int i = from; i < to && b < bytes; i++) {
            b += utf8Len(i, i + 1);
            chars++;
        }
        if (bytes > total) chars++;       // the terminating NUL the C code decodes too
        return chars;
    }

    /** E_EOF: "unexpected EOF while parsing", or the innermost unclosed bracket. */
    private SyntaxErrorInfo eofError() {
        errorCode = ErrorCode.E_EOF;
        if (level > 0) return unclosedBracketError();
        cur = inp;
        return currentPosition(ErrorCode.E_EOF, SyntaxErrorInfo.Kind.SYNTAX_ERROR, "unexpected EOF while parsing");
    }

    /**
     * pegen's {@code raise_unclosed_parentheses_error}: "'(' was never closed" at the innermost
     * open bracket, or null when none is open. Public because pegen also raises it itself
     * when it scans the rest of the source after a generic syntax error.
     */
    public SyntaxErrorInfo unclosedBracketError() {
        if (level == 0) return null;
        int l = parenline[level - 1], col = parencol[level - 1];
        String text = pegenText(l, lineno <= l ? str(buf, inp) : lineText(lineStartOf(l)));
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                "'" + (char) parenstack[level - 1] + "' was never closed", filename, l, col + 1, l, 0, text);
    }

    /**
     * The text pegen puts in an error it builds: for a string, what the tokenizer's buffer
     * holds (given); for a file, line {@code line} as read from the file, with its newline
     * unless it is the last line and had none.
     */
    private String pegenText(int line, String fromBuffer) {
        if (!fileInput) return fromBuffer;
        int from = lineStartOf(line);
        int e = from;
        while (e < n && s[e] != '\n') e++;
        boolean newline = e < n && !(fakeNewline && e == n - 1);
        return str(from, newline ? e + 1 : e);
    }

    private int lineStartOf(int line) {
        int pos = 0;
        for (int l = 1; l < line && pos < n; pos++) if (s[pos] == '\n') l++;
        return pos;
    }

    // ---- tokens ---------------------------------------------------------------------------

    private int cachedLineStart = -1;
    private String cachedLine;

    /** The current physical line with its newline, built once per line. */
    private String currentLine() {
        if (cachedLineStart != lineStart) {
            cachedLineStart = lineStart;
            cachedLine = str(lineStart, inp);
        }
        return cachedLine;
    }

    private Token make(TokenType type, int start, int end) {
        String line = currentLine();
        if (start < 0) return new Token(type, "", lineno, -1, lineno, -1, line);
        return new Token(type, str(start, end), lineno, start - lineStart, lineno,
                end - lineStart, line);
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** {@code tok_get}. */
    private Token get() {
        int c;
        boolean blankline;
        nextline:
        while (true) {
            tokStart = -1;
            blankline = false;
            if (atbol) {
                indentation();
                c = nextc();
                backup(c);
                blankline = c == '#' || c == '\n';
                if (!blankline && level == 0) applyIndentation();
            }
            tokStart = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return make(TokenType.DEDENT, -1, -1);
                }
                pendin--;
                return make(TokenType.INDENT, -1, -1);
            }
            while (true) {   // "again": after a line continuation
                tokStart = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = cur - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') c = nextc();
                    if (typeComments) {
                        Token t = typeComment(c, blankline);
                        if (t != null) return t;
                    }
                }
                if (c == EOF) {
                    if (level > 0) throw eofError();
                    Token t = make(TokenType.ENDMARKER, -1, -1);
                    return t;
                }
                if (isPotentialIdentifierStart(c)) return identifierOrString(c);
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) continue nextline;
                    return make(TokenType.NEWLINE, tokStart, cur - 1);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) return number(c, true);
                    if (c == '.') {
                        c = nextc();
                        if (c == '.') return make(TokenType.ELLIPSIS, tokStart, cur);
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenType.DOT, tokStart, cur);
                }
                if (isDigit(c)) return number(c, false);
                if (c == '\'' || c == '"') return string(c);
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                return operator(c);
            }
        }
    }

    private static final String TYPE_COMMENT_PREFIX = "# type: ";

    /**
     * The comment just read (from tokStart; c is the character that ended it) as a
     * TYPE_COMMENT or TYPE_IGNORE token, or null when it is an ordinary comment. A space in
     * the prefix matches any run of spaces and tabs, as in CPython.
     */
    private Token typeComment(int c, boolean blankline) {
        int p = tokStart;
        int k = 0;
        while (k < TYPE_COMMENT_PREFIX.length() && p < cur) {
            char want = TYPE_COMMENT_PREFIX.charAt(k);
            if (want == ' ') {
                while (p < n && (s[p] == ' ' || s[p] == '\t')) p++;
            } else if (s[p] == want) {
                p++;
            } else {
                break;
            }
            k++;
        }
        if (k < TYPE_COMMENT_PREFIX.length()) return null;
        backup(c);                        // leave the newline (or EOF) for the next token
        int ignoreEnd = p + 6;
        boolean isIgnore = cur >= ignoreEnd && new String(s, p, 6).equals("ignore")
                && !(cur > ignoreEnd && (s[ignoreEnd] >= 128 || Character.isLetterOrDigit(s[ignoreEnd])));
        if (isIgnore) {
            Token t = new Token(TokenType.TYPE_IGNORE, str(ignoreEnd, cur), lineno,
                    ignoreEnd - lineStart, lineno, cur - lineStart, currentLine());
            if (blankline) {              // alone on its line: the newline goes with it
                nextc();
                atbol = true;
            }
            return t;
        }
        return new Token(TokenType.TYPE_COMMENT, str(p, cur), lineno, p - lineStart, lineno,
                cur - lineStart, currentLine());
    }

    /** The indentation measurement at the start of a line (col with tabs to 8, altcol with tabs to 1). */
    private int col, altcol;

    private void indentation() {
        col = 0;
        altcol = 0;
        atbol = false;
        int contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines: the first backslash fixes it.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        if (contLineCol != 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
    }

    private void applyIndentation() {
        if (col == indstack[indent]) {
            if (altcol != altindstack[indent]) throw tabError();
        } else if (col > indstack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                cur = inp;
                throw knownLocation(ErrorCode.E_TOODEEP, SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                        "too many levels of indentation", 0);
            }
            if (altcol <= altindstack[indent]) throw tabError();
            pendin++;
            indstack[++indent] = col;
            altindstack[indent] = altcol;
        } else {
            while (indent > 0 && col < indstack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indstack[indent]) {
                cur = inp;
                throw currentPosition(ErrorCode.E_DEDENT, SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level");
            }
            if (altcol != altindstack[indent]) throw tabError();
        }
    }

    private SyntaxErrorInfo tabError() {
        cur = inp;
        return knownLocation(ErrorCode.E_TABSPACE, SyntaxErrorInfo.Kind.TAB_ERROR,
                "inconsistent use of tabs and spaces in indentation", 0);
    }

    /** {@code tok_continuation_line}: a backslash must end its line, and not the file. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw knownLocation(ErrorCode.E_LINECONT, SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", utf8Len(buf, cur) - 1);
        }
        c = nextc();
        if (c == EOF) throw eofError();
        backup(c);
    }

    private Token identifierOrString(int c) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = nextc();
            if (c == '"' || c == '\'') return string(c);
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii) verifyIdentifier();
        int len = cur - tokStart;
        if (len == 5 && s[tokStart] == 'a') {
            String w = new String(s, tokStart, 5);
            if (w.equals("async")) return make(TokenType.ASYNC, tokStart, cur);
            if (w.equals("await")) return make(TokenType.AWAIT, tokStart, cur);
        }
        return make(TokenType.NAME, tokStart, cur);
    }

    /** {@code verify_identifier}: PEP 3131 (XID_Start then XID_Continue); points at the first bad character. */
    private void verifyIdentifier() {
        int len = cur - tokStart;
        for (int i = 0; i < len; i++) {
            if (isEscapedByte(s[tokStart + i])) throw identifierDecodeError(i);
        }
        int invalid = len;
        for (int i = 0; i < len; i++) {
            int ch = s[tokStart + i];
            boolean ok = i == 0 ? PyUnicode.isIdentifierStart(ch) : PyUnicode.isIdentifierPart(ch);
            if (!ok) {
                invalid = i;
                break;
            }
        }
        if (invalid == len) return;
        int ch = s[tokStart + invalid];
        cur = tokStart + invalid + 1;
        String hex = String.format("%04X", ch);
        if (PyUnicode.isPrintable(ch)) {
            throw syntaxError("invalid character '" + new String(Character.toChars(ch)) + "' (U+" + hex + ")");
        }
        throw syntaxError("invalid non-printable character U+" + hex);
    }

    /** A byte that was not valid UTF-8, carried as a surrogate escape by {@link SourceReader#decodeBytes}. */
    private static boolean isEscapedByte(int c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * The UnicodeDecodeError verify_identifier meets, as pegen reports it: "(unicode error) ...",
     * positioned after the identifier in bytes of the raw line, no end offset.
     */
    private SyntaxErrorInfo identifierDecodeError(int badIndex) {
        errorCode = ErrorCode.E_DECODE;
        int len = cur - tokStart;
        byte[] raw = rawBytes(tokStart, cur);
        int badByte = rawBytes(tokStart, tokStart + badIndex).length;
        String msg = "(unicode error) " + Utf8.errorMessage(raw, badByte, raw.length, badByte);
        int offset = rawBytes(lineStart, cur).length;
        // The line as CPython decodes it for the message: each bad sequence becomes one U+FFFD.
        String text = new String(rawBytes(buf, inp), java.nio.charset.StandardCharsets.UTF_8);
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, lineno, offset, lineno, -1, text);
    }

    /** The source bytes of s[from, to): UTF-8, with surrogate escapes turned back into their byte. */
    private byte[] rawBytes(int from, int to) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            int c = s[i];
            if (isEscapedByte(c)) b.write(c - 0xDC00);
            else b.writeBytes(new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    // ---- numbers (tok_get's Number section) -------------------------------------------------

    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /** {@code lookahead}: the text continues with {@code test} and then no identifier character. */
    private boolean lookahead(String test) {
        int read = 0;
        boolean res = false;
        while (true) {
            int c = nextc();
            if (read == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(read)) {
                read++;
                continue;
            }
            backup(c);
            cur -= read;
            return res;
        }
    }

    /** {@code verify_end_of_number}: c is the character after the literal (already read). */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') r = lookahead("nd");
        else if (c == 'e') r = lookahead("lse");
        else if (c == 'f') r = lookahead("or");
        else if (c == 'i') {
            int c2 = nextc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
            backup(c2);
        } else if (c == 'o') r = lookahead("r");
        else if (c == 'n') r = lookahead("ot");
        if (r) {
            backup(c);
            warnings.add(syntaxError("invalid " + kind + " literal"));
            errorCode = null;             // a warning, not the tokenizer's error
            nextc();
        } else if (c < 128 && c != EOF && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    /** A number whose first character c has been read; afterDot when it began with '.'. */
    private Token number(int c, boolean afterDot) {
        if (afterDot) {
            c = fraction(c);
            return finishNumber(c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean octal = c == 'o' || c == 'O';
                String kind = octal ? "octal" : "binary";
                int top = octal ? '8' : '2';
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= top) {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                        }
                        backup(c);
                        throw syntaxError("invalid " + kind + " literal");
                    }
                    do {
                        c = nextc();
                    } while (c >= '0' && c < top);
                } while (c == '_');
                if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                verifyEndOfNumber(c, kind);
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return finishNumber(fraction(c));
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers",
                            utf8Len(lineStart, tokStart) + 1, utf8Len(lineStart, zerosEnd));
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return make(TokenType.NUMBER, tokStart, cur);
        }
        c = decimalTail();
        if (c == '.') {
            c = nextc();
            c = fraction(c);
        }
        return finishNumber(c);
    }

    /** After the '.': c is its next character; reads the fraction's digits. */
    private int fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        return c;
    }

    /** Exponent, imaginary suffix and the end check after the integer/fraction part. */
    private Token finishNumber(int c) {
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenType.NUMBER, tokStart, cur);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') return imaginary();
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenType.NUMBER, tokStart, cur);
    }

    private int utf8Len(int from, int to) {
        int b = 0;
        for (int i = from; i < to; i++) {
            int c = s[i];
            b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return b;
    }

    // ---- strings ---------------------------------------------------------------------------

    /** A string whose opening quote has just been read (after any prefix). */
    private Token string(int quote) {
        int quoteSize = 1, endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;       // the empty string
        }
        if (c != quote) backup(c);
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                // CPython reports it from the opening quote, on the line where it started.
                int detected = lineno;
                cur = tokStart + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                throw syntaxError(quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') nextc();
            }
        }
        String line = str(multiLineStart, inp);
        return new Token(TokenType.STRING, str(tokStart, cur), firstLineno,
                tokStart - multiLineStart, lineno, cur - lineStart, line);
    }

    // ---- operators -------------------------------------------------------------------------

    private Token operator(int c) {
        int c2 = nextc();
        TokenType two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = threeChars(c, c2, c3);
            if (three != null) two = three;
            else backup(c3);
            return make(two, tokStart, cur);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) throw syntaxError("too many nested parentheses");
                parenstack[level] = c;
                parenline[level] = lineno;
                parencol[level] = tokStart - lineStart;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) throw syntaxError("unmatched '" + (char) c + "'");
                level--;
                int opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenline[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + (char) opening + "' on line " + parenline[level]);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'");
                }
            }
            default -> { }
        }
        if (!PyUnicode.isPrintable(c)) {
            throw syntaxError("invalid non-printable character U+" + String.format("%04X", c));
        }
        TokenType one = c < 128 ? ONE[c] : null;
        return make(one != null ? one : TokenType.OP, tokStart, cur);
    }

    /** PyToken_OneChar/TwoChars as tables over ASCII, built from the one token table. */
    private static final TokenType[] ONE = new TokenType[128];
    private static final TokenType[] TWO = new TokenType[128 * 128];
    static {
        for (TokenType t : TokenType.values()) {
            String op = t.operator;
            if (op == null) continue;
            if (op.length() == 1) ONE[op.charAt(0)] = t;
            if (op.length() == 2) TWO[op.charAt(0) * 128 + op.charAt(1)] = t;
        }
        // PyToken_TwoChars also knows "<>" (NOTEQUAL, for barry_as_FLUFL); the parser rejects it.
        TWO['<' * 128 + '>'] = TokenType.NOTEQUAL;
    }

    private static TokenType twoChars(int c1, int c2) {
        if (c1 >= 128 || c2 < 0 || c2 >= 128) return null;
        return TWO[c1 * 128 + c2];
    }

    private static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && c3 != '.') return null;
        return TokenType.ofOperator("" + (char) c1 + (char) c2 + (char) c3);
    }
}
