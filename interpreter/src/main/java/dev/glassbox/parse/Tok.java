package dev.glassbox.parse;

import dev.glassbox.tokenize.TokenType;

/**
 * A token as the parser keeps it (pegen's {@code Token}): kind, text, 1-based lines, and
 * columns both as UTF-8 byte offsets (for AST positions) and as code points (for
 * SyntaxError offsets). Columns are -1 for INDENT, DEDENT and ENDMARKER.
 */
final class Tok {
    final TokenType type;
    final String string;
    final int line, col, endLine, endCol;
    final int cpCol, cpEndCol;
    /** The bracket nesting level after this token (the C tokenizer's tok->level). */
    int level;

    Tok(TokenType type, String string, int line, int col, int endLine, int endCol, int cpCol, int cpEndCol) {
        this.type = type;
        this.string = string;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.cpCol = cpCol;
        this.cpEndCol = cpEndCol;
    }

    @Override
    public String toString() {
        return type + " " + string + " @" + line + ":" + cpCol;
    }
}
