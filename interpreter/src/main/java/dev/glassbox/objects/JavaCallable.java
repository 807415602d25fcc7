package dev.glassbox.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A Java method adapted to Python calling: one spread handle of type
 * {@code (PyObject[]) -> PyObject} taking [self?, param...], with argument conversions
 * (int/long by {@code __index__}, boolean by truth, String from str) and return conversions
 * (long/int → int, boolean → bool, void → None, String → str, double → float).
 */
class JavaCallable {
    final MethodHandle spread;
    final int arity;          // number of array slots the handle takes (incl. self)

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    JavaCallable(Method m) {
        try {
            m.setAccessible(true);
            MethodHandle h = LOOKUP.unreflect(m);
            MethodType t = h.type();
            int n = t.parameterCount();
            // Arguments: convert each parameter from PyObject.
            for (int i = 0; i < n; i++) {
                Class<?> p = t.parameterType(i);
                MethodHandle conv = converter(p);
                if (conv != null) h = MethodHandles.filterArguments(h, i, conv);
            }
            // Return value to PyObject.
            Class<?> r = h.type().returnType();
            if (r == void.class) {
                h = MethodHandles.filterReturnValue(h, MethodHandles.constant(PyObject.class, PyNone.NONE)
                        .asType(MethodType.methodType(PyObject.class)));
            } else {
                MethodHandle rc = returnConverter(r);
                if (rc != null) h = MethodHandles.filterReturnValue(h, rc);
            }
            h = h.asType(MethodType.methodType(PyObject.class, repeat(n)));
            this.arity = n;
            this.spread = h.asSpreader(PyObject[].class, n);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (!Modifier.isStatic(m.getModifiers()) && arity < 1) throw new IllegalStateException(m.toString());
    }

    /** For {@link Bound}. */
    JavaCallable(JavaCallable inner) {
        this.spread = inner.spread;
        this.arity = inner.arity - 1;
    }

    /** A callable whose first argument is fixed (a class method bound to its type). */
    static final class Bound extends JavaCallable {
        private final PyObject first;

        Bound(JavaCallable inner, PyObject first) {
            super(inner);
            this.first = first;
        }

        @Override
        PyObject invoke(PyObject[] args) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = first;
            System.arraycopy(args, 0, full, 1, args.length);
            return super.invoke(full);
        }
    }

    private static Class<?>[] repeat(int n) {
        Class<?>[] a = new Class<?>[n];
        java.util.Arrays.fill(a, PyObject.class);
        return a;
    }

    PyObject invoke(PyObject[] args) {
        try {
            return (PyObject) spread.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- converters

    static MethodHandle converter(Class<?> p) throws IllegalAccessException {
        try {
            if (p == PyObject.class) return null;
            if (PyObject.class.isAssignableFrom(p)) {
                return LOOKUP.findStatic(JavaCallable.class, "castTo", MethodType.methodType(PyObject.class, PyObject.class))
                        .asType(MethodType.methodType(p, PyObject.class));
            }
            if (p == long.class) return LOOKUP.findStatic(JavaCallable.class, "toLong", MethodType.methodType(long.class, PyObject.class));
            if (p == int.class) return LOOKUP.findStatic(JavaCallable.class, "toInt", MethodType.methodType(int.class, PyObject.class));
            if (p == boolean.class) return LOOKUP.findStatic(JavaCallable.class, "toBool", MethodType.methodType(boolean.class, PyObject.class));
            if (p == double.class) return LOOKUP.findStatic(JavaCallable.class, "toDouble", MethodType.methodType(double.class, PyObject.class));
            if (p == String.class) return LOOKUP.findStatic(JavaCallable.class, "toJavaString", MethodType.methodType(String.class, PyObject.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("unsupported parameter type " + p);
    }

    static MethodHandle returnConverter(Class<?> r) throws IllegalAccessException {
        try {
            if (PyObject.class.isAssignableFrom(r)) return null;
            if (r == long.class) return LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class));
            if (r == int.class) return LOOKUP.findStatic(JavaCallable.class, "fromInt", MethodType.methodType(PyObject.class, int.class));
            if (r == boolean.class) return LOOKUP.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class));
            if (r == double.class) return LOOKUP.findStatic(PyFloat.class, "of", MethodType.methodType(PyFloat.class, double.class));
            if (r == String.class) return LOOKUP.findStatic(PyStr.class, "of", MethodType.methodType(PyStr.class, String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("unsupported return type " + r);
    }

    @SuppressWarnings("unused")
    private static PyObject castTo(PyObject o) { return o; }

    @SuppressWarnings("unused")
    private static PyObject fromInt(int v) { return PyInt.of(v); }

    @SuppressWarnings("unused")
    private static long toLong(PyObject o) {
        if (o == null) return Long.MIN_VALUE; // "not given" marker for optional int parameters
        return Abstract.indexAsLong(o);
    }

    @SuppressWarnings("unused")
    private static int toInt(PyObject o) {
        if (o == null) return Integer.MIN_VALUE;
        long v = Abstract.indexAsLong(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) v;
    }

    @SuppressWarnings("unused")
    private static boolean toBool(PyObject o) {
        return o != null && Abstract.isTrue(o);
    }

    @SuppressWarnings("unused")
    private static double toDouble(PyObject o) {
        return Abstract.asDouble(o);
    }

    @SuppressWarnings("unused")
    private static String toJavaString(PyObject o) {
        if (o == null) return null;
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("expected str, got %s", o.type.name);
    }
}
