package dev.glassbox.kernel;

import dev.glassbox.kernel.session.CellContext;
import dev.glassbox.kernel.session.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST DOUBLE — not Python. An {@link Engine} that understands a handful of line commands so
 * the protocol can be tested end to end before the real VM exists:
 * <pre>
 *   print('text')  / eprint('text')   stdout / stderr "text\n"
 *   spam N                           N lines "line i" on stdout
 *   sleep SECONDS                    waits, interruptible (KeyboardInterrupt)
 *   raise NAME('message')            error NAME: message (bare "raise": RuntimeError)
 *   input('prompt') / getpass('p')   asks over stdin, prints "got: VALUE"
 *   display('text') / clear          display_data text/plain / clear_output
 *   1+2+3                            (last line) result text/plain "6"
 *   'text'                           (last line) result text/plain "'text'"
 *   crash / overflow                 throws IllegalStateException / StackOverflowError (a runtime bug)
 * </pre>
 * Blank lines are skipped (the kernel pads chunks after magics with them). Like an engine that
 * wakes blocking calls with Thread.interrupt(), {@link #interrupt} interrupts the running thread
 * and leaves its interrupt flag set while the KeyboardInterrupt travels back through the kernel
 * (whose own I/O must survive that).
 */
public final class FakeEngine implements Engine {
    private static final Pattern CALL = Pattern.compile("(\\w+)\\((?:'([^']*)'|\"([^\"]*)\")?\\)");
    private static final Pattern RAISE = Pattern.compile("raise(?: (\\w+)\\('([^']*)'\\))?");
    private static final Pattern SUM = Pattern.compile("\\d+(\\s*\\+\\s*\\d+)*");
    static final List<String> NAMES = List.of("print", "eprint", "spam", "sleep", "input", "getpass", "display",
            "clear", "prime", "primes");

    private final Object lock = new Object();
    private boolean interrupted;
    private volatile Thread running;
    /** How many times execute ran (tests check that aborted cells never ran). */
    public volatile int executions;

    @Override
    public Outcome execute(String source, String fileName, CellContext ctx) {
        synchronized (lock) {
            interrupted = false; // an interrupt between cells is ignored, as in ipykernel
        }
        Thread.interrupted();
        running = Thread.currentThread();
        executions++;
        String[] lines = source.split("\n");
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Outcome o = line(line, i == last, fileName, i + 1, ctx);
            if (!o.ok()) {
                return o;
            }
        }
        return Outcome.OK;
    }

    private Outcome line(String line, boolean last, String fileName, int lineNo, CellContext ctx) {
        Matcher m;
        if ((m = RAISE.matcher(line)).matches()) {
            String name = m.group(1) == null ? "RuntimeError" : m.group(1);
            String msg = m.group(2) == null ? "No active exception to reraise" : m.group(2);
            return error(name, msg, fileName, lineNo, line);
        }
        if (line.startsWith("sleep ")) {
            return sleep(Double.parseDouble(line.substring(6).strip()), fileName, lineNo, line);
        }
        if (line.startsWith("spam ")) {
            int n = Integer.parseInt(line.substring(5).strip());
            for (int i = 0; i < n; i++) {
                ctx.stdout("line " + i + "\n");
            }
            return Outcome.OK;
        }
        if (line.equals("crash")) {
            throw new IllegalStateException("fake runtime bug");
        }
        if (line.equals("overflow")) {
            throw new StackOverflowError();
        }
        if (line.equals("clear")) {
            ctx.clearOutput(false);
            return Outcome.OK;
        }
        if (SUM.matcher(line).matches()) {
            if (last) {
                long sum = 0;
                for (String t : line.split("\\+")) {
                    sum += Long.parseLong(t.strip());
                }
                ctx.displayResult(Map.of("text/plain", Long.toString(sum)), Map.of());
            }
            return Outcome.OK;
        }
        if (line.startsWith("'") && line.endsWith("'") && line.length() >= 2) {
            if (last) {
                ctx.displayResult(Map.of("text/plain", line, "text/html", "<b>" + line + "</b>"), Map.of());
            }
            return Outcome.OK;
        }
        if ((m = CALL.matcher(line)).matches()) {
            String arg = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            switch (m.group(1)) {
                case "print" -> ctx.stdout(arg + "\n");
                case "eprint" -> ctx.stderr(arg + "\n");
                case "display" -> ctx.displayData(Map.of("text/plain", arg), Map.of(), null, false);
                case "input", "getpass" -> {
                    try {
                        ctx.stdout("got: " + ctx.input(arg, m.group(1).equals("getpass")) + "\n");
                    } catch (CellContext.StdinNotAllowedException e) {
                        return error("StdinNotImplementedError", e.getMessage(), fileName, lineNo, line);
                    } catch (InterruptedException e) {
                        return error("KeyboardInterrupt", "", fileName, lineNo, line);
                    }
                }
                default -> {
                    return error("NameError", "name '" + m.group(1) + "' is not defined", fileName, lineNo, line);
                }
            }
            return Outcome.OK;
        }
        return error("SyntaxError", "invalid syntax", fileName, lineNo, line);
    }

    private Outcome sleep(double seconds, String fileName, int lineNo, String line) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        synchronized (lock) {
            while (!interrupted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Outcome.OK;
                }
                try {
                    lock.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    break;
                }
            }
            interrupted = false;
        }
        Thread.currentThread().interrupt(); // still set while the error is published
        return error("KeyboardInterrupt", "", fileName, lineNo, line);
    }

    static Outcome error(String name, String msg, String fileName, int lineNo, String line) {
        List<String> tb = new ArrayList<>();
        tb.add("Traceback (most recent call last):");
        tb.add("  File \"" + fileName + "\", line " + lineNo + ", in <module>\n    " + line);
        tb.add(msg.isEmpty() ? name : name + ": " + msg);
        return Outcome.error(name, msg, tb);
    }

    @Override
    public Evaluation evaluate(String expression) {
        if (SUM.matcher(expression.strip()).matches()) {
            long sum = 0;
            for (String t : expression.split("\\+")) {
                sum += Long.parseLong(t.strip());
            }
            return Evaluation.value(Map.of("text/plain", Long.toString(sum)));
        }
        return Evaluation.failed(error("NameError", "name '" + expression + "' is not defined", "<string>", 1, expression));
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        if (code.equals("crash")) {
            throw new IllegalStateException("fake completer bug");
        }
        int end = code.offsetByCodePoints(0, Math.min(cursorPos, code.codePointCount(0, code.length())));
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(code.charAt(start - 1))) {
            start--;
        }
        String prefix = code.substring(start, end);
        List<String> matches = new ArrayList<>();
        for (String n : NAMES) {
            if (n.startsWith(prefix)) {
                matches.add(n);
            }
        }
        int startCp = code.codePointCount(0, start);
        return new Completion(matches, startCp, cursorPos, Map.of());
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        String name = code.strip();
        if (!NAMES.contains(name)) {
            return Inspection.NOT_FOUND;
        }
        String text = "Signature: " + name + "(*args)\nDocstring: fake help for " + name
                + (detailLevel > 0 ? "\nSource: (fake source)" : "");
        return new Inspection(true, Map.of("text/plain", text), Map.of());
    }

    @Override
    public Completeness isComplete(String code) {
        if (code.startsWith("$")) {
            return Completeness.of("invalid");
        }
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        if (code.stripTrailing().endsWith(":")) {
            return new Completeness("incomplete", "    ");
        }
        return depth > 0 ? new Completeness("incomplete", "") : Completeness.of("complete");
    }

    @Override
    public void interrupt() {
        synchronized (lock) {
            interrupted = true;
            lock.notifyAll();
        }
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void reset() {
        // no state
    }
}
