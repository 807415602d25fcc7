package dev.glassbox.tokenize;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The token stream of CPython 3.11's pure-Python {@code tokenize} module
 * ({@code Lib/tokenize.py}, {@code _tokenize} and {@code detect_encoding}): ENCODING first,
 * COMMENT and NL tokens, ERRORTOKEN for stray characters and unterminated single-quoted
 * strings, its DEDENT positions and the empty NEWLINE added when the last line lacks one.
 *
 * <p>tokenize.py is built on regular expressions ({@code PseudoToken}, {@code ContStr},
 * {@code Number}, the string tail patterns); here each is a small hand-written matcher that
 * takes the same alternative the regex engine would take (ordered alternation, greedy
 * repetition; the patterns are such that greedy matching never needs to backtrack into an
 * earlier choice except where noted). Lines are matched as arrays of code points so columns
 * count code points, as Python's str indices do. Lines come from the bytes split at '\n'
 * only (binary readline), so a lone '\r' stays inside a line, exactly as in tokenize.py.
 *
 * <p>Tokens are produced one source line at a time and handed out lazily by {@link #next()};
 * an error is raised only after the tokens before it have been handed out, as the
 * generator does.
 */
public final class ModuleTokenizer {

    /** The exceptions tokenize.py raises, with what {@code python -m tokenize} needs to print them. */
    public static final class TokenizeError extends RuntimeException {
        public enum Kind { TOKEN_ERROR, INDENTATION_ERROR, SYNTAX_ERROR, UNEXPECTED }
        public final Kind kind;
        public final String msg;
        public final int line, col;

        public TokenizeError(Kind kind, String msg, int line, int col) {
            super(msg, null, false, false);
            this.kind = kind;
            this.msg = msg;
            this.line = line;
            this.col = col;
        }
    }

    private static final int TABSIZE = 8;
    private static final String[] OPS3 = {"**=", "...", "//=", "<<=", ">>="};
    private static final String[] OPS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String OPS1 = "%&()*+,-./:;<=>@[]^{|}~";

    private final Iterator<String> lines;
    private final ArrayDeque<Token> queue = new ArrayDeque<>();
    private TokenizeError pending;
    private boolean finished;

    // The state of tokenize.py's _tokenize loop.
    private int lnum, parenlev;
    private boolean continued;
    private StringBuilder contstr;          // null when not inside a continued string
    private boolean needcont;
    private StringBuilder contline;         // the lines of a continued string so far
    private int endQuote;                   // the quote character the continued string ends with
    private boolean endTriple;
    private int strstartLine, strstartCol;
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private String lastLine = "";
    private String line = "";

    private ModuleTokenizer(Iterator<String> lines, String encoding) {
        this.lines = lines;
        if (encoding != null) queue.add(new Token(TokenType.ENCODING, encoding, 0, 0, 0, 0, ""));
    }

    /** {@code tokenize.generate_tokens}: lines of text (each with its newline), no ENCODING token. */
    public static ModuleTokenizer ofLines(Iterator<String> lines) {
        return new ModuleTokenizer(lines, null);
    }

    /**
     * {@code tokenize.tokenize} over a file's bytes: detects the encoding, yields ENCODING, then
     * tokenizes lines decoded one at a time. {@code filename} is used in error messages, as
     * the name of the file object ({@code None} when null).
     */
    public static ModuleTokenizer ofBytes(byte[] data, String filename) {
        List<byte[]> raw = splitLines(data);
        String enc = detectEncoding(raw, filename);
        String shown = enc.equals("utf-8-sig") ? "utf-8" : enc;
        Charset cs = shown.equals("utf-8") ? StandardCharsets.UTF_8 : SourceReader.charset(shown);
        Iterator<byte[]> it = raw.iterator();
        Iterator<String> decoded = new Iterator<>() {
            public boolean hasNext() { return it.hasNext(); }
            public String next() {
                byte[] b = it.next();
                if (cs == StandardCharsets.UTF_8) {
                    int bad = Utf8.firstInvalid(b, 0, b.length);
                    if (bad >= 0) {
                        throw new TokenizeError(TokenizeError.Kind.UNEXPECTED,
                                Utf8.errorMessage(b, bad, b.length, bad), 0, 0);
                    }
                    return new String(b, StandardCharsets.UTF_8);
                }
                String s = SourceReader.decodeStrict(cs, b, 0, b.length);
                if (s == null) {
                    throw new TokenizeError(TokenizeError.Kind.UNEXPECTED,
                            SourceReader.codecError(cs, shown, b, 0, false), 0, 0);
                }
                return s;
            }
        };
        return new ModuleTokenizer(decoded, shown);
    }

    /** All tokens of a file, as {@code list(tokenize.tokenize(f.readline))}. */
    public static List<Token> tokenize(byte[] data, String filename) {
        ModuleTokenizer t = ofBytes(data, filename);
        List<Token> out = new ArrayList<>();
        for (Token tok; (tok = t.next()) != null; ) out.add(tok);
        return out;
    }

    /** The next token, or null after ENDMARKER. Throws {@link TokenizeError} where tokenize.py raises. */
    public Token next() {
        while (queue.isEmpty()) {
            if (pending != null) {
                TokenizeError e = pending;
                pending = null;
                finished = true;
                throw e;
            }
            if (finished) return null;
            try {
                if (!step()) finish();
            } catch (TokenizeError e) {
                pending = e;
            }
        }
        return queue.poll();
    }

    /** The physical line being tokenized (for IndentationError's text). */
    public String currentLine() {
        return line;
    }

    // ---- detect_encoding ------------------------------------------------------------------

    /** Splits at '\n' keeping it, as a binary file's readline does; the BOM stays on line 1. */
    static List<byte[]> splitLines(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        while (start < data.length) {
            int end = SourceReader.lineEnd(data, start);
            byte[] b = new byte[end - start];
            System.arraycopy(data, start, b, 0, b.length);
            out.add(b);
            start = end;
        }
        return out;
    }

    /** {@code detect_encoding}; strips the BOM from the first line in place in {@code raw}. */
    static String detectEncoding(List<byte[]> raw, String filename) {
        boolean bom = false;
        String dflt = "utf-8";
        if (raw.isEmpty()) return dflt;
        byte[] first = raw.get(0);
        if (first.length >= 3 && (first[0] & 0xff) == 0xEF && (first[1] & 0xff) == 0xBB && (first[2] & 0xff) == 0xBF) {
            bom = true;
            byte[] b = new byte[first.length - 3];
            System.arraycopy(first, 3, b, 0, b.length);
            first = b;
            raw.set(0, b);
            dflt = "utf-8-sig";
            if (b.length == 0) {
                raw.remove(0);
                return dflt;
            }
        }
        String enc = findCookie(first, filename, bom);
        if (enc != null) return enc;
        if (!blank(first)) return dflt;
        if (raw.size() < 2) return dflt;
        enc = findCookie(raw.get(1), filename, bom);
        return enc != null ? enc : dflt;
    }

    private static String findCookie(byte[] line, String filename, boolean bom) {
        if (Utf8.firstInvalid(line, 0, line.length) >= 0) {
            String msg = "invalid or missing encoding declaration";
            if (filename != null) msg += " for " + PyRepr.str(filename);
            throw new TokenizeError(TokenizeError.Kind.SYNTAX_ERROR, msg, 0, 0);
        }
        String s = new String(line, StandardCharsets.UTF_8);
        String name = cookie(s);
        if (name == null) return null;
        String enc = normalName(name);
        if (SourceReader.charset(enc) == null) {
            String msg = filename == null ? "unknown encoding: " + enc
                    : "unknown encoding for " + PyRepr.str(filename) + ": " + enc;
            throw new TokenizeError(TokenizeError.Kind.SYNTAX_ERROR, msg, 0, 0);
        }
        if (bom) {
            if (!enc.equals("utf-8")) {
                String msg = filename == null ? "encoding problem: utf-8"
                        : "encoding problem for " + PyRepr.str(filename) + ": utf-8";
                throw new TokenizeError(TokenizeError.Kind.SYNTAX_ERROR, msg, 0, 0);
            }
            enc += "-sig";
        }
        return enc;
    }

    /** tokenize.py's {@code cookie_re}: {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} (ASCII). */
    public static String cookie(String s) {
        int i = 0, n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) i++;
        if (i >= n || s.charAt(i) != '#') return null;
        int nl = s.indexOf('\n');
        int limit = nl < 0 ? n : nl;          // '.' does not cross a newline
        for (int at = s.indexOf("coding", i); at >= 0 && at + 6 < limit; at = s.indexOf("coding", at + 1)) {
            int t = at + 6;
            if (s.charAt(t) != ':' && s.charAt(t) != '=') continue;
            t++;
            while (t < n && (s.charAt(t) == ' ' || s.charAt(t) == '\t')) t++;
            int begin = t;
            while (t < n && isCookieChar(s.charAt(t))) t++;
            if (t > begin) return s.substring(begin, t);
        }
        return null;
    }

    private static boolean isCookieChar(char c) {
        return c == '-' || c == '.' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code _get_normal_name} of tokenize.py (same as the C one but keeps other names as written). */
    static String normalName(String orig) {
        return SourceReader.normalName(orig);
    }

    /** tokenize.py's {@code blank_re}: {@code ^[ \t\f]*(?:[#\r\n]|$)}. */
    private static boolean blank(byte[] b) {
        int i = 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) i++;
        return i == b.length || b[i] == '#' || b[i] == '\r' || b[i] == '\n';
    }

    // ---- _tokenize -------------------------------------------------------------------------

    private void add(TokenType type, String s, int sl, int sc, int el, int ec, String ln) {
        queue.add(new Token(type, s, sl, sc, el, ec, ln));
    }

    /** One pass of the line loop; false when the loop ends (tokenize.py's {@code break}). */
    private boolean step() {
        lastLine = line;
        line = lines.hasNext() ? lines.next() : "";
        lnum++;
        int[] c = Utf8.codePoints(line);
        int max = c.length;
        int pos = 0;

        if (contstr != null) {                                    // continued string
            if (line.isEmpty()) {
                throw new TokenizeError(TokenizeError.Kind.TOKEN_ERROR, "EOF in multi-line string",
                        strstartLine, strstartCol);
            }
            int end = endTriple ? tripleTail(c, 0, endQuote) : singleTail(c, 0, endQuote);
            if (end >= 0) {
                pos = end;
                add(TokenType.STRING, contstr + sub(c, 0, end), strstartLine, strstartCol, lnum, end, contline.append(line).toString());
                contstr = null;
                needcont = false;
                contline = null;
            } else if (needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
                add(TokenType.ERRORTOKEN, contstr + line, strstartLine, strstartCol, lnum, max, contline.toString());
                contstr = null;
                contline = null;
                return true;
            } else {
                contstr.append(line);
                contline.append(line);
                return true;
            }
        } else if (parenlev == 0 && !continued) {                // new statement
            if (line.isEmpty()) return false;
            int column = 0;
            while (pos < max) {
                if (c[pos] == ' ') column++;
                else if (c[pos] == '\t') column = (column / TABSIZE + 1) * TABSIZE;
                else if (c[pos] == '\f') column = 0;
                else break;
                pos++;
            }
            if (pos == max) return false;
            if (c[pos] == '#' || c[pos] == '\r' || c[pos] == '\n') { // comments or blank lines
                if (c[pos] == '#') {
                    int e = max;
                    while (e > pos && (c[e - 1] == '\r' || c[e - 1] == '\n')) e--;
                    add(TokenType.COMMENT, sub(c, pos, e), lnum, pos, lnum, e, line);
                    pos = e;
                }
                add(TokenType.NL, sub(c, pos, max), lnum, pos, lnum, max, line);
                return true;
            }
            if (column > indents.get(indents.size() - 1)) {
                indents.add(column);
                add(TokenType.INDENT, sub(c, 0, pos), lnum, 0, lnum, pos, line);
            }
            while (column < indents.get(indents.size() - 1)) {
                if (!indents.contains(column)) {
                    throw new TokenizeError(TokenizeError.Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", lnum, pos);
                }
                indents.remove(indents.size() - 1);
                add(TokenType.DEDENT, "", lnum, pos, lnum, pos, line);
            }
        } else {                                                  // continued statement
            if (line.isEmpty()) {
                throw new TokenizeError(TokenizeError.Kind.TOKEN_ERROR, "EOF in multi-line statement", lnum, 0);
            }
            continued = false;
        }

        while (pos < max) {
            int start = pos;
            while (start < max && (c[start] == ' ' || c[start] == '\f' || c[start] == '\t')) start++;
            int end = pseudoToken(c, start, max);
            if (end < 0) {
                add(TokenType.ERRORTOKEN, sub(c, pos, pos + 1), lnum, pos, lnum, pos + 1, line);
                pos++;
                continue;
            }
            pos = end;
            if (start == end) continue;
            int initial = c[start];
            String token = sub(c, start, end);
            if ((initial >= '0' && initial <= '9') || (initial == '.' && !token.equals(".") && !token.equals("..."))) {
                add(TokenType.NUMBER, token, lnum, start, lnum, end, line);
            } else if (initial == '\r' || initial == '\n') {
                add(parenlev > 0 ? TokenType.NL : TokenType.NEWLINE, token, lnum, start, lnum, end, line);
            } else if (initial == '#') {
                add(TokenType.COMMENT, token, lnum, start, lnum, end, line);
            } else if (isTripleOpener(c, start, end)) {
                int q = c[end - 1];
                int tail = tripleTail(c, end, q);
                if (tail >= 0) {                                  // all on one line
                    pos = tail;
                    add(TokenType.STRING, sub(c, start, tail), lnum, start, lnum, tail, line);
                } else {                                          // multiple lines
                    strstartLine = lnum;
                    strstartCol = start;
                    contstr = new StringBuilder(sub(c, start, max));
                    contline = new StringBuilder(line);
                    endQuote = q;
                    endTriple = true;
                    break;
                }
            } else if (startsSingleQuoted(c, start, end)) {
                if (c[end - 1] == '\n') {                         // continued string
                    strstartLine = lnum;
                    strstartCol = start;
                    int k = start;
                    while (c[k] != '\'' && c[k] != '"') k++;
                    endQuote = c[k];
                    endTriple = false;
                    contstr = new StringBuilder(sub(c, start, max));
                    needcont = true;
                    contline = new StringBuilder(line);
                    break;
                }
                add(TokenType.STRING, token, lnum, start, lnum, end, line);
            } else if (PyUnicode.isIdentifierStart(initial)) {
                add(TokenType.NAME, token, lnum, start, lnum, end, line);
            } else if (initial == '\\') {
                continued = true;
            } else {
                if (initial == '(' || initial == '[' || initial == '{') parenlev++;
                else if (initial == ')' || initial == ']' || initial == '}') parenlev--;
                TokenType exact = TokenType.ofOperator(token);
                add(exact != null ? exact : TokenType.OP, token, lnum, start, lnum, end, line);
            }
        }
        return true;
    }

    /** After the line loop: the implicit NEWLINE, the remaining DEDENTs, ENDMARKER. */
    private void finish() {
        finished = true;
        if (!lastLine.isEmpty()) {
            char last = lastLine.charAt(lastLine.length() - 1);
            if (last != '\r' && last != '\n' && !strip(lastLine).startsWith("#")) {
                int len = lastLine.codePointCount(0, lastLine.length());
                add(TokenType.NEWLINE, "", lnum - 1, len, lnum - 1, len + 1, "");
            }
        }
        for (int i = 1; i < indents.size(); i++) add(TokenType.DEDENT, "", lnum, 0, lnum, 0, "");
        add(TokenType.ENDMARKER, "", lnum, 0, lnum, 0, "");
    }

    /** {@code str.strip()} with no argument: Unicode whitespace. */
    private static String strip(String s) {
        int[] c = Utf8.codePoints(s);
        int a = 0, b = c.length;
        while (a < b && PyUnicode.isSpace(c[a])) a++;
        while (b > a && PyUnicode.isSpace(c[b - 1])) b--;
        return sub(c, a, b);
    }

    private static String sub(int[] c, int from, int to) {
        return new String(c, from, to - from);
    }

    // ---- the regular expressions -----------------------------------------------------------

    /**
     * {@code PseudoToken} after its leading whitespace: the end of the match of
     * {@code group(PseudoExtras, Number, Funny, ContStr, Name)} at {@code i}, or -1.
     */
    static int pseudoToken(int[] c, int i, int max) {
        // PseudoExtras: \\\r?\n | \Z | Comment | Triple
        if (i == max) return i;
        int ch = c[i];
        if (ch == '\\') {
            if (at(c, i + 1, max) == '\n') return i + 2;
            if (at(c, i + 1, max) == '\r' && at(c, i + 2, max) == '\n') return i + 3;
        }
        if (ch == '#') {
            int e = i;
            while (e < max && c[e] != '\r' && c[e] != '\n') e++;
            return e;
        }
        int q = quoteAfterPrefix(c, i, max);
        if (q >= 0 && at(c, q + 1, max) == c[q] && at(c, q + 2, max) == c[q]) return q + 3;
        // Number
        int e = number(c, i, max);
        if (e >= 0) return e;
        // Funny: \r?\n | Special
        if (ch == '\n') return i + 1;
        if (ch == '\r' && at(c, i + 1, max) == '\n') return i + 2;
        e = operator(c, i, max);
        if (e >= 0) return e;
        // ContStr
        if (q >= 0) {
            e = contStr(c, q, max);
            if (e >= 0) return e;
        }
        // Name: \w+
        if (PyUnicode.isWordChar(ch)) {
            e = i + 1;
            while (e < max && PyUnicode.isWordChar(c[e])) e++;
            return e;
        }
        return -1;
    }

    private static int at(int[] c, int i, int max) {
        return i < max ? c[i] : -1;
    }

    /** The index of the quote after a valid (possibly empty) string prefix at i, or -1. */
    private static int quoteAfterPrefix(int[] c, int i, int max) {
        for (int k = i; k < max && k <= i + 2; k++) {
            if (c[k] == '\'' || c[k] == '"') return isPrefix(c, i, k) ? k : -1;
        }
        return -1;
    }

    /** One of '', b, r, u, f, br, rb, fr, rf in any case. */
    private static boolean isPrefix(int[] c, int from, int to) {
        int n = to - from;
        if (n == 0) return true;
        int a = Character.toLowerCase(c[from]);
        if (n == 1) return a == 'b' || a == 'r' || a == 'u' || a == 'f';
        if (n != 2 || c[from] > 0x7f || c[from + 1] > 0x7f) return false;
        int b = Character.toLowerCase(c[from + 1]);
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }

    private static boolean isTripleOpener(int[] c, int start, int end) {
        int n = end - start;
        if (n < 3 || n > 5) return false;
        int q = c[end - 1];
        return (q == '\'' || q == '"') && c[end - 2] == q && c[end - 3] == q && isPrefix(c, start, end - 3);
    }

    private static boolean startsSingleQuoted(int[] c, int start, int end) {
        for (int k = start; k < end && k < start + 3; k++) {
            if (c[k] == '\'' || c[k] == '"') return isPrefix(c, start, k);
        }
        return false;
    }

    /**
     * {@code ContStr} from its opening quote at q: the body {@code [^\n'\\]*(?:\\.[^\n'\\]*)*}
     * then the closing quote or {@code \\\r?\n}.
     */
    private static int contStr(int[] c, int q, int max) {
        int quote = c[q];
        int i = q + 1;
        while (i < max) {
            int ch = c[i];
            if (ch == quote) return i + 1;
            if (ch == '\n') return -1;
            if (ch == '\\') {
                int n1 = at(c, i + 1, max);
                if (n1 == '\n') return i + 2;
                if (n1 == '\r' && at(c, i + 2, max) == '\n') return i + 3;  // found by backtracking
                if (n1 < 0) return -1;
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** {@code Single}/{@code Double}: {@code [^'\\]*(?:\\.[^'\\]*)*'} from i. */
    private static int singleTail(int[] c, int i, int quote) {
        int max = c.length;
        while (i < max) {
            int ch = c[i];
            if (ch == quote) return i + 1;
            if (ch == '\\') {
                if (i + 1 >= max || c[i + 1] == '\n') return -1;   // '.' does not match a newline
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** {@code Single3}/{@code Double3}: {@code [^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''} from i. */
    private static int tripleTail(int[] c, int i, int quote) {
        int max = c.length;
        while (i < max) {
            int ch = c[i];
            if (ch == quote) {
                if (at(c, i + 1, max) == quote && at(c, i + 2, max) == quote) return i + 3;
                i++;
                continue;
            }
            if (ch == '\\') {
                if (i + 1 >= max || c[i + 1] == '\n') return -1;
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** {@code Special}: the longest operator at i (the alternatives are sorted so the longest wins). */
    private static int operator(int[] c, int i, int max) {
        for (String op : OPS3) if (matches(c, i, max, op)) return i + 3;
        for (String op : OPS2) if (matches(c, i, max, op)) return i + 2;
        return c[i] < 0x80 && OPS1.indexOf(c[i]) >= 0 ? i + 1 : -1;
    }

    private static boolean matches(int[] c, int i, int max, String s) {
        if (i + s.length() > max) return false;
        for (int k = 0; k < s.length(); k++) if (c[i + k] != s.charAt(k)) return false;
        return true;
    }

    // Number = group(Imagnumber, Floatnumber, Intnumber); ASCII digits only.

    private static boolean digit(int[] c, int i, int max) {
        return i < max && c[i] >= '0' && c[i] <= '9';
    }

    /** {@code [0-9](?:_?[0-9])*}: end, or -1. */
    private static int digitpart(int[] c, int i, int max) {
        if (!digit(c, i, max)) return -1;
        i++;
        while (true) {
            if (digit(c, i, max)) i++;
            else if (at(c, i, max) == '_' && digit(c, i + 1, max)) i += 2;
            else return i;
        }
    }

    /** {@code [eE][-+]?[0-9](?:_?[0-9])*} */
    private static int exponent(int[] c, int i, int max) {
        int ch = at(c, i, max);
        if (ch != 'e' && ch != 'E') return -1;
        int j = i + 1;
        if (at(c, j, max) == '+' || at(c, j, max) == '-') j++;
        return digitpart(c, j, max);
    }

    private static int floatnumber(int[] c, int i, int max) {
        int e = -1;
        int d = digitpart(c, i, max);
        if (d >= 0 && at(c, d, max) == '.') {
            e = d + 1;
            int f = digitpart(c, e, max);
            if (f >= 0) e = f;
        } else if (at(c, i, max) == '.') {
            e = digitpart(c, i + 1, max);
        }
        if (e >= 0) {
            int x = exponent(c, e, max);
            return x >= 0 ? x : e;
        }
        if (d >= 0) return exponent(c, d, max);   // Expfloat
        return -1;
    }

    private static boolean isJ(int[] c, int i, int max) {
        return at(c, i, max) == 'j' || at(c, i, max) == 'J';
    }

    static int number(int[] c, int i, int max) {
        int d = digitpart(c, i, max);
        if (d >= 0 && isJ(c, d, max)) return d + 1;
        int f = floatnumber(c, i, max);
        if (f >= 0 && isJ(c, f, max)) return f + 1;
        if (f >= 0) return f;
        if (at(c, i, max) == '0') {
            int r = radix(c, i, max);
            if (r >= 0) return r;
            int j = i + 1;
            while (true) {
                if (at(c, j, max) == '0') j++;
                else if (at(c, j, max) == '_' && at(c, j + 1, max) == '0') j += 2;
                else return j;
            }
        }
        return d;   // [1-9](?:_?[0-9])*, or -1 when not a digit
    }

    /** {@code 0[xX](?:_?[0-9a-fA-F])+} and the binary and octal forms. */
    private static int radix(int[] c, int i, int max) {
        int k = at(c, i + 1, max);
        int base = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8 : k == 'b' || k == 'B' ? 2 : 0;
        if (base == 0) return -1;
        int j = i + 2;
        while (true) {
            if (inBase(at(c, j, max), base)) j++;
            else if (at(c, j, max) == '_' && inBase(at(c, j + 1, max), base)) j += 2;
            else break;
        }
        return j > i + 2 ? j : -1;
    }

    private static boolean inBase(int ch, int base) {
        if (base == 16) return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
        return ch >= '0' && ch < '0' + base;
    }
}
