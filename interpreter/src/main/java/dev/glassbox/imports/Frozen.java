package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "frozen" modules: CPython's importlib._bootstrap and _bootstrap_external (read from
 * CPython's Lib, compiled as {@code <frozen importlib._bootstrap>} as CPython freezes them) and
 * the runtime's bundled Python modules (jar resources under {@code dev/glassbox/lib}).
 *
 * <p>CPython freezes these at build time; here they are compiled on first use and their code
 * kept in the user's cache folder ({@code $XDG_CACHE_HOME/glassbox}, else
 * {@code ~/.cache/glassbox}) in the bytecode cache's format, so later starts only unmarshal.
 */
final class Frozen {
    private Frozen() {}

    /** A frozen module: {@code source} is a file of CPython's Lib, or null for a jar resource. */
    record Entry(String name, String origname, boolean isPackage, Path source, String resource) {}

    private static final String RESOURCES = "/dev/glassbox/lib/";
    private static final Map<String, Entry> found = new HashMap<>();
    private static final Map<String, PyCode> codes = new HashMap<>();
    static String stdlib;

    static Entry find(String name) {
        if (found.containsKey(name)) return found.get(name);
        Entry e = lookup(name);
        found.put(name, e);
        return e;
    }

    private static Entry lookup(String name) {
        if (stdlib != null) {
            if (name.equals("_frozen_importlib")) {
                return new Entry(name, "importlib._bootstrap", false, Path.of(stdlib, "importlib", "_bootstrap.py"), null);
            }
            if (name.equals("_frozen_importlib_external")) {
                return new Entry(name, "importlib._bootstrap_external", false,
                        Path.of(stdlib, "importlib", "_bootstrap_external.py"), null);
            }
        }
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..") || name.contains("/")) return null;
        String base = RESOURCES + name.replace('.', '/');
        if (Frozen.class.getResource(base + "/__init__.py") != null) return new Entry(name, null, true, null, base + "/__init__.py");
        if (Frozen.class.getResource(base + ".py") != null) return new Entry(name, null, false, null, base + ".py");
        return null;
    }

    static List<String> names() {
        List<String> l = new ArrayList<>();
        if (stdlib != null) {
            l.add("_frozen_importlib");
            l.add("_frozen_importlib_external");
        }
        return l;
    }

    /** The code of a frozen module: the same object on each call, as CPython's frozen table gives the same bytes. */
    static PyCode code(Entry e) {
        PyCode c = codes.get(e.name());
        if (c != null) return c;
        c = loadCached(e);
        if (c == null) {
            byte[] src = source(e);
            String filename = "<frozen " + (e.origname() != null ? e.origname() : e.name()) + ">";
            c = Runtime.get().compile(src, filename, "exec", 0);
            storeCached(e, src, c);
        }
        Heap.incref(c);
        codes.put(e.name(), c);
        return c;
    }

    private static byte[] source(Entry e) {
        try {
            if (e.source() != null) return Files.readAllBytes(e.source());
            try (InputStream in = Frozen.class.getResourceAsStream(e.resource())) {
                return in.readAllBytes();
            }
        } catch (IOException | NullPointerException x) {
            throw Errors.systemError("cannot read frozen module %s", e.name());
        }
    }

    /** init_frozen: a fresh module run from the frozen code, put in sys.modules. */
    static PyObject execFresh(String name, Entry e) {
        PyCode c = code(e);
        PyModule m = PyModule.create(name);
        if (e.isPackage()) m.dict().setItem("__path__", new PyList());
        PyDict modules = Importer.sysModules();
        modules.setItem(name, m);
        Interpreter.current().runCode(c, m.dict(), m.dict());
        return modules.getItemStr(name);
    }

    // ------------------------------------------------------------------ the frozen-code cache

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "glassbox");
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? null : Path.of(home, ".cache", "glassbox");
    }

    private static Path cacheFile(Entry e) {
        Path dir = cacheDir();
        if (dir == null) return null;
        String where = e.source() != null ? e.source().toString() : e.resource();
        return dir.resolve(e.name() + "-" + Integer.toHexString(where.hashCode()) + "." + PycFormat.CACHE_TAG + ".pyc");
    }

    /** Header: magic, flags 0, then the source's mtime and size (or 0 and the size for a resource). */
    private static byte[] header(Entry e, long size) throws IOException {
        long mtime = e.source() != null ? Files.getLastModifiedTime(e.source()).toMillis() / 1000 : 0;
        return PycFormat.header(mtime, size);
    }

    private static PyCode loadCached(Entry e) {
        Path f = cacheFile(e);
        if (f == null || !Files.isRegularFile(f)) return null;
        try {
            long size = e.source() != null ? Files.size(e.source()) : source(e).length;
            byte[] data = Files.readAllBytes(f);
            byte[] want = header(e, size);
            if (data.length < 16 || !java.util.Arrays.equals(data, 0, 16, want, 0, 16)) return null;
            PyObject code = MarshalModule.loadsBytes(java.util.Arrays.copyOfRange(data, 16, data.length));
            return code instanceof PyCode c ? c : null;
        } catch (IOException | RuntimeException x) {
            return null;  // a bad cache file is ignored and rewritten
        }
    }

    private static void storeCached(Entry e, byte[] src, PyCode c) {
        Path f = cacheFile(e);
        if (f == null) return;
        try {
            Files.createDirectories(f.getParent());
            byte[] body = MarshalModule.dumpsBytes(c);
            byte[] head = header(e, src.length);
            Path tmp = Files.createTempFile(f.getParent(), e.name(), ".tmp");
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            Files.write(tmp, all);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException x) {
            // an unwritable cache folder is skipped, as CPython skips an unwritable __pycache__
        }
    }

}
