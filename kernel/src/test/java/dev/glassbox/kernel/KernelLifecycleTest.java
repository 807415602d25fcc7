package dev.glassbox.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.protocol.Kernel;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Start-up and shutdown of a kernel: each test runs its own kernel in this JVM. */
@Timeout(60)
class KernelLifecycleTest {

    @Test
    void shutdownRepliesThenStops() throws Exception {
        for (boolean restart : new boolean[] {false, true}) {
            ConnectionInfo info = TestClient.freeConnection();
            Kernel kernel = new Kernel(info, new FakeEngine(), null);
            kernel.start();
            try (TestClient client = new TestClient(info)) {
                client.awaitWelcome();
                JsonObject c = new JsonObject();
                c.addProperty("restart", restart);
                Message req = client.send(client.control, "shutdown_request", c);
                Message reply = client.reply(client.control, req);
                assertEquals("shutdown_reply", reply.type());
                assertEquals("ok", reply.str("status", ""));
                assertEquals(restart, reply.bool("restart", !restart));
                assertEquals(List.of("busy", "idle"),
                        client.iopubUntilIdle(req).stream().map(m -> m.str("execution_state", "")).toList());
                assertTrue(kernel.awaitShutdown(2000), "kernel did not stop");
                assertEquals(restart, kernel.restartRequested());
                kernel.close();
            }
        }
    }

    @Test
    void shutdownWhileACellRuns() throws Exception {
        ConnectionInfo info = TestClient.freeConnection();
        Kernel kernel = new Kernel(info, new FakeEngine(), null);
        kernel.start();
        try (TestClient client = new TestClient(info)) {
            client.awaitWelcome();
            client.execute("sleep 30");
            Message req = client.send(client.control, "shutdown_request", new JsonObject());
            assertEquals("ok", client.reply(client.control, req).str("status", ""));
            assertTrue(kernel.awaitShutdown(2000));
            long t0 = System.nanoTime();
            kernel.close();
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000, "close took too long");
        }
    }

    @Test
    void historyPersistsAcrossKernels() throws Exception {
        Path file = Files.createTempFile("glassbox-history", ".jsonl");
        try {
            for (int session = 1; session <= 2; session++) {
                ConnectionInfo info = TestClient.freeConnection();
                Kernel kernel = new Kernel(info, new FakeEngine(), file);
                kernel.start();
                try (TestClient client = new TestClient(info)) {
                    client.awaitWelcome();
                    Message req = client.execute("print('session " + session + "')");
                    client.reply(client.shell, req);
                    JsonObject tail = new JsonObject();
                    tail.addProperty("hist_access_type", "tail");
                    tail.addProperty("n", 10);
                    tail.addProperty("output", false);
                    tail.addProperty("raw", true);
                    var rows = client.reply(client.shell, client.send(client.shell, "history_request", tail))
                            .content.getAsJsonArray("history");
                    assertEquals(session, rows.size());
                    var lastRow = rows.get(session - 1).getAsJsonArray();
                    assertEquals(session, lastRow.get(0).getAsInt());
                    assertEquals("print('session " + session + "')", lastRow.get(2).getAsString());
                    if (session == 2) {
                        JsonObject range = new JsonObject();
                        range.addProperty("hist_access_type", "range");
                        range.addProperty("session", -1);
                        range.addProperty("start", 1);
                        range.addProperty("output", false);
                        range.addProperty("raw", true);
                        var prev = client.reply(client.shell, client.send(client.shell, "history_request", range))
                                .content.getAsJsonArray("history");
                        assertEquals("print('session 1')", prev.get(0).getAsJsonArray().get(2).getAsString());
                    }
                    client.send(client.control, "shutdown_request", new JsonObject());
                    assertTrue(kernel.awaitShutdown(2000));
                }
                kernel.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void firstKernelInfoIsAnsweredRightAfterStart() throws Exception {
        // The 0.5 s start-up target is measured by KernelBenchmark in a fresh process; here
        // only a loose bound, as this JVM is warm and the build machine may be loaded.
        ConnectionInfo info = TestClient.freeConnection();
        long t0 = System.nanoTime();
        Kernel kernel = new Kernel(info, new FakeEngine(), null);
        kernel.start();
        try (TestClient client = new TestClient(info)) {
            Message req = client.send(client.shell, "kernel_info_request", new JsonObject());
            Message reply = client.reply(client.shell, req);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("ok", reply.str("status", ""));
            assertTrue(millis < 5000, "first kernel_info_reply after " + millis + " ms");
            assertFalse(reply.str("implementation_version", "").isEmpty());
            client.send(client.control, "shutdown_request", new JsonObject());
            assertTrue(kernel.awaitShutdown(2000));
        }
        kernel.close();
    }
}
