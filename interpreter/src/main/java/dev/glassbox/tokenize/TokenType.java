package dev.glassbox.tokenize;

import java.util.HashMap;
import java.util.Map;

/**
 * Token types with CPython 3.11's numbers ({@code Lib/token.py}); the single table of token
 * kinds. Operator kinds carry their spelling; {@link #OP} is the generic kind the
 * {@code tokenize} module reports, whose exact kind comes from {@link #ofOperator}.
 */
public enum TokenType {
    ENDMARKER(0, null),
    NAME(1, null),
    NUMBER(2, null),
    STRING(3, null),
    NEWLINE(4, null),
    INDENT(5, null),
    DEDENT(6, null),
    LPAR(7, "("),
    RPAR(8, ")"),
    LSQB(9, "["),
    RSQB(10, "]"),
    COLON(11, ":"),
    COMMA(12, ","),
    SEMI(13, ";"),
    PLUS(14, "+"),
    MINUS(15, "-"),
    STAR(16, "*"),
    SLASH(17, "/"),
    VBAR(18, "|"),
    AMPER(19, "&"),
    LESS(20, "<"),
    GREATER(21, ">"),
    EQUAL(22, "="),
    DOT(23, "."),
    PERCENT(24, "%"),
    LBRACE(25, "{"),
    RBRACE(26, "}"),
    EQEQUAL(27, "=="),
    NOTEQUAL(28, "!="),
    LESSEQUAL(29, "<="),
    GREATEREQUAL(30, ">="),
    TILDE(31, "~"),
    CIRCUMFLEX(32, "^"),
    LEFTSHIFT(33, "<<"),
    RIGHTSHIFT(34, ">>"),
    DOUBLESTAR(35, "**"),
    PLUSEQUAL(36, "+="),
    MINEQUAL(37, "-="),
    STAREQUAL(38, "*="),
    SLASHEQUAL(39, "/="),
    PERCENTEQUAL(40, "%="),
    AMPEREQUAL(41, "&="),
    VBAREQUAL(42, "|="),
    CIRCUMFLEXEQUAL(43, "^="),
    LEFTSHIFTEQUAL(44, "<<="),
    RIGHTSHIFTEQUAL(45, ">>="),
    DOUBLESTAREQUAL(46, "**="),
    DOUBLESLASH(47, "//"),
    DOUBLESLASHEQUAL(48, "//="),
    AT(49, "@"),
    ATEQUAL(50, "@="),
    RARROW(51, "->"),
    ELLIPSIS(52, "..."),
    COLONEQUAL(53, ":="),
    OP(54, null),
    AWAIT(55, null),
    ASYNC(56, null),
    TYPE_IGNORE(57, null),
    TYPE_COMMENT(58, null),
    SOFT_KEYWORD(59, null),
    ERRORTOKEN(60, null),
    COMMENT(61, null),
    NL(62, null),
    ENCODING(63, null);

    /** CPython's {@code token.N_TOKENS}. */
    public static final int N_TOKENS = 64;
    /** CPython's {@code token.NT_OFFSET}. */
    public static final int NT_OFFSET = 256;

    public final int number;
    /** The operator's spelling, or null when this is not an exact operator kind. */
    public final String operator;

    TokenType(int number, String operator) {
        this.number = number;
        this.operator = operator;
    }

    private static final Map<String, TokenType> OPERATORS = new HashMap<>();
    static {
        for (TokenType t : values()) if (t.operator != null) OPERATORS.put(t.operator, t);
    }

    /** The exact kind of an operator's spelling, or null when it is not one. */
    public static TokenType ofOperator(String spelling) {
        return OPERATORS.get(spelling);
    }
}
