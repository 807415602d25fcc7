package dev.glassbox.cli;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.ExcFields;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBaseException;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.runtime.Runtime;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the runtime for a parsed command line (script, -c, -m) on a thread with a large
 * stack, and turns the outcome into an exit status as CPython's Py_RunMain does: 0, 1 after
 * printing an uncaught exception, or SystemExit's code.
 */
final class Launcher {
    private Launcher() {}

    static int launch(Main.Options opts) {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(opts), "glassbox-main", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0];
    }

    static int run(Main.Options opts) {
        String first;
        if (opts.file != null && !opts.file.equals("-")) {
            Path p = Path.of(opts.file).toAbsolutePath().getParent();
            first = p == null ? "" : p.toString();
        } else {
            first = opts.module != null ? System.getProperty("user.dir") : "";
        }
        String envUnbuffered = opts.ignoreEnvironment ? null : System.getenv("PYTHONUNBUFFERED");
        System.setProperty("glassbox.unbuffered", opts.unbuffered || (envUnbuffered != null && !envUnbuffered.isEmpty()) ? "1" : "0");
        Runtime rt = Runtime.boot(new Runtime.Config(opts.argv, defaultPath(first, opts.ignoreEnvironment),
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                opts.dontWriteBytecode || System.getenv("PYTHONDONTWRITEBYTECODE") != null, opts.xoptions));
        // As CPython at start-up: Ctrl-C raises KeyboardInterrupt in the main thread.
        dev.glassbox.modules.os.SignalModule.installStartupHandlers();
        int status;
        try {
            if (opts.command != null) {
                runSource(rt, opts.command.getBytes(StandardCharsets.UTF_8), "<string>", false);
            } else if (opts.module != null && runpyAvailable(rt)) {
                // pymain_run_module: runpy._run_module_as_main(name) sets __main__'s __spec__,
                // __package__ (so a package's __main__ can import relatively) and sys.argv[0].
                PyObject runpy = dev.glassbox.imports.Importer.importFull("runpy");
                dev.glassbox.objects.Abstract.callMethod(runpy, "_run_module_as_main", PyStr.of(opts.module),
                        dev.glassbox.objects.PyBool.TRUE);
            } else if (opts.module != null) {
                Path src = dev.glassbox.imports.Importer.findMainSource(opts.module);
                if (src == null) {
                    rt.flush();
                    System.err.println(executableName() + ": No module named " + opts.module);
                    return 1;
                }
                PyDict g = rt.main.dict();
                g.setItem("__file__", PyStr.of(src.toString()));
                PyObject argv = rt.sys.dict().getItemStr("argv");
                ((dev.glassbox.objects.PyList) argv).set(0, PyStr.of(src.toString()));
                runSource(rt, Files.readAllBytes(src), src.toString(), false);
            } else if ((opts.file == null || opts.file.equals("-")) && System.console() != null) {
                return Repl.run(rt, opts.quiet);
            } else if (opts.file != null && !opts.file.equals("-")) {
                byte[] data;
                try {
                    data = Files.readAllBytes(Path.of(opts.file));
                } catch (NoSuchFileException e) {
                    System.err.println(executableName() + ": can't open file " + quote(Path.of(opts.file).toAbsolutePath().toString())
                            + ": [Errno 2] No such file or directory");
                    return 2;
                } catch (IOException e) {
                    System.err.println(executableName() + ": can't open file " + quote(opts.file) + ": " + e.getMessage());
                    return 2;
                }
                // As CPython 3.9+: __main__.__file__ and the code's filename are made absolute
                // (joined to the working directory, not normalised); sys.argv[0] stays as given.
                String filename = Path.of(opts.file).isAbsolute() ? opts.file
                        : Path.of(System.getProperty("user.dir")).resolve(opts.file).toString();
                rt.main.dict().setItem("__file__", PyStr.of(filename));
                rt.main.dict().setItem("__cached__", dev.glassbox.objects.PyNone.NONE);
                runSource(rt, data, filename, true);
            } else {
                byte[] data = System.in.readAllBytes();
                runSource(rt, data, "<stdin>", true);
            }
            status = 0;
        } catch (PyException e) {
            status = handleUncaught(rt, e.value);
        } catch (IOException e) {
            status = 1;
        } catch (StackOverflowError e) {
            status = handleUncaught(rt, dev.glassbox.objects.Errors.recursionError("maximum recursion depth exceeded").value);
        } catch (RuntimeException | Error e) {
            // A bug in the runtime: reported as Python's SystemError, with the Java cause for the bug report.
            rt.flush();
            System.err.println("SystemError: glassbox internal error: " + e);
            StackTraceElement[] st = e.getStackTrace();
            for (int i = 0; i < Math.min(5, st.length); i++) System.err.println("    at " + st[i]);
            status = 1;
        }
        // Py_FinalizeEx: wait for non-daemon threads (threading._shutdown), the atexit
        // callbacks, then the final flush.
        status = waitForThreadShutdown(rt, status);
        dev.glassbox.modules.AtexitModule.runExitFuncs();
        dev.glassbox.modules.SysModule.finalizing = true; // after the atexit callbacks, as Py_FinalizeEx
        dev.glassbox.modules.io.IoModule.finalizeOpenFiles();
        try {
            rt.flush();
        } catch (PyException e) {
            status = status == 0 ? 120 : status;
        }
        return status;
    }

    /** wait_for_thread_shutdown: threading._shutdown() if threading was imported; its error is unraisable. */
    private static int waitForThreadShutdown(Runtime rt, int status) {
        PyObject mods = rt.sys.dict().getItemStr("modules");
        PyObject threading = mods instanceof PyDict d ? d.getItemStr("threading") : null;
        if (threading == null) return status;
        try {
            Heap.decref(Abstract.callMethod(threading, "_shutdown"));
        } catch (PyException e) {
            Runtime.reportUnraisable("Exception ignored on threading shutdown: ", PyNone.NONE, e.value);
        }
        return status;
    }

    private static String executableName() {
        return "glassbox";
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private static List<String> defaultPath(String first, boolean ignoreEnv) {
        try {
            var m = Class.forName("dev.glassbox.runtime.SysSetup").getDeclaredMethod("defaultPath", String.class, boolean.class);
            m.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<String> p = (List<String>) m.invoke(null, first, ignoreEnv);
            return p;
        } catch (ReflectiveOperationException e) {
            List<String> p = new ArrayList<>();
            p.add(first);
            return p;
        }
    }

    /** {@code file}: a script read as a file (python3 FILE, or from stdin), not a string. */
    private static void runSource(Runtime rt, byte[] data, String filename, boolean file) {
        PyCode code = file ? rt.compileFile(data, filename) : rt.compile(data, filename, "exec", 0);
        Heap.incref(code);
        try {
            PyDict g = rt.main.dict();
            Interpreter.current().runCode(code, g, g);
        } finally {
            Heap.decref(code);
        }
    }

    /** SystemExit's code, or the traceback on stderr and status 1. */
    static int handleUncaught(Runtime rt, PyBaseException e) {
        if (e.type.isSubtypeOf(ExceptionTypes.SystemExit)) {
            PyObject code = e instanceof ExcFields.SystemExit se ? se.code() : PyNone.NONE;
            if (code == PyNone.NONE) return 0;
            if (code instanceof PyInt i) return (int) i.value;
            rt.stdout.flushBuffer();
            rt.stderr.writeText(Abstract.str(code).value + "\n");
            rt.stderr.flushBuffer();
            return 1;
        }
        rt.printException(e);
        // As Py_RunMain's exit_sigint: a KeyboardInterrupt ends the process as SIGINT would (130).
        return e.type.isSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    /** Whether CPython's runpy is there to run -m (it needs the standard library folder). */
    private static boolean runpyAvailable(Runtime rt) {
        PyObject dir = rt.sys.dict().getItemStr("_stdlib_dir");
        return dir instanceof PyStr d && Files.isRegularFile(Path.of(d.value, "runpy.py"));
    }
}
