package dev.glassbox.bytecode;

import dev.glassbox.compile.AstAdapter;
import dev.glassbox.compile.CodeGenerator;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.tokenize.SourceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code glassbox -m dis [FILE]}: what {@code python3 -m dis FILE} prints (Lib/dis.py
 * {@code main}): the file is read as bytes, decoded as {@code compile()} decodes source,
 * compiled in 'exec' mode under the file name as given, and disassembled recursively.
 *
 * <p>The parser is reached through {@code dev.glassbox.parse.Parser.parse(String source,
 * String filename, String mode)} (returning the module's AST node); until it exists this
 * tool reports that it is unavailable.
 */
public final class DisCli {
    private DisCli() {}

    public static int main(String[] argv) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String file = argv.length > 0 ? argv[0] : "-";
        byte[] data;
        try {
            data = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            System.err.println("usage: dis.py [-h] [infile]");
            System.err.println("dis.py: error: argument infile: can't open '" + file + "': [Errno 2] No such file or directory: '" + file + "'");
            return 2;
        }
        String name = file.equals("-") ? "<stdin>" : file;
        try {
            SourceReader.Source src = SourceReader.decodeBytes(data, name);
            if (src.error() != null) throw src.error();
            Object ast = parse(src.text(), name);
            CodeUnit co = CodeGenerator.compile(AstAdapter.toNode(ast), name, src.text(), 0, 0);
            out.print(Disassembler.dis(co, false));
            out.flush();
            return 0;
        } catch (SyntaxErrorInfo e) {
            out.flush();
            System.err.println("  File \"" + e.filename + "\", line " + e.lineno);
            System.err.println(e.kind.pythonName + ": " + e.msg);
            return 1;
        }
    }

    private static Object parse(String source, String filename) {
        try {
            Method m = Class.forName("dev.glassbox.parse.Parser").getMethod("parse", String.class, String.class, String.class);
            return m.invoke(null, source, filename, "exec");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parser (dev.glassbox.parse.Parser.parse) is not available yet", e);
        }
    }
}
