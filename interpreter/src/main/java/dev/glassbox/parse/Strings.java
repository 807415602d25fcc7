package dev.glassbox.parse;

import dev.glassbox.ast.ConstantValue;
import dev.glassbox.ast.Expr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: adjacent STRING tokens concatenated into one Constant or JoinedStr, with
 * prefixes, escape decoding and f-string parsing. Follows {@code _PyPegen_concatenate_strings}
 * ({@code Parser/action_helpers.c}) and {@code Parser/string_parser.c} of CPython 3.11:
 * literal parts of a JoinedStr and its FormattedValues carry the span of all the tokens, a
 * format spec's JoinedStr the span of its own token, and each replacement field's expression
 * is parsed by a fresh {@link Parser} over {@code "(" + text + ")"} whose positions are
 * shifted to where the text sits in the source ({@code fstring_find_expr_location}).
 *
 * <p>An invalid escape sequence ({@code "\d"}) is kept verbatim and the first of each literal
 * is reported as a DeprecationWarning ({@code warn_invalid_escape_sequence}).
 */
final class Strings {
    private final ParserBase p;
    private final Tok first, last;
    private final boolean kindU;
    /** The f-string state: pending literal text and the finished parts. */
    private StringBuilder lastStr;
    private final List<Expr> parts = new ArrayList<>();
    private boolean fmode;

    private Strings(ParserBase p, Tok first, Tok last) {
        this.p = p;
        this.first = first;
        this.last = last;
        this.kindU = first.string.startsWith("u");
    }

    /** {@code strings: STRING+}. */
    static Expr concat(ParserBase p, List<Tok> toks) {
        Tok first = toks.get(0), last = toks.get(toks.size() - 1);
        Strings s = new Strings(p, first, last);
        boolean bytesmode = false;
        for (int i = 0; i < toks.size(); i++) {
            boolean b = prefix(toks.get(i).string).indexOf('b') >= 0;
            if (i == 0) bytesmode = b;
            else if (b != bytesmode) {
                throw p.errorAtLastFilled(dev.glassbox.parse.SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                        "cannot mix bytes and nonbytes literals");
            }
        }
        if (bytesmode) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Tok t : toks) {
                byte[] v = s.bytesLiteral(t);
                out.write(v, 0, v.length);
            }
            return new Expr.Constant(new ConstantValue.Bytes(out.toByteArray()), null,
                    first.line, first.col, last.endLine, last.endCol);
        }
        for (Tok t : toks) {
            String pre = prefix(t.string);
            boolean raw = pre.indexOf('r') >= 0;
            String body = body(t.string, pre.length());
            if (pre.indexOf('f') >= 0) {
                if (p.featureVersion < 6) {
                    throw p.errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "Format strings are only supported in Python 3.6 and greater");
                }
                s.fmode = true;
                int[] at = {0};
                s.fstring(body, at, raw, 0, t, pre.length() + quoteLen(t.string, pre.length()));
            } else {
                String v = raw || body.indexOf('\\') < 0 ? body : s.decodeUnicode(body);
                s.append(v);
            }
        }
        return s.finish(first, last);
    }

    private static String prefix(String tok) {
        int i = 0;
        while (i < tok.length() && tok.charAt(i) != '\'' && tok.charAt(i) != '"') i++;
        return tok.substring(0, i).toLowerCase();
    }

    private static int quoteLen(String tok, int pre) {
        char q = tok.charAt(pre);
        return tok.length() - pre >= 6 && tok.charAt(pre + 1) == q && tok.charAt(pre + 2) == q ? 3 : 1;
    }

    private static String body(String tok, int pre) {
        int q = quoteLen(tok, pre);
        return tok.substring(pre + q, tok.length() - q);
    }

    private void append(String v) {
        if (v.isEmpty()) return;
        if (lastStr == null) lastStr = new StringBuilder();
        lastStr.append(v);
    }

    private Expr strNode(String v, Tok a, Tok b) {
        return new Expr.Constant(v, kindU ? "u" : null, a.line, a.col, b.endLine, b.endCol);
    }

    /** {@code _PyPegen_FstringParser_Finish}. */
    private Expr finish(Tok a, Tok b) {
        if (!fmode) return strNode(lastStr == null ? "" : lastStr.toString(), a, b);
        if (lastStr != null) {
            parts.add(strNode(lastStr.toString(), a, b));
            lastStr = null;
        }
        return new Expr.JoinedStr(new ArrayList<>(parts), a.line, a.col, b.endLine, b.endCol);
    }

    private SyntaxErrorInfo error(String msg) {
        return p.errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg);
    }

    // ---- f-strings -------------------------------------------------------------------------

    /**
     * {@code _PyPegen_FstringParser_ConcatFstring}: literal text and replacement fields of
     * {@code s} from {@code at[0]}; at recursion level &gt; 0 (a format spec) it stops at the
     * closing '}'. {@code bodyStart} is the index of the body in the token's text.
     */
    private void fstring(String s, int[] at, boolean raw, int level, Tok t, int bodyStart) {
        while (true) {
            // fstring_find_literal
            int litStart = at[0];
            int i = at[0];
            boolean doubled = false;
            while (i < s.length()) {
                char ch = s.charAt(i++);
                if (!raw && ch == '\\' && i < s.length()) {
                    ch = s.charAt(i++);
                    if (ch == 'N') {
                        if (i < s.length() && s.charAt(i++) == '{') {
                            while (i < s.length() && s.charAt(i++) != '}') { }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (i < s.length() && s.charAt(i) == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            at[0] = i - 1;
                            throw error("f-string: single '}' is not allowed");
                        }
                    }
                    i--;
                    break;
                }
            }
            int litEnd = doubled ? i : i;   // for doubled braces the first brace is kept
            String lit = s.substring(litStart, litEnd);
            if (!lit.isEmpty()) append(raw ? lit : decodeUnicode(lit));
            if (doubled) {
                at[0] = i + 1;
                continue;
            }
            at[0] = i;
            if (i >= s.length() || s.charAt(i) == '}') break;
            Expr fv = formattedValue(s, at, raw, level, t, bodyStart);
            if (lastStr != null) {
                parts.add(strNode(lastStr.toString(), first, last));
                lastStr = null;
            }
            parts.add(fv);
        }
        if (level == 0 && at[0] < s.length()) throw error("f-string: unexpected end of string");
        if (level != 0 && (at[0] >= s.length() || s.charAt(at[0]) != '}')) throw error("f-string: expecting '}'");
    }

    /** {@code fstring_find_expr}: s at '{'; returns the FormattedValue, at[0] past its '}'. */
    private Expr formattedValue(String s, int[] at, boolean raw, int level, Tok t, int bodyStart) {
        if (level >= 2) throw error("f-string: expressions nested too deeply");
        int brace = at[0];
        int i = brace + 1;
        int exprStart = i;
        char quote = 0;
        int stringType = 0;
        StringBuilder stack = new StringBuilder();
        int n = s.length();
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') throw error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < n && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                        stringType = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (i + 2 < n && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (stack.length() >= 200) throw error("f-string: too many nested parenthesis");
                stack.append(ch);
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (stack.length() == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
                    || ch == '<')) {
                if (i + 1 < n) {
                    char next = s.charAt(i + 1);
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (stack.length() == 0) throw error("f-string: unmatched '" + ch + "'");
                char opening = stack.charAt(stack.length() - 1);
                stack.setLength(stack.length() - 1);
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + opening + "'");
                }
            }
        }
        int exprEnd = i;
        if (quote != 0) throw error("f-string: unterminated string");
        if (stack.length() > 0) throw error("f-string: unmatched '" + stack.charAt(stack.length() - 1) + "'");
        if (i >= n) throw error("f-string: expecting '}'");
        Expr expr = compileExpr(s, exprStart, exprEnd, t, bodyStart, brace);
        String exprText = null;
        if (s.charAt(i) == '=') {
            if (p.featureVersion < 8) {
                throw p.errorAtLastFilled(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                        "f-string: self documenting expressions are only supported in Python 3.8 and greater");
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) throw error("f-string: expecting '}'");
            exprText = s.substring(exprStart, i);
        }
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= n) throw error("f-string: expecting '}'");
            conversion = s.charAt(i++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (i >= n) throw error("f-string: expecting '}'");
        Expr spec = null;
        if (s.charAt(i) == ':') {
            i++;
            if (i >= n) throw error("f-string: expecting '}'");
            Strings nested = new Strings(p, first, last);
            nested.fmode = true;
            int[] at2 = {i};
            nested.fstring(s, at2, raw, level + 1, t, bodyStart);
            i = at2[0];
            spec = nested.finish(t, t);
        }
        if (i >= n || s.charAt(i) != '}') throw error("f-string: expecting '}'");
        at[0] = i + 1;
        if (exprText != null) append(exprText);
        if (exprText != null && spec == null && conversion == -1) conversion = 'r';
        return new Expr.FormattedValue(expr, conversion, spec, first.line, first.col, last.endLine, last.endCol);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** {@code fstring_compile_expr}: parse s[from, to) as {@code (text)}, positioned in the source. */
    private Expr compileExpr(String s, int from, int to, Tok t, int bodyStart, int brace) {
        int k = from;
        while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\n' || s.charAt(k) == '\f')) k++;
        if (k == to) {
            char c = s.charAt(to);
            if (c == '!' || c == ':' || c == '=') throw error("f-string: expression required before '" + c + "'");
            throw error("f-string: empty expression not allowed");
        }
        // fstring_find_expr_location: lines before the '{' in the token, and the byte column
        // of the '{' on its line (unless only whitespace follows it up to a newline).
        String tokText = t.string;
        int braceInTok = bodyStart + brace;
        boolean newlineAfterBrace = true;
        for (int j = braceInTok + 1; j < tokText.length(); j++) {
            char c = tokText.charAt(j);
            if (c == '}' || c == '\n') break;
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int lines = 0, cols = 0;
        int lineStart = tokText.lastIndexOf('\n', braceInTok - 1) + 1;
        if (!newlineAfterBrace) {
            cols = utf8Len(tokText, lineStart, braceInTok);
        }
        for (int j = 0; j < braceInTok; j++) if (tokText.charAt(j) == '\n') lines++;
        int startLine = t.line + lines;
        int startCol = lines != 0 ? cols : t.col + cols;
        String text = "(" + s.substring(from, to) + ")";
        return Parser.parseFstringExpr(text, p.filename, startLine, startCol);
    }

    static int utf8Len(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    // ---- escapes ---------------------------------------------------------------------------

    /**
     * {@code decode_unicode_with_escapes}. Error positions count in the buffer CPython
     * decodes, where each non-ASCII character has become a 10-byte {@code \U} escape.
     */
    private String decodeUnicode(String s) {
        boolean warned = false;   // warn_invalid_escape_sequence: the first invalid escape of a literal
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int vpos = 0;   // position in CPython's escaped buffer
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            if (c != '\\') {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                vpos += c < 0x80 ? 1 : 10;
                continue;
            }
            int escStart = vpos;
            i++;
            vpos++;
            if (i >= n) {
                throw error("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " + escStart
                        + ": \\ at end of string");
            }
            char e = s.charAt(i++);
            vpos++;
            switch (e) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'a': out.append('\u0007'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'v': out.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                        vpos++;
                    }
                    out.appendCodePoint(v);
                    break;
                }
                case 'x': case 'u': case 'U': {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    for (; k < digits && i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 0x80; k++) {
                        v = v * 16 + Character.digit(s.charAt(i++), 16);
                        vpos++;
                    }
                    if (k < digits) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart
                                + "-" + (vpos - 1) + ": " + what);
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart
                                + "-" + (vpos - 1) + ": illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                    break;
                }
                case 'N': {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    int cp = -1;
                    if (close > i + 1) {
                        String name = s.substring(i + 1, close);
                        try {
                            cp = Character.codePointOf(name);
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                        if (cp >= 0) {
                            vpos += escapedLen(s, i, close + 1);
                            i = close + 1;
                            out.appendCodePoint(cp);
                            break;
                        }
                        int endPos = vpos + escapedLen(s, i, close + 1) - 1;
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart
                                + "-" + endPos + ": unknown Unicode character name");
                    }
                    throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart
                            + "-" + (vpos - 1 + (i < n && s.charAt(i) == '{' ? 1 : 0)) + ": malformed \\N character escape");
                }
                default:
                    // An invalid escape keeps its backslash, with a DeprecationWarning for the first.
                    if (!warned) {
                        warned = true;
                        p.deprecation("invalid escape sequence '\\" + new String(Character.toChars(Character.isHighSurrogate(e) && i < n
                                ? Character.toCodePoint(e, s.charAt(i)) : e)) + "'", first.line);
                    }
                    out.append('\\');
                    if (Character.isHighSurrogate(e) && i < n) {
                        out.append(e).append(s.charAt(i++));
                        vpos += 4 + 10 - 1;   // "u005c" then the \U escape
                    } else {
                        out.append(e);
                        if (e >= 0x80) vpos += 5 + 10 - 1;
                    }
            }
        }
        return out.toString();
    }

    private static int escapedLen(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            n += c < 0x80 ? 1 : 10;
        }
        return n;
    }

    /** A bytes literal's value ({@code _PyBytes_DecodeEscape}); only ASCII may be written literally. */
    private byte[] bytesLiteral(Tok t) {
        String pre = prefix(t.string);
        String s = body(t.string, pre.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) throw p.errorAt(t, "bytes can only contain ASCII literal characters");
        }
        if (pre.indexOf('r') >= 0 || s.indexOf('\\') < 0) return s.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        boolean warned = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= n) throw error("(value error) Trailing \\ in string");
            char e = s.charAt(i++);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xff);
                    break;
                }
                case 'x': {
                    int h1 = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int h2 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (h1 < 0 || h2 < 0) throw error("(value error) invalid \\x escape at position " + (i - 2));
                    out.write(h1 * 16 + h2);
                    i += 2;
                    break;
                }
                default:
                    if (!warned) {
                        warned = true;
                        p.deprecation("invalid escape sequence '\\" + (char) e + "'", t.line);
                    }
                    out.write('\\');
                    out.write(e);
            }
        }
        return out.toByteArray();
    }
}
