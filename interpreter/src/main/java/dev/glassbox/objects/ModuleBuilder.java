package dev.glassbox.objects;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Builds a built-in module from a Java class annotated {@link Exposed.Module}: each static
 * method annotated {@link Exposed.Function} becomes a {@code builtin_function_or_method} in
 * the module's dict, with its text signature — the same mechanism as built-in types.
 */
public final class ModuleBuilder {
    private ModuleBuilder() {}

    public static PyModule build(Class<?> cls) {
        Exposed.Module spec = cls.getAnnotation(Exposed.Module.class);
        if (spec == null) throw new IllegalArgumentException(cls + " is not an exposed module");
        PyModule m = PyModule.create(spec.name());
        if (!spec.doc().isEmpty()) m.dict.setItem("__doc__", PyStr.of(spec.doc()));
        addFunctions(m, cls);
        return m;
    }

    /** Adds the {@link Exposed.Function}s of {@code cls} to module {@code m}. */
    public static void addFunctions(PyModule m, Class<?> cls) {
        Method[] methods = cls.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        String modName = m.name();
        for (Method meth : methods) {
            Exposed.Function f = meth.getAnnotation(Exposed.Function.class);
            if (f == null) continue;
            String name = f.name().isEmpty() ? meth.getName() : f.name();
            String sig = f.sig().isEmpty() ? ArgParser.positionalSignature(false, meth.getParameterCount()) : f.sig();
            // _PyObject_FunctionStr: argument errors name a module's function "module.name()", builtins' just "name()"
            String qual = modName.equals("builtins") ? name : modName + "." + name;
            ArgParser p = new ArgParser(name, qual, sig, TypeBuilder.convention(f.conv(), sig));
            PyBuiltinFunction fn = new PyBuiltinFunction(name, p, new JavaCallable(meth), f.doc().isEmpty() ? null : f.doc(), m, true);
            fn.module = modName;
            m.dict.setItem(name, fn);
        }
    }
}
