package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.session.Engine;
import java.util.Map;

/**
 * {@code %%trace [-n N]}: runs the cell under a trace function ({@code sys.settrace}) and shows
 * the events of the cell's own code — call, line, return, exception, with the function, the
 * line and its source, the value returned or raised, and the locals that changed — as a text
 * table and an HTML table. At most N events are recorded (default 1000); the cell always runs
 * to its end. Output the cell prints comes first, then the table; an error's traceback last.
 */
final class TraceMagic implements Magic {
    static final int DEFAULT_LIMIT = 1000;

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public boolean isLine() {
        return false;
    }

    @Override
    public boolean isCell() {
        return true;
    }

    @Override
    public String doc() {
        return "%%trace [-n N]\n\nRun the cell under sys.settrace and show each event of the cell's own code"
                + " (call, line, return, exception) with its function, line, source text, returned or raised value"
                + " and the locals that changed, as a table. -n N records at most N events (default "
                + DEFAULT_LIMIT + ").";
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) throws UsageError {
        int limit = DEFAULT_LIMIT;
        String[] words = args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("-n") && i + 1 < words.length) {
                try {
                    limit = Integer.parseInt(words[++i]);
                } catch (NumberFormatException e) {
                    throw new UsageError("%%trace: -n needs a number, not '" + words[i] + "'");
                }
                if (limit < 1) throw new UsageError("%%trace: -n needs a positive number");
            } else {
                throw new UsageError("%%trace: unrecognized arguments: " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            }
        }
        if (!env.engine().traceStart(limit)) {
            throw new UsageError("%%trace is not available: this engine cannot trace");
        }
        Engine.Outcome out;
        Map<String, Object> report;
        try {
            out = body.isBlank() ? Engine.Outcome.OK : env.execute(body, 2, false);
        } finally {
            report = env.engine().traceStop();
        }
        if (!report.isEmpty()) env.show(report);
        return out;
    }
}
