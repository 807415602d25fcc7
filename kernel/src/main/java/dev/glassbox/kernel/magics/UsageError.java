package dev.glassbox.kernel.magics;

/** IPython's UsageError: wrong use of a magic; shown on stderr without a traceback. */
public final class UsageError extends Exception {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
