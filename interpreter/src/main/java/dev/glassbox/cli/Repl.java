package dev.glassbox.cli;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The interactive prompt: {@code >>>} and {@code ...}, each complete statement compiled in
 * "single" mode so expression values are echoed through sys.displayhook, errors printed as
 * tracebacks, EOF (Ctrl-D) ends it. A statement is complete when the parser accepts it, or it
 * is a block followed by an empty line, as in CPython's console.
 */
final class Repl {
    private Repl() {}

    static int run(Runtime rt, boolean quiet) {
        if (!quiet) {
            System.out.println(Main.VERSION_LINE + " [Java " + System.getProperty("java.version") + "]");
            System.out.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder buf = new StringBuilder();
        for (;;) {
            System.out.print(buf.length() == 0 ? ">>> " : "... ");
            System.out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                return 1;
            }
            if (line == null) {
                System.out.println();
                return 0;
            }
            buf.append(line).append('\n');
            String src = buf.toString();
            if (!complete(src, line)) continue;
            buf.setLength(0);
            if (src.isBlank()) continue;
            try {
                PyCode code = rt.compile(src.getBytes(StandardCharsets.UTF_8), "<stdin>", "single", 0);
                Heap.incref(code);
                try {
                    PyDict g = rt.main.dict();
                    Interpreter.current().runCode(code, g, g);
                } finally {
                    Heap.decref(code);
                }
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.SystemExit)) return Launcher.handleUncaught(rt, e.value);
                rt.printException(e.value);
            }
            rt.flush();
            Heap.drain(0);
        }
    }

    private static boolean complete(String src, String lastLine) {
        try {
            Parser.parse(src, "<stdin>", Parser.Mode.SINGLE);
        } catch (SyntaxErrorInfo e) {
            String m = e.msg;
            boolean incomplete = m.contains("was never closed") || m.startsWith("unexpected EOF")
                    || m.startsWith("expected an indented block") || m.contains("unterminated triple-quoted");
            return !incomplete || lastLine.isEmpty() && !m.contains("was never closed") && !m.contains("triple-quoted");
        } catch (RuntimeException e) {
            return true;
        }
        boolean block = src.lines().count() > 1 || src.stripTrailing().endsWith(":");
        return !block || lastLine.isEmpty();
    }
}
