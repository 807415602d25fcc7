package dev.glassbox.tokenize;

import dev.glassbox.parse.SyntaxErrorInfo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API the parser and the tools use, on small inputs whose CPython behaviour was checked
 * with {@code tokenize._generate_tokens_from_c_tokenizer} and {@code compile()}; the
 * exhaustive comparisons are in {@link RecordedCasesTest}.
 */
class TokenizerTest {

    private static List<TokenType> types(String src, Tokenizer.Mode mode) {
        return Tokenizer.tokenize(src, "t.py", mode).stream().map(Token::type).toList();
    }

    @Test
    void pullsTokensLazilyAndRepeatsEndmarker() {
        Tokenizer t = new Tokenizer("x = (1,\n", "t.py", Tokenizer.Mode.EXEC);
        assertEquals(TokenType.NAME, t.next().type());
        assertEquals(TokenType.EQUAL, t.next().type());
        assertEquals(TokenType.LPAR, t.next().type());
        assertEquals(TokenType.NUMBER, t.next().type());
        assertEquals(TokenType.COMMA, t.next().type());
        // The error comes only when the parser asks past the last good token, and stays.
        SyntaxErrorInfo e = assertThrows(SyntaxErrorInfo.class, t::next);
        assertEquals("'(' was never closed", e.msg);
        assertThrows(SyntaxErrorInfo.class, t::next);

        Tokenizer ok = new Tokenizer("x\n", "t.py", Tokenizer.Mode.EXEC);
        while (ok.next().type() != TokenType.ENDMARKER) { }
        assertEquals(TokenType.ENDMARKER, ok.next().type());
    }

    @Test
    void exactOperatorTypesAndAsyncAwait() {
        assertEquals(List.of(TokenType.ASYNC, TokenType.NAME, TokenType.NAME, TokenType.LPAR, TokenType.RPAR,
                        TokenType.RARROW, TokenType.NAME, TokenType.COLON, TokenType.AWAIT, TokenType.NAME,
                        TokenType.DOUBLESTAREQUAL, TokenType.ELLIPSIS, TokenType.NEWLINE, TokenType.ENDMARKER),
                types("async def f() -> x: await y **= ...\n", Tokenizer.Mode.EXEC));
    }

    @Test
    void indentationTokensHaveNoColumnAndNewlineCarriesTheComment() {
        List<Token> toks = Tokenizer.tokenize("if x:  # c\n    y\n", "t.py", Tokenizer.Mode.EXEC);
        Token newline = toks.get(3);
        assertEquals(TokenType.NEWLINE, newline.type());
        assertEquals("# c", newline.string());
        assertEquals(7, newline.startCol());
        Token indent = toks.get(4);
        assertEquals(TokenType.INDENT, indent.type());
        assertEquals(-1, indent.startCol());
        assertEquals(TokenType.DEDENT, toks.get(toks.size() - 2).type());
    }

    @Test
    void onlyExecInputGetsAFinalNewline() {
        assertEquals(List.of(TokenType.NAME, TokenType.NEWLINE, TokenType.ENDMARKER), types("x", Tokenizer.Mode.EXEC));
        assertEquals(List.of(TokenType.NAME, TokenType.ENDMARKER), types("x", Tokenizer.Mode.EVAL));
        // Single input: pegen turns the end of input into NEWLINE (closing indentation), then ENDMARKER.
        assertEquals(List.of(TokenType.NAME, TokenType.NEWLINE, TokenType.ENDMARKER), types("x", Tokenizer.Mode.SINGLE));
        assertEquals(List.of(TokenType.NAME, TokenType.NAME, TokenType.COLON, TokenType.NEWLINE, TokenType.INDENT,
                TokenType.NAME, TokenType.NEWLINE, TokenType.DEDENT, TokenType.NEWLINE, TokenType.ENDMARKER),
                types("if x:\n  y\n", Tokenizer.Mode.SINGLE));
        assertEquals(List.of(TokenType.ENDMARKER), types("", Tokenizer.Mode.SINGLE));
    }

    @Test
    void multiLineStringSpansLinesAndColumnsCountCodePoints() {
        Token s = Tokenizer.tokenize("é = '''a\nbü'''\n", "t.py", Tokenizer.Mode.EXEC).get(2);
        assertEquals(TokenType.STRING, s.type());
        assertEquals(1, s.startLine());
        assertEquals(4, s.startCol());
        assertEquals(2, s.endLine());
        assertEquals(5, s.endCol());
        assertEquals("é = '''a\nbü'''\n", s.line());
    }

    @Test
    void numberBeforeKeywordIsAWarningNotAnError() {
        Tokenizer t = new Tokenizer("x = 1if y else 2\n", "t.py", Tokenizer.Mode.EXEC);
        while (t.next().type() != TokenType.ENDMARKER) { }
        assertEquals(1, t.warnings().size());
        assertEquals("invalid decimal literal", t.warnings().get(0).msg);
    }

    @Test
    void crAndCrLfAreNewlinesForTheParser() {
        assertEquals(types("a\nb\n", Tokenizer.Mode.EXEC), types("a\r\nb\r", Tokenizer.Mode.EXEC));
    }

    @Test
    void sourceReaderHonoursBomAndCookie() {
        byte[] latin = "# coding: latin-1\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceReader.Source src = SourceReader.decodeBytes(latin, "t.py");
        assertEquals("iso-8859-1", src.encoding());
        assertTrue(src.text().contains("'\u00e9'"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        SourceReader.Source b = SourceReader.decodeFile(bom, "t.py");
        assertTrue(b.bom());
        assertEquals("x\n", b.text());
    }

    @Test
    void moduleStreamStartsWithEncodingAndEndsWithEndmarker() {
        List<Token> toks = ModuleTokenizer.tokenize("x".getBytes(StandardCharsets.UTF_8), "t.py");
        assertEquals(TokenType.ENCODING, toks.get(0).type());
        assertEquals("utf-8", toks.get(0).string());
        Token nl = toks.get(2);
        assertEquals(TokenType.NEWLINE, nl.type());
        assertEquals("", nl.string());
        assertEquals(TokenType.ENDMARKER, toks.get(toks.size() - 1).type());
    }

    @Test
    void typeCommentsWhenAsked() {
        // ast.parse(src, type_comments=True) gives: FunctionDef.type_comment '(int) -> int',
        // TypeIgnore(lineno=2, tag='[x]'), TypeIgnore(lineno=3, tag='  '), and type comments
        // 'List[int]' and 'ignored' on the assignments.
        String src = "def f(a):  # type: (int) -> int\n    # type: ignore[x]\n    return a  # type: ignore  \n"
                + "x = 1 #type:List[int]\ny = 2 # type: ignored\n";
        Tokenizer t = new Tokenizer(src, "t.py", Tokenizer.Mode.EXEC).setTypeComments(true);
        List<String> found = new java.util.ArrayList<>();
        for (Token k; (k = t.next()).type() != TokenType.ENDMARKER; ) {
            if (k.type() == TokenType.TYPE_COMMENT || k.type() == TokenType.TYPE_IGNORE) {
                found.add(k.type() + " " + k.startLine() + " [" + k.string() + "]");
            }
        }
        assertEquals(List.of("TYPE_COMMENT 1 [(int) -> int]", "TYPE_IGNORE 2 [[x]]", "TYPE_IGNORE 3 [  ]",
                "TYPE_COMMENT 4 [List[int]]", "TYPE_COMMENT 5 [ignored]"), found);
        assertTrue(types(src, Tokenizer.Mode.EXEC).stream()
                .noneMatch(k -> k == TokenType.TYPE_COMMENT || k == TokenType.TYPE_IGNORE), "off by default");
    }

    private static Tokenizer drain(String src) {
        Tokenizer t = new Tokenizer(src, "f", Tokenizer.Mode.EXEC);
        try {
            while (t.next().type() != TokenType.ENDMARKER) { }
        } catch (SyntaxErrorInfo e) {
            // the state is what the test looks at
        }
        return t;
    }

    @Test
    void errorCodesTellPegenHowTheTokenizerStopped() {
        assertEquals(null, drain("x = $\n").errorCode());
        assertEquals(Tokenizer.ErrorCode.E_ERROR, drain("x = 1_\n").errorCode());
        assertEquals(Tokenizer.ErrorCode.E_EOF, drain("x = (1,\n").errorCode());
        assertEquals(Tokenizer.ErrorCode.E_DEDENT, drain("if x:\n    y\n  z\n").errorCode());
        assertEquals(Tokenizer.ErrorCode.E_TABSPACE, drain("if x:\n\ty\n        z\n").errorCode());
        assertEquals(Tokenizer.ErrorCode.E_LINECONT, drain("x = 1 \\ y\n").errorCode());
        assertEquals(null, drain("x = 1if y else 2\n").errorCode(), "a SyntaxWarning is not an error");
    }

    @Test
    void unclosedBracketErrorIsWhatPegenReportsAfterALaterTokenizerStop() {
        // compile() of this source says: '[' was never closed, line 1, offset 1, end 1/0, text '[ + '
        // (pegen re-tokenizes after the invalid '`' and the open bracket's line is earlier).
        Tokenizer t = drain("[ + \n  00 ` # c\n\t 0b1 & \nasync \\ rb'y'\n");
        assertEquals(Tokenizer.ErrorCode.E_LINECONT, t.errorCode());
        assertEquals(1, t.level());
        assertEquals(1, t.openBracketLine());
        SyntaxErrorInfo e = t.unclosedBracketError();
        assertEquals("'[' was never closed", e.msg);
        assertEquals(List.of(1, 1, 1, 0), List.of(e.lineno, e.offset, e.endLineno, e.endOffset));
        assertEquals("[ + ", e.text);
    }
}
