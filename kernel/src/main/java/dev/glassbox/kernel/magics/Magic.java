package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.Engine;

/**
 * One magic command, IPython syntax: {@code %name args} (line) and/or {@code %%name args}
 * followed by a body (cell). Magics run on the VM thread; they reach the runtime only through
 * {@link MagicEnv}. A magic reports misuse by throwing {@link UsageError}, shown as IPython
 * does ("UsageError: ..." on stderr, reply status error).
 */
public interface Magic {
    String name();

    boolean isLine();

    boolean isCell();

    /** Help text for {@code %name?}: usage line, then what it does. */
    String doc();

    /**
     * Runs the magic. {@code body} is null for a line magic. The outcome of any Python run on
     * behalf of the magic is returned (an error outcome becomes the cell's error).
     */
    Engine.Outcome run(String args, String body, MagicEnv env) throws UsageError;
}
