package dev.glassbox.vm;

import dev.glassbox.bytecode.CodeUnit;
import dev.glassbox.bytecode.ConstValue;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs code objects that CPython 3.11 compiled (their co_code, consts, names and tables
 * recorded here as literals) on the eval loop, independently of Glassbox's own compiler.
 */
class InterpreterTest {
    @BeforeAll
    static void init() {
        Abstract.runner = Interpreter.current();
        Abstract.init();
        Abstract.initSetattr();
    }

    private static CodeUnit unit(int argc, int posonly, int kwonly, int stack, int flags, int first, byte[] code,
                                 Object[] consts, String[] names, Object[] localsPlus, String name, String qualname,
                                 byte[] linetable, byte[] exctable) {
        return new CodeUnit(argc, posonly, kwonly, stack, flags, first, code, consts, names,
                (String[]) localsPlus[0], (byte[]) localsPlus[1], "t.py", name, qualname, linetable, exctable);
    }

    /** def f(a, b=10): return (a, b); x = f(2); y = f(3, b=4); z = [x, y] */
    @Test
    void callsFunctionsWithDefaultsAndKeywords() {
        CodeUnit module = unit(0, 0, 0, 4, 0, 1, new byte[] {-105, 0, 100, 7, 100, 1, -124, 1, 90, 0, 2, 0, 101, 0, 100, 2, -90, 1, 0, 0, -85, 1, 0, 0, 0, 0, 0, 0, 0, 0, 90, 1, 2, 0, 101, 0, 100, 3, 100, 4, -84, 5, -90, 2, 0, 0, -85, 2, 0, 0, 0, 0, 0, 0, 0, 0, 90, 2, 101, 1, 101, 2, 103, 2, 90, 3, 100, 6, 83, 0}, new Object[] {Long.valueOf(10L), unit(2, 0, 0, 2, 3, 1, new byte[] {-105, 0, 124, 0, 124, 1, 102, 2, 83, 0}, new Object[] {ConstValue.Singleton.NONE}, new String[] {}, CodeUnit.localsPlus(new String[] {"a", "b"}, new String[] {}, new String[] {}), "f", "f", new byte[] {-128, 0, -40, 12, 13, -120, 113, -120, 54, -128, 77}, new byte[] {}), Long.valueOf(2L), Long.valueOf(3L), Long.valueOf(4L), ConstValue.Tuple.of("b"), ConstValue.Singleton.NONE, ConstValue.Tuple.of(Long.valueOf(10L))}, new String[] {"f", "x", "y", "z"}, CodeUnit.localsPlus(new String[] {}, new String[] {}, new String[] {}), "<module>", "<module>", new byte[] {-16, 3, 1, 1, 1, -16, 2, 1, 1, 18, -16, 0, 1, 1, 18, -16, 0, 1, 1, 18, -16, 0, 1, 1, 18, -32, 4, 5, -128, 65, -128, 97, -127, 68, -124, 68, -128, 1, -40, 4, 5, -128, 65, -128, 97, -120, 49, -128, 73, -127, 73, -124, 73, -128, 1, -40, 5, 6, -120, 1, -128, 70, -128, 1, -128, 1, -128, 1}, new byte[] {});
        PyDict globals = new PyDict();
        globals.setItem("__name__", PyStr.of("__main__"));
        globals.setItem("__builtins__", new PyDict());
        Interpreter.current().runCode(new PyCode(module), globals, globals);
        PyObject z = globals.getItemStr("z");
        // Java-level view: the runtime's list and tuple reprs are tested with their types.
        assertEquals("[(2, 10), (3, 4)]", z.toString());
        assertEquals(2, ((dev.glassbox.objects.PyList) z).size());
    }
}
