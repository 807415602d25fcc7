package dev.glassbox.kernel.session;

import dev.glassbox.imports.Importer;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.vm.Builtins;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells' sources in {@code linecache}, as IPython's compiler puts them there
 * ({@code CachingCompiler.cache}): an entry {@code (size, None, lines, name)} per cell name, whose
 * mtime None keeps it through {@code checkcache}. Python code that reads source through
 * linecache — {@code inspect.getsource}, {@code traceback}, {@code pdb}, {@code warnings} — then
 * sees the cells' lines. Entries go in when a cell is registered if linecache is loaded, and all
 * at once when linecache is first imported, so importing it in the same cell works too.
 */
final class CellSources {
    private final Map<String, String> cells = new LinkedHashMap<>();

    CellSources() {
        Importer.addLoadListener(m -> {
            if (m.name().equals("linecache")) for (var e : cells.entrySet()) put(m, e.getKey(), e.getValue());
        });
    }

    /** The source registered under {@code name}, or null when it is not a cell's. */
    String source(String name) {
        return cells.get(name);
    }

    void register(String name, String source) {
        cells.put(name, source);
        PyObject lc = ((PyDict) Builtins.sysAttr("modules")).getItemStr("linecache");
        if (lc instanceof PyModule m) put(m, name, source);
    }

    private static void put(PyModule linecache, String name, String source) {
        if (!(linecache.dict().getItemStr("cache") instanceof PyDict cache)) return;
        PyList lines = new PyList();
        for (String line : source.split("(?<=\n)")) {
            if (!line.isEmpty()) lines.append(PyStr.of(line.endsWith("\n") ? line : line + "\n"));
        }
        cache.setItem(name, PyTuple.of(PyInt.of(source.codePointCount(0, source.length())), PyNone.NONE, lines, PyStr.of(name)));
    }
}
