package dev.glassbox.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 message signatures as jupyter_client's {@code Session.sign}: the hex digest of
 * header, parent_header, metadata and content frames, in that order. Verification compares in
 * constant time and refuses a signature seen before (a bounded replay set, like
 * jupyter_client's {@code digest_history} of 2^16 entries). An empty key disables signing, as
 * in jupyter_client.
 *
 * <p>Thread-safe: each thread gets its own {@link Mac}; the replay set is synchronized.
 */
public final class Signer {
    /** How many recent signatures are remembered for replay detection. */
    static final int REPLAY_CAPACITY = 1 << 16;

    private final byte[] key;
    private final ThreadLocal<Mac> mac;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REPLAY_CAPACITY;
        }
    };

    public Signer(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.mac = ThreadLocal.withInitial(this::newMac);
    }

    public boolean enabled() {
        return key.length > 0;
    }

    /** The lowercase hex signature of the four JSON frames ("" when signing is off). */
    public String sign(byte[] header, byte[] parent, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return "";
        }
        Mac m = mac.get();
        m.update(header);
        m.update(parent);
        m.update(metadata);
        m.update(content);
        return hex(m.doFinal());
    }

    /**
     * Checks a received signature; returns null when good, else why it is refused. A good
     * signature is remembered, so the same message sent twice is refused the second time.
     */
    public String verify(byte[] signature, byte[] header, byte[] parent, byte[] metadata, byte[] content) {
        if (!enabled()) {
            return null;
        }
        byte[] expected = sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature)) {
            return "bad signature";
        }
        String s = new String(signature, StandardCharsets.US_ASCII);
        synchronized (seen) {
            if (seen.putIfAbsent(s, Boolean.TRUE) != null) {
                return "duplicate signature (replayed message)";
            }
        }
        return null;
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = HEX[(b[i] >> 4) & 15];
            c[2 * i + 1] = HEX[b[i] & 15];
        }
        return new String(c);
    }
}
