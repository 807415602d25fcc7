package dev.glassbox.vm;

import dev.glassbox.imports.Importer;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.SpecialMethod;
import dev.glassbox.objects.StrRepr;

/**
 * The VM's view of the builtins and sys modules: where {@code __builtins__} comes from, name
 * lookup in it, and the import instructions' entry into {@link Importer}.
 */
public final class Builtins {
    private Builtins() {}

    private static PyModule builtinsModule;
    private static PyModule sysModule;

    public static void install(PyModule builtins, PyModule sys) {
        builtinsModule = builtins;
        sysModule = sys;
        Heap.incref(builtins);
        Heap.incref(sys);
    }

    public static PyDict builtinsDict() {
        return builtinsModule.dict();
    }

    public static PyModule sys() {
        return sysModule;
    }

    /** A frame's builtins: globals['__builtins__'] (a module or a dict), else the interpreter's. */
    static PyObject forGlobals(PyDict globals) {
        PyObject b = globals.getItemStr("__builtins__");
        if (b instanceof PyModule m) return m.dict();
        if (b instanceof PyDict) return b;
        return builtinsDict();
    }

    static PyObject lookupIn(PyObject builtins, PyStr name) {
        if (builtins instanceof PyDict d) return d.getItemStr(name);
        try {
            return Abstract.getItem(builtins, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) return null;
            throw e;
        }
    }

    static PyObject lookup(Frame f, String name) {
        return lookupIn(f.builtins, PyStr.intern(name));
    }

    /** sys.NAME, or null. */
    public static PyObject sysAttr(String name) {
        return sysModule == null ? null : sysModule.dict().getItemStr(name);
    }

    static PyObject importName(Frame f, PyStr name, PyObject fromlist, PyObject level) {
        // PEP 810: the compiler marks a lazy import with a negative level
        long lv = ((PyInt) level).value;
        if (lv < 0) return dev.glassbox.imports.LazyImport.create(name.value, f.globals, fromlist, (int) (-lv - 1));
        PyObject imp = lookupIn(f.builtins, PyStr.intern("__import__"));
        if (imp == null) throw Errors.raise(ExceptionTypes.ImportError, "__import__ not found");
        PyObject locals = f.locals == null ? PyNone.NONE : f.locals;
        if (imp == builtinsDict().getItemStr("__import__")) {
            return Importer.importModuleLevel(name.value, f.globals, fromlist, (int) ((PyInt) level).value);
        }
        return Abstract.call(imp, name, f.globals, locals, fromlist, level);
    }

    static PyObject importFrom(PyObject module, PyStr name) {
        return Importer.importFrom(module, name);
    }

    static void importStar(Frame f, PyObject module) {
        if (f.locals == null) throw Errors.systemError("no locals found during 'import *'");
        Importer.importAllFrom(module, f.locals);
    }

    /** ascii(o): repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        String r = Abstract.repr(o).value;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) b.append((char) c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return PyStr.of(b.toString());
    }

    /** format(value, spec). */
    public static PyStr format(PyObject value, PyObject spec) {
        PyObject m = value.type.special(SpecialMethod.__format__);
        if (m == null) throw Errors.typeError("Type %s doesn't define __format__", value.type.qualname);
        PyObject r = Abstract.callSpecial(m, value, spec);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type.qualname);
        }
        return s;
    }

    static String reprOf(String s) {
        return StrRepr.repr(s);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }
}
