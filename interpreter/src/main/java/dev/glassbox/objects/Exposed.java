package dev.glassbox.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one way to define a built-in: annotations on a Java class and its methods, read once by
 * {@link TypeBuilder} when the type is created.
 *
 * <p>A method's Python signature is its {@code sig} text, in the form {@code inspect} shows
 * as {@code __text_signature__} (for example {@code "($self, key=None, reverse=False, /)"}).
 * The binder ({@link ArgParser}) checks arguments against it with CPython's messages and
 * passes the Java method one {@link PyObject} per parameter (null where an optional
 * parameter without a literal default was not given). A method whose name is a special
 * method ({@code __len__}, {@code __add__}, ...) also fills the type's slot, so the VM's fast
 * path and a Python-level {@code type(x).__len__(x)} reach the same code.
 */
public final class Exposed {
    private Exposed() {}

    /** A built-in type: its Python name, module and base. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Type {
        String name();
        String module() default "builtins";
        String doc() default "";
        /** Whether Python classes may inherit from it (Py_TPFLAGS_BASETYPE). */
        boolean baseType() default true;
        /** Whether {@code __hash__} is None (list, dict, set...). */
        boolean unhashable() default false;
        /** Whether instances have a {@code __dict__} (functions, modules, exceptions). */
        boolean instanceDict() default false;
        /** Whether instances are GC containers (Py_TPFLAGS_HAVE_GC). */
        boolean gc() default false;
        /** CPython's tp_basicsize on 64-bit (without the GC header). */
        long basicSize() default 16;
        /** CPython's tp_itemsize. */
        long itemSize() default 0;
    }

    /** An instance method; static Java methods receive self as their first parameter. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Method {
        /** Python name; defaults to the Java name. */
        String name() default "";
        /** Text signature, e.g. {@code "($self, object, /)"}; defaults to {@code "($self, /)"} plus
         * one positional-only parameter per Java parameter. */
        String sig() default "";
        String doc() default "";
        /** CPython's calling convention, for its argument-count messages. */
        Convention conv() default Convention.CLINIC;
    }

    /** A class method: the Java method receives the type first. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface ClassMethod {
        String name() default "";
        String sig() default "";
        String doc() default "";
        Convention conv() default Convention.CLINIC;
    }

    /** A static method (no self). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface StaticMethod {
        String name() default "";
        String sig() default "";
        String doc() default "";
        Convention conv() default Convention.CLINIC;
    }

    /** An attribute read by a Java method of no parameters (or a static of one, self). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Getter {
        String name();
        String doc() default "";
    }

    /** The setter of an attribute; receives the value, or null to delete. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Setter {
        String name();
    }

    /** A function of a built-in module (static Java method). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Function {
        String name() default "";
        String sig() default "";
        String doc() default "";
        Convention conv() default Convention.CLINIC;
    }

    /** A built-in module: a Java class whose static {@link Function}s become its functions. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Module {
        String name();
        String doc() default "";
    }

    /**
     * How CPython defines the function, which decides the wording of argument errors:
     * METH_NOARGS "f() takes no arguments (1 given)", METH_O "f() takes exactly one argument
     * (2 given)", Argument Clinic "f expected at most 2 arguments, got 3", METH_VARARGS with
     * PyArg_ParseTuple "f() takes at most 2 arguments (3 given)".
     */
    public enum Convention { CLINIC, NOARGS, O, VARARGS, FASTCALL_KEYWORDS }
}
