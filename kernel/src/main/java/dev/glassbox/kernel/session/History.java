package dev.glassbox.kernel.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Input (and text/plain output) history across kernel restarts, answering history_request as
 * IPython's {@code HistoryManager} does ({@code get_tail}, {@code get_range}, {@code search}).
 * IPython keeps it in SQLite; we append one JSON line per cell to a session file
 * ({@code <jupyter data dir>/glassbox/history.jsonl}) and keep it in memory. Each kernel
 * process is a new session numbered one past the highest in the file.
 */
public final class History {
    /** One stored cell: session, line (its execution count), source, output text or null. */
    public record Entry(int session, int line, String source, String output) {}

    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private final int session;
    private BufferedWriter writer;

    public History(Path file) {
        this.file = file;
        int maxSession = 0;
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Entry e = parse(line);
                    if (e != null) {
                        entries.add(e);
                        maxSession = Math.max(maxSession, e.session());
                    }
                }
            } catch (IOException e) {
                System.err.println("glassbox kernel: history not read: " + e);
            }
        }
        this.session = maxSession + 1;
    }

    /** The default file under the Jupyter data dir, as jupyter_core resolves it. */
    public static Path defaultFile() {
        String explicit = System.getProperty("glassbox.history");
        if (explicit != null) {
            return explicit.isEmpty() ? null : Path.of(explicit);
        }
        String data = System.getenv("JUPYTER_DATA_DIR");
        if (data == null || data.isEmpty()) {
            String xdg = System.getenv("XDG_DATA_HOME");
            data = (xdg == null || xdg.isEmpty() ? System.getProperty("user.home") + "/.local/share" : xdg) + "/jupyter";
        }
        return Path.of(data, "glassbox", "history.jsonl");
    }

    public int session() {
        return session;
    }

    /** Records a cell of this session (store_history cells only). */
    public synchronized void add(int line, String source, String output) {
        Entry e = new Entry(session, line, source, output);
        entries.add(e);
        if (file == null) {
            return;
        }
        try {
            dev.glassbox.kernel.wire.Uninterruptible.io(() -> write(e));
        } catch (IOException ex) {
            System.err.println("glassbox kernel: history not saved (kept in memory): " + ex);
            writer = null; // reopen next time
        }
    }

    /** Appends one entry (the caller holds the Uninterruptible lock). */
    private void write(Entry e) throws IOException {
        if (writer == null) {
            Files.createDirectories(file.getParent());
            boolean torn = Files.isRegularFile(file) && Files.size(file) > 0 && !endsWithNewline(file);
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (torn) {
                writer.write('\n'); // a line cut short by a crash stays a line of its own
            }
        }
        JsonObject o = new JsonObject();
        o.addProperty("session", e.session());
        o.addProperty("line", e.line());
        o.addProperty("source", e.source());
        if (e.output() != null) {
            o.addProperty("output", e.output());
        }
        writer.write(o.toString());
        writer.write('\n');
        writer.flush();
    }

    /** The last {@code n} entries of all sessions, oldest first. */
    public synchronized List<Entry> tail(int n) {
        int from = Math.max(0, entries.size() - Math.max(n, 0));
        return new ArrayList<>(entries.subList(from, entries.size()));
    }

    /**
     * Lines {@code start <= line < stop} of one session; session 0 is the current one and
     * negative numbers count back from it; {@code stop <= 0} means to the end.
     */
    public synchronized List<Entry> range(int sess, int start, int stop) {
        int s = sess <= 0 ? session + sess : sess;
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.session() == s && e.line() >= start && (stop <= 0 || e.line() < stop)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Entries whose source matches the glob {@code pattern} (SQLite GLOB: case-sensitive,
     * {@code * ? [..]}); with {@code unique} only the latest of equal sources; the last
     * {@code n} when {@code n > 0}; oldest first.
     */
    public synchronized List<Entry> search(String pattern, int n, boolean unique) {
        Pattern p = glob(pattern);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (p.matcher(e.source()).matches()) {
                out.add(e);
            }
        }
        if (unique) {
            Map<String, Entry> last = new LinkedHashMap<>();
            for (Entry e : out) {
                last.remove(e.source());
                last.put(e.source(), e);
            }
            out = new ArrayList<>(last.values());
        }
        if (n > 0 && out.size() > n) {
            out = new ArrayList<>(out.subList(out.size() - n, out.size()));
        }
        return out;
    }

    /** The history_reply list: [session, line, input] or [session, line, [input, output]]. */
    public static JsonArray toJson(List<Entry> list, boolean output) {
        JsonArray a = new JsonArray();
        for (Entry e : list) {
            JsonArray row = new JsonArray();
            row.add(e.session());
            row.add(e.line());
            if (output) {
                JsonArray io = new JsonArray();
                io.add(e.source());
                io.add(e.output());
                row.add(io);
            } else {
                row.add(e.source());
            }
            a.add(row);
        }
        return a;
    }

    private static boolean endsWithNewline(Path f) throws IOException {
        try (var ch = Files.newByteChannel(f)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.position(ch.size() - 1).read(b);
            return b.get(0) == '\n';
        }
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append("[\\s\\S]*");
                case '?' -> re.append("[\\s\\S]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        // SQLite GLOB sets: [abc], [a-z], [^abc] (negated).
                        String set = glob.substring(i + 1, close);
                        String neg = set.startsWith("^") ? "^" : "";
                        set = set.substring(neg.length()).replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&");
                        re.append('[').append(neg).append(set).append(']');
                        i = close;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static Entry parse(String line) {
        try {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            JsonElement out = o.get("output");
            return new Entry(o.get("session").getAsInt(), o.get("line").getAsInt(), o.get("source").getAsString(),
                    out == null || out.isJsonNull() ? null : out.getAsString());
        } catch (RuntimeException e) {
            return null; // a torn last line after a crash: skip it
        }
    }
}
