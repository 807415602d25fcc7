package dev.glassbox.modules.os;

import dev.glassbox.vm.Signals;

import java.util.HashMap;
import java.util.Map;

/**
 * The process's signal dispositions through the JVM's signal API (sun.misc.Signal): a Python
 * handler makes the signal trip {@link Signals}; SIG_IGN ignores it; SIG_DFL puts back what
 * the JVM had. Signals the JVM keeps for itself (SIGQUIT, SIGSEGV, SIGUSR2, ...) keep their
 * JVM handlers: their Python handlers still run for signals sent from inside the process.
 */
final class OsSignals {
    private OsSignals() {}

    private static final Map<Integer, Object> ORIGINAL = new HashMap<>();

    /** {@code action}: -1 for a Python handler, else SIG_DFL (0) or SIG_IGN (1). */
    static synchronized void install(int sig, int action) {
        if (sig >= SignalModule.NAMES.length) return;
        try {
            sun.misc.Signal s = new sun.misc.Signal(SignalModule.NAMES[sig].substring(3));
            sun.misc.SignalHandler h;
            if (action == -1) h = x -> Signals.trip(x.getNumber());
            else if (action == SignalModule.SIG_IGN) h = sun.misc.SignalHandler.SIG_IGN;
            else {
                Object orig = ORIGINAL.get(sig);
                h = orig instanceof sun.misc.SignalHandler o ? o : sun.misc.SignalHandler.SIG_DFL;
            }
            if (!ORIGINAL.containsKey(sig)) {
                sun.misc.SignalHandler old = sun.misc.Signal.handle(s, h);
                // A native JVM handler (SIGPIPE, SIGBUS, SIGXFSZ, SIGUSR2) is the JVM's own: keep it.
                if (old.getClass().getName().contains("NativeHandler")) {
                    sun.misc.Signal.handle(s, old);
                    ORIGINAL.put(sig, "jvm");
                    return;
                }
                ORIGINAL.put(sig, old);
            } else if (!"jvm".equals(ORIGINAL.get(sig))) {
                sun.misc.Signal.handle(s, h);
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // Reserved by the JVM or unknown to it: Python-level delivery only.
        }
    }
}
