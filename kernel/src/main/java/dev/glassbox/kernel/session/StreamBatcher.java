package dev.glassbox.kernel.session;

import dev.glassbox.kernel.protocol.Iopub;
import com.google.gson.JsonObject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Batches one cell's stdout/stderr text into stream messages: timely (at most
 * {@link #FLUSH_MILLIS} after the first unsent write) and cheap (one message per batch, not per
 * print). Order between the two streams is kept by sending the pending text of one stream
 * before text of the other is buffered. ipykernel's {@code OutStream} flushes every 200 ms;
 * we flush sooner because a notebook user watches the output appear.
 */
public final class StreamBatcher {
    static final long FLUSH_MILLIS = 50;
    /** Large output goes out in pieces of about this many chars, bounding message size. */
    static final int MAX_PENDING = 256 * 1024;

    private final Iopub iopub;
    private final JsonObject parent;
    private final ScheduledExecutorService timer;
    private final StringBuilder pending = new StringBuilder();
    private String pendingName;
    private boolean scheduled;

    public StreamBatcher(Iopub iopub, JsonObject parent, ScheduledExecutorService timer) {
        this.iopub = iopub;
        this.parent = parent;
        this.timer = timer;
    }

    public synchronized void write(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pending.length() > 0 && !name.equals(pendingName)) {
            flushLocked();
        }
        pendingName = name;
        pending.append(text);
        if (pending.length() >= MAX_PENDING) {
            flushLocked();
        } else if (!scheduled) {
            scheduled = true;
            timer.schedule(this::timerFlush, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what is pending now (before results, errors, displays, input prompts, idle). */
    public synchronized void flush() {
        flushLocked();
    }

    private synchronized void timerFlush() {
        scheduled = false;
        flushLocked();
    }

    private void flushLocked() {
        if (pending.length() > 0) {
            iopub.stream(pendingName, pending.toString(), parent);
            pending.setLength(0);
        }
    }
}
