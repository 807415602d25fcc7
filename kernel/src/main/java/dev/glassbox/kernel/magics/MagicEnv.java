package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.CellContext;
import dev.glassbox.kernel.session.Engine;
import java.util.Map;

/** What a magic may use: the runtime, the running cell's output, and the registry. */
public interface MagicEnv {
    Engine engine();

    /**
     * Runs Python source that sits at {@code firstLine} (1-based) of the cell, compiled under
     * the cell's file name so tracebacks show the cell's line numbers. With {@code display}
     * the trailing expression's value is shown, if this magic ends the cell.
     */
    Engine.Outcome execute(String source, int firstLine, boolean display);

    /** Compiles {@code source} once for repeated runs (display suppressed). */
    Engine.Repeatable prepare(String source, int firstLine);

    /** Output streams and input of the running cell. */
    CellContext context();

    /** Shows a bundle: as the cell's result if this magic ends the cell, else as display_data. */
    void show(Map<String, Object> bundle);

    MagicRegistry registry();
}
