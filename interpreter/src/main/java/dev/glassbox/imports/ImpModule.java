package dev.glassbox.imports;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.Hashing;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.vm.PyCode;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@code _imp} (Python/import.c): the low-level pieces importlib's bootstrap calls. Built-in
 * modules are the runtime's Java modules; "frozen" modules are the frozen importlib itself and
 * the runtime's bundled Python modules (resources of the jar), found before {@code sys.path}
 * because FrozenImporter precedes PathFinder on {@code sys.meta_path}.
 */
@Exposed.Module(name = "_imp", doc = "(Extremely) low-level import machinery bits as used by importlib and imp.")
public final class ImpModule {
    private ImpModule() {}

    private static final ReentrantLock LOCK = new ReentrantLock();

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ImpModule.class);
        m.dict().setItem("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

    private static String str(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) throw Errors.typeError("%s() argument must be str, not %s", fn, o.type.name);
        return s.value;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Return True if the import lock is currently held, else False.\n\n"
            + "On platforms without threads, return False.")
    public static PyObject lock_held() {
        return PyBool.of(LOCK.isLocked());
    }

    @Exposed.Function(sig = "($module, /)", doc = "Acquires the interpreter's import lock for the current thread.\n\n"
            + "This lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing.")
    public static PyObject acquire_lock() {
        LOCK.lock();
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /)", doc = "Release the interpreter's import lock.\n\nOn platforms without threads, this function does nothing.")
    public static PyObject release_lock() {
        if (!LOCK.isHeldByCurrentThread()) throw Errors.raise(ExceptionTypes.RuntimeError, "not holding the import lock");
        LOCK.unlock();
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "Returns True if the module name corresponds to a built-in module.")
    public static PyObject is_builtin(PyObject name) {
        String n = str(name, "is_builtin");
        // sys and builtins cannot be re-initialised (-1), as import.c's table marks them.
        if (n.equals("sys") || n.equals("builtins")) return PyInt.of(-1);
        return PyInt.of(Importer.isBuiltin(n) ? 1 : 0);
    }

    @Exposed.Function(sig = "($module, spec, /)", doc = "Create an extension module.")
    public static PyObject create_builtin(PyObject spec) {
        PyObject nameObj = Abstract.getAttr(spec, "name");
        if (!(nameObj instanceof PyStr ns)) throw Errors.typeError("name must be string, not %s", nameObj.type.name);
        String name = ns.value;
        if (name.equals("sys") || name.equals("builtins")) {
            PyObject m = Importer.sysModules().getItemStr(name);
            if (m != null) return m;
        }
        Supplier<PyModule> factory = Importer.builtinFactory(name);
        if (factory == null) return PyNone.NONE;
        Importer.noteOrigin(name, "built-in");
        return factory.get();
    }

    @Exposed.Function(sig = "($module, mod, /)", doc = "Initialize a built-in module.")
    public static PyObject exec_builtin(PyObject mod) {
        return PyInt.of(0);
    }

    @Exposed.Function(sig = "($module, spec, file=None, /)", doc = "Create an extension module.")
    public static PyObject create_dynamic(PyObject spec, PyObject file) {
        PyObject name = Abstract.getAttr(spec, "name");
        PyObject origin = Abstract.lookupAttr(spec, PyStr.intern("origin"));
        PyException e = Errors.raise(ExceptionTypes.ImportError, "extension modules are not supported by Glassbox: %s",
                origin instanceof PyStr o ? o.value : name.toString());
        ((dev.glassbox.objects.ExcFields.ImportError) e.value).setName(name);
        throw e;
    }

    @Exposed.Function(sig = "($module, mod, /)", doc = "Initialize an extension module.")
    public static PyObject exec_dynamic(PyObject mod) {
        return PyInt.of(0);
    }

    @Exposed.Function(sig = "($module, /)", doc = "Returns the list of file suffixes used to identify extension modules.")
    public static PyObject extension_suffixes() {
        // No C extension can load into this runtime, so the path finder looks for none.
        return new PyList();
    }

    // ------------------------------------------------------------------ frozen (bundled) modules

    @Exposed.Function(sig = "($module, name, /)", doc = "Returns True if the module name corresponds to a frozen module.")
    public static PyObject is_frozen(PyObject name) {
        return PyBool.of(Frozen.find(str(name, "is_frozen")) != null);
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "Returns True if the module name is of a frozen package.")
    public static PyObject is_frozen_package(PyObject name) {
        Frozen.Entry e = Frozen.find(str(name, "is_frozen_package"));
        if (e == null) throw notFrozen(((PyStr) name).value);
        return PyBool.of(e.isPackage());
    }

    private static PyException notFrozen(String name) {
        PyException e = Errors.raise(ExceptionTypes.ImportError, "No such frozen object named '%s'", name);
        ((dev.glassbox.objects.ExcFields.ImportError) e.value).setName(PyStr.of(name));
        return e;
    }

    @Exposed.Function(sig = "($module, name, /, *, withdata=False)", doc = "Return info about the corresponding frozen module (if there is one) or None.\n\n"
            + "The returned info (a 2-tuple):\n\n"
            + " * data         the raw marshalled bytes\n"
            + " * is_package   whether or not it is a package\n"
            + " * origname     the originally frozen module's name, or None if not\n"
            + "                a stdlib module (this will usually be the same as\n"
            + "                the module's current name)")
    public static PyObject find_frozen(PyObject name, PyObject withdata) {
        Frozen.Entry e = Frozen.find(str(name, "find_frozen"));
        if (e == null) return PyNone.NONE;
        PyObject data = withdata != null && Abstract.isTrue(withdata)
                ? PyBytes.of(MarshalModule.dumpsBytes(Frozen.code(e))) : PyNone.NONE;
        return PyTuple.of(data, PyBool.of(e.isPackage()), e.origname() == null ? PyNone.NONE : PyStr.of(e.origname()));
    }

    @Exposed.Function(sig = "($module, name, data=None, /)", doc = "Create a code object for a frozen module.")
    public static PyObject get_frozen_object(PyObject name, PyObject data) {
        if (data != null && data != PyNone.NONE) return MarshalModule.loadsBytes(BytesOps.bytesOf(data));
        String n = str(name, "get_frozen_object");
        Frozen.Entry e = Frozen.find(n);
        if (e == null) throw notFrozen(n);
        Importer.noteOrigin(n, "bundled");
        return Frozen.code(e);
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "Initializes a frozen module.")
    public static PyObject init_frozen(PyObject name) {
        String n = str(name, "init_frozen");
        Frozen.Entry e = Frozen.find(n);
        if (e == null) return PyNone.NONE;
        return Frozen.execFresh(n, e);
    }

    @Exposed.Function(sig = "($module, /)", doc = "Returns the list of available frozen modules.")
    public static PyObject _frozen_module_names() {
        PyList l = new PyList();
        for (String n : Frozen.names()) l.append(PyStr.of(n));
        return l;
    }

    @Exposed.Function(sig = "($module, override, /)", doc = "(internal-only) Override PyConfig.use_frozen_modules.\n\n"
            + "(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.")
    public static PyObject _override_frozen_modules_for_tests(PyObject override) {
        return PyNone.NONE;
    }

    // ------------------------------------------------------------------ bytecode files

    @Exposed.Function(sig = "($module, code, path, /)", doc = "Changes code.co_filename to specify the passed-in file path.\n\n"
            + "  code\n    Code object to change.\n  path\n    File path to use.")
    public static PyObject _fix_co_filename(PyObject code, PyObject path) {
        if (!(code instanceof PyCode c)) throw Errors.typeError("_fix_co_filename() argument 1 must be code, not %s", code.type.name);
        String p = str(path, "_fix_co_filename");
        // Only a module loaded from a bytecode file passes here (_compile_bytecode): note it.
        Importer.noteCachedLoad(p);
        if (!c.unit.filename.equals(p)) c.setFilename(p);
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, /, key, source)", doc = "")
    public static PyObject source_hash(PyObject key, PyObject source) {
        long k = Abstract.indexAsLong(key);
        long h = Hashing.keyedHash(k, BytesOps.bytesOf(source));
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
        return PyBytes.of(out);
    }

}
