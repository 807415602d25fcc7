package dev.glassbox.kernel.session;

import java.util.List;
import java.util.Map;

/**
 * The engine used while no runtime is wired into the kernel: the protocol, magics and history
 * work, but running Python code answers with a clear error instead of pretending. Replaced by
 * {@code GlassboxEngine} as soon as that class exists on the class path (see KernelMain).
 */
public final class UnavailableEngine implements Engine {
    static final String MESSAGE = "the Glassbox runtime is not wired into this kernel build yet";

    @Override
    public Outcome execute(String source, String fileName, CellContext ctx) {
        return Outcome.error("RuntimeError", MESSAGE, List.of("RuntimeError: " + MESSAGE));
    }

    @Override
    public Evaluation evaluate(String expression) {
        return Evaluation.failed(Outcome.error("RuntimeError", MESSAGE, List.of()));
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return new Completion(List.of(), cursorPos, cursorPos, Map.of());
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return Inspection.NOT_FOUND;
    }

    @Override
    public Completeness isComplete(String code) {
        return Completeness.of("unknown");
    }

    @Override
    public void interrupt() {
        // nothing ever runs
    }

    @Override
    public void reset() {
        // no namespace to clear
    }

    @Override
    public String banner() {
        return "Glassbox (runtime not available)";
    }
}
