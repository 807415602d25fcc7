package dev.glassbox.tokenize;

/**
 * One token. Lines are 1-based; columns are 0-based and count code points of the line, as
 * CPython's {@code tokenize} module reports them (the parser converts to UTF-8 byte offsets
 * for AST positions). {@code type} is the exact kind ({@link TokenType#LPAR}, ...) for
 * operators; {@code line} is the physical line(s) the token came from, as in
 * {@code TokenInfo.line}.
 */
public record Token(TokenType type, String string, int startLine, int startCol,
                    int endLine, int endCol, String line) {

    /** The kind the {@code tokenize} module shows in its {@code type} field (OP for operators). */
    public TokenType reportedType() {
        return type.operator != null ? TokenType.OP : type;
    }
}
