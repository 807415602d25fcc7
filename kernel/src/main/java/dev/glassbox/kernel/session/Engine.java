package dev.glassbox.kernel.session;

import java.util.List;
import java.util.Map;

/**
 * What the kernel needs from a Python runtime: the whole contract between the Jupyter protocol
 * and the VM. The kernel never touches VM objects; it hands source text in and gets text, mime
 * bundles and outcomes back, which keeps the protocol testable with a fake engine and lets the
 * real VM be wired in by one class ({@code GlassboxEngine}, written against this interface).
 *
 * <p>Threading: {@link #execute}, {@link #evaluate}, {@link #complete}, {@link #inspect},
 * {@link #isComplete} and {@link #reset} are only ever called on the kernel's VM thread, one at a
 * time. {@link #interrupt} is called from the control thread while a call is running and must
 * be thread-safe. Cursor positions count Unicode code points (protocol 5.2), not UTF-16 units.
 *
 * <p>This follows the split in ipykernel's {@code ipkernel.py} ({@code do_execute},
 * {@code do_complete}, {@code do_inspect}, {@code do_is_complete}) with IPython's
 * {@code InteractiveShell.run_cell} behind it.
 */
public interface Engine {

    /**
     * Runs one cell (or one magic-free chunk of it) in {@code __main__}, compiled under
     * {@code fileName} with {@code source} registered for tracebacks and {@code inspect}. Output
     * goes through {@code ctx}; the value of a trailing expression statement goes to
     * {@link CellContext#displayResult} (the displayhook) unless it is {@code None}.
     * A KeyboardInterrupt raised by {@link #interrupt} comes back as an error outcome.
     */
    Outcome execute(String source, String fileName, CellContext ctx);

    /** Evaluates one of execute_request's user_expressions; a bundle or an error outcome. */
    Evaluation evaluate(String expression);

    /** Completions at {@code cursorPos} (code points) in {@code code}. */
    Completion complete(String code, int cursorPos);

    /** Help for the name at {@code cursorPos}: detail 0 is signature+doc, 1 adds the source. */
    Inspection inspect(String code, int cursorPos, int detailLevel);

    /** Whether {@code code} is a complete statement, from the runtime's own tokenizer/parser. */
    Completeness isComplete(String code);

    /**
     * Asks the running cell to raise KeyboardInterrupt as soon as it can (the next instruction
     * boundary or blocking call). Thread-safe, never blocks, harmless when nothing runs.
     */
    void interrupt();

    /** Clears {@code __main__} back to a fresh namespace (%reset, restart without a new JVM). */
    void reset();

    /**
     * Compiles {@code source} once for %timeit and returns something that runs it {@code n}
     * times. The default loops over {@link #execute} with display suppressed by the caller's
     * context; the real VM should override it to avoid per-call compilation.
     */
    default Repeatable prepare(String source, String fileName, CellContext ctx) {
        return n -> {
            Outcome last = Outcome.OK;
            for (long i = 0; i < n; i++) {
                last = execute(source, fileName, ctx);
                if (!last.ok()) {
                    return last;
                }
            }
            return last;
        };
    }

    /**
     * A report for one of the introspection magics ({@code who, whos, reset, dis, gc, heap,
     * modules}) as a mime bundle (text/plain, usually text/html too); an empty bundle shows
     * nothing; null when this engine has no such report. {@code body} is the cell body of a
     * cell magic, else null. Misuse is an {@link IllegalArgumentException} whose message the
     * kernel shows as a UsageError. Runs on the VM thread.
     */
    default Map<String, Object> introspect(String magic, String args, String body) {
        return null;
    }

    /**
     * Starts recording trace events of the code compiled from cells (%%trace), at most
     * {@code limit} of them; false when this engine cannot trace. Runs on the VM thread.
     */
    default boolean traceStart(int limit) {
        return false;
    }

    /** Stops the recording started by {@link #traceStart} and returns its report as a mime bundle. */
    default Map<String, Object> traceStop() {
        return Map.of();
    }

    /** Banner line describing the runtime (shown by jupyter console). */
    default String banner() {
        return "Glassbox -- a Python 3.11 runtime in Java whose every stage you can inspect.";
    }

    /** A statement compiled once and run many times (for %timeit). */
    @FunctionalInterface
    interface Repeatable {
        /** Runs the statement {@code n} times; stops at the first error and returns it. */
        Outcome run(long n);
    }

    /**
     * How a cell ended. {@code traceback} holds the lines ipykernel would send (ANSI colours
     * allowed), CPython's format: "Traceback (most recent call last):", frames, "Name: value".
     */
    record Outcome(boolean ok, String ename, String evalue, List<String> traceback) {
        public static final Outcome OK = new Outcome(true, null, null, List.of());

        public static Outcome error(String ename, String evalue, List<String> traceback) {
            return new Outcome(false, ename, evalue, List.copyOf(traceback));
        }
    }

    /** A user_expression's value: ok with a mime bundle, or an error. */
    record Evaluation(Outcome outcome, Map<String, Object> data, Map<String, Object> metadata) {
        public static Evaluation value(Map<String, Object> data) {
            return new Evaluation(Outcome.OK, data, Map.of());
        }

        public static Evaluation failed(Outcome error) {
            return new Evaluation(error, Map.of(), Map.of());
        }
    }

    /** complete_reply's payload; positions in code points. */
    record Completion(List<String> matches, int cursorStart, int cursorEnd, Map<String, Object> metadata) {}

    /** inspect_reply's payload; {@code found=false} sends an empty bundle. */
    record Inspection(boolean found, Map<String, Object> data, Map<String, Object> metadata) {
        public static final Inspection NOT_FOUND = new Inspection(false, Map.of(), Map.of());
    }

    /** is_complete_reply: status complete|incomplete|invalid|unknown; indent when incomplete. */
    record Completeness(String status, String indent) {
        public static Completeness of(String status) {
            return new Completeness(status, "");
        }
    }
}
