package dev.glassbox.modules;

import dev.glassbox.imports.Importer;

/**
 * The built-in (Java) modules of this package that the import system finds by name, registered
 * once when the runtime starts ({@code Runtime} calls {@link #registerAll} when the class is
 * present). One line per module; each module is built on its first import.
 */
public final class Registry {
    private Registry() {}

    /** The names registered here, for {@code sys.builtin_module_names}. */
    public static final String[] NAMES = {"itertools", "_collections", "_thread", "math", "_string", "_functools"};

    public static void registerAll() {
        registerModules();
        dev.glassbox.objects.Codecs.registry = CodecsModule.REGISTRY;
        // sys.builtin_module_names: every module the built-in finder knows, sorted as CPython's is.
        dev.glassbox.objects.PyModule sys = dev.glassbox.vm.Builtins.sys();
        if (sys != null) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>(Importer.builtinNames());
            names.add("builtins");
            names.add("sys");
            dev.glassbox.objects.PyObject[] items = new dev.glassbox.objects.PyObject[names.size()];
            int i = 0;
            for (String n : names) items[i++] = dev.glassbox.objects.PyStr.of(n);
            sys.dict().setItem("builtin_module_names", dev.glassbox.objects.PyTuple.of(items));
        }
    }

    private static void registerModules() {
        Importer.registerBuiltin("itertools", ItertoolsModule::create);
        Importer.registerBuiltin("_collections", CollectionsModule::create);
        Importer.registerBuiltin("_thread", ThreadModule::create);
        Importer.registerBuiltin("math", MathModule::create);
        Importer.registerBuiltin("_string", StringModule::create);
        Importer.registerBuiltin("_functools", FunctoolsModule::create);
        Importer.registerBuiltin("_abc", AbcModule::create);
        Importer.registerBuiltin("_warnings", WarningsModule::create);
        Importer.registerBuiltin("atexit", AtexitModule::create);
        Importer.registerBuiltin("_opcode", OpcodeModule::create);
        Importer.registerBuiltin("cmath", dev.glassbox.modules.std.CmathModule::create);
        Importer.registerBuiltin("_contextvars", () -> PythonModules.create("_contextvars", "contextvars.py"));
        Importer.registerBuiltin("_random", dev.glassbox.modules.std.RandomModule::create);
        Importer.registerBuiltin("_sha512", dev.glassbox.modules.std.Sha512Module::create);
        Importer.registerBuiltin("_glassbox_anext", () -> PythonModules.create("_glassbox_anext", "anext.py"));
        Importer.registerBuiltin("_sre", dev.glassbox.modules.sre.SreModule::create);
        Importer.registerBuiltin("_tokenize", TokenizeModule::create);
        Importer.registerBuiltin("_locale", dev.glassbox.modules.os.LocaleModule::create);
        Importer.registerBuiltin("_io", dev.glassbox.modules.io.IoModule::create);
        Importer.registerBuiltin("_codecs", CodecsModule::create);
        Importer.registerBuiltin("errno", dev.glassbox.modules.os.ErrnoModule::create);
        Importer.registerBuiltin("time", dev.glassbox.modules.os.TimeModule::create);
        Importer.registerBuiltin("posix", dev.glassbox.modules.os.PosixModule::create);
        Importer.registerBuiltin("_ast", dev.glassbox.modules.ast.AstModule::create);
        Importer.registerBuiltin("_struct", dev.glassbox.modules.std.StructModule::create);
        Importer.registerBuiltin("binascii", dev.glassbox.modules.std.BinasciiModule::create);
        Importer.registerBuiltin("zlib", dev.glassbox.modules.std.ZlibModule::create);
        Importer.registerBuiltin("_json", dev.glassbox.modules.std.JsonModule::create);
        Importer.registerBuiltin("_md5", dev.glassbox.modules.std.ShaModules.Md5Module::create);
        Importer.registerBuiltin("_sha1", dev.glassbox.modules.std.ShaModules.Sha1Module::create);
        Importer.registerBuiltin("_sha256", dev.glassbox.modules.std.ShaModules.Sha256Module::create);
        Importer.registerBuiltin("_sha3", dev.glassbox.modules.std.Sha3Module::create);
        Importer.registerBuiltin("_blake2", dev.glassbox.modules.std.Blake2Module::create);
        Importer.registerBuiltin("_operator", dev.glassbox.modules.std.OperatorModule::create);
        Importer.registerBuiltin("_csv", dev.glassbox.modules.std.CsvModule::create);
        Importer.registerBuiltin("_bisect", dev.glassbox.modules.std.BisectModule::create);
        Importer.registerBuiltin("_heapq", dev.glassbox.modules.std.HeapqModule::create);
        Importer.registerBuiltin("_signal", dev.glassbox.modules.os.SignalModule::create);
        Importer.registerBuiltin("select", dev.glassbox.modules.os.SelectModule::create);
        Importer.registerBuiltin("_socket", dev.glassbox.modules.net.SocketModule::create);
        Importer.registerBuiltin("_posixsubprocess", dev.glassbox.modules.os.PosixSubprocess::create);
    }
}
