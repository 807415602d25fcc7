package dev.glassbox.kernel;

import dev.glassbox.kernel.protocol.Kernel;
import dev.glassbox.kernel.session.DeferredEngine;
import dev.glassbox.kernel.session.Engine;
import dev.glassbox.kernel.session.History;
import dev.glassbox.kernel.session.UnavailableEngine;
import dev.glassbox.kernel.wire.ConnectionInfo;
import java.nio.file.Path;

/**
 * {@code java -cp glassbox.jar dev.glassbox.kernel.KernelMain -f CONNECTION_FILE}: the
 * process a Jupyter kernelspec starts. Options: {@code --engine CLASS} picks the runtime
 * (default {@code dev.glassbox.kernel.session.GlassboxEngine} when present, else an engine that
 * explains the runtime is missing). SIGINT, which a frontend may send although the kernelspec
 * says {@code interrupt_mode: message}, interrupts the cell instead of killing the JVM; the
 * kernel exits when the process that started it ends. {@code --warmup} runs a short session
 * in-process and exits, for building a class-data-sharing archive (see KernelWarmup).
 */
public final class KernelMain {
    static final String DEFAULT_ENGINE = "dev.glassbox.kernel.session.GlassboxEngine";

    private KernelMain() {}

    public static void main(String[] args) throws Exception {
        String file = null;
        String engineClass = null;
        boolean warmup = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-f", "--connection-file" -> file = value(args, ++i);
                case "--engine" -> engineClass = value(args, ++i);
                case "--warmup" -> warmup = true;
                case "-h", "--help" -> {
                    System.out.println("usage: KernelMain -f CONNECTION_FILE [--engine CLASS] | --warmup [--engine CLASS]");
                    return;
                }
                default -> {
                    if (args[i].startsWith("-f=")) {
                        file = args[i].substring(3);
                    } else {
                        usage("unknown argument " + args[i]);
                    }
                }
            }
        }
        if (warmup) {
            System.exit(KernelWarmup.run(engineClass));
        }
        if (file == null) {
            usage("missing -f CONNECTION_FILE");
        }
        String chosen = engineClass;
        DeferredEngine engine = new DeferredEngine(() -> engine(chosen));
        Kernel kernel = new Kernel(ConnectionInfo.read(Path.of(file)), engine, History.defaultFile());
        kernel.onVmStart(engine::ensure);
        kernel.start();
        routeSigint(kernel);
        exitWithParent();
        kernel.awaitShutdown();
        kernel.close();
        System.exit(0);
    }

    /** Instantiates the engine class (on the VM thread, see DeferredEngine). */
    static Engine engine(String className) {
        String name = className != null ? className : DEFAULT_ENGINE;
        try {
            return (Engine) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            if (className != null) {
                throw new IllegalArgumentException("no engine class " + className, e);
            }
            return new UnavailableEngine();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create engine " + name, e);
        }
    }

    /**
     * Ends the kernel when the process that started it dies (ipykernel's ParentPoller), so a
     * crashed frontend leaves no orphan JVM. ProcessHandle.onExit waits without polling.
     */
    private static void exitWithParent() {
        ProcessHandle.current().parent().filter(p -> p.pid() > 1).ifPresent(parent ->
                parent.onExit().thenRun(() -> {
                    System.err.println("glassbox kernel: parent process " + parent.pid() + " ended; exiting");
                    System.exit(1);
                }));
    }

    private static void routeSigint(Kernel kernel) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> kernel.interrupt());
        } catch (RuntimeException | LinkageError e) {
            System.err.println("glassbox kernel: SIGINT not routed: " + e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String why) {
        System.err.println("glassbox kernel: " + why + "\nusage: KernelMain -f CONNECTION_FILE [--engine CLASS]");
        System.exit(2);
    }
}
