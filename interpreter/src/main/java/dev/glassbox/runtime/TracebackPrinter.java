package dev.glassbox.runtime;

import dev.glassbox.bytecode.LocationTable;
import dev.glassbox.compile.AstAdapter;
import dev.glassbox.compile.Node;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.parse.Parser;
import dev.glassbox.vm.PyTraceback;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an uncaught exception as CPython 3.11 does (print_exception_recursive in
 * Python/pythonrun.c and tb_displayline in Python/traceback.c): chained exceptions first
 * with their separator lines, "Traceback (most recent call last):", each frame with its
 * source line and the position carets ({@code ~~~^^^} anchors for binary operators and
 * subscripts, found by parsing the segment), "[Previous line repeated N more times]" after
 * three identical entries, then "Type: message" and the notes.
 */
public final class TracebackPrinter {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> sources;

    private TracebackPrinter(Map<String, List<String>> sources) {
        this.sources = sources;
    }

    /** The full display of {@code e}, as sys.excepthook writes it. */
    public static String format(PyBaseException e, Map<String, List<String>> registeredSources) {
        TracebackPrinter p = new TracebackPrinter(registeredSources);
        p.printRecursive(e, new IdentityHashMap<>());
        return p.out.toString();
    }

    // exception_print_context: the group depth gives the indent and the "| " margin.
    private int groupDepth;
    private boolean needClose;
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private String margin() {
        return indent() + (groupDepth > 0 ? "| " : "");
    }

    /** print_exception_recursive: chained exceptions first, then the exception or group. */
    private void printRecursive(PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            printChained(e.cause, seen, "The above exception was the direct cause of the following exception:");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            printChained(e.context, seen, "During handling of the above exception, another exception occurred:");
        }
        if (e.type.isSubtypeOf(dev.glassbox.objects.ExceptionTypes.BaseExceptionGroup)) printGroup(e, seen);
        else printOne(e);
    }

    private void printChained(PyBaseException e, IdentityHashMap<Object, Boolean> seen, String message) {
        boolean close = needClose;
        printRecursive(e, seen);
        needClose = close;
        out.append(margin()).append('\n');
        out.append(margin()).append(message).append('\n');
        out.append(margin()).append('\n');
    }

    private void printGroup(PyBaseException e, IdentityHashMap<Object, Boolean> seen) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (groupDepth == 0) groupDepth++;
        printOne(e);
        PyObject[] excs = Abstract.toArray(((ExcFields.Group) e).exceptions());
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) needClose = true;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent()).append(i == 0 ? "+-" : "  ")
                    .append(truncated ? "+---------------- ... ----------------\n" : "+---------------- " + (i + 1) + " ----------------\n");
            groupDepth++;
            if (!truncated) {
                printRecursive((PyBaseException) excs[i], seen);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (groupDepth == 1) groupDepth--;
    }

    private void printOne(PyBaseException e) {
        if (e.traceback instanceof PyTraceback tb) {
            long limit = tracebackLimit();
            if (limit > 0) {
                boolean group = e.type.isSubtypeOf(dev.glassbox.objects.ExceptionTypes.BaseExceptionGroup);
                String headerMargin = group && groupDepth == 1 ? indent() + "+ " : margin();
                out.append(headerMargin).append(group ? "Exception Group Traceback (most recent call last):\n"
                        : "Traceback (most recent call last):\n");
                int depth = 0;
                for (PyTraceback t = tb; t != null; t = t.next) depth++;
                while (tb != null && depth > limit) {
                    depth--;
                    tb = tb.next;
                }
                printTb(tb);
            }
        }
        if (e instanceof ExcFields.SyntaxError se) printSyntaxErrorLines(se);
        out.append(margin()).append(exceptionLine(e)).append('\n');
        PyObject notes = e.dict == null ? null : e.dict.getItemStr("__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (PyObject n : Abstract.toArray(notes)) {
                String text = n instanceof PyStr s ? s.value : safeStr(n);
                for (String l : text.split("\n", -1)) out.append(margin()).append(l).append('\n');
            }
        } else if (notes != null) {
            out.append(margin()).append(safeRepr(notes)).append('\n');
        }
    }

    /** sys.tracebacklimit (default 1000; 0 or less prints no frames). */
    private static long tracebackLimit() {
        PyObject v = dev.glassbox.vm.Builtins.sysAttr("tracebacklimit");
        if (v instanceof dev.glassbox.objects.PyInt i) return i.isBig() ? (i.signum() > 0 ? Long.MAX_VALUE : 0) : i.value;
        return 1000;
    }

    /** "module.Type: message" (the module omitted for builtins and __main__). */
    static String exceptionLine(PyBaseException e) {
        PyType t = e.type;
        String mod = Abstract.typeModule(t);
        String name = t.qualname;
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) name = mod + "." + name;
        if (e instanceof ExcFields.SyntaxError se) {
            PyObject msg = se.msg();
            String m = msg instanceof PyStr s ? s.value : safeStr(msg);
            return name + ": " + m;
        }
        String msg = safeStr(e);
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = Suggestions.offer(e);
        return suggestion == null ? line : line + ". Did you mean: '" + suggestion + "'?";
    }

    private static String safeStr(PyObject o) {
        try {
            return Abstract.str(o).value;
        } catch (PyException x) {
            return "<exception str() failed>";
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o).value;
        } catch (PyException x) {
            return "<note repr() failed>";
        }
    }

    private void printTb(PyTraceback tb) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (; tb != null; tb = tb.next) {
            var code = tb.frame.frame.code.unit;
            int line = tb.lineno;
            if (lastFile == null || !code.filename.equals(lastFile) || line != lastLine || !code.name.equals(lastName)) {
                if (count > 3) repeated(count);
                lastFile = code.filename;
                lastLine = line;
                lastName = code.name;
                count = 0;
            }
            count++;
            if (count <= 3) displayLine(tb, code, line);
        }
        if (count > 3) repeated(count);
    }

    private void repeated(int count) {
        int n = count - 3;
        out.append(margin()).append("  [Previous line repeated ").append(n).append(n > 1 ? " more times]\n" : " more time]\n");
    }

    private void displayLine(PyTraceback tb, dev.glassbox.bytecode.CodeUnit code, int lineno) {
        out.append(margin()).append("  File \"").append(code.filename).append("\", line ").append(lineno).append(", in ")
                .append(code.name).append('\n');
        String line = sourceLine(code.filename, lineno);
        if (line == null) return;
        int strip = 0;
        while (strip < line.length() && (line.charAt(strip) == ' ' || line.charAt(strip) == '\t' || line.charAt(strip) == '\f')) strip++;
        String shown = line.substring(strip);
        out.append(margin()).append("    ").append(shown).append('\n');
        LocationTable.Position pos = positionAt(code, tb.lasti);
        if (pos == null || pos.line() < 0 || pos.endLine() < 0 || pos.col() < 0 || pos.endCol() < 0) return;
        int start = charOffset(line, pos.col());
        int end = charOffset(line, pos.endCol());
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (pos.line() == pos.endLine()) {
            int[] anchors = anchors(line, start, end);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
            }
        } else {
            int i = line.length();
            while (--i >= 0) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t' && c != '\f') break;
            }
            end = i + 1;
        }
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == shown.length() && !secondaryRanges) return;
        StringBuilder carets = new StringBuilder("    ");
        for (int offset = strip + 1; offset <= end; offset++) {
            if (offset <= start) carets.append(' ');
            else if (secondaryRanges && leftEnd < offset && offset <= rightStart) carets.append(secondary);
            else carets.append(primary);
        }
        out.append(margin()).append(carets).append('\n');
    }

    /** extract_anchors_from_line: the operator of a BinOp, or the brackets of a Subscript. */
    private static int[] anchors(String line, int start, int end) {
        if (start > end || end > line.length()) return null;
        String segment = line.substring(start, end);
        Node stmt;
        try {
            Node mod = AstAdapter.toNode(Parser.parse(segment, "<string>", Parser.Mode.EXEC));
            List<Node> body = mod.list("body");
            if (body.size() != 1) return null;
            stmt = body.get(0);
        } catch (RuntimeException ex) {
            return null;
        }
        if (!stmt.is("Expr")) return null;
        Node expr = stmt.node("value");
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left, right;
        if (expr.is("BinOp")) {
            Node l = expr.node("left"), r = expr.node("right");
            left = -1;
            right = -1;
            for (int i = l.endColOffset; i < r.colOffset; i++) {
                if (isWs(seg[i])) continue;
                left = i;
                right = i + 1;
                if (i + 1 < r.colOffset && !isWs(seg[i + 1])) right++;
                if (i + 1 < r.colOffset && seg[i] == ')') continue;
                break;
            }
            if (left < 0) return null;
        } else if (expr.is("Subscript")) {
            left = expr.node("value").endColOffset;
            right = expr.node("slice").endColOffset + 1;
            int len = seg.length;
            while (left < len && (isWs(seg[left]) || seg[left] != '[')) left++;
            while (right < len && (isWs(seg[right]) || seg[right] != ']')) right++;
            if (right < len) right++;
        } else {
            return null;
        }
        return new int[] {charOffset(segment, left) + start, charOffset(segment, right) + start};
    }

    private static boolean isWs(byte b) {
        return b == ' ' || b == '\t' || b == '\f';
    }

    /** Character offset of a UTF-8 byte offset in {@code s} (_PyPegen_byte_offset_to_character_offset). */
    static int charOffset(String s, int byteOffset) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (byteOffset > b.length) byteOffset = b.length;
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).codePointCount(0,
                new String(b, 0, byteOffset, StandardCharsets.UTF_8).length());
    }

    private static LocationTable.Position positionAt(dev.glassbox.bytecode.CodeUnit code, int lasti) {
        List<LocationTable.Position> ps = code.positions();
        int idx = lasti / 2;
        return idx >= 0 && idx < ps.size() ? ps.get(idx) : null;
    }

    private String sourceLine(String filename, int lineno) {
        return sourceLine(sources, filename, lineno);
    }

    /** Line {@code lineno} of a registered source or of the file, without its newline; null if unknown. */
    static String sourceLine(Map<String, List<String>> sources, String filename, int lineno) {
        if (lineno < 1) return null;
        List<String> lines = sources == null ? null : sources.get(filename);
        if (lines == null) {
            if (filename.startsWith("<") && filename.endsWith(">")) return null;
            try {
                byte[] data = Files.readAllBytes(Path.of(filename));
                String text = dev.glassbox.tokenize.SourceReader.decodeBytes(data, filename).text();
                lines = List.of(text.split("\r\n|\r|\n", -1));
            } catch (Exception ex) {
                return null;
            }
        }
        return lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    private void printSyntaxErrorLines(ExcFields.SyntaxError se) {
        PyObject fn = se.filename(), ln = se.lineno(), text = se.text(), off = se.offset();
        String file = fn instanceof PyStr s ? s.value : "<string>";
        String lineStr = ln instanceof dev.glassbox.objects.PyInt i ? i.toString() : null;
        if (lineStr != null) out.append("  File \"").append(file).append("\", line ").append(lineStr).append('\n');
        if (text instanceof PyStr t) printErrorText(se, t.value, off);
    }

    /**
     * pythonrun.c's print_exception / print_error_text: the source line and its carets. As
     * CPython, it measures the text in UTF-8 bytes while the offsets count characters.
     */
    private void printErrorText(ExcFields.SyntaxError se, String textStr, PyObject off) {
        byte[] text = textStr.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long offset = off instanceof dev.glassbox.objects.PyInt o ? o.value : -1;
        PyObject eo = se.endOffset(), el = se.endLineno(), ln = se.lineno();
        long endOffset = eo instanceof dev.glassbox.objects.PyInt e2 ? e2.value : -1;
        long lineno = ln instanceof dev.glassbox.objects.PyInt l ? l.value : -1;
        long endLineno = el instanceof dev.glassbox.objects.PyInt e3 ? e3.value : lineno;
        long lineSize = text.length;
        // A location spanning lines is marked to the end of the first one.
        if (endLineno > lineno) endOffset = lineSize;
        if (endOffset > lineSize + 1) endOffset = lineSize + 1;
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') len--;
        if (offset > len) offset = len;
        // Skip past the lines embedded in the text before the offset.
        while (true) {
            int nl = -1;
            for (int k = start; k < text.length; k++) if (text[k] == '\n') { nl = k - start; break; }
            if (nl < 0 || nl >= offset) break;
            start += nl + 1;
            len -= nl + 1;
            offset -= nl + 1;
        }
        out.append("    ").append(new String(text, start, text.length - start, java.nio.charset.StandardCharsets.UTF_8));
        if (start + len >= text.length || text[start + len] != '\n') out.append('\n');
        if (offset < 0) return;
        StringBuilder b = new StringBuilder("    ");
        for (long i = 0; i < offset; i++) b.append(' ');
        for (long i = 0; i < carets; i++) b.append('^');
        out.append(b).append('\n');
    }
}
