package dev.glassbox.kernel.session;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.Disassembler;
import dev.glassbox.imports.Importer;
import dev.glassbox.kernel.display.HtmlTable;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.memory.CycleCollector;
import dev.glassbox.memory.Gc;
import dev.glassbox.memory.Heap;
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
import java.util.HashMap;
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
            long n = CycleCollector.collectWithCallbacks(gen);
            note = "Collected generation " + gen + ": " + n + " unreachable objects.\n\n";
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Gc.NUM_GENERATIONS; i++) {
            Gc.Generation g = Gc.generations[i];
            rows.add(List.of(Integer.toString(i), Integer.toString(g.count), Integer.toString(g.threshold),
                    Integer.toString(Gc.size(g)), Long.toString(CycleCollector.collections[i]),
                    Long.toString(CycleCollector.collected[i]), Long.toString(CycleCollector.uncollectable[i])));
        }
        rows.add(List.of("permanent", "", "", Integer.toString(Gc.size(Gc.permanent)), "", "", ""));
        List<String> headers = List.of("generation", "count", "threshold", "tracked", "collections", "collected", "uncollectable");
        Map<String, Object> t = MimeBundle.table(headers, rows);
        List<long[]> hist = CycleCollector.history;
        StringBuilder h = new StringBuilder();
        h.append("gc ").append(Gc.enabled ? "enabled" : "disabled").append("; ").append(hist.size()).append(" collections so far");
        List<List<String>> last = new ArrayList<>();
        for (int i = Math.max(0, hist.size() - 10); i < hist.size(); i++) {
            long[] r = hist.get(i);
            last.add(List.of(Long.toString(r[1]), Long.toString(r[2]), Long.toString(r[3]), String.format("%.3f", r[4] / 1e6)));
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
        // Snapshot the generations first: sizes are asked of the objects afterwards, and asking
        // must not walk lists that a deallocation could change.
        List<PyObject> objects = new ArrayList<>();
        List<Gc.Generation> gens = new ArrayList<>(Arrays.asList(Gc.generations));
        gens.add(Gc.permanent);
        for (Gc.Generation g : gens) {
            for (PyObject o = g.head.gcNext; o != null && o != g.head; o = o.gcNext) objects.add(o);
        }
        Map<String, long[]> byType = new HashMap<>();     // {objects, bytes}
        long total = 0, totalBytes = 0;
        for (PyObject o : objects) {
            long size = sizeOf(o);
            long[] c = byType.computeIfAbsent(o.type == null ? "?" : typeName(o), k -> new long[2]);
            c[0]++;
            c[1] += size;
            total++;
            totalBytes += size;
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(byType.entrySet());
        sorted.sort((x, y) -> x.getValue()[1] != y.getValue()[1] ? Long.compare(y.getValue()[1], x.getValue()[1])
                : x.getKey().compareTo(y.getKey()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(25, sorted.size()); i++) {
            Map.Entry<String, long[]> e = sorted.get(i);
            rows.add(List.of(e.getKey(), Long.toString(e.getValue()[0]), Long.toString(e.getValue()[1]),
                    String.format("%.1f%%", 100.0 * e.getValue()[1] / Math.max(1, totalBytes))));
        }
        Map<String, Object> census = MimeBundle.table(List.of("type", "objects", "bytes", "share of bytes"), rows);
        var al = Heap.allocator;
        String summary = String.format("%d GC-tracked objects of %d types, %d bytes as sys.getsizeof counts them "
                        + "(top %d by size shown); allocator: %d blocks in use, "
                        + "%d arenas (%d allocated, %d freed in total), %d bytes from the system",
                total, byType.size(), totalBytes, rows.size(), al.allocatedBlocks(), al.arenaCount(), al.arenasAllocatedTotal(),
                al.arenasFreedTotal(), al.systemBytes());
        long[][] sc = al.sizeClassStats();
        List<List<String>> classes = new ArrayList<>();
        for (int i = 0; i < sc.length; i++) {
            if (sc[i][0] == 0) continue;
            classes.add(List.of(Integer.toString((i + 1) * dev.glassbox.memory.Allocator.ALIGNMENT), Long.toString(sc[i][0]),
                    Long.toString(sc[i][1]), Long.toString(sc[i][2])));
        }
        Map<String, Object> cls = MimeBundle.table(List.of("block size", "pools", "blocks used", "blocks free"), classes);
        String plain = summary + "\n\n" + census.get("text/plain") + "\n\nSize classes in use:\n" + cls.get("text/plain");
        String html = "<p>" + HtmlTable.escape(summary) + "</p>" + census.get("text/html") + "<p>Size classes in use:</p>"
                + cls.get("text/html");
        return MimeBundle.textAndHtml(plain, html);
    }

    /**
     * sys.getsizeof(o) for the census, without running Python code: a class's own
     * {@code __sizeof__} written in Python is not called (the built-in one it inherits is).
     */
    private static long sizeOf(PyObject o) {
        try {
            PyObject m = o.type.special(dev.glassbox.objects.SpecialMethod.__sizeof__);
            if (!(m instanceof dev.glassbox.objects.PyMethodDescr) && o.type.mro != null) {
                for (dev.glassbox.objects.PyType t : o.type.mro) {
                    PyObject own = t.dict == null ? null : t.dict.getItemStr("__sizeof__");
                    if (own instanceof dev.glassbox.objects.PyMethodDescr) {
                        m = own;
                        break;
                    }
                }
            }
            if (!(m instanceof dev.glassbox.objects.PyMethodDescr)) return 0;
            long size = Abstract.indexAsLong(Abstract.callSpecial(m, o));
            if ((o.type.flags & dev.glassbox.objects.PyType.HAVE_GC) != 0) size += 16;
            if ((o.type.flags & dev.glassbox.objects.PyType.MANAGED_DICT) != 0) size += 16;
            return size;
        } catch (PyException e) {
            return 0;
        }
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
                    String.format("%.2f", r.nanosSelf() / 1e6), String.format("%.2f", r.nanosCumulative() / 1e6),
                    r.importer() == null ? "" : r.importer(), r.lazy() ? "lazy, reified" : ""));
        }
        Map<String, Object> t = MimeBundle.table(List.of("order", "module", "origin", "file", "self ms", "cumulative ms",
                "imported by", "lazy"), rows);
        String more = "sys.modules holds " + mods.size() + " modules; set up before the first import: "
                + String.join(", ", others.keySet());
        return MimeBundle.textAndHtml(t.get("text/plain") + "\n\n" + more,
                t.get("text/html") + "<p>" + HtmlTable.escape(more) + "</p>");
    }
}
