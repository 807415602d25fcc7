package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.Engine;

/**
 * A magic whose report needs a runtime introspection API that the kernel cannot reach yet
 * (DESIGN.md §8: each asks {@code introspect} for a structured report). It is listed by
 * %lsmagic and has help, but running it is a UsageError saying so, rather than a fake answer.
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
        return doc + "\n\n(Not available yet: needs the runtime's introspection API.)";
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) throws UsageError {
        throw new UsageError("%" + name + " is not available yet: the runtime's introspection API is not wired into the kernel");
    }
}
