package dev.glassbox.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code glassbox} command line, used like {@code python3}: {@code FILE [args]}, {@code -c CODE},
 * {@code -m MODULE}, {@code -X OPTION}, {@code -B}, {@code --version}, and a REPL on a terminal.
 *
 * <p>Parsing follows CPython's {@code Modules/main.c} rules: options stop at the first non-option
 * argument, {@code -c} and {@code -m} take the rest of the line as {@code sys.argv}, and usage
 * errors exit with status 2.
 */
public final class Main {
    public static final String VERSION = "3.11.7";
    public static final String VERSION_LINE = "Python " + VERSION + " (Glassbox 0.1.0)";

    /**
     * Java-implemented command-line tools reached with {@code -m NAME} until the runtime runs the
     * module of that name itself. Each class has {@code static int main(String[] argv)}.
     */
    private static final Map<String, String> JAVA_TOOLS = Map.of(
            "tokenize", "dev.glassbox.tokenize.TokenizeCli",
            "ast", "dev.glassbox.ast.AstCli",
            "dis", "dev.glassbox.bytecode.DisCli");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the process exit status. */
    public static int run(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            PrintStream err = System.err;
            err.println(e.getMessage());
            err.println("usage: glassbox [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            err.println("Try `glassbox -h' for more information.");
            return 2;
        }
        if (opts.help) {
            System.out.print(Options.HELP);
            return 0;
        }
        if (opts.version) {
            System.out.println(VERSION_LINE);
            return 0;
        }
        if (opts.module != null && JAVA_TOOLS.containsKey(opts.module)) {
            String[] argv = opts.argv.subList(1, opts.argv.size()).toArray(new String[0]);
            return runJavaTool(JAVA_TOOLS.get(opts.module), argv);
        }
        return Launcher.launch(opts);
    }

    private static int runJavaTool(String className, String[] argv) {
        try {
            Method m = Class.forName(className).getMethod("main", String[].class);
            Object status = m.invoke(null, (Object) argv);
            System.out.flush();
            return status instanceof Integer i ? i : 0;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            System.err.println("glassbox: tool " + className + " is not available: " + e);
            return 1;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error r) throw r;
            throw new IllegalStateException(cause);
        }
    }

    /** The parsed command line. {@code argv} is what becomes {@code sys.argv}. */
    public static final class Options {
        public String command;      // -c
        public String module;       // -m
        public String file;         // script path, or "-" for stdin
        public boolean version, help, dontWriteBytecode, inspect, quiet, unbuffered, isolated;
        public boolean ignoreEnvironment, noSite, verbose;
        public final List<String> xoptions = new ArrayList<>();
        public final List<String> warnOptions = new ArrayList<>();
        public List<String> argv = new ArrayList<>();

        public static final class UsageError extends Exception {
            UsageError(String msg) { super(msg); }
        }

        static final String HELP = """
                usage: glassbox [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Options (a subset of python3's):
                -B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
                -c cmd : program passed in as string (terminates option list)
                -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
                -h     : print this help message and exit (also -? or --help)
                -i     : inspect interactively after running script
                -I     : isolate Python from the user's environment (implies -E and -s)
                -m mod : run library module as a script (terminates option list)
                -q     : don't print version and copyright messages on interactive startup
                -s     : don't add user site directory to sys.path
                -S     : don't imply 'import site' on initialization
                -u     : force the stdout and stderr streams to be unbuffered
                -v     : verbose (trace import statements)
                -V     : print the Python version number and exit (also --version)
                -W arg : warning control
                -X opt : set implementation-specific option (importtime, lazy_imports, ...)
                file   : program read from script file
                -      : program read from stdin (default; interactive mode if a tty)
                arg ...: arguments passed to program in sys.argv[1:]
                """;

        public static Options parse(String[] args) throws UsageError {
            Options o = new Options();
            int i = 0;
            outer:
            while (i < args.length) {
                String a = args[i];
                if (a.equals("--version")) { o.version = true; i++; continue; }
                if (a.equals("--help")) { o.help = true; i++; continue; }
                if (a.equals("--")) { i++; break; }
                if (!a.startsWith("-") || a.equals("-")) break;
                if (a.startsWith("--")) throw new UsageError("unknown option " + a);
                // A cluster of single-letter flags, e.g. -Bc 'code'.
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    switch (c) {
                        case 'c', 'm', 'X', 'W' -> {
                            String value;
                            if (j + 1 < a.length()) value = a.substring(j + 1);
                            else if (i + 1 < args.length) value = args[++i];
                            else throw new UsageError("Argument expected for the -" + c + " option");
                            i++;
                            switch (c) {
                                case 'c' -> { o.command = value; o.argv.add("-c"); break outer; }
                                case 'm' -> { o.module = value; o.argv.add(value); break outer; }
                                case 'X' -> o.xoptions.add(value);
                                default -> o.warnOptions.add(value);
                            }
                            continue outer;
                        }
                        case 'B' -> o.dontWriteBytecode = true;
                        case 'V' -> o.version = true;
                        case 'h', '?' -> o.help = true;
                        case 'i' -> o.inspect = true;
                        case 'q' -> o.quiet = true;
                        case 'u' -> o.unbuffered = true;
                        case 'E' -> o.ignoreEnvironment = true;
                        case 'I' -> { o.isolated = true; o.ignoreEnvironment = true; }
                        case 's', 'b', 'd', 'O', 'R', 'x' -> { /* accepted, no effect yet */ }
                        case 'S' -> o.noSite = true;
                        case 'v' -> o.verbose = true;
                        default -> throw new UsageError("Unknown option: -" + c);
                    }
                }
                i++;
            }
            if (o.command == null && o.module == null && !o.version && !o.help) {
                if (i < args.length) {
                    o.file = args[i++];
                    o.argv.add(o.file);
                } else {
                    o.argv.add("");
                }
            }
            o.argv.addAll(Arrays.asList(args).subList(i, args.length));
            return o;
        }
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
