package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@code %time STATEMENT} and {@code %%time}: runs the code once and prints CPU and wall time
 * in IPython's words ({@code execution.py: ExecutionMagics.time}). CPU time is the VM
 * thread's (user, and system as total minus user), where IPython reads the whole process's
 * rusage; the VM thread is where the cell's Python code runs. On an exception, as in IPython,
 * the traceback is shown and no times are printed.
 */
final class TimeMagic implements Magic {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public boolean isLine() {
        return true;
    }

    @Override
    public boolean isCell() {
        return true;
    }

    @Override
    public String doc() {
        return "%time statement\n%%time\n\nTime the execution of a Python statement or expression (or a whole cell):"
                + " CPU times (user, system, total) and wall time. The value of a trailing expression is shown.";
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) {
        String code = body != null ? body : args;
        int firstLine = body != null ? 2 : 1;
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        long user0 = cpu ? THREADS.getCurrentThreadUserTime() : 0;
        long total0 = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long wall0 = System.nanoTime();
        Engine.Outcome out = code.isBlank() ? Engine.Outcome.OK : env.execute(code, firstLine, true);
        long wall = System.nanoTime() - wall0;
        long user = cpu ? THREADS.getCurrentThreadUserTime() - user0 : 0;
        long total = cpu ? THREADS.getCurrentThreadCpuTime() - total0 : 0;
        // User time is sampled at clock ticks (10 ms) and CPU time precisely, so user can
        // exceed total on short runs; clamp rather than print an impossible split.
        user = Math.min(user, total);
        if (!out.ok()) {
            return out;
        }
        env.context().stdout("CPU times: user " + TimeFormat.format(user / 1e9)
                + ", sys: " + TimeFormat.format(Math.max(0, total - user) / 1e9)
                + ", total: " + TimeFormat.format(total / 1e9) + "\n"
                + "Wall time: " + TimeFormat.format(wall / 1e9) + "\n");
        return out;
    }
}
