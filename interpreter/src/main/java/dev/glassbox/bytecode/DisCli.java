package dev.glassbox.bytecode;

import dev.glassbox.ast.Mod;
import dev.glassbox.compile.AstAdapter;
import dev.glassbox.compile.CodeGenerator;
import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.tokenize.SourceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code glassbox -m dis [FILE]}: what {@code python3 -m dis FILE} prints (Lib/dis.py
 * {@code main}): the file is read as bytes, decoded as {@code compile()} decodes source,
 * compiled in 'exec' mode under the file name as given, and disassembled recursively.
 */
public final class DisCli {
    private DisCli() {}

    public static int main(String[] argv) {
        // The parser and compiler recurse as deeply as the source nests: run on a big stack.
        int[] status = {1};
        Thread t = new Thread(null, () -> status[0] = run(argv), "dis", 1L << 29);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    private static int run(String[] argv) {
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
            // The text stops before an undecodable line: a syntax error before it wins.
            Mod ast = Parser.parse(src.text(), name, Parser.Mode.EXEC);
            if (src.error() != null) throw src.error();
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
}
