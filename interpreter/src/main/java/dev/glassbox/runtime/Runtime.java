package dev.glassbox.runtime;

import dev.glassbox.objects.PyBaseException;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.compile.AstAdapter;
import dev.glassbox.compile.CodeGenerator;
import dev.glassbox.imports.Importer;
import dev.glassbox.memory.CycleCollector;
import dev.glassbox.memory.Heap;
import dev.glassbox.modules.BuiltinsModule;
import dev.glassbox.modules.SysModule;
import dev.glassbox.modules.TextStream;
import dev.glassbox.objects.*;
import dev.glassbox.parse.Parser;
import dev.glassbox.parse.SyntaxErrorInfo;
import dev.glassbox.vm.Builtins;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCode;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Python runtime: boots the object model, the builtins and sys modules and the import
 * system, and runs source through the pipeline (bytes → tokens → AST → bytecode → VM).
 * The command line and the kernel both drive it.
 */
public final class Runtime {
    private static Runtime instance;

    public final PyModule builtins;
    public final PyModule sys;
    public final PyModule main;
    public final TextStream stdout, stderr;
    /** sys.__stdin__. */
    public final PyObject stdin;
    /** Replaces sys.displayhook's default printing (the kernel sends execute_result). */
    public java.util.function.Consumer<PyObject> display;
    /** Source of code compiled from strings (cells, -c), for tracebacks and inspect. */
    public final Map<String, List<String>> sources = new HashMap<>();

    /** Options the runtime is started with. */
    public record Config(List<String> argv, List<String> path, OutputStream out, OutputStream err,
                         boolean dontWriteBytecode, List<String> xoptions) {}

    public static synchronized Runtime boot(Config config) {
        if (instance != null) return instance;
        instance = new Runtime(config);
        return instance;
    }

    public static Runtime get() {
        return instance;
    }

    private Runtime(Config config) {
        // The booting thread is Python's main thread (signal handlers run there).
        dev.glassbox.vm.ThreadState.main();
        Hashing.seed(System.getenv("PYTHONHASHSEED"));
        Hooks.install(this);
        builtins = ModuleBuilder.build(BuiltinsModule.class);
        Heap.incref(builtins);
        sys = ModuleBuilder.build(SysModule.class);
        Heap.incref(sys);
        Builtins.install(builtins, sys);
        populateBuiltins();
        stdout = new TextStream(config.out(), "<stdout>", 1, false);
        stderr = new TextStream(config.err(), "<stderr>", 2, true);
        // sys.stdin/stdout/stderr: TextIOWrapper over a buffer over FileIO(0/1/2), as CPython's create_stdio.
        // -u / PYTHONUNBUFFERED (the launcher decides, as it knows -E): unbuffered stdout and stderr.
        String ub = System.getProperty("glassbox.unbuffered");
        boolean unbuffered = ub != null ? ub.equals("1") : System.getenv("PYTHONUNBUFFERED") != null && !System.getenv("PYTHONUNBUFFERED").isEmpty();
        stdin = dev.glassbox.modules.io.IoModule.stdio(0, false, "<stdin>", false);
        stdout.attach(dev.glassbox.modules.io.IoModule.stdio(1, true, "<stdout>", unbuffered));
        stderr.attach(dev.glassbox.modules.io.IoModule.stdio(2, true, "<stderr>", unbuffered));
        SysSetup.populate(this, config);
        main = PyModule.create("__main__");
        Heap.incref(main);
        main.dict().setItem("__package__", PyNone.NONE);
        main.dict().setItem("__loader__", PyNone.NONE);
        main.dict().setItem("__spec__", PyNone.NONE);
        main.dict().setItem("__builtins__", builtins);
        main.dict().setItem("__annotations__", new PyDict());
        ((PyDict) sys.dict().getItemStr("modules")).setItem("__main__", main);
        Importer.runner = (source, filename, module) -> execBytes(source, filename, module.dict());
        Importer.registerBuiltin("_weakref", dev.glassbox.modules.WeakrefModule::create);
        Importer.registerBuiltin("gc", dev.glassbox.modules.GcModule::create);
        Importer.registerBuiltin("_imp", dev.glassbox.imports.ImpModule::create);
        Importer.registerBuiltin("marshal", dev.glassbox.imports.MarshalModule::create);
        CycleCollector.hooks = new GcHooks();
        dev.glassbox.imports.LazyImport.configure(config.xoptions());
        registerOptionalModules();
    }

    /** Modules written by other parts of the runtime register themselves through a Registry class when present. */
    private static void registerOptionalModules() {
        try {
            Class.forName("dev.glassbox.modules.Registry").getMethod("registerAll").invoke(null);
        } catch (ReflectiveOperationException e) {
            // no registry yet
        }
    }

    private void populateBuiltins() {
        PyDict d = builtins.dict();
        d.setItem("None", PyNone.NONE);
        d.setItem("Ellipsis", PyEllipsis.ELLIPSIS);
        d.setItem("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        d.setItem("True", PyBool.TRUE);
        d.setItem("False", PyBool.FALSE);
        for (PyType t : new PyType[] {PyBaseObject.TYPE, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
                PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
                BuiltinIterators.Enumerate.TYPE, BuiltinIterators.Zip.TYPE, BuiltinIterators.MapIter.TYPE,
                BuiltinIterators.Filter.TYPE, BuiltinIterators.Reversed.TYPE, dev.glassbox.vm.PySuper.TYPE}) {
            d.setItem(shortName(t), t);
        }
        for (String optional : new String[] {"dev.glassbox.objects.PyRange", "dev.glassbox.objects.PySlice",
                "dev.glassbox.objects.PySet", "dev.glassbox.objects.PyFrozenSet", "dev.glassbox.objects.PyBytes",
                "dev.glassbox.objects.PyByteArray", "dev.glassbox.objects.PyComplex", "dev.glassbox.objects.PyMemoryView"}) {
            try {
                Class<?> c = Class.forName(optional);
                PyType t = (PyType) c.getField("TYPE").get(null);
                d.setItem(shortName(t), t);
            } catch (ReflectiveOperationException e) {
                // not built yet
            }
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) d.setItem(e.getKey(), e.getValue());
        d.setItem("__debug__", PyBool.TRUE);
    }

    private static String shortName(PyType t) {
        return t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    // ------------------------------------------------------------------ the pipeline

    /** Source bytes to a code object ({@code compile(src, filename, mode)}); SyntaxError as a Python exception. */
    public PyCode compile(byte[] source, String filename, String mode, int flags) {
        return compile(source, filename, mode, flags, 0);
    }

    /** As {@link #compile(byte[], String, String, int)} at optimization level {@code optimize} (compile()'s argument). */
    public PyCode compile(byte[] source, String filename, String mode, int flags, int optimize) {
        var tree = parse(source, filename, parseMode(mode), false, false);
        return compileTree(tree, filename, new String(source, StandardCharsets.UTF_8), flags, optimize);
    }

    /** The main script: as {@link #compile(byte[], String, String, int)}, parsed as a file. */
    public PyCode compileFile(byte[] source, String filename) {
        var tree = parse(source, filename, Parser.Mode.EXEC, false, true);
        return compileTree(tree, filename, new String(source, StandardCharsets.UTF_8), 0, 0);
    }

    /** compile()'s mode argument as the parser's start rule. */
    public static Parser.Mode parseMode(String mode) {
        return switch (mode) {
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> Parser.Mode.EXEC;
        };
    }

    /**
     * The runtime's one way to parse source (compile(), {@code ast.parse}, scripts, cells): the
     * parser's DeprecationWarnings and SyntaxWarnings are issued (one set to error is the
     * SyntaxError); a syntax error is raised as the Python exception. {@code file}: parsed as
     * a script file is (its errors reported as a file's).
     */
    public dev.glassbox.ast.Mod parse(byte[] source, String filename, Parser.Mode m, boolean typeComments, boolean file) {
        return parse(source, filename, m, typeComments, file, -1);
    }

    /** As {@link #parse(byte[], String, Parser.Mode, boolean, boolean)} with the grammar of 3.{@code featureVersion} (-1: this one's). */
    public dev.glassbox.ast.Mod parse(byte[] source, String filename, Parser.Mode m, boolean typeComments, boolean file,
                                      int featureVersion) {
        try {
            return parseChecked(source, filename, m, typeComments, file, featureVersion);
        } catch (SyntaxErrorInfo e) {
            throw syntaxError(e);
        }
    }

    /**
     * A tree (parsed, or built from ast objects and validated) to a code object; {@code text}
     * is the source for compile-time error lines (null for a tree without source).
     */
    public PyCode compileTree(dev.glassbox.ast.Mod tree, String filename, String text, int flags, int optimize) {
        try {
            CodeUnit unit = CodeGenerator.compile(AstAdapter.toNode(tree), filename, text, flags, optimize, Runtime::syntaxWarning);
            return new PyCode(unit);
        } catch (SyntaxErrorInfo e) {
            throw syntaxError(e);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
    }

    private static dev.glassbox.ast.Mod parseChecked(byte[] source, String filename, Parser.Mode m, boolean typeComments,
                                                     boolean file, int featureVersion) {
        var parsed = file ? Parser.parseFileWithWarnings(source, filename)
                : Parser.parseBytesWithWarnings(source, filename, m, typeComments, featureVersion);
        for (Object[] d : parsed.deprecations()) {
            dev.glassbox.modules.WarningsModule.warnExplicit(ExceptionTypes.DeprecationWarning, (String) d[0], filename, (Integer) d[1]);
        }
        for (var w : parsed.warnings()) {
            if (syntaxWarning(w.msg, w.filename, w.lineno)) {
                throw new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, w.msg, w.filename, w.lineno, w.offset,
                        w.endLineno, w.endOffset, w.text);
            }
        }
        return parsed.tree();
    }

    /**
     * A notebook cell as IPython runs it (interactivity 'last_expr'): the statements before a
     * trailing expression statement as "exec", that expression as "single" so the displayhook
     * shows its value — split on the tree, so {@code x = 1; x} shows 1. {@code flags} carry
     * {@code __future__} features from earlier cells. Returns the code objects to run in order.
     */
    public List<PyCode> compileCell(byte[] source, String filename, int flags) {
        var node = AstAdapter.toNode(parse(source, filename, Parser.Mode.EXEC, false, false));
        try {
            String text = new String(source, StandardCharsets.UTF_8);
            List<dev.glassbox.compile.Node> body = node.list("body");
            if (body.isEmpty() || !body.get(body.size() - 1).is("Expr")) {
                return List.of(new PyCode(CodeGenerator.compile(node, filename, text, flags, 0, Runtime::syntaxWarning)));
            }
            List<PyCode> codes = new java.util.ArrayList<>(2);
            if (body.size() > 1) {
                var head = new dev.glassbox.compile.Node("Module");
                head.fields.put("body", new java.util.ArrayList<>(body.subList(0, body.size() - 1)));
                head.fields.put("type_ignores", node.fields.get("type_ignores"));
                CodeUnit unit = CodeGenerator.compile(head, filename, text, flags, 0, Runtime::syntaxWarning);
                flags |= unit.flags & FUTURE_FLAGS;
                codes.add(new PyCode(unit));
            }
            var tail = new dev.glassbox.compile.Node("Interactive");
            tail.fields.put("body", List.of(body.get(body.size() - 1)));
            codes.add(new PyCode(CodeGenerator.compile(tail, filename, text, flags, 0, Runtime::syntaxWarning)));
            return codes;
        } catch (SyntaxErrorInfo e) {
            throw syntaxError(e);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
    }

    /** The co_flags bits of {@code __future__} imports, which carry over to later cells. */
    public static final int FUTURE_FLAGS = CodeUnit.CO_FUTURE_DIVISION | CodeUnit.CO_FUTURE_ABSOLUTE_IMPORT
            | CodeUnit.CO_FUTURE_WITH_STATEMENT | CodeUnit.CO_FUTURE_PRINT_FUNCTION | CodeUnit.CO_FUTURE_UNICODE_LITERALS
            | CodeUnit.CO_FUTURE_BARRY_AS_BDFL | CodeUnit.CO_FUTURE_GENERATOR_STOP | CodeUnit.CO_FUTURE_ANNOTATIONS;

    /**
     * The compiler's SyntaxWarnings go through the warnings machinery
     * (PyErr_WarnExplicitObject); a warning turned into an error becomes the SyntaxError.
     */
    static boolean syntaxWarning(String message, String filename, int lineno) {
        try {
            dev.glassbox.modules.WarningsModule.warnExplicit(ExceptionTypes.SyntaxWarning, message, filename, lineno);
            return false;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.SyntaxWarning)) return true;
            throw e;
        }
    }

    /** sys.unraisablehook's default output: {@code prefix + repr(where)}, then the traceback. */
    public static void reportUnraisable(String prefix, PyObject where, PyBaseException e) {
        Unraisable.report(prefix, where, where, e);
    }

    /** Line {@code lineno} of {@code filename} (a registered source or the file), or null. */
    public String sourceLine(String filename, int lineno) {
        return TracebackPrinter.sourceLine(sources, filename, lineno);
    }

    /** A front-end syntax error as the Python exception CPython raises. */
    public static PyException syntaxError(SyntaxErrorInfo e) {
        PyType t = switch (e.kind) {
            case INDENTATION_ERROR -> ExceptionTypes.IndentationError;
            case TAB_ERROR -> ExceptionTypes.TabError;
            default -> ExceptionTypes.SyntaxError;
        };
        PyObject text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyTuple details = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset), text,
                PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        PyBaseException exc = PyBaseException.create(t, PyStr.of(e.msg), details);
        return new PyException(exc);
    }

    /** Compiles and runs module source in a namespace. */
    public void execBytes(byte[] source, String filename, PyDict globals) {
        PyCode code = compile(source, filename, "exec", 0);
        Heap.incref(code);
        try {
            if (globals.getItemStr("__builtins__") == null) globals.setItem("__builtins__", builtins);
            Interpreter.current().runCode(code, globals, globals);
        } finally {
            Heap.decref(code);
        }
    }

    /** Registers source compiled from a string so tracebacks can show its lines. */
    public void registerSource(String filename, String text) {
        sources.put(filename, List.of(text.split("\r\n|\r|\n", -1)));
    }

    /** Prints an uncaught exception the way sys.excepthook does. */
    public void printException(PyBaseException e) {
        stdout.flushBuffer();
        PyObject hook = sys.dict().getItemStr("excepthook");
        if (hook != null && !(hook instanceof PyBuiltinFunction bf && bf.name.equals("excepthook"))) {
            try {
                Abstract.call(hook, e.type, e, e.traceback == null ? PyNone.NONE : e.traceback);
                return;
            } catch (PyException inner) {
                stderr.writeText("Error in sys.excepthook:\n");
                stderr.writeText(TracebackPrinter.format(inner.value, sources));
                stderr.writeText("\nOriginal exception was:\n");
            }
        }
        stderr.writeText(TracebackPrinter.format(e, sources));
        stderr.flushBuffer();
    }

    public void flush() {
        try {
            stdout.flushBuffer();
        } finally {
            stderr.flushBuffer();
        }
    }

}
