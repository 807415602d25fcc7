package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.Engine;

/**
 * A magic answered by the runtime's introspection report ({@link Engine#introspect}; DESIGN.md
 * §8). An engine without that report (null) makes running it a UsageError saying so, rather
 * than a fake answer. {@code %reset} without {@code -f} asks for confirmation first, as IPython.
 */
final class PendingMagic implements Magic {
    private final String name;
    private final boolean line;
    private final boolean cell;
    private final String doc;

    PendingMagic(String name, boolean line, boolean cell, String doc) {
        this.name = name;
        this.line = line;
        this.cell = cell;
        this.doc = doc;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isLine() {
        return line;
    }

    @Override
    public boolean isCell() {
        return cell;
    }

    @Override
    public String doc() {
        return doc;
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) throws UsageError {
        if (name.equals("reset") && !java.util.Arrays.asList(args.trim().split("\\s+")).contains("-f")) {
            String answer;
            try {
                answer = env.context().input("Once deleted, variables cannot be recovered. Proceed (y/[n])? ", false);
            } catch (dev.glassbox.kernel.session.CellContext.StdinNotAllowedException e) {
                throw new UsageError("%reset needs confirmation and this frontend has no input; use %reset -f");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Engine.Outcome.OK;
            }
            if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                env.context().stdout("Nothing done.\n");
                return Engine.Outcome.OK;
            }
        }
        java.util.Map<String, Object> report;
        try {
            report = env.engine().introspect(name, args.trim(), body);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (report == null) {
            throw new UsageError("%" + name + " is not available yet: this engine has no introspection report for it");
        }
        if (!report.isEmpty()) env.show(report);
        return Engine.Outcome.OK;
    }
}
