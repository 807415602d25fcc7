package dev.glassbox.imports;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PySet;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;
import dev.glassbox.parse.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * PEP 810's lazy object ({@code types.LazyImportType}): what {@code lazy import m} and
 * {@code lazy from m import x} bind. It is reified — the import done, the name rebound to the
 * real object — the first time the name is loaded from the module's globals or read as an
 * attribute of the module, or by {@link #resolve()}. {@code IMPORT_FROM} on a lazy module gives
 * a lazy attribute, so {@code lazy import a.b as c} and {@code lazy from} need no new opcode.
 */
@Exposed.Type(name = "lazy_import", module = "types")
public final class LazyImport extends PyObject {
    public static final PyType TYPE = PyType.fromClass(LazyImport.class);

    /** -X lazy_imports[=normal|none]: the syntax is on; "none" makes lazy imports eager. */
    private static boolean eager;

    private final String name;
    private final PyDict globals;
    private final PyObject fromlist;
    private final int level;
    /** Attribute names taken by IMPORT_FROM after the import (empty: the import's own result). */
    private final List<String> attrs;
    private PyObject value;

    private LazyImport(String name, PyDict globals, PyObject fromlist, int level, List<String> attrs) {
        super(TYPE);
        this.name = name;
        this.globals = globals;
        this.fromlist = fromlist;
        this.level = level;
        this.attrs = attrs;
        Heap.xincref(globals);
        Heap.xincref(fromlist);
    }

    /** Reads {@code -X lazy_imports[=MODE]} and PYTHON_LAZY_IMPORTS at start-up. */
    public static void configure(List<String> xoptions) {
        String mode = System.getenv("PYTHON_LAZY_IMPORTS");
        for (String o : xoptions) {
            if (o.equals("lazy_imports")) mode = "normal";
            else if (o.startsWith("lazy_imports=")) mode = o.substring("lazy_imports=".length());
        }
        if (mode == null || mode.isEmpty()) return;
        Parser.lazyImports = true;
        eager = mode.equals("none");
    }

    /** sys.lazy_modules: the names of the modules imported lazily so far (created when first needed). */
    private static PySet lazyModules() {
        PyObject s = Importer.sysAttr("lazy_modules");
        if (s instanceof PySet set) return set;
        PySet set = new PySet();
        dev.glassbox.vm.Builtins.sys().dict().setItem("lazy_modules", set);
        return set;
    }

    /** IMPORT_NAME with a lazy level: the lazy object (or, under lazy_imports=none, the eager import). */
    public static PyObject create(String name, PyDict globals, PyObject fromlist, int level) {
        if (eager) return Importer.importModuleLevel(name, globals, fromlist, level);
        String abs = level > 0 ? Importer.resolveName(name, globals, level) : name;
        lazyModules().add(PyStr.of(abs));
        return new LazyImport(name, globals, fromlist, level, List.of());
    }

    /** IMPORT_FROM on a lazy object: a lazy attribute of it. */
    PyObject attr(PyStr attr) {
        List<String> more = new ArrayList<>(attrs);
        more.add(attr.value);
        return new LazyImport(name, globals, fromlist, level, more);
    }

    /** The real object, importing now if needed. */
    public PyObject reify() {
        if (value != null) return value;
        PyObject v;
        boolean outer = Importer.reifying;
        Importer.reifying = true;
        try {
            v = Importer.importModuleLevel(name, globals, fromlist, level);
        } finally {
            Importer.reifying = outer;
        }
        for (String a : attrs) v = Importer.importFrom(v, PyStr.intern(a));
        Heap.incref(v);
        value = v;
        return v;
    }

    /** LOAD_GLOBAL/LOAD_NAME found this under {@code key} in {@code dict}: reify and rebind there. */
    public PyObject reifyInto(PyDict dict, PyStr key) {
        PyObject v = reify();
        if (dict.getItemStr(key) == this) dict.setItem(key, v);
        return v;
    }

    @Exposed.Method(sig = "($self, /)", doc = "Resolve the lazy import and return the actual value.")
    public PyObject resolve() {
        return reify();
    }

    @Exposed.Method
    public PyObject __repr__() {
        StringBuilder b = new StringBuilder("<lazy_import '");
        for (int i = 0; i < level; i++) b.append('.');
        b.append(name);
        for (String a : attrs) b.append('.').append(a);
        return PyStr.of(b.append("'>").toString());
    }

    @Override
    public void traverse(Visitor v) {
        if (globals != null) v.visit(globals);
        if (fromlist != null) v.visit(fromlist);
        if (value != null) v.visit(value);
    }

    @Override
    public void release(Releaser r) {
        if (value != null) r.release(value);
        if (fromlist != null) r.release(fromlist);
        if (globals != null) r.release(globals);
    }

}
