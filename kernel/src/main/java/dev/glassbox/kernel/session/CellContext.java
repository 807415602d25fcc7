package dev.glassbox.kernel.session;

import java.util.Map;

/**
 * The callbacks an {@link Engine} uses while it runs one cell: where {@code sys.stdout},
 * {@code sys.stderr}, the displayhook, {@code IPython.display} and {@code input()} go. One
 * context belongs to one execute_request, so output from Python threads started by a cell can
 * keep writing to that cell's context and lands under that cell in the notebook.
 *
 * <p>All methods are thread-safe. Mime bundles map a mime type to a String (text types, base64
 * for images) or to a JSON-able value (Map/List/Number/Boolean/String) for JSON types.
 */
public interface CellContext {

    /** Text written to {@code sys.stdout}; batched into stream messages by the kernel. */
    void stdout(String text);

    /** Text written to {@code sys.stderr}; order with stdout is kept. */
    void stderr(String text);

    /**
     * The displayhook: the trailing expression's value as a mime bundle (text/plain at least),
     * sent as execute_result with this cell's execution count. Ignored for silent requests.
     */
    void displayResult(Map<String, Object> data, Map<String, Object> metadata);

    /**
     * {@code IPython.display.display}: a display_data message, or update_display_data when
     * {@code update} is true. {@code displayId} may be null.
     */
    void displayData(Map<String, Object> data, Map<String, Object> metadata, String displayId, boolean update);

    /** {@code IPython.display.clear_output(wait)}. */
    void clearOutput(boolean wait);

    /**
     * {@code input(prompt)} / {@code getpass(prompt)} over the stdin channel. Blocks the calling
     * thread until the frontend answers.
     *
     * @throws StdinNotAllowedException when the request had allow_stdin false; the engine raises
     *     it as IPython's StdinNotImplementedError with the exception's message
     * @throws InterruptedException when the cell is interrupted while waiting; the engine raises
     *     KeyboardInterrupt
     */
    String input(String prompt, boolean password) throws StdinNotAllowedException, InterruptedException;

    /** The execution count this cell runs under (In[n]), for the displayhook's {@code _n}. */
    int executionCount();

    /** Thrown by {@link #input} when the frontend does not take input requests. */
    final class StdinNotAllowedException extends Exception {
        public static final String MESSAGE =
                "raw_input was called, but this frontend does not support input requests.";

        public StdinNotAllowedException() {
            super(MESSAGE);
        }
    }
}
