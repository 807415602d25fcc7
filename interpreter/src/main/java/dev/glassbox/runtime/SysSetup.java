package dev.glassbox.runtime;

import dev.glassbox.objects.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The data attributes of {@code sys} (what Python/sysmodule.c and the path configuration set). */
final class SysSetup {
    private SysSetup() {}

    static final int[] VERSION = {3, 11, 7};

    static void populate(Runtime rt, Runtime.Config config) {
        PyDict d = rt.sys.dict();
        PyDict modules = new PyDict();
        d.setItem("modules", modules);
        modules.setItem("sys", rt.sys);
        modules.setItem("builtins", rt.builtins);
        PyList argv = new PyList();
        for (String a : config.argv()) argv.append(PyStr.of(a));
        d.setItem("argv", argv);
        d.setItem("orig_argv", argv);
        PyList path = new PyList();
        for (String p : config.path()) path.append(PyStr.of(p));
        d.setItem("path", path);
        d.setItem("meta_path", new PyList());
        d.setItem("path_hooks", new PyList());
        d.setItem("path_importer_cache", new PyDict());
        d.setItem("stdout", rt.stdout.wrapper());
        d.setItem("stderr", rt.stderr.wrapper());
        d.setItem("__stdout__", rt.stdout.wrapper());
        d.setItem("__stderr__", rt.stderr.wrapper());
        d.setItem("stdin", rt.stdin);
        d.setItem("__stdin__", rt.stdin);
        d.setItem("version", PyStr.of(VERSION[0] + "." + VERSION[1] + "." + VERSION[2] + " (Glassbox 0.1.0) [Java "
                + System.getProperty("java.version") + "]"));
        PyType vi = StructSeq.newType("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
        d.setItem("version_info", StructSeq.make(vi, PyInt.of(VERSION[0]), PyInt.of(VERSION[1]), PyInt.of(VERSION[2]),
                PyStr.of("final"), PyInt.of(0)));
        PyType hi = StructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
                "hash_bits", "seed_bits", "cutoff");
        d.setItem("hash_info", StructSeq.make(hi, PyInt.of(64), PyInt.of(Hashing.MODULUS), PyInt.of(Hashing.INF), PyInt.ZERO,
                PyInt.of(Hashing.IMAG), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        PyType ii = StructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold");
        d.setItem("int_info", StructSeq.make(ii, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        PyType fi = StructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                "dig", "mant_dig", "epsilon", "radix", "rounds");
        d.setItem("float_info", StructSeq.make(fi, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.ONE));
        d.setItem("hexversion", PyInt.of(0x030B07F0L));
        d.setItem("api_version", PyInt.of(1013));
        d.setItem("platform", PyStr.of(platform()));
        d.setItem("byteorder", PyStr.of("little"));
        d.setItem("maxsize", PyInt.of(Long.MAX_VALUE));
        d.setItem("maxunicode", PyInt.of(0x10FFFF));
        d.setItem("executable", PyStr.of(executable()));
        d.setItem("_base_executable", PyStr.of(executable()));
        String prefix = stdlibPrefix();
        d.setItem("prefix", PyStr.of(prefix));
        d.setItem("base_prefix", PyStr.of(prefix));
        d.setItem("exec_prefix", PyStr.of(prefix));
        d.setItem("base_exec_prefix", PyStr.of(prefix));
        String stdlib = stdlibDir();
        String prefixEnv = System.getenv("PYTHONPYCACHEPREFIX");
        d.setItem("pycache_prefix", prefixEnv == null || prefixEnv.isEmpty() ? PyNone.NONE : PyStr.of(prefixEnv));
        d.setItem("_stdlib_dir", stdlib == null ? PyNone.NONE : PyStr.of(stdlib));
        d.setItem("dont_write_bytecode", PyBool.of(config.dontWriteBytecode()));
        d.setItem("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        d.setItem("warnoptions", new PyList());
        PyDict x = new PyDict();
        for (String o : config.xoptions()) {
            int eq = o.indexOf('=');
            if (eq < 0) x.setItem(PyStr.of(o), PyBool.TRUE);
            else x.setItem(PyStr.of(o.substring(0, eq)), PyStr.of(o.substring(eq + 1)));
        }
        d.setItem("_xoptions", x);
        d.setItem("float_repr_style", PyStr.of("short"));
        PySimpleNamespace impl = new PySimpleNamespace(PySimpleNamespace.TYPE);
        impl.dict.setItem("name", PyStr.of("glassbox"));
        impl.dict.setItem("cache_tag", PyStr.of("glassbox-311"));
        impl.dict.setItem("version", d.getItemStr("version_info"));
        impl.dict.setItem("hexversion", PyInt.of(0x030B07F0L));
        impl.dict.setItem("_multiarch", PyStr.of("x86_64-linux-gnu"));
        d.setItem("implementation", impl);
        PyType flagsType = StructSeq.newType("sys", "flags", "debug", "inspect", "interactive", "optimize",
                "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
                "safe_path", "int_max_str_digits");
        PyObject z = PyInt.ZERO;
        d.setItem("flags", StructSeq.make(flagsType, z, z, z, z, PyInt.of(config.dontWriteBytecode() ? 1 : 0), z, z, z, z, z,
                z, PyInt.ONE, z, PyBool.FALSE, z, z, PyBool.FALSE, PyInt.of(-1)));
        d.setItem("__displayhook__", d.getItemStr("displayhook"));
        d.setItem("__excepthook__", d.getItemStr("excepthook"));
        d.setItem("__breakpointhook__", d.getItemStr("breakpointhook"));
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win")) return "win32";
        if (os.contains("mac")) return "darwin";
        return "linux";
    }

    private static String executable() {
        String home = System.getProperty("glassbox.home");
        return home == null ? "" : Path.of(home, "bin", "glassbox").toString();
    }

    private static String stdlibPrefix() {
        return "/usr";
    }

    /** sys.path: script folder (or ''), PYTHONPATH, then CPython's standard library when configured. */
    static List<String> defaultPath(String first, boolean ignoreEnv) {
        List<String> p = new java.util.ArrayList<>();
        p.add(first);
        String pp = ignoreEnv ? null : System.getenv("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) for (String s : pp.split(java.io.File.pathSeparator)) if (!s.isEmpty()) p.add(s);
        String stdlib = stdlibDir();
        if (stdlib != null) {
            p.add(stdlib);
            Path dyn = Path.of(stdlib, "lib-dynload");
            if (Files.isDirectory(dyn)) p.add(dyn.toString());
        }
        return p;
    }

    /** CPython's Lib folder as install.sh recorded it (or GLASSBOX_STDLIB). */
    static String stdlibDir() {
        String env = System.getenv("GLASSBOX_STDLIB");
        if (env != null && !env.isEmpty()) return env;
        String home = System.getProperty("glassbox.home");
        if (home == null) home = homeOfJar();
        if (home != null) {
            Path rec = Path.of(home, ".glassbox-stdlib");
            try {
                if (Files.isRegularFile(rec)) {
                    String s = Files.readString(rec).trim();
                    if (!s.isEmpty()) return s;
                }
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The project folder when the runtime runs from its built jar ({@code HOME/kernel/target/
     * glassbox.jar}) without {@code -Dglassbox.home} (a kernelspec written by hand), or null.
     */
    private static String homeOfJar() {
        try {
            var src = SysSetup.class.getProtectionDomain().getCodeSource();
            if (src == null) return null;
            Path jar = Path.of(src.getLocation().toURI());
            Path target = jar.getParent(), module = target == null ? null : target.getParent();
            if (module == null || !target.getFileName().toString().equals("target")) return null;
            return module.getParent() == null ? null : module.getParent().toString();
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
