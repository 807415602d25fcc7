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
    public static final String[] NAMES = {"itertools", "_collections", "_thread", "math"};

    public static void registerAll() {
        Importer.registerBuiltin("itertools", ItertoolsModule::create);
        Importer.registerBuiltin("_collections", CollectionsModule::create);
        Importer.registerBuiltin("_thread", ThreadModule::create);
        Importer.registerBuiltin("math", MathModule::create);
    }
}
