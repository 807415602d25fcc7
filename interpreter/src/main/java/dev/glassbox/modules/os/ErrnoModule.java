package dev.glassbox.modules.os;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyStr;

/** {@code errno} (Modules/errnomodule.c): Linux's errno names and {@code errorcode}. */
@Exposed.Module(name = "errno", doc = "This module makes available standard errno system symbols.\n\n"
        + "The value of each symbol is the corresponding integer value,\n"
        + "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
        + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
        + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
        + "Symbols that are not relevant to the underlying system are not defined.\n\n"
        + "To map error codes to error messages, use the function os.strerror(),\n"
        + "e.g. os.strerror(2) could return 'No such file or directory'.")
public final class ErrnoModule {
    private ErrnoModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ErrnoModule.class);
        PyDict codes = new PyDict();
        for (String[] row : PosixErrors.TABLE) {
            PyInt n = PyInt.of(Long.parseLong(row[1]));
            m.dict().setItem(row[0], n);
            // For numbers with two names errorcode keeps the one CPython's table adds last:
            // EAGAIN, ENOTSUP and EDEADLOCK.
            if (codes.getItem(n) == null || row[0].equals("EDEADLOCK")) codes.setItem(n, PyStr.of(row[0]));
        }
        m.dict().setItem("errorcode", codes);
        return m;
    }
}
