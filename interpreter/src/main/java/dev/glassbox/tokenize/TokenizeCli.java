package dev.glassbox.tokenize;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code glassbox -m tokenize [-e] [FILE]}: prints what {@code python3 -m tokenize} prints
 * ({@code main()} in CPython's {@code Lib/tokenize.py}): one line per token,
 * {@code "%-20s%-15s%-15r"} of the range, the token name and the repr of its string; errors
 * as {@code FILE:LINE:COL: error: MSG} on stderr with exit status 1. A file is tokenized
 * completely before anything is printed (tokenize.py builds a list); stdin is streamed.
 */
public final class TokenizeCli {
    private TokenizeCli() {}

    public static int main(String[] argv) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(argv, System.in, out, err);
        } finally {
            out.flush();
        }
    }

    /** The command with its streams given, for tests. */
    public static int run(String[] argv, InputStream stdin, PrintStream out, PrintStream err) {
        boolean exact = false;
        String filename = null;
        for (String a : argv) {
            if (a.equals("-e") || a.equals("--exact")) {
                exact = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.print(USAGE + "\n\n" + HELP);
                return 0;
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.print(USAGE + "\npython -m tokenize: error: unrecognized arguments: " + a + "\n");
                return 2;
            } else if (filename == null) {
                filename = a;
            } else {
                err.print(USAGE + "\npython -m tokenize: error: unrecognized arguments: " + a + "\n");
                return 2;
            }
        }
        String shownName = filename != null ? filename : "<stdin>";
        StringBuilder buf = new StringBuilder();
        try {
            if (filename != null) {
                byte[] data;
                try {
                    data = Files.readAllBytes(Path.of(filename));
                } catch (NoSuchFileException e) {
                    err.print("error: [Errno 2] No such file or directory: " + PyRepr.str(filename) + "\n");
                    return 1;
                } catch (java.nio.file.AccessDeniedException e) {
                    err.print("error: [Errno 13] Permission denied: " + PyRepr.str(filename) + "\n");
                    return 1;
                } catch (IOException e) {
                    if (Files.isDirectory(Path.of(filename))) {
                        err.print("error: [Errno 21] Is a directory: " + PyRepr.str(filename) + "\n");
                        return 1;
                    }
                    err.print("error: " + e.getMessage() + "\n");
                    return 1;
                }
                List<Token> tokens = ModuleTokenizer.tokenize(data, filename);
                for (Token t : tokens) format(buf, t, exact);
                out.print(buf);
            } else {
                ModuleTokenizer t = ModuleTokenizer.ofLines(stdinLines(stdin));
                for (Token tok; (tok = t.next()) != null; ) {
                    buf.setLength(0);
                    format(buf, tok, exact);
                    out.print(buf);
                }
            }
            return 0;
        } catch (ModuleTokenizer.TokenizeError e) {
            out.flush();
            switch (e.kind) {
                case TOKEN_ERROR, INDENTATION_ERROR ->
                        err.print(shownName + ":" + e.line + ":" + e.col + ": error: " + e.msg + "\n");
                case SYNTAX_ERROR -> err.print(shownName + ": error: " + e.msg + "\n");
                default -> {
                    // tokenize.py prints this, then re-raises: Python prints a traceback.
                    err.print("unexpected error: " + e.msg + "\n");
                    err.print("Traceback (most recent call last):\n  File \"tokenize.py\", in main\n");
                    err.print("UnicodeDecodeError: " + e.msg + "\n");
                }
            }
            return 1;
        }
    }

    /** One output line: {@code "%-20s%-15s%-15r\n"}, padded by code points as Python pads. */
    static void format(StringBuilder b, Token t, boolean exact) {
        TokenType type = exact ? t.type() : t.reportedType();
        pad(b, t.startLine() + "," + t.startCol() + "-" + t.endLine() + "," + t.endCol() + ":", 20);
        pad(b, type.name(), 15);
        pad(b, PyRepr.str(t.string()), 15);
        b.append('\n');
    }

    private static void pad(StringBuilder b, String s, int width) {
        b.append(s);
        for (int n = s.codePointCount(0, s.length()); n < width; n++) b.append(' ');
    }

    /**
     * sys.stdin.readline: UTF-8, lines split at '\n' only (Python's stdin does not translate
     * newlines on POSIX), undecodable bytes kept as surrogate escapes as its stdin does.
     */
    private static Iterator<String> stdinLines(InputStream in) {
        String text;
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            in.transferTo(bo);
            text = Utf8.decodeSurrogateEscape(bo.toByteArray());
        } catch (IOException e) {
            text = "";
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines.iterator();
    }

    private static final String USAGE = "usage: python -m tokenize [-h] [-e] [filename.py]";
    private static final String HELP = "positional arguments:\n"
            + "  filename.py  the file to tokenize; defaults to stdin\n\n"
            + "options:\n"
            + "  -h, --help   show this help message and exit\n"
            + "  -e, --exact  display token names using the exact type\n";
}
