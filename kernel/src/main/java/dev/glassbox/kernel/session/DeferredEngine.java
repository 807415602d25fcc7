package dev.glassbox.kernel.session;

import java.util.function.Supplier;

/**
 * An engine created on the VM thread after the sockets are up, so the kernel answers
 * kernel_info (and heartbeats) within milliseconds of start while the runtime boots, and the
 * runtime boots on the thread that will run it (with the VM thread's large stack). Shell
 * requests wait for the boot anyway, as they run on the VM thread after it. If the real
 * engine fails to boot, the error is printed and {@link UnavailableEngine} answers instead.
 */
public final class DeferredEngine implements Engine {
    private final Supplier<Engine> factory;
    private volatile Engine delegate;

    public DeferredEngine(Supplier<Engine> factory) {
        this.factory = factory;
    }

    /** Creates the engine if not yet done; called first thing on the VM thread. */
    public synchronized Engine ensure() {
        if (delegate == null) {
            try {
                delegate = factory.get();
            } catch (RuntimeException | LinkageError e) {
                System.err.println("glassbox kernel: the runtime failed to start: " + e);
                e.printStackTrace();
                delegate = new UnavailableEngine();
            }
        }
        return delegate;
    }

    @Override
    public Outcome execute(String source, String fileName, CellContext ctx) {
        return ensure().execute(source, fileName, ctx);
    }

    @Override
    public Evaluation evaluate(String expression) {
        return ensure().evaluate(expression);
    }

    @Override
    public Completion complete(String code, int cursorPos) {
        return ensure().complete(code, cursorPos);
    }

    @Override
    public Inspection inspect(String code, int cursorPos, int detailLevel) {
        return ensure().inspect(code, cursorPos, detailLevel);
    }

    @Override
    public Completeness isComplete(String code) {
        return ensure().isComplete(code);
    }

    @Override
    public Repeatable prepare(String source, String fileName, CellContext ctx) {
        return ensure().prepare(source, fileName, ctx);
    }

    /** Thread-safe; before the engine exists there is nothing to interrupt. */
    @Override
    public void interrupt() {
        Engine d = delegate;
        if (d != null) {
            d.interrupt();
        }
    }

    @Override
    public void reset() {
        ensure().reset();
    }

    @Override
    public java.util.Map<String, Object> introspect(String magic, String args, String body) {
        return ensure().introspect(magic, args, body);
    }

    /** Never waits for the boot: kernel_info on control must answer at once. */
    @Override
    public String banner() {
        Engine d = delegate;
        return d != null ? d.banner() : Engine.super.banner();
    }
}
