package dev.glassbox.modules.std;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;

/** {@code _sha512} (Modules/sha512module.c): sha384 and sha512, whose types are in {@link ShaModules}. */
@Exposed.Module(name = "_sha512")
public final class Sha512Module {
    private Sha512Module() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(Sha512Module.class);
        // CPython 3.11 registers only SHA384Type under a name (its SHA512Type is not added)
        m.dict().setItem("SHA384Type", ShaModules.Sha384.TYPE);
        return m;
    }

    @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-384 hash object; optionally initialized with a string.")
    public static PyObject sha384(PyObject string, PyObject usedForSecurity) {
        ShaModules.Sha384 h = new ShaModules.Sha384();
        if (string != null) h.feed(string);
        return h;
    }

    @Exposed.Function(sig = "($module, /, string=b'', *, usedforsecurity=True)", doc = "Return a new SHA-512 hash object; optionally initialized with a string.")
    public static PyObject sha512(PyObject string, PyObject usedForSecurity) {
        ShaModules.Sha512 h = new ShaModules.Sha512();
        if (string != null) h.feed(string);
        return h;
    }
}
