package dev.glassbox.parse;

/**
 * A syntax error found by the front end, before any Python object exists: the runtime turns
 * it into a Python {@code SyntaxError}, {@code IndentationError} or {@code TabError} with these
 * fields. Positions are CPython's: 1-based lines, 1-based offsets in code points of
 * {@code text} (as {@code SyntaxError.offset} shows them); end values are 0 when absent.
 * No Java stack trace is filled in: it is a value, not a bug.
 */
public final class SyntaxErrorInfo extends RuntimeException {
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError"),
        /**
         * Not a syntax error: the parser's rule nesting passed CPython's MAXSTACK, where CPython
         * raises a bare {@code MemoryError} (no message, no position). Raise it as such.
         */
        MEMORY_ERROR("MemoryError");
        public final String pythonName;
        Kind(String pythonName) { this.pythonName = pythonName; }
    }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno, offset, endLineno, endOffset;
    /** The source line(s) the error points into, with its newline, or null. */
    public final String text;

    public SyntaxErrorInfo(Kind kind, String msg, String filename, int lineno, int offset,
                           int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    @Override
    public String toString() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
