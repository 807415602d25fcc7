package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.kernel.session.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %timeit [-n N -r R -q -o -p P] STATEMENT} and {@code %%timeit [options] [SETUP]} with
 * the statement as the body: IPython's {@code ExecutionMagics.timeit}. With no -n the loop
 * count is the first power of ten whose run takes at least 0.2 s; then R runs (default 7) and
 * a report "mean ± std per loop (mean ± std. dev. of R runs, N loops each)", the standard
 * deviation over runs being the population one, as IPython's {@code TimeitResult}.
 */
final class TimeitMagic implements Magic {
    @Override
    public String name() {
        return "timeit";
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
        return "%timeit [-n<N> -r<R> [-q -o -p<P>]] statement\n%%timeit [-n<N> -r<R> [-q -o -p<P>]] setup_code\ncode\n\n"
                + "Time execution of a Python statement or cell.\n\n"
                + "-n<N>: execute the given statement <N> times in a loop. If not given, a fitting value is chosen.\n"
                + "-r<R>: number of repeats <R>, each consisting of <N> loops, and take the average result. Default: 7\n"
                + "-q: quiet, do not print result.\n"
                + "-o: return a TimeitResult that can be stored in a variable to inspect the result in more details.\n"
                + "-p<P>: use a precision of <P> digits to display the timing result. Default: 3";
    }

    /** The parsed options and the remaining text. */
    record Options(long number, int repeat, boolean quiet, boolean returnResult, int precision, String rest) {}

    /** Parses getopt-style options "n:r:tcp:qo", stopping at the first non-option word. */
    static Options parse(String args) throws UsageError {
        long number = 0;
        int repeat = 7;
        int precision = 3;
        boolean quiet = false;
        boolean ret = false;
        String s = args.strip();
        while (s.startsWith("-") && s.length() > 1 && !Character.isDigit(s.charAt(1)) && s.charAt(1) != '.') {
            int end = 0;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            String word = s.substring(1, end);
            s = s.substring(end).stripLeading();
            for (int i = 0; i < word.length(); i++) {
                char o = word.charAt(i);
                switch (o) {
                    case 'q' -> quiet = true;
                    case 'o' -> ret = true;
                    case 't', 'c' -> { }
                    case 'n', 'r', 'p' -> {
                        String value = word.substring(i + 1);
                        if (value.isEmpty()) {
                            int sp = 0;
                            while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
                                sp++;
                            }
                            if (sp == 0) {
                                throw new UsageError("option -" + o + " requires argument");
                            }
                            value = s.substring(0, sp);
                            s = s.substring(sp).stripLeading();
                        }
                        long v;
                        try {
                            v = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new UsageError("invalid literal for int() with base 10: '" + value + "'");
                        }
                        if (o == 'n') {
                            number = v;
                        } else if (o == 'r') {
                            repeat = (int) v;
                        } else {
                            precision = (int) v;
                        }
                        i = word.length();
                    }
                    default -> throw new UsageError("option -" + o + " not recognized");
                }
            }
        }
        return new Options(number, repeat, quiet, ret, precision, s);
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) throws UsageError {
        Options o = parse(args);
        String stmt = body != null ? body : o.rest();
        String setup = body != null ? o.rest() : "";
        int stmtLine = body != null ? 2 : 1;
        if (stmt.isBlank()) {
            return Engine.Outcome.OK;
        }
        Engine.Repeatable timer = env.prepare(stmt, stmtLine);
        long number = o.number();
        long[] one = new long[1];
        if (number == 0) {
            for (int index = 0; index < 10; index++) {
                number = (long) Math.pow(10, index);
                Engine.Outcome out = timed(env, setup, timer, number, one);
                if (!out.ok()) {
                    return out;
                }
                if (one[0] >= 200_000_000L) {
                    break;
                }
            }
        }
        List<Double> runs = new ArrayList<>();
        for (int r = 0; r < Math.max(o.repeat(), 1); r++) {
            Engine.Outcome out = timed(env, setup, timer, number, one);
            if (!out.ok()) {
                return out;
            }
            runs.add(one[0] / 1e9);
        }
        Result res = Result.of(runs, number, o.precision());
        if (!o.quiet()) {
            StringBuilder b = new StringBuilder();
            if (res.worst > 4 * res.best && res.best > 0 && res.worst > 1e-6) {
                b.append(String.format(java.util.Locale.ROOT, "The slowest run took %.2f times longer than the fastest."
                        + " This could mean that an intermediate result is being cached.\n", res.worst / res.best));
            }
            b.append(res).append('\n');
            env.context().stdout(b.toString());
        }
        if (o.returnResult()) {
            env.show(MimeBundle.text("<TimeitResult : " + res + ">"));
        }
        return Engine.Outcome.OK;
    }

    private static Engine.Outcome timed(MagicEnv env, String setup, Engine.Repeatable timer, long n, long[] elapsed) {
        if (!setup.isBlank()) {
            Engine.Outcome s = env.execute(setup, 1, false);
            if (!s.ok()) {
                return s;
            }
        }
        long t0 = System.nanoTime();
        Engine.Outcome out = timer.run(n);
        elapsed[0] = System.nanoTime() - t0;
        return out;
    }

    /** IPython's TimeitResult: per-loop mean and population standard deviation over runs. */
    static final class Result {
        final long loops;
        final int repeat;
        final double best;
        final double worst;
        final double average;
        final double stdev;
        final int precision;

        private Result(long loops, int repeat, double best, double worst, double average, double stdev, int precision) {
            this.loops = loops;
            this.repeat = repeat;
            this.best = best;
            this.worst = worst;
            this.average = average;
            this.stdev = stdev;
            this.precision = precision;
        }

        static Result of(List<Double> runs, long loops, int precision) {
            double sum = 0;
            double best = Double.MAX_VALUE;
            double worst = 0;
            for (double r : runs) {
                double t = r / loops;
                sum += t;
                best = Math.min(best, t);
                worst = Math.max(worst, t);
            }
            double mean = sum / runs.size();
            double sq = 0;
            for (double r : runs) {
                double d = r / loops - mean;
                sq += d * d;
            }
            return new Result(loops, runs.size(), best, worst, mean, Math.sqrt(sq / runs.size()), precision);
        }

        @Override
        public String toString() {
            return TimeFormat.format(average, precision) + " \u00b1 " + TimeFormat.format(stdev, precision)
                    + " per loop (mean \u00b1 std. dev. of " + repeat + " run" + (repeat == 1 ? "" : "s") + ", "
                    + String.format(java.util.Locale.ROOT, "%,d", loops) + " loop" + (loops == 1 ? "" : "s") + " each)";
        }
    }
}
