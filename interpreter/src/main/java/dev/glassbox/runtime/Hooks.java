package dev.glassbox.runtime;

import dev.glassbox.memory.Heap;
import dev.glassbox.modules.BuiltinsModule;
import dev.glassbox.modules.SysModule;
import dev.glassbox.objects.*;
import dev.glassbox.vm.ClassBuilder;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.PyCell;
import dev.glassbox.vm.PyCode;
import dev.glassbox.vm.PyFunction;
import dev.glassbox.vm.PyMethod;

import java.nio.charset.StandardCharsets;

/** Connects the layers that must not depend on each other: objects ← vm ← modules ← runtime. */
final class Hooks {
    private Hooks() {}

    static void install(Runtime rt) {
        Abstract.runner = Interpreter.current();
        Heap.install(new HeapHooks());
        Abstract.init();
        Abstract.initSetattr();
        TypeNew.hooks = new TypeNew.Hooks() {
            @Override public boolean isPlainFunction(PyObject o) { return o instanceof PyFunction; }
            @Override public PyObject staticmethod(PyObject f) { return PyStaticMethod.wrap(f); }
            @Override public PyObject classmethod(PyObject f) { return PyClassMethod.wrap(f); }
            @Override public PyObject callerModuleName() {
                PyDict g = Interpreter.current().currentGlobals();
                return g == null ? null : g.getItemStr("__name__");
            }
            @Override public boolean setCell(PyObject cell, PyObject value) {
                if (!(cell instanceof PyCell c)) return false;
                c.set(value);
                return true;
            }
        };
        PyClassMethod.binder = PyMethod::new;
        dev.glassbox.memory.Weakrefs.unraisable = (cb, e) -> Unraisable.report("Exception ignored in: ", cb, cb, e.value);
        BuiltinsModule.hooks = new BuiltinsHooks(rt);
        SysModule.hooks = new SysModule.Hooks() {
            @Override public PyObject getframe(int depth) { return Interpreter.current().getFrame(depth); }
            @Override public void displayException(PyBaseException e) { Runtime.get().printException(e); }
            @Override public void displayhook(PyObject value) {
                if (value == PyNone.NONE) return;
                Runtime r = Runtime.get();
                if (r.display != null) {
                    r.display.accept(value);
                    return;
                }
                // sys_displayhook: repr(value) and a newline to whatever sys.stdout is now
                // (doctest and contextlib.redirect_stdout replace it).
                PyDict b = r.builtins.dict();
                b.setItem("_", PyNone.NONE);
                PyObject out = r.sys.dict().getItemStr("stdout");
                if (out == null || out == PyNone.NONE) throw Errors.raise(ExceptionTypes.RuntimeError, "lost sys.stdout");
                Abstract.callMethod(out, "write", Abstract.repr(value));
                Abstract.callMethod(out, "write", PyStr.of("\n"));
                b.setItem("_", value);
            }
        };
    }

    /** The heap's view of types: finalizers, sizes, GC-ness. */
    static final class HeapHooks implements Heap.Hooks {
        @Override
        public void finalize(PyObject o) {
            if (o instanceof dev.glassbox.vm.PyGenerator g) {
                try {
                    g.finalizeForDealloc();
                } catch (PyException e) {
                    Unraisable.report("Exception ignored in: ", g, o, e.value);
                }
                return;
            }
            PyObject del = o.type.special(SpecialMethod.__del__);
            if (del == null) return;
            try {
                Abstract.callSpecial(del, o);
            } catch (PyException e) {
                Unraisable.report("Exception ignored in: ", del, o, e.value);
            }
        }

        @Override
        public boolean hasFinalizer(PyObject o) {
            if (o instanceof dev.glassbox.vm.PyGenerator g) return g.needsFinalize();
            return (o.type.isHeapType() || dev.glassbox.modules.io.IOBase.finalizesOnDealloc(o)) && o.type.special(SpecialMethod.__del__) != null;
        }

        @Override
        public void clearWeakrefs(PyObject o) {
            dev.glassbox.memory.Weakrefs.clearAndCall(o);
        }

        @Override
        public long allocationSize(PyObject o) {
            long size = o.blockSize();
            if (o.type != null && (o.type.flags & PyType.HAVE_GC) != 0) size += 16;
            return size;
        }

        @Override
        public int freeList(PyObject o) {
            // Exact built-in types only, as float_dealloc, list_dealloc, dict_dealloc, tupledealloc.
            PyType t = o.type;
            if (t == dev.glassbox.objects.PyFloat.TYPE) return dev.glassbox.memory.FreeLists.FLOAT;
            if (t == dev.glassbox.objects.PyList.TYPE) return dev.glassbox.memory.FreeLists.LIST;
            if (t == dev.glassbox.objects.PyDict.TYPE) return dev.glassbox.memory.FreeLists.DICT;
            if (t == PyTuple.TYPE) {
                int n = ((PyTuple) o).size();
                if (n >= 1 && n <= dev.glassbox.memory.FreeLists.TUPLE_MAX_SIZE) return dev.glassbox.memory.FreeLists.TUPLE_BASE + n - 1;
            }
            return -1;
        }

        @Override
        public boolean isGcType(PyObject o) {
            return o.type != null && (o.type.ready().flags & PyType.HAVE_GC) != 0;
        }

        @Override
        public void afterRelease(PyObject o) {
            if (o.type != null && o.type.isHeapType() && !(o instanceof PyType t && t == o.type)) Heap.decref(o.type);
        }
    }

    /** exec/eval/compile/globals/locals/input/__build_class__ for the builtins module. */
    static final class BuiltinsHooks implements BuiltinsModule.Hooks {
        private final Runtime rt;

        BuiltinsHooks(Runtime rt) {
            this.rt = rt;
        }

        @Override
        public PyObject buildClass(PyObject func, PyObject name, PyTuple bases, PyDict kwargs) {
            return ClassBuilder.build(func, name, bases, kwargs);
        }

        @Override
        public PyObject exec(PyObject source, PyObject globals, PyObject locals, boolean eval) {
            String what = eval ? "eval" : "exec";
            PyDict g;
            if (globals == null || globals == PyNone.NONE) {
                g = Interpreter.current().currentGlobals();
                if (locals == null || locals == PyNone.NONE) locals = Interpreter.current().currentLocals();
            } else if (globals instanceof PyDict d) {
                g = d;
            } else {
                throw Errors.typeError(eval ? "globals must be a dict" : "exec() globals must be a dict, not %s", globals.type.qualname);
            }
            if (locals == null || locals == PyNone.NONE) locals = g;
            else if (locals.type.special(SpecialMethod.__getitem__) == null) {
                throw Errors.typeError(eval ? "locals must be a mapping" : "locals must be a mapping");
            }
            if (g.getItemStr("__builtins__") == null) g.setItem("__builtins__", rt.builtins);
            PyCode code;
            if (source instanceof PyCode c) {
                code = c;
            } else if (source instanceof PyStr s) {
                String text = s.value;
                if (eval) text = text.replaceFirst("^[ \t]+", "");
                code = rt.compile(text.getBytes(StandardCharsets.UTF_8), "<string>", eval ? "eval" : "exec", 0);
            } else if (source.type.name.equals("bytes")) {
                code = rt.compile(bytesOf(source), "<string>", eval ? "eval" : "exec", 0);
            } else {
                throw Errors.typeError("%s() arg 1 must be a string, bytes or code object", what);
            }
            Heap.incref(code);
            try {
                return Interpreter.current().runCode(code, g, locals);
            } finally {
                Heap.decref(code);
            }
        }

        private static byte[] bytesOf(PyObject b) {
            PyObject[] items = Abstract.toArray(b);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) out[i] = (byte) ((PyInt) items[i]).value;
            return out;
        }

        @Override
        public PyObject compile(PyObject source, PyObject filename, PyObject mode, int flags, boolean dontInherit, int optimize,
                                int featureVersion) {
            return Compile.compile(rt, source, filename, mode, flags, dontInherit, optimize, featureVersion);
        }

        @Override
        public PyObject globals() {
            PyDict g = Interpreter.current().currentGlobals();
            return g == null ? rt.main.dict() : g;
        }

        @Override
        public PyObject locals() {
            PyObject l = Interpreter.current().currentLocals();
            return l == null ? rt.main.dict() : l;
        }

        @Override
        public PyObject readline(PyObject prompt) {
            return Input.readline(rt, prompt);
        }
    }
}
