package dev.glassbox.imports;

import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyException;
import dev.glassbox.vm.PyTraceback;

import java.util.ArrayList;
import java.util.List;

/**
 * remove_importlib_frames (Python/import.c): a traceback through the import system shows the
 * user's frames only. Runs of importlib frames are dropped when the exception is an ImportError,
 * and always when the run ends in {@code _call_with_frames_removed} (the call into the module's
 * own code); {@code -v} keeps them all.
 */
final class ImportFrames {
    private ImportFrames() {}

    private static final String BOOTSTRAP = "<frozen importlib._bootstrap>";
    private static final String EXTERNAL = "<frozen importlib._bootstrap_external>";

    static void remove(PyException e) {
        if (!(e.value.traceback instanceof PyTraceback head)) return;
        if (Bootstrap.verbose()) return;
        boolean alwaysTrim = e.value.type.isSubtypeOf(ExceptionTypes.ImportError);
        List<PyTraceback> entries = new ArrayList<>();
        for (PyTraceback tb = head; tb != null; tb = tb.next) entries.add(tb);
        boolean[] keep = new boolean[entries.size()];
        int chunkStart = -1;
        boolean inImportlib = false;
        for (int i = 0; i < entries.size(); i++) {
            PyTraceback tb = entries.get(i);
            String file = tb.frame.frame.code.unit.filename;
            boolean now = file.equals(BOOTSTRAP) || file.equals(EXTERNAL);
            if (now && !inImportlib) chunkStart = i;
            inImportlib = now;
            keep[i] = true;
            if (inImportlib && (alwaysTrim || tb.frame.frame.code.unit.name.equals("_call_with_frames_removed"))) {
                // drop the chunk so far, this entry included
                for (int j = chunkStart; j <= i; j++) keep[j] = false;
                chunkStart = i + 1;
            }
        }
        PyTraceback rebuilt = null;
        boolean changed = false;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!keep[i]) {
                changed = true;
                continue;
            }
            rebuilt = entries.get(i).withNext(rebuilt);
        }
        if (changed) e.value.setTraceback(rebuilt);
    }
}
