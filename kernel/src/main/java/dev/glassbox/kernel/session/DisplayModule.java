package dev.glassbox.kernel.session;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyList;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;

import dev.glassbox.imports.Importer;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyModule;
import dev.glassbox.vm.Builtins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in module {@code _glassbox_display}: the hook under the bundled {@code IPython.display}
 * (which does the formatting in Python, as IPython's {@code DisplayPublisher.publish} sits under
 * its formatters). It hands mime bundles and clear requests to the running cell's
 * {@link CellContext}; the kernel turns them into display_data / update_display_data /
 * clear_output messages. Outside a cell (no context) the text/plain form is printed instead.
 */
@Exposed.Module(name = "_glassbox_display", doc = "Glassbox kernel display hook (used by IPython.display).")
public final class DisplayModule {
    private DisplayModule() {}

    /** The context of the cell that is running, set by the engine. */
    static volatile Supplier<CellContext> context = () -> null;
    /** Flushes sys.stdout/stderr so text printed before a display is shown before it. */
    static volatile Runnable flush = () -> {};

    /** The _repr_*_ methods IPython's formatters try, in IPython's order, with their mime types. */
    private static final String[][] REPRS = {{"_repr_html_", "text/html"}, {"_repr_markdown_", "text/markdown"},
            {"_repr_svg_", "image/svg+xml"}, {"_repr_png_", "image/png"}, {"_repr_pdf_", "application/pdf"},
            {"_repr_jpeg_", "image/jpeg"}, {"_repr_latex_", "text/latex"}, {"_repr_json_", "application/json"},
            {"_repr_javascript_", "application/javascript"}};

    /**
     * [data, metadata] for the displayhook, as IPython's DisplayFormatter.format: text/plain
     * from repr, then each {@code _repr_*_} the object answers with a value; a (data, metadata)
     * tuple contributes metadata under its mime type; bytes go base64 as in ipykernel's
     * json_clean. A failing {@code _repr_*_} is skipped, as IPython's formatters do.
     */
    static List<Map<String, Object>> format(PyObject value) {
        Map<String, Object> data = new LinkedHashMap<>(), md = new LinkedHashMap<>();
        data.put("text/plain", Abstract.repr(value).value);
        if (!(value instanceof dev.glassbox.objects.PyType)) {
            for (String[] r : REPRS) {
                try {
                    PyObject m = Abstract.lookupAttr(value, PyStr.intern(r[0]));
                    if (m == null) continue;
                    PyObject v = Abstract.call(m);
                    if (v instanceof PyTuple t && t.size() == 2) {
                        PyObject[] parts = Abstract.toArray(t);
                        v = parts[0];
                        if (parts[1] instanceof PyDict d && d.size() > 0) md.put(r[1], toJson(d, 0));
                    }
                    if (v == PyNone.NONE) continue;
                    data.put(r[1], v instanceof PyBytes b ? Base64.getEncoder().encodeToString(b.value()) : toJson(v, 0));
                } catch (dev.glassbox.objects.PyException e) {
                    // skipped, like a formatter that raises
                }
            }
        }
        return List.of(data, md);
    }

    /** publish(data, metadata=None, display_id=None, update=False): one display_data message. */
    @Exposed.Function(sig = "($module, data, metadata=None, display_id=None, update=False, /)")
    public static PyObject publish(PyObject data, PyObject metadata, PyObject displayId, PyObject update) {
        if (!(data instanceof PyDict d)) throw Errors.typeError("data must be a dict, not %s", data.type.qualname);
        Map<String, Object> bundle = toMap(d);
        Map<String, Object> meta = metadata instanceof PyDict m ? toMap(m) : Map.of();
        String id = displayId == null || displayId == PyNone.NONE ? null : Abstract.str(displayId).value;
        boolean upd = update != null && Abstract.isTrue(update);
        CellContext ctx = context.get();
        flush.run();
        if (ctx == null) {
            Object plain = bundle.get("text/plain");
            if (plain != null) System.out.println(plain);
        } else {
            ctx.displayData(bundle, meta, id, upd);
        }
        return PyNone.NONE;
    }

    /** clear_output(wait=False). */
    @Exposed.Function(sig = "($module, wait=False, /)")
    public static PyObject clear_output(PyObject wait) {
        CellContext ctx = context.get();
        flush.run();
        if (ctx != null) ctx.clearOutput(wait != null && Abstract.isTrue(wait));
        return PyNone.NONE;
    }

    /**
     * getpass.getpass in the kernel, as ipykernel's: asks the frontend for a password over the
     * stdin channel (input_request with password true); the stream argument has no effect.
     */
    @Exposed.Function(sig = "($module, prompt='Password: ', stream=None)")
    public static PyObject getpass(PyObject prompt, PyObject stream) {
        CellContext ctx = context.get();
        String p = prompt == null ? "Password: " : Abstract.str(prompt).value;
        if (stream != null && stream != PyNone.NONE) {
            dev.glassbox.modules.WarningsModule.warn(dev.glassbox.objects.ExceptionTypes.UserWarning,
                    "The stream parameter of getpass.getpass will have no effect when using ipykernel", 2);
        }
        if (ctx == null) throw dev.glassbox.objects.Errors.runtimeError("getpass was called outside a cell");
        flush.run();
        try {
            String answer = ctx.input(p, true);
            return dev.glassbox.objects.PyStr.of(answer == null ? "" : answer);
        } catch (CellContext.StdinNotAllowedException e) {
            throw dev.glassbox.objects.Errors.raise(dev.glassbox.objects.ExceptionTypes.RuntimeError,
                    "getpass was called, but this frontend does not support input requests.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw dev.glassbox.objects.Errors.raise(dev.glassbox.objects.ExceptionTypes.KeyboardInterrupt);
        }
    }

    /** Whether output goes to a Jupyter frontend (display objects are then not printed as text). */
    @Exposed.Function(sig = "($module, /)")
    public static PyObject in_kernel() {
        return PyBool.of(context.get() != null);
    }

    /** b64encode(bytes) -> str: how binary mime data travels in JSON. */
    @Exposed.Function(sig = "($module, data, /)")
    public static PyObject b64encode(PyObject data) {
        if (!(data instanceof PyBytes b)) throw Errors.typeError("expected bytes, not %s", data.type.qualname);
        return PyStr.of(Base64.getEncoder().encodeToString(b.value()));
    }

    /** new_id() -> str: a fresh display_id (IPython uses a uuid4 hex). */
    @Exposed.Function(sig = "($module, /)")
    public static PyObject new_id() {
        return PyStr.of(UUID.randomUUID().toString().replace("-", ""));
    }

    /** read_file(path) -> bytes: the contents of a file, for Image(filename=...) and friends. */
    @Exposed.Function(sig = "($module, path, /)")
    public static PyObject read_file(PyObject path) {
        String p = Abstract.str(path).value;
        try {
            return PyBytes.of(Files.readAllBytes(Path.of(p)));
        } catch (NoSuchFileException e) {
            throw Errors.raise(ExceptionTypes.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", p);
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.OSError, "%s: '%s'", e.getMessage(), p);
        }
    }

    /**
     * Installs the bundled {@code IPython} package: the import system loads bundled single-file
     * modules only, so the package ({@code __init__.py} + {@code display.py} under
     * {@code dev/glassbox/lib/IPython/}) is set up here, its submodule first so that
     * {@code __init__} can import from it. Registered as the built-in module "IPython".
     */
    static PyModule ipythonPackage() {
        PyDict modules = (PyDict) Builtins.sysAttr("modules");
        PyModule pkg = PyModule.create("IPython");
        pkg.dict().setItem("__path__", new PyList());
        pkg.dict().setItem("__package__", PyStr.of("IPython"));
        pkg.dict().setItem("__file__", PyStr.of("<glassbox>/IPython/__init__.py"));
        modules.setItem("IPython", pkg);
        try {
            PyModule display = PyModule.create("IPython.display");
            display.dict().setItem("__package__", PyStr.of("IPython"));
            display.dict().setItem("__file__", PyStr.of("<glassbox>/IPython/display.py"));
            modules.setItem("IPython.display", display);
            Importer.runner.exec(resource("IPython/display.py"), "<glassbox>/IPython/display.py", display);
            pkg.dict().setItem("display", display);
            Importer.runner.exec(resource("IPython/__init__.py"), "<glassbox>/IPython/__init__.py", pkg);
        } catch (RuntimeException e) {
            modules.pop(PyStr.of("IPython.display"));
            modules.pop(PyStr.of("IPython"));
            throw e;
        }
        return pkg;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DisplayModule.class.getResourceAsStream("/dev/glassbox/lib/" + name)) {
            if (in == null) throw Errors.raise(ExceptionTypes.ImportError, "bundled module %s is missing", name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.ImportError, "cannot read bundled module %s", name);
        }
    }

    private static Map<String, Object> toMap(PyDict d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            m.put(Abstract.str(d.keyAt(e)).value, toJson(d.valueAt(e), 0));
        }
        return m;
    }

    /** A Python value as a JSON-able Java value (what the kernel's JSON writer takes). */
    static Object toJson(PyObject v, int depth) {
        if (depth > 100) throw Errors.valueError("display data nested too deeply");
        if (v == PyNone.NONE) return null;
        if (v instanceof PyBool b) return b == PyBool.TRUE;
        if (v instanceof PyInt i) return i.big != null ? i.big : (Object) i.value;
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyStr s) return s.value;
        if (v instanceof PyDict d) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                m.put(Abstract.str(d.keyAt(e)).value, toJson(d.valueAt(e), depth + 1));
            }
            return m;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> l = new ArrayList<>();
            for (PyObject x : Abstract.toArray(v)) l.add(toJson(x, depth + 1));
            return l;
        }
        return Abstract.str(v).value;
    }
}
