package dev.glassbox.objects.numbers;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A benchmark runner (not a test): ns/op of FloatRepr.repr, of Java's Double.toString for
 * comparison, and of a few format paths, over random doubles; then python3's repr on the same
 * kind of input when python3 is on the PATH. Run with
 * {@code java -cp <test and main classes> dev.glassbox.objects.numbers.FloatReprBench}.
 */
public final class FloatReprBench {
    private FloatReprBench() {}

    interface Op {
        String apply(double x);
    }

    static volatile int sink;

    static double measure(String name, double[] xs, Op op) {
        for (int warm = 0; warm < 5; warm++) {
            for (double x : xs) sink += op.apply(x).length();
        }
        int rounds = 10;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (double x : xs) sink += op.apply(x).length();
        }
        double ns = (System.nanoTime() - t0) / (double) (rounds * xs.length);
        System.out.printf("%-34s %8.1f ns/op%n", name, ns);
        return ns;
    }

    public static void main(String[] args) throws Exception {
        int n = 200_000;
        SplittableRandom rng = new SplittableRandom(1);
        double[] bits = new double[n];
        double[] everyday = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            do {
                x = Double.longBitsToDouble(rng.nextLong());
            } while (Double.isNaN(x) || Double.isInfinite(x));
            bits[i] = x;
            everyday[i] = Math.round(rng.nextDouble() * 1e6) / 100.0;
        }
        measure("FloatRepr.repr (random bits)", bits, FloatRepr::repr);
        measure("Double.toString (random bits)", bits, Double::toString);
        measure("FloatRepr.repr (cents < 1e4)", everyday, FloatRepr::repr);
        measure("Double.toString (cents < 1e4)", everyday, Double::toString);
        measure("FloatFormat '.2f' (cents)", everyday, x -> FloatFormat.format(x, ".2f"));
        measure("FloatFormat ',.3g' (random)", bits, x -> FloatFormat.format(x, ",.3g"));
        measure("PercentFormat %.3f (cents)", everyday, x -> PercentFormat.formatFloat(x, 0, -1, 3, 'f'));
        python();
    }

    /** python3's repr over random finite doubles from bit patterns, and over cents. */
    static void python() {
        String code = String.join("\n",
                "import random, struct, math, timeit",
                "r = random.Random(1)",
                "xs = []",
                "while len(xs) < 200000:",
                "    x = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]",
                "    if math.isfinite(x): xs.append(x)",
                "ys = [round(r.random() * 1e6) / 100.0 for _ in range(200000)]",
                "for name, data in (('random bits', xs), ('cents < 1e4', ys)):",
                "    t = min(timeit.repeat(lambda: [repr(x) for x in data], number=1, repeat=5))",
                "    print('python3 repr (%s)' % name, '%.1f ns/op' % (t / len(data) * 1e9))",
                "t = min(timeit.repeat(lambda: ['%.3f' % x for x in ys], number=1, repeat=5))",
                "print('python3 %%.3f (cents)', '%.1f ns/op' % (t / len(ys) * 1e9))");
        try {
            Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) System.out.println(line);
            }
            p.waitFor();
        } catch (Exception e) {
            System.out.println("python3 not available: " + e.getMessage());
        }
    }
}
