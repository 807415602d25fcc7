package dev.glassbox.ast;

import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code glassbox -m ast [-m MODE] [--no-type-comments] [-a] [-i N] [FILE]}: prints what
 * {@code python3 -m ast} prints ({@code main()} in CPython's {@code Lib/ast.py}):
 * {@code ast.dump(ast.parse(source, name, mode), include_attributes=a, indent=i)}. A syntax
 * error prints a Python-style traceback tail on stderr and exits with status 1.
 * Parsing runs on a thread with a large stack, since the parser recurses as deep as the
 * source nests.
 */
public final class AstCli {
    private AstCli() {}

    private static final String USAGE = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] "
            + "[--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]\n";

    public static int main(String[] argv) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int[] status = {1};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = run(argv, System.in, out, err);
            } catch (RuntimeException | StackOverflowError e) {
                out.flush();
                err.println("glassbox -m ast: internal error: " + e);
                e.printStackTrace(err);
            }
        }, "ast", 1L << 29);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        return status[0];
    }

    /** The command with its streams given, for tests. */
    public static int run(String[] argv, InputStream stdin, PrintStream out, PrintStream err) {
        String mode = "exec", file = null;
        boolean attributes = false, typeComments = true;
        int indent = 3;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            switch (a) {
                case "-h": case "--help":
                    out.print(USAGE);
                    return 0;
                case "-a": case "--include-attributes":
                    attributes = true;
                    break;
                case "--no-type-comments":
                    typeComments = false;
                    break;
                case "-m": case "--mode":
                    if (++i >= argv.length) return usageError(err, "argument -m/--mode: expected one argument");
                    mode = argv[i];
                    if (!mode.matches("exec|single|eval|func_type")) {
                        return usageError(err, "argument -m/--mode: invalid choice: '" + mode
                                + "' (choose from 'exec', 'single', 'eval', 'func_type')");
                    }
                    break;
                case "-i": case "--indent":
                    if (++i >= argv.length) return usageError(err, "argument -i/--indent: expected one argument");
                    try {
                        indent = Integer.parseInt(argv[i].trim());
                    } catch (NumberFormatException e) {
                        return usageError(err, "argument -i/--indent: invalid int value: '" + argv[i] + "'");
                    }
                    break;
                default:
                    if (a.startsWith("-") && !a.equals("-")) return usageError(err, "unrecognized arguments: " + a);
                    if (file != null) return usageError(err, "unrecognized arguments: " + a);
                    file = a;
            }
        }
        byte[] data;
        String name;
        try {
            if (file == null || file.equals("-")) {
                data = readAll(stdin);
                name = "<stdin>";
            } else {
                data = Files.readAllBytes(Path.of(file));
                name = file;
            }
        } catch (NoSuchFileException e) {
            return usageError(err, "argument infile: can't open '" + file + "': [Errno 2] No such file or directory: '"
                    + file + "'");
        } catch (IOException e) {
            err.print("error: " + e.getMessage() + "\n");
            return 1;
        }
        Parser.Mode m = switch (mode) {
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> Parser.Mode.EXEC;
        };
        Mod tree;
        try {
            tree = Parser.parseBytes(data, name, m, typeComments);
        } catch (SyntaxErrorInfo e) {
            err.print(format(e));
            return 1;
        }
        out.print(AstDump.dump(tree, attributes, indent));
        out.print("\n");
        return 0;
    }

    /** The last lines of the traceback python3 prints for a SyntaxError. */
    static String format(SyntaxErrorInfo e) {
        if (e.kind == SyntaxErrorInfo.Kind.MEMORY_ERROR) return "MemoryError\n";
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(e.filename).append("\", line ").append(e.lineno).append('\n');
        if (e.text != null) {
            String line = e.text.replaceAll("\n$", "");
            String stripped = line.stripLeading();
            b.append("    ").append(stripped).append('\n');
            int lead = line.length() - stripped.length();
            int off = Math.max(e.offset - 1 - lead, 0);
            int end = e.endLineno == e.lineno && e.endOffset > e.offset ? e.endOffset - 1 - lead : off + 1;
            b.append("    ").append(" ".repeat(off)).append("^".repeat(Math.max(1, end - off))).append('\n');
        }
        b.append(e.kind.pythonName).append(": ").append(e.msg).append('\n');
        return b.toString();
    }

    private static int usageError(PrintStream err, String msg) {
        err.print(USAGE + "python -m ast: error: " + msg + "\n");
        return 2;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
