package dev.glassbox.kernel.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The file name a cell is compiled under, IPython's scheme ({@code compilerop.code_name}):
 * {@code <ipython-input-N-H>} where N is the execution count and H the first 12 hex digits of
 * the SHA-1 of the cell's source. Stable for a given cell and count, distinct across cells, so
 * tracebacks and {@code inspect.getsource} can find the registered source; IPython 8 shows such
 * names as "Cell In[N]".
 */
public final class CellNames {
    private CellNames() {}

    public static String of(int executionCount, String source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            StringBuilder h = new StringBuilder(12);
            for (int i = 0; i < 6; i++) {
                h.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
            }
            return "<ipython-input-" + executionCount + "-" + h + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
