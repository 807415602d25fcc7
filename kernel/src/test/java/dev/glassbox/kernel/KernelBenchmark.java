package dev.glassbox.kernel;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kernel benchmark (a main, not a timed test): starts the kernel as its own process with the
 * kernelspec's JVM flags and the {@link FakeEngine} test double, and measures over real
 * sockets what a frontend feels:
 * <ul>
 *   <li>process start to the first kernel_info_reply (several starts; min and median);</li>
 *   <li>resident memory right after start;</li>
 *   <li>execute_request round trip of {@code 1+1}: to execute_reply, and to the idle status;</li>
 *   <li>100,000 printed lines: time until idle, and that every line arrived.</li>
 * </ul>
 * With the fake engine this measures the kernel's own cost; the real VM adds its run time.
 * Run: {@code java -cp <test classes + deps> dev.glassbox.kernel.KernelBenchmark [iterations]};
 * {@code -Dglassbox.bench.jvm="FLAGS"} adds JVM flags to the kernel process;
 * {@code -Dglassbox.bench.engine=dev.glassbox.kernel.session.GlassboxEngine} measures the real VM
 * (then the cells are Python: the 100,000 lines come from a {@code for} loop).
 */
public final class KernelBenchmark {
    /** The kernelspec's flags (kernelspec/kernel.json.in), less the CDS archive: see glassbox.bench.jvm. */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xms32m");

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        double[] starts = new double[5];
        long rss = 0;
        for (int i = 0; i < starts.length; i++) {
            try (Running k = Running.start()) {
                starts[i] = k.firstInfoMillis;
                rss = k.rssKiB();
                k.shutdown();
            }
        }
        Arrays.sort(starts);
        System.out.printf("start to first kernel_info_reply: min %.0f ms, median %.0f ms (%d starts)%n",
                starts[0], starts[starts.length / 2], starts.length);
        System.out.printf("resident memory after start: %.1f MiB%n", rss / 1024.0);

        try (Running k = Running.start()) {
            TestClient c = k.client;
            for (int i = 0; i < iterations / 4; i++) {
                roundTrip(c, "1+1", null);
            }
            double[] toReply = new double[iterations];
            double[] toIdle = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                double[] t = roundTrip(c, "1+1", null);
                toReply[i] = t[0];
                toIdle[i] = t[1];
            }
            Arrays.sort(toReply);
            Arrays.sort(toIdle);
            System.out.printf("execute 1+1 round trip to execute_reply: p50 %.3f ms, p99 %.3f ms (%d runs)%n",
                    pct(toReply, 50), pct(toReply, 99), iterations);
            System.out.printf("execute 1+1 round trip to idle:          p50 %.3f ms, p99 %.3f ms%n",
                    pct(toIdle, 50), pct(toIdle, 99));
            System.out.printf("  to execute_reply by percentile: p90 %.3f, p95 %.3f, p98 %.3f, p99.5 %.3f, max %.3f ms%n",
                    pct(toReply, 90), pct(toReply, 95), pct(toReply, 98), pct(toReply, 99.5), toReply[toReply.length - 1]);

            StringBuilder text = new StringBuilder();
            boolean fake = System.getProperty("glassbox.bench.engine", FakeEngine.class.getName())
                    .equals(FakeEngine.class.getName());
            double[] t = roundTrip(c, fake ? "spam 100000" : "for i in range(100000):\n    print('line', i)", text);
            long lines = text.chars().filter(ch -> ch == '\n').count();
            System.out.printf("100,000 printed lines: %.0f ms to idle, %d lines arrived, last \"%s\"%n",
                    t[1], lines, text.substring(text.lastIndexOf("line ", text.length() - 2)).strip());
            k.shutdown();
        }
    }

    /** Sends one cell; returns millis to execute_reply and to idle; collects stream text. */
    static double[] roundTrip(TestClient c, String code, StringBuilder streams) {
        long t0 = System.nanoTime();
        Message req = c.execute(code);
        c.reply(c.shell, req);
        long t1 = System.nanoTime();
        for (Message m : c.iopubUntilIdle(req)) {
            if (streams != null && m.type().equals("stream")) {
                streams.append(m.str("text", ""));
            }
        }
        long t2 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t0) / 1e6};
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A kernel process and a connected client. */
    static final class Running implements AutoCloseable {
        final Process process;
        final TestClient client;
        final double firstInfoMillis;
        final Path file;

        private Running(Process process, TestClient client, double firstInfoMillis, Path file) {
            this.process = process;
            this.client = client;
            this.firstInfoMillis = firstInfoMillis;
            this.file = file;
        }

        static Running start() throws Exception {
            ConnectionInfo info = TestClient.freeConnection();
            Path file = Files.createTempFile("glassbox-kernel-", ".json");
            Files.writeString(file, info.toJson());
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(JVM_FLAGS);
            // Extra kernel JVM flags, e.g. -XX:SharedArchiveFile=... to try a CDS archive.
            String extra = System.getProperty("glassbox.bench.jvm", "");
            if (!extra.isBlank()) {
                cmd.addAll(List.of(extra.strip().split("\\s+")));
            }
            cmd.add("-Dglassbox.history=");
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.glassbox.kernel.KernelMain",
                    "-f", file.toString(), "--engine", System.getProperty("glassbox.bench.engine", FakeEngine.class.getName())));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            TestClient c = new TestClient(info);
            Message req = c.send(c.shell, "kernel_info_request", new JsonObject());
            c.reply(c.shell, req);
            double ms = (System.nanoTime() - t0) / 1e6;
            c.awaitWelcome();
            return new Running(p, c, ms, file);
        }

        long rssKiB() throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        void shutdown() throws Exception {
            Message req = client.send(client.control, "shutdown_request", new JsonObject());
            client.reply(client.control, req);
            process.waitFor();
        }

        @Override
        public void close() throws Exception {
            client.close();
            process.destroy();
            Files.deleteIfExists(file);
        }
    }
}
