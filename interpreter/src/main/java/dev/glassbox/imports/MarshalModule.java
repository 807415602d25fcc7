package dev.glassbox.imports;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.BytesOps;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBytes;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;

/** {@code marshal} (Python/marshal.c): CPython's serialization of values and code objects. */
@Exposed.Module(name = "marshal", doc = "This module contains functions that can read and write Python values in\n"
        + "a binary format. The format is specific to Python, but independent of\n"
        + "machine architecture issues.\n\n"
        + "Not all Python object types are supported; in general, only objects\n"
        + "whose value is independent from a particular invocation of Python can be\n"
        + "written and read by this module. The following types are supported:\n"
        + "None, integers, floating point numbers, strings, bytes, bytearrays,\n"
        + "tuples, lists, sets, dictionaries, and code objects, where it\n"
        + "should be understood that tuples, lists and dictionaries are only\n"
        + "supported as long as the values contained therein are themselves\n"
        + "supported; and recursive lists and dictionaries should not be written\n"
        + "(they will cause infinite loops).\n\n"
        + "Variables:\n\n"
        + "version -- indicates the format that the module uses. Version 0 is the\n"
        + "    historical format, version 1 shares interned strings and version 2\n"
        + "    uses a binary format for floating point numbers.\n"
        + "    Version 3 shares common object references (New in version 3.4).\n\n"
        + "Functions:\n\n"
        + "dump() -- write value to a file\n"
        + "load() -- read value from a file\n"
        + "dumps() -- marshal value as a bytes object\n"
        + "loads() -- read value from a bytes-like object")
public final class MarshalModule {
    private MarshalModule() {}

    public static final int VERSION = 4;

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(MarshalModule.class);
        m.dict().setItem("version", PyInt.of(VERSION));
        return m;
    }

    /** Java callers (the bytecode cache): CPython's bytes for {@code v}. */
    public static byte[] dumpsBytes(PyObject v) {
        return MarshalWriter.dumps(v, VERSION);
    }

    /** Java callers: the object in {@code data} (CPython's errors for bad data). */
    public static PyObject loadsBytes(byte[] data) {
        return new MarshalReader(data).readObject();
    }

    @Exposed.Function(sig = "($module, value, version=4, /)", doc = "Return the bytes object that would be written to a file by dump(value, file).\n\n"
            + "  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\n"
            + "Raise a ValueError exception if value has (or contains an object that has) an\nunsupported type.")
    public static PyObject dumps(PyObject value, PyObject version) {
        int v = version == null ? VERSION : (int) Abstract.indexAsLong(version);
        return PyBytes.of(MarshalWriter.dumps(value, v));
    }

    @Exposed.Function(sig = "($module, bytes, /)", doc = "Convert the bytes-like object to a value.\n\n"
            + "If no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.")
    public static PyObject loads(PyObject bytes) {
        return new MarshalReader(BytesOps.bytesOf(bytes)).readObject();
    }

    @Exposed.Function(sig = "($module, value, file, version=4, /)", doc = "Write the value on the open file.\n\n"
            + "  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n"
            + "    Indicates the data format that dump should use.\n\n"
            + "If the value has (or contains an object that has) an unsupported type, a\n"
            + "ValueError exception is raised - but garbage data will also be written\n"
            + "to the file. The object will not be properly read back by load().")
    public static PyObject dump(PyObject value, PyObject file, PyObject version) {
        int v = version == null ? VERSION : (int) Abstract.indexAsLong(version);
        Abstract.callMethod(file, "write", PyBytes.of(MarshalWriter.dumps(value, v)));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, file, /)", doc = "Read one value from the open file and return it.\n\n"
            + "  file\n    Must be readable binary file.\n\n"
            + "If no valid value is read (e.g. because the data has a different Python\n"
            + "version's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\n"
            + "Note: If an object containing an unsupported type was marshalled with\n"
            + "dump(), load() will substitute None for the unmarshallable type.")
    public static PyObject load(PyObject file) {
        return new MarshalReader(file).readObject();
    }
}
