package dev.glassbox.modules.io;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.vm.Builtins;

/**
 * {@code _io}, for now over CPython's own pure-Python implementation of the io stack
 * (Lib/_pyio.py, run from the machine's standard library): the types are _pyio's, presented
 * under the {@code _io} names (io_bridge.py beside this class). The standard streams stay the
 * runtime's Java ones. A Java {@code _io} (FileIO, Buffered*, TextIOWrapper over the
 * descriptor table) is the planned replacement; the interface is the same.
 */
@Exposed.Module(name = "_io", doc = "The io module provides the Python interfaces to stream handling. The\n"
        + "builtin open function is defined in this module.")
public final class IoModule {
    private IoModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(IoModule.class);
        m.dict().setItem("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        // _pyio imports _io while this module is being made: it must already be visible.
        PyDict modules = (PyDict) Builtins.sys().dict().getItemStr("modules");
        modules.setItem("_io", m);
        try {
            dev.glassbox.modules.PythonModules.run(IoModule.class, "io_bridge.py", m);
        } catch (RuntimeException e) {
            modules.pop(dev.glassbox.objects.PyStr.of("_io"));
            throw e;
        }
        return m;
    }
}
