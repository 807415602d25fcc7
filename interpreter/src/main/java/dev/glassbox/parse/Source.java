package dev.glassbox.parse;

/**
 * The source text as lines, for converting code-point columns to the UTF-8 byte columns of
 * AST positions (and back, for SyntaxError offsets) and for an error's {@code text}. Lines
 * are split as the tokenizer splits them: {@code \r\n} and {@code \r} end a line too.
 */
final class Source {
    final String text;
    private final int[] lineStart;   // UTF-16 index of each line's start; one extra at the end
    private final boolean[] ascii;

    Source(String text) {
        this.text = text;
        int n = text.length();
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) count++;
        }
        lineStart = new int[count + 1];
        ascii = new boolean[count];
        int line = 0;
        boolean asc = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) asc = false;
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                ascii[line] = asc;
                asc = true;
                lineStart[++line] = i + 1;
            }
        }
        ascii[line] = asc;
        lineStart[count] = n;
        for (int i = line + 1; i <= count; i++) lineStart[i] = n;
    }

    int lineCount() {
        return ascii.length;
    }

    // The last conversion on a non-ASCII line: tokens come in order, so the next one usually
    // continues from here (keeps long non-ASCII lines linear).
    private int memoLine = -1, memoCp, memoIndex, memoBytes;

    /** The byte column of code-point column {@code cp} on line {@code line} (1-based). */
    int byteCol(int line, int cp) {
        if (line < 1 || line > ascii.length || ascii[line - 1]) return cp;
        int i = lineStart[line - 1], end = lineStart[line];
        int bytes = 0, k = 0;
        if (line == memoLine && cp >= memoCp) {
            i = memoIndex;
            bytes = memoBytes;
            k = memoCp;
        }
        for (; k < cp && i < end; k++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        memoLine = line;
        memoCp = k;
        memoIndex = i;
        memoBytes = bytes;
        return bytes;
    }

    /** The code-point column of byte column {@code bytes} on line {@code line}. */
    int charCol(int line, int bytes) {
        if (line < 1 || line > ascii.length || ascii[line - 1]) return bytes;
        int i = lineStart[line - 1], end = lineStart[line];
        int b = 0, k = 0;
        while (b < bytes && i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            k++;
        }
        return k + Math.max(0, bytes - b);
    }

    /** Line {@code line} with its newline ("\n"), as SyntaxError.text shows it; null past the end. */
    String lineText(int line) {
        if (line < 1 || line > ascii.length) return null;
        String s = text.substring(lineStart[line - 1], lineStart[line]);
        if (s.endsWith("\r\n")) s = s.substring(0, s.length() - 2) + "\n";
        else if (s.endsWith("\r")) s = s.substring(0, s.length() - 1) + "\n";
        else if (!s.endsWith("\n")) s = s + "\n";   // the tokenizer gives exec input a final newline
        return s;
    }

    /** The code points of leading whitespace on the line (where the tokenizer stops after indentation). */
    int indentWidth(int line) {
        String s = lineText(line);
        if (s == null) return 0;
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) i++;
        return i;
    }

    /** Length of the line in code points, without its newline. */
    int lineLength(int line) {
        String s = lineText(line);
        if (s == null) return 0;
        if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
        return s.codePointCount(0, s.length());
    }
}
