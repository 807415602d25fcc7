package dev.glassbox.kernel.session;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.Disassembler;
import dev.glassbox.imports.Importer;
import dev.glassbox.kernel.display.HtmlTable;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.memory.Gc;
import dev.glassbox.introspect.MemoryReport;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Builtins;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real runtime's reports for the kernel's introspection magics: {@code %who}/{@code %whos}
 * (IPython's {@code NamespaceMagics} layout), {@code %dis} (the runtime's own disassembler),
 * {@code %gc} (the cycle collector's generations and history), {@code %heap} (tracked objects by
 * type and the allocator's arenas and size classes) and {@code %modules} (the import records).
 * Every report is text/plain plus text/html; all of it runs on the VM thread.
 */
final class Introspector {
    private final Runtime rt;
    private final Runnable reset;

    Introspector(Runtime rt, Runnable reset) {
        this.rt = rt;
        this.reset = reset;
    }

    Map<String, Object> report(String magic, String args, String body) {
        switch (magic) {
            case "who": return who(args);
            case "whos": return whos(args);
            case "reset": reset.run(); return Map.of();
            case "dis": return dis(args, body);
            case "gc": return gc(args);
            case "heap": return heap();
            case "modules": return modules();
            case "tokens": return FrontEndReports.tokens(args, body);
            case "ast": return FrontEndReports.ast(args, body);
            default: return null;
        }
    }

    /** The interactive names, IPython's rule: not starting with "_", optionally of given type names. */
    private List<String[]> names(String args) {
        List<String> types = args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+"));
        PyDict d = rt.main.dict();
        List<String[]> out = new ArrayList<>();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            String name = d.keyAt(e).toString();
            if (name.startsWith("_")) continue;
            PyObject v = d.valueAt(e);
            String type = typeName(v);
            if (!types.isEmpty() && !types.contains(type)) continue;
            out.add(new String[] {name, type, info(v, type)});
        }
        out.sort((a, b) -> a[0].compareTo(b[0]));
        return out;
    }

    /** type(v).__name__ */
    private static String typeName(PyObject v) {
        String n = v.type.name;
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** whos's Data/Info column: n=len for dict/list/tuple, else str() cut to 25 + "<...>" + 25. */
    private static String info(PyObject v, String type) {
        try {
            if (type.equals("dict") || type.equals("list") || type.equals("tuple")) return "n=" + Abstract.length(v);
            String s = Abstract.str(v).value.replace("\n", "\\n");
            return s.length() < 50 ? s : s.substring(0, 25) + "<...>" + s.substring(s.length() - 25);
        } catch (PyException e) {
            return "<unprintable " + type + ">";
        }
    }

    private Map<String, Object> who(String args) {
        List<String[]> names = names(args);
        if (names.isEmpty()) return empty(args);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (String[] n : names) {
            sb.append(n[0]).append("\t ");
            if (++count > 8) { // IPython breaks the line after the ninth name
                count = 0;
                sb.append('\n');
            }
        }
        StringBuilder html = new StringBuilder("<p>");
        for (String[] n : names) html.append("<code>").append(HtmlTable.escape(n[0])).append("</code> ");
        return MimeBundle.textAndHtml(sb.toString(), html.append("</p>").toString());
    }

    private static Map<String, Object> empty(String args) {
        String m = args.isEmpty() ? "Interactive namespace is empty." : "No variables match your requested type.";
        return MimeBundle.textAndHtml(m, "<p>" + m + "</p>");
    }

    private Map<String, Object> whos(String args) {
        List<String[]> names = names(args);
        if (names.isEmpty()) return empty(args);
        int vw = 8, tw = 4;
        for (String[] n : names) {
            vw = Math.max(vw, n[0].length());
            tw = Math.max(tw, n[1].length());
        }
        vw += 3;
        tw += 3;
        StringBuilder sb = new StringBuilder();
        sb.append(pad("Variable", vw)).append(pad("Type", tw)).append(" Data/Info\n");
        sb.append("-".repeat(vw + tw + "Data/Info".length() + 1));
        List<List<String>> rows = new ArrayList<>();
        for (String[] n : names) {
            sb.append('\n').append(pad(n[0], vw)).append(pad(n[1], tw)).append(' ').append(n[2]);
            rows.add(List.of(n[0], n[1], n[2]));
        }
        return MimeBundle.textAndHtml(sb.toString(), HtmlTable.render(List.of("Variable", "Type", "Data/Info"), rows));
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    // ------------------------------------------------------------------ %dis

    private Map<String, Object> dis(String args, String body) {
        CodeUnit co;
        if (body != null) {
            co = rt.compile(body.getBytes(StandardCharsets.UTF_8), "<dis>", "exec", 0).unit;
        } else {
            if (args.isEmpty()) throw new IllegalArgumentException("%dis needs an object: %dis NAME (or a %%dis cell)");
            PyCode c = rt.compile(args.getBytes(StandardCharsets.UTF_8), "<dis>", "eval", 0);
            PyObject obj = Interpreter.current().runCode(c, rt.main.dict(), rt.main.dict());
            co = codeOf(obj);
            if (co == null) {
                throw new IllegalArgumentException("don't know how to disassemble " + typeName(obj) + " objects");
            }
        }
        StringBuilder text = new StringBuilder();
        render(Disassembler.listing(co, co.code, false), true, text);
        String plain = text.toString().stripTrailing();
        String html = "<details><summary>code info</summary><pre>" + HtmlTable.escape(Disassembler.codeInfo(co))
                + "</pre></details><pre>" + HtmlTable.escape(plain) + "</pre>";
        return MimeBundle.textAndHtml(plain, html);
    }

    /** The code of a code object, function, method (its __func__), or a str of source. */
    private CodeUnit codeOf(PyObject obj) {
        if (obj instanceof PyCode c) return c.unit;
        if (obj instanceof PyStr s) return rt.compile(s.value.getBytes(StandardCharsets.UTF_8), "<dis>", "exec", 0).unit;
        PyObject f = Abstract.lookupAttr(obj, PyStr.intern("__func__"));
        if (f != null) obj = f;
        PyObject code = Abstract.lookupAttr(obj, PyStr.intern("__code__"));
        return code instanceof PyCode c ? c.unit : null;
    }

    /** dis.dis's order: the code itself, then "Disassembly of <code ...>:" for each nested one. */
    private static void render(Disassembler.Listing l, boolean top, StringBuilder out) {
        if (!top) out.append("\nDisassembly of ").append(l.header()).append(":\n");
        out.append(Disassembler.disassemble(l.code(), l.code().code, -1, false));
        for (Disassembler.Listing child : l.children()) render(child, false, out);
    }

    // ------------------------------------------------------------------ %gc

    private Map<String, Object> gc(String args) {
        String[] a = args.isEmpty() ? new String[0] : args.split("\\s+");
        String note = "";
        if (a.length > 0) {
            if (!a[0].equals("collect") || a.length > 2) throw new IllegalArgumentException("usage: %gc [collect [generation]]");
            int gen = Gc.NUM_GENERATIONS - 1;
            if (a.length == 2) {
                try {
                    gen = Integer.parseInt(a[1]);
                } catch (NumberFormatException e) {
                    gen = -1;
                }
                if (gen < 0 || gen >= Gc.NUM_GENERATIONS) throw new IllegalArgumentException("invalid generation " + a[1]);
            }
            long n = MemoryReport.collect(gen);
            note = "Collected generation " + gen + ": " + n + " unreachable objects.\n\n";
        }
        List<List<String>> rows = new ArrayList<>();
        for (MemoryReport.Generation g : MemoryReport.generations()) {
            boolean perm = g.name().equals("permanent");
            rows.add(List.of(g.name(), perm ? "" : Integer.toString(g.count()), perm ? "" : Integer.toString(g.threshold()),
                    Integer.toString(g.tracked()), perm ? "" : Long.toString(g.collections()),
                    perm ? "" : Long.toString(g.collected()), perm ? "" : Long.toString(g.uncollectable())));
        }
        List<String> headers = List.of("generation", "count", "threshold", "tracked", "collections", "collected", "uncollectable");
        Map<String, Object> t = MimeBundle.table(headers, rows);
        List<MemoryReport.Collection> hist = MemoryReport.history();
        StringBuilder h = new StringBuilder();
        h.append("gc ").append(MemoryReport.gcEnabled() ? "enabled" : "disabled").append("; ").append(hist.size()).append(" collections so far");
        List<List<String>> last = new ArrayList<>();
        for (int i = Math.max(0, hist.size() - 10); i < hist.size(); i++) {
            MemoryReport.Collection r = hist.get(i);
            last.add(List.of(Integer.toString(r.generation()), Long.toString(r.collected()), Long.toString(r.uncollectable()),
                    String.format("%.3f", r.durationNanos() / 1e6)));
        }
        Map<String, Object> ht = last.isEmpty() ? null
                : MimeBundle.table(List.of("generation", "collected", "uncollectable", "ms"), last);
        String plain = note + t.get("text/plain") + "\n\n" + h + (ht == null ? "" : "; the last " + last.size() + ":\n" + ht.get("text/plain"));
        String html = (note.isEmpty() ? "" : "<p>" + HtmlTable.escape(note.trim()) + "</p>") + t.get("text/html")
                + "<p>" + HtmlTable.escape(h.toString()) + "</p>" + (ht == null ? "" : ht.get("text/html"));
        return MimeBundle.textAndHtml(plain, html);
    }

    // ------------------------------------------------------------------ %heap

    private Map<String, Object> heap() {
        List<MemoryReport.TypeCensus> census = MemoryReport.census();
        long total = 0, totalBytes = 0;
        for (MemoryReport.TypeCensus c : census) {
            total += c.objects();
            totalBytes += c.bytes();
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(25, census.size()); i++) {
            MemoryReport.TypeCensus e = census.get(i);
            rows.add(List.of(e.type(), Long.toString(e.objects()), Long.toString(e.bytes()),
                    String.format("%.1f%%", 100.0 * e.bytes() / Math.max(1, totalBytes))));
        }
        Map<String, Object> table = MimeBundle.table(List.of("type", "objects", "bytes", "share of bytes"), rows);
        MemoryReport.AllocatorTotals al = MemoryReport.allocator();
        String summary = String.format("%d GC-tracked objects of %d types, %d bytes as sys.getsizeof counts them "
                        + "(top %d by size shown); allocator: %d blocks in use, "
                        + "%d arenas (%d allocated, %d freed in total), %d bytes from the system",
                total, census.size(), totalBytes, rows.size(), al.blocksInUse(), al.arenas(), al.arenasAllocated(),
                al.arenasFreed(), al.systemBytes());
        List<List<String>> classes = new ArrayList<>();
        for (MemoryReport.SizeClass c : MemoryReport.sizeClasses()) {
            classes.add(List.of(Integer.toString(c.blockSize()), Long.toString(c.pools()), Long.toString(c.blocksUsed()),
                    Long.toString(c.blocksFree())));
        }
        Map<String, Object> cls = MimeBundle.table(List.of("block size", "pools", "blocks used", "blocks free"), classes);
        List<String> kept = new ArrayList<>();
        for (MemoryReport.FreeList f : MemoryReport.freeLists()) if (f.blocks() > 0) kept.add(f.name() + " " + f.blocks());
        String free = "Free lists: " + (kept.isEmpty() ? "empty" : String.join(", ", kept));
        String plain = summary + "\n\n" + table.get("text/plain") + "\n\nSize classes in use:\n" + cls.get("text/plain")
                + "\n\n" + free;
        String html = "<p>" + HtmlTable.escape(summary) + "</p>" + table.get("text/html") + "<p>Size classes in use:</p>"
                + cls.get("text/html") + "<p>" + HtmlTable.escape(free) + "</p>";
        return MimeBundle.textAndHtml(plain, html);
    }

    // ------------------------------------------------------------------ %modules

    private Map<String, Object> modules() {
        PyDict mods = (PyDict) Builtins.sysAttr("modules");
        Map<String, Importer.Record> recs = new LinkedHashMap<>();
        for (Importer.Record r : Importer.records) recs.put(r.name(), r);
        List<List<String>> rows = new ArrayList<>();
        TreeMap<String, String> others = new TreeMap<>();
        for (int e = mods.nextEntry(0); e >= 0; e = mods.nextEntry(e + 1)) {
            String name = mods.keyAt(e).toString();
            if (!recs.containsKey(name)) others.put(name, "");
        }
        for (Importer.Record r : recs.values()) {
            if (mods.getItemStr(r.name()) == null) continue;
            rows.add(List.of(Integer.toString(r.order()), r.name(), r.origin(), r.file() == null ? "" : r.file(),
                    String.format("%.2f", r.nanosSelf() / 1e6)));
        }
        Map<String, Object> t = MimeBundle.table(List.of("order", "module", "origin", "file", "load ms"), rows);
        String more = "sys.modules holds " + mods.size() + " modules; set up before the first import: "
                + String.join(", ", others.keySet());
        return MimeBundle.textAndHtml(t.get("text/plain") + "\n\n" + more,
                t.get("text/html") + "<p>" + HtmlTable.escape(more) + "</p>");
    }
}
