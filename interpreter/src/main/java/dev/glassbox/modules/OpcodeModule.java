package dev.glassbox.modules;

import dev.glassbox.bytecode.Opcode;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

/** {@code _opcode} (Modules/_opcode.c): stack_effect from the compiler's one opcode table. */
@Exposed.Module(name = "_opcode", doc = "Opcode support module.")
public final class OpcodeModule {
    private OpcodeModule() {}

    public static PyModule create() {
        return ModuleBuilder.build(OpcodeModule.class);
    }

    @Exposed.Function(sig = "($module, opcode, oparg=None, /, *, jump=None)", doc = "Compute the stack effect of the opcode.")
    public static PyObject stack_effect(PyObject opcode, PyObject oparg, PyObject jump) {
        long op = Abstract.indexAsLong(opcode);
        Integer arg = oparg == null || oparg == PyNone.NONE ? null : (int) Abstract.indexAsLong(oparg);
        Boolean j = jump == null || jump == PyNone.NONE ? null : Abstract.isTrue(jump);
        try {
            return PyInt.of(Opcode.stackEffectChecked((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, op)), arg, j));
        } catch (IllegalArgumentException e) {
            throw Errors.valueError("%s", e.getMessage());
        }
    }
}
