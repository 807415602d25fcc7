package dev.glassbox.objects;

/**
 * Named tuples written in C (Objects/structseq.c): {@code sys.version_info}, {@code sys.flags},
 * {@code os.stat_result}, {@code time.struct_time}... Each is a tuple subtype whose fields are
 * also attributes, with the repr {@code name(field=value, ...)}.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A new struct sequence type {@code module.name} with the given visible fields. */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.builtinSubtype(module.isEmpty() ? name : module + "." + name, PyTuple.TYPE, PyTuple.class);
        t.ready();
        t.qualname = name;
        t.moduleName = module;
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            t.dict.setItem(fields[i], PyGetSetDescr.ofFunctions(t, fields[i], o -> ((PyTuple) o).get(idx), null, null));
        }
        t.dict.setItem("n_sequence_fields", PyInt.of(fields.length));
        t.dict.setItem("n_fields", PyInt.of(fields.length));
        t.dict.setItem("n_unnamed_fields", PyInt.ZERO);
        PyTuple names = PyTuple.of(java.util.Arrays.stream(fields).map(PyStr::of).toArray(PyObject[]::new));
        t.dict.setItem("_fields", names);
        t.dict.setItem("__match_args__", names);
        t.dict.setItem("__repr__", new Repr(t, fields).descr());
        t.modified();
        return t;
    }

    /** An instance of a struct sequence type. */
    public static PyTuple make(PyType t, PyObject... values) {
        return PyTuple.ofSubtype(t, values.clone());
    }

    /** The repr as a bound built-in: name(field=value, ...). */
    private record Repr(PyType t, String[] fields) {
        PyObject descr() {
            return PyGetSetDescr.ofFunctions(t, "__repr__", self -> new ReprFn(self, fields), null, null);
        }
    }

    /** Callable returned for {@code __repr__} lookups: repr(seq) calls it. */
    private static final class ReprFn extends PyObject implements PyCallable {
        private final PyObject self;
        private final String[] fields;

        ReprFn(PyObject self, String[] fields) {
            super(PyBaseObject.TYPE);
            this.self = self;
            this.fields = fields;
        }

        @Override
        public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
            PyTuple tup = (PyTuple) self;
            String mod = self.type.moduleName;
            StringBuilder b = new StringBuilder(mod == null || mod.isEmpty() || mod.equals("builtins") ? "" : mod + ".");
            b.append(self.type.qualname).append('(');
            for (int i = 0; i < fields.length && i < tup.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(fields[i]).append('=').append(Abstract.repr(tup.get(i)).value);
            }
            return PyStr.of(b.append(')').toString());
        }
    }
}
