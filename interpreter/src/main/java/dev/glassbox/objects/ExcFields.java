package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * Layouts of the built-in exceptions that carry fields beyond {@code args}
 * (Objects/exceptions.c: StopIteration.value, SystemExit.code, ...). Each type created in
 * {@link ExceptionTypes} with one of these layouts exposes the annotated members.
 */
public final class ExcFields {
    private ExcFields() {}

    /** Base for layouts with named fields, all counted. */
    abstract static class WithFields extends PyBaseException {
        final PyObject[] fields;

        WithFields(PyType type, int n) {
            super(type);
            fields = new PyObject[n];
        }

        PyObject field(int i) {
            return fields[i] == null ? PyNone.NONE : fields[i];
        }

        void setField(int i, PyObject v) {
            PyObject old = fields[i];
            Heap.xincref(v);
            fields[i] = v;
            Heap.xdecref(old);
        }

        PyObject arg(int i) {
            return i < args.size() ? args.get(i) : null;
        }

        @Override
        public void traverse(Visitor v) {
            super.traverse(v);
            for (PyObject o : fields) if (o != null) v.visit(o);
        }

        @Override
        public void release(Releaser r) {
            for (int i = 0; i < fields.length; i++) {
                PyObject o = fields[i];
                fields[i] = null;
                r.release(o);
            }
            super.release(r);
        }
    }

    public static final class StopIteration extends WithFields {
        public StopIteration(PyType t) { super(t, 1); }

        @Override protected void initFields() { setField(0, args.size() > 0 ? args.get(0) : PyNone.NONE); }

        @Exposed.Getter(name = "value") public PyObject value() { return field(0); }
        @Exposed.Setter(name = "value") public void setValue(PyObject v) { setField(0, v); }
    }

    public static final class SystemExit extends WithFields {
        public SystemExit(PyType t) { super(t, 1); }

        @Override protected void initFields() {
            setField(0, args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args);
        }

        @Exposed.Getter(name = "code") public PyObject code() { return field(0); }
        @Exposed.Setter(name = "code") public void setCode(PyObject v) { setField(0, v); }
    }

    public static final class KeyError extends PyBaseException {
        public KeyError(PyType t) { super(t); }

        @Exposed.Method
        @Override
        public PyObject __str__() {
            if (args.size() == 1) return Abstract.repr(args.get(0));
            return super.__str__();
        }
    }

    public static final class NameError extends WithFields {
        public NameError(PyType t) { super(t, 1); }

        @Exposed.Method(sig = "($self, /, *args, name=None)")
        public PyObject __init__(PyObject args, PyObject name) {
            setArgs((PyTuple) args);
            setField(0, name);
            return PyNone.NONE;
        }

        @Exposed.Getter(name = "name") public PyObject name() { return field(0); }
        @Exposed.Setter(name = "name") public void setName(PyObject v) { setField(0, v); }
    }

    public static final class AttributeError extends WithFields {
        public AttributeError(PyType t) { super(t, 2); }

        @Exposed.Method(sig = "($self, /, *args, name=None, obj=None)")
        public PyObject __init__(PyObject args, PyObject name, PyObject obj) {
            setArgs((PyTuple) args);
            setField(0, name);
            setField(1, obj);
            return PyNone.NONE;
        }

        @Exposed.Getter(name = "name") public PyObject name() { return field(0); }
        @Exposed.Setter(name = "name") public void setName(PyObject v) { setField(0, v); }
        @Exposed.Getter(name = "obj") public PyObject obj() { return field(1); }
        @Exposed.Setter(name = "obj") public void setObj(PyObject v) { setField(1, v); }
    }

    public static final class ImportError extends WithFields {
        public ImportError(PyType t) { super(t, 3); }

        @Override protected void initFields() { if (args.size() == 1) setField(0, args.get(0)); }

        @Exposed.Method(sig = "($self, /, *args, name=None, path=None)")
        public PyObject __init__(PyObject args, PyObject name, PyObject path) {
            setArgs((PyTuple) args);
            setField(0, this.args.size() == 1 ? this.args.get(0) : null);
            setField(1, name);
            setField(2, path);
            return PyNone.NONE;
        }

        @Exposed.Method
        @Override
        public PyObject __str__() {
            if (fields[0] != null && fields[0] != PyNone.NONE) return Abstract.str(fields[0]);
            return super.__str__();
        }

        @Exposed.Getter(name = "msg") public PyObject msg() { return field(0); }
        @Exposed.Setter(name = "msg") public void setMsg(PyObject v) { setField(0, v); }
        @Exposed.Getter(name = "name") public PyObject name() { return field(1); }
        @Exposed.Setter(name = "name") public void setName(PyObject v) { setField(1, v); }
        @Exposed.Getter(name = "path") public PyObject path() { return field(2); }
        @Exposed.Setter(name = "path") public void setPath(PyObject v) { setField(2, v); }
    }

    /** SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line. */
    public static final class SyntaxError extends WithFields {
        static final String[] NAMES = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line"};

        public SyntaxError(PyType t) { super(t, 8); }

        @Override protected void initFields() {
            if (args.size() >= 1) setField(0, args.get(0));
            if (args.size() == 2) {
                PyTuple info = PyTuple.fromIterable(args.get(1));
                if (info.size() < 4 || info.size() > 6) throw Errors.indexError("tuple index out of range");
                for (int i = 0; i < info.size(); i++) setField(1 + i, info.get(i));
            }
        }

        @Exposed.Method
        @Override
        public PyObject __str__() {
            String msg = fields[0] == null ? Abstract.str(PyNone.NONE).toString() : Abstract.str(fields[0]).toString();
            PyObject fn = fields[1], ln = fields[2];
            String file = fn instanceof PyStr s ? basename(s.toString()) : null;
            boolean haveLine = ln instanceof PyInt;
            if (file != null && haveLine) return PyStr.of(msg + " (" + file + ", line " + ln + ")");
            if (file != null) return PyStr.of(msg + " (" + file + ")");
            if (haveLine) return PyStr.of(msg + " (line " + ln + ")");
            return PyStr.of(msg);
        }

        private static String basename(String f) {
            int i = f.lastIndexOf('/');
            return i < 0 ? f : f.substring(i + 1);
        }

        @Exposed.Getter(name = "msg") public PyObject msg() { return field(0); }
        @Exposed.Setter(name = "msg") public void setMsg(PyObject v) { setField(0, v); }
        @Exposed.Getter(name = "filename") public PyObject filename() { return field(1); }
        @Exposed.Setter(name = "filename") public void setFilename(PyObject v) { setField(1, v); }
        @Exposed.Getter(name = "lineno") public PyObject lineno() { return field(2); }
        @Exposed.Setter(name = "lineno") public void setLineno(PyObject v) { setField(2, v); }
        @Exposed.Getter(name = "offset") public PyObject offset() { return field(3); }
        @Exposed.Setter(name = "offset") public void setOffset(PyObject v) { setField(3, v); }
        @Exposed.Getter(name = "text") public PyObject text() { return field(4); }
        @Exposed.Setter(name = "text") public void setText(PyObject v) { setField(4, v); }
        @Exposed.Getter(name = "end_lineno") public PyObject endLineno() { return field(5); }
        @Exposed.Setter(name = "end_lineno") public void setEndLineno(PyObject v) { setField(5, v); }
        @Exposed.Getter(name = "end_offset") public PyObject endOffset() { return field(6); }
        @Exposed.Setter(name = "end_offset") public void setEndOffset(PyObject v) { setField(6, v); }
        @Exposed.Getter(name = "print_file_and_line") public PyObject pfal() { return field(7); }
        @Exposed.Setter(name = "print_file_and_line") public void setPfal(PyObject v) { setField(7, v); }

        public void set(int i, PyObject v) { setField(i, v); }
    }

    /** OSError: errno, strerror, filename, filename2 (the errno→subclass mapping is in OSError.__new__). */
    public static final class OSError extends WithFields {
        public OSError(PyType t) { super(t, 4); }

        @Override protected void initFields() {
            int n = args.size();
            if (n >= 2 && n <= 5) {
                setField(0, args.get(0));
                setField(1, args.get(1));
                if (n >= 3) setField(2, args.get(2));
                if (n >= 5) setField(3, args.get(4));
                if (n >= 3) setArgs(PyTuple.of(args.get(0), args.get(1)));
            }
        }

        @Exposed.Method
        @Override
        public PyObject __str__() {
            if (fields[2] != null && fields[2] != PyNone.NONE) {
                if (fields[3] != null && fields[3] != PyNone.NONE) {
                    return PyStr.of("[Errno " + Abstract.str(field(0)) + "] " + Abstract.str(field(1)) + ": "
                            + Abstract.repr(fields[2]) + " -> " + Abstract.repr(fields[3]));
                }
                return PyStr.of("[Errno " + Abstract.str(field(0)) + "] " + Abstract.str(field(1)) + ": "
                        + Abstract.repr(fields[2]));
            }
            if (fields[0] != null && fields[1] != null) {
                return PyStr.of("[Errno " + Abstract.str(fields[0]) + "] " + Abstract.str(fields[1]));
            }
            return super.__str__();
        }

        @Exposed.Getter(name = "errno") public PyObject errno() { return field(0); }
        @Exposed.Setter(name = "errno") public void setErrno(PyObject v) { setField(0, v); }
        @Exposed.Getter(name = "strerror") public PyObject strerror() { return field(1); }
        @Exposed.Setter(name = "strerror") public void setStrerror(PyObject v) { setField(1, v); }
        @Exposed.Getter(name = "filename") public PyObject filename() { return field(2); }
        @Exposed.Setter(name = "filename") public void setFilename(PyObject v) { setField(2, v); }
        @Exposed.Getter(name = "filename2") public PyObject filename2() { return field(3); }
        @Exposed.Setter(name = "filename2") public void setFilename2(PyObject v) { setField(3, v); }
    }

    /** UnicodeDecodeError/EncodeError/TranslateError: encoding, object, start, end, reason. */
    public static final class UnicodeError extends WithFields {
        public UnicodeError(PyType t) { super(t, 5); }

        @Override protected void initFields() {
            boolean translate = type.isSubtypeOf(ExceptionTypes.UnicodeTranslateError);
            int off = translate ? 1 : 0;
            if (args.size() == 5 - off) {
                if (!translate) setField(0, args.get(0));
                for (int i = 1; i < 5; i++) setField(i, args.get(i - off));
            }
        }

        /** UnicodeEncodeError_str / UnicodeDecodeError_str / UnicodeTranslateError_str (Objects/exceptions.c). */
        @Exposed.Method
        @Override
        public PyObject __str__() {
            if (fields[1] == null) return PyStr.EMPTY;
            String reason = Abstract.str(field(4)).value;
            long start = fields[2] instanceof PyInt s ? s.value : 0, end = fields[3] instanceof PyInt e ? e.value : 0;
            if (type.isSubtypeOf(ExceptionTypes.UnicodeDecodeError)) {
                String enc = Abstract.str(field(0)).value;
                if (end == start + 1 && fields[1] instanceof BytesLike b && start >= 0 && start < b.size()) {
                    return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.at((int) start), start, reason));
                }
                return PyStr.of("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
            }
            String prefix = type.isSubtypeOf(ExceptionTypes.UnicodeTranslateError) ? "can't translate character"
                    : "'" + Abstract.str(field(0)).value + "' codec can't encode character";
            if (end == start + 1 && fields[1] instanceof PyStr s && start >= 0 && start < s.length()) {
                int ch = s.codePointAt((int) start);
                String c = ch <= 0xff ? String.format("\\x%02x", ch) : ch <= 0xffff ? String.format("\\u%04x", ch) : String.format("\\U%08x", ch);
                return PyStr.of(prefix + " '" + c + "' in position " + start + ": " + reason);
            }
            return PyStr.of(prefix + "s in position " + start + "-" + (end - 1) + ": " + reason);
        }

        @Exposed.Getter(name = "encoding") public PyObject encoding() { return field(0); }
        @Exposed.Setter(name = "encoding") public void setEncoding(PyObject v) { setField(0, v); }
        @Exposed.Getter(name = "object") public PyObject object() { return field(1); }
        @Exposed.Setter(name = "object") public void setObject(PyObject v) { setField(1, v); }
        @Exposed.Getter(name = "start") public PyObject start() { return field(2); }
        @Exposed.Setter(name = "start") public void setStart(PyObject v) { setField(2, v); }
        @Exposed.Getter(name = "end") public PyObject end() { return field(3); }
        @Exposed.Setter(name = "end") public void setEnd(PyObject v) { setField(3, v); }
        @Exposed.Getter(name = "reason") public PyObject reason() { return field(4); }
        @Exposed.Setter(name = "reason") public void setReason(PyObject v) { setField(4, v); }
    }

    /** BaseExceptionGroup(message, exceptions) (Objects/exceptions.c, PEP 654). */
    public static final class Group extends WithFields {
        public Group(PyType t) { super(t, 2); }

        @Override protected void initFields() {
            if (args.size() == 2) {
                setField(0, args.get(0));
                setField(1, PyTuple.fromIterable(args.get(1)));
            }
        }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject argsObj, PyObject kwargs) {
            PyType t = (PyType) cls;
            PyTuple a = (PyTuple) argsObj;
            if (a.size() != 2) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", a.size());
            }
            PyObject msg = a.get(0), excs = a.get(1);
            if (!(msg instanceof PyStr)) {
                throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", msg.type.qualname);
            }
            if (!(excs instanceof PyTuple) && !(excs instanceof PyList) && excs.type.special(SpecialMethod.__getitem__) == null
                    || excs instanceof PyDict || excs.type.name.equals("set") || excs.type.name.equals("frozenset")) {
                throw Errors.typeError("second argument (exceptions) must be a sequence");
            }
            PyObject[] items = Abstract.toArray(excs);
            if (items.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            boolean allExceptions = true;
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBaseException)) {
                    throw Errors.valueError("Item %d of second argument (exceptions) is not an exception", i);
                }
                if (!items[i].type.isSubtypeOf(ExceptionTypes.Exception)) allExceptions = false;
            }
            if (t == ExceptionTypes.BaseExceptionGroup) {
                if (allExceptions) t = ExceptionTypes.ExceptionGroup;
            } else if (t == ExceptionTypes.ExceptionGroup) {
                if (!allExceptions) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            } else if (!allExceptions && t.isSubtypeOf(ExceptionTypes.Exception)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '%s'", t.qualname);
            }
            Group g = (Group) t.allocate();
            g.setArgs(PyTuple.of(msg, excs));
            g.setField(0, msg);
            g.setField(1, PyTuple.of(items));
            return g;
        }

        @Exposed.Method(sig = "($self, /, *args, **kwargs)")
        @Override
        public PyObject __init__(PyObject args, PyObject kwargs) {
            return PyNone.NONE;
        }

        @Exposed.Method
        @Override
        public PyObject __str__() {
            int n = ((PyTuple) field(1)).size();
            return PyStr.of(Abstract.str(field(0)).value + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        }

        @Exposed.Method
        @Override
        public PyObject __repr__() {
            return PyStr.of(type.qualname + "(" + Abstract.repr(field(0)).value + ", " + Abstract.repr(args.size() > 1 ? args.get(1) : field(1)).value + ")");
        }

        @Exposed.Getter(name = "message") public PyObject message() { return field(0); }
        @Exposed.Getter(name = "exceptions") public PyObject exceptions() { return field(1); }

        @Exposed.Method(sig = "($self, excs, /)")
        public PyObject derive(PyObject excs) {
            return Abstract.call(ExceptionTypes.BaseExceptionGroup, field(0), excs);
        }

        /** The condition of split/subgroup: a type, a tuple of types, or a predicate. */
        private static boolean matches(PyObject cond, PyObject e) {
            if (cond instanceof PyType t) return e.type.isSubtypeOf(t);
            if (cond instanceof PyTuple tup) {
                for (PyObject c : tup.array()) if (c instanceof PyType ct && e.type.isSubtypeOf(ct)) return true;
                return false;
            }
            return Abstract.isTrue(Abstract.call(cond, e));
        }

        private static void checkCondition(PyObject cond) {
            if (cond instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) return;
            if (cond instanceof PyTuple tup) {
                boolean ok = true;
                for (PyObject c : tup.array()) if (!(c instanceof PyType ct && ct.isSubtypeOf(ExceptionTypes.BaseException))) ok = false;
                if (ok) return;
            }
            if (cond instanceof PyCallable || cond.type.special(SpecialMethod.__call__) != null) return;
            throw Errors.typeError("expected a function, exception type or tuple of exception types");
        }

        /** split_recursive: {match, rest}, each null when empty. */
        private PyObject[] splitRecursive(PyObject cond, boolean wantRest) {
            if (matches(cond, this)) return new PyObject[] {this, null};
            java.util.List<PyObject> match = new java.util.ArrayList<>(), rest = new java.util.ArrayList<>();
            for (PyObject e : ((PyTuple) field(1)).array()) {
                if (e instanceof Group g) {
                    PyObject[] r = g.splitRecursive(cond, wantRest);
                    if (r[0] != null) match.add(r[0]);
                    if (r[1] != null) rest.add(r[1]);
                } else if (matches(cond, e)) {
                    match.add(e);
                } else {
                    rest.add(e);
                }
            }
            PyObject m = match.isEmpty() ? null : derived(match);
            PyObject r = !wantRest || rest.isEmpty() ? null : derived(rest);
            return new PyObject[] {m, r};
        }

        /** derive() plus the metadata CPython copies: traceback, cause, context, notes. */
        private PyObject derived(java.util.List<PyObject> excs) {
            PyObject d = Abstract.callMethod(this, "derive", PyList.of(excs.toArray(new PyObject[0])));
            if (!(d instanceof PyBaseException de)) {
                throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
            }
            de.setTraceback(traceback);
            de.setCause(cause);
            de.suppressContext = suppressContext;
            de.setContext(context);
            PyObject notes = dict == null ? null : dict.getItemStr("__notes__");
            if (notes != null) Abstract.instanceDict(de).setItem("__notes__", notes);
            return de;
        }

        @Exposed.Method(sig = "($self, matcher_value, /)")
        public PyObject split(PyObject cond) {
            checkCondition(cond);
            PyObject[] r = splitRecursive(cond, true);
            return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
        }

        @Exposed.Method(sig = "($self, matcher_value, /)")
        public PyObject subgroup(PyObject cond) {
            checkCondition(cond);
            PyObject[] r = splitRecursive(cond, false);
            return r[0] == null ? PyNone.NONE : r[0];
        }

        @Exposed.ClassMethod(sig = "($type, item, /)")
        public static PyObject __class_getitem__(PyObject cls, PyObject item) {
            return GenericAlias.of(cls, item);
        }
    }
}
