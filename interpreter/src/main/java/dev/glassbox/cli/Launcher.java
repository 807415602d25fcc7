package dev.glassbox.cli;

/** Starts the runtime for a parsed command line (script, -c, -m, stdin or REPL). */
final class Launcher {
    private Launcher() {}

    static int launch(Main.Options opts) {
        // Replaced by the runtime's entry point as soon as the VM executes code.
        System.err.println("glassbox: this build cannot execute Python code yet");
        return 1;
    }
}
