package dev.glassbox.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.glassbox.kernel.protocol.Kernel;
import dev.glassbox.kernel.wire.ConnectionInfo;
import dev.glassbox.kernel.wire.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Magics through a real client: what a notebook user sees for %lsmagic, %time, %timeit, help, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class MagicsProtocolTest {
    private static final Pattern CPU = Pattern.compile(
            "CPU times: user [0-9.e+]+ (s|ms|µs|ns), sys: [0-9.e+]+ (s|ms|µs|ns), total: [0-9.e+]+ (s|ms|µs|ns)\n"
            + "Wall time: [0-9.e+]+ (s|ms|µs|ns)\n");
    /** The report, after IPython's optional "The slowest run took ..." line (timing noise). */
    private static final Pattern TIMEIT = Pattern.compile(
            "(The slowest run took [0-9.]+ times longer than the fastest\\. This could mean that an intermediate"
            + " result is being cached\\.\n)?"
            + "[0-9.e+]+ (s|ms|µs|ns) ± [0-9.e+]+ (s|ms|µs|ns) per loop \\(mean ± std\\. dev\\. of 2 runs, 3 loops each\\)\n");

    private Kernel kernel;
    private TestClient client;

    @BeforeAll
    void start() throws Exception {
        ConnectionInfo info = TestClient.freeConnection();
        kernel = new Kernel(info, new FakeEngine(), null);
        kernel.start();
        client = new TestClient(info);
        client.awaitWelcome();
    }

    @AfterAll
    void stop() {
        client.close();
        kernel.close();
    }

    private record Run(Message reply, List<Message> iopub) {
        String stdout() {
            return stream("stdout");
        }

        String stream(String name) {
            StringBuilder b = new StringBuilder();
            for (Message m : iopub) {
                if (m.type().equals("stream") && m.str("name", "").equals(name)) {
                    b.append(m.str("text", ""));
                }
            }
            return b.toString();
        }

        List<Message> ofType(String type) {
            List<Message> out = new ArrayList<>();
            for (Message m : iopub) {
                if (m.type().equals(type)) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    private Run run(String code) {
        Message req = client.execute(code);
        Message reply = client.reply(client.shell, req);
        return new Run(reply, client.iopubUntilIdle(req));
    }

    @Test
    void lsmagicListsLineAndCellMagics() {
        Run r = run("%lsmagic");
        assertEquals("ok", r.reply().str("status", ""));
        JsonObject data = r.ofType("execute_result").get(0).content.getAsJsonObject("data");
        String text = data.get("text/plain").getAsString();
        assertTrue(text.startsWith("Available line magics:\n"), text);
        assertTrue(text.contains("%timeit") && text.contains("%%time") && text.contains("%whos"), text);
        assertTrue(data.get("text/html").getAsString().contains("<code>%lsmagic</code>"));
    }

    @Test
    void timePrintsTimesThenTheResult() {
        Run r = run("%time 20+22");
        assertTrue(CPU.matcher(r.stdout()).matches(), r.stdout());
        List<String> order = r.iopub().stream().map(Message::type).toList();
        assertTrue(order.indexOf("stream") < order.indexOf("execute_result"), order.toString());
        assertEquals("42", r.ofType("execute_result").get(0).content.getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void cellTimeRunsTheBody() {
        Run r = run("%%time\nprint('in body')\n1+1");
        assertTrue(r.stdout().startsWith("in body\nCPU times: "), r.stdout());
        assertEquals(1, r.ofType("execute_result").size());
    }

    @Test
    void lineMagicBetweenCodeKeepsLineNumbers() {
        Run r = run("print('before')\n%time print('timed')\nraise ValueError('line three')");
        assertEquals("error", r.reply().str("status", ""));
        String tb = r.ofType("error").get(0).content.getAsJsonArray("traceback").get(1).getAsString();
        assertTrue(tb.contains("line 3"), tb);
        assertTrue(r.stdout().startsWith("before\ntimed\nCPU times: "), r.stdout());
    }

    @Test
    void timeitReportsInIPythonFormat() {
        Run r = run("%timeit -n 3 -r 2 1+1");
        assertEquals("ok", r.reply().str("status", ""));
        assertTrue(TIMEIT.matcher(r.stdout()).matches(), r.stdout());
        assertEquals(0, r.ofType("execute_result").size());
        Run cell = run("%%timeit -n3 -r2 print('setup')\n1+1");
        assertTrue(cell.stdout().startsWith("setup\nsetup\n"), cell.stdout());
    }

    @Test
    void timeitStopsAtAnError() {
        Run r = run("%timeit -n 2 -r 2 raise KeyError('k')");
        assertEquals("KeyError", r.reply().str("ename", ""));
    }

    @Test
    void pendingMagicsSayTheyAreNotAvailable() {
        for (String m : List.of("%gc", "%heap", "%modules", "%who", "%whos", "%reset -f", "%dis f", "%%dis\nx")) {
            Run r = run(m);
            assertEquals("error", r.reply().str("status", ""), m);
            assertEquals("UsageError", r.reply().str("ename", ""), m);
            assertTrue(r.stream("stderr").startsWith("UsageError: %"), r.stream("stderr"));
            assertTrue(r.stream("stderr").contains("not available yet"), r.stream("stderr"));
            assertEquals(0, r.ofType("error").size(), "no traceback for a UsageError");
        }
    }

    @Test
    void unknownMagicsAreUsageErrorsAsInIPython() {
        assertEquals("UsageError: Line magic function `%foo` not found.\n", run("%foo 1").stream("stderr"));
        assertEquals("UsageError: Cell magic `%%foo` not found.\n", run("%%foo 1\nx").stream("stderr"));
    }

    @Test
    void helpGoesToThePager() {
        Run r = run("%timeit?");
        var payload = r.reply().content.getAsJsonArray("payload");
        assertEquals(1, payload.size());
        JsonObject p = payload.get(0).getAsJsonObject();
        assertEquals("page", p.get("source").getAsString());
        assertTrue(p.getAsJsonObject("data").get("text/plain").getAsString().contains("-r<R>"));
        Run obj = run("print??");
        String text = obj.reply().content.getAsJsonArray("payload").get(0).getAsJsonObject()
                .getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(text.contains("fake help for print") && text.contains("Source"), text);
        assertEquals("Object `nothing` not found.\n", run("nothing?").stdout());
    }
}
