package dev.glassbox.objects;

import dev.glassbox.memory.Heap;

/**
 * {@code BaseException} and the layout of every exception without extra fields
 * (Objects/exceptions.c): args, traceback, context, cause, suppress_context; notes live in
 * the instance dict as {@code __notes__}, as in 3.11. Subclasses with extra attributes
 * (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) extend this class.
 */
@Exposed.Type(instanceDict = true, gc = true, name = "BaseException", doc = "Common base class for all exceptions")
public class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    public PyObject traceback;   // PyTraceback or null
    public PyBaseException context;
    public PyBaseException cause;
    public boolean suppressContext;

    public static final PyType TYPE = PyType.fromClass(PyBaseException.class);

    public PyBaseException(PyType type) {
        super(type);
        Heap.incref(args);
    }

    /** An instance of {@code type} with the given arguments, as {@code type(*args)} without running Python __init__. */
    public static PyBaseException create(PyType type, PyObject... args) {
        PyBaseException e = (PyBaseException) type.allocate();
        e.setArgs(PyTuple.of(args));
        e.initFields();
        return e;
    }

    /** Sets type-specific fields from {@link #args} (StopIteration.value, ...). */
    protected void initFields() {}

    public void setArgs(PyTuple t) {
        PyTuple old = args;
        Heap.incref(t);
        args = t;
        Heap.decref(old);
    }

    public void setTraceback(PyObject tb) {
        PyObject old = traceback;
        Heap.xincref(tb);
        traceback = tb;
        Heap.xdecref(old);
    }

    public void setContext(PyBaseException c) {
        PyBaseException old = context;
        Heap.xincref(c);
        context = c;
        Heap.xdecref(old);
    }

    public void setCause(PyBaseException c) {
        PyBaseException old = cause;
        Heap.xincref(c);
        cause = c;
        Heap.xdecref(old);
        suppressContext = true;
    }

    /** The message text for Java-side display: str(args[0]) for string arguments. */
    String argsString() {
        if (args.size() == 1 && args.get(0) instanceof PyStr s) return s.toString();
        return args.size() == 0 ? "" : args.toString();
    }

    // ------------------------------------------------------------------ Python API

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = Abstract.checkTypeArg(cls, "BaseException.__new__");
        if (t == ExceptionTypes.OSError) t = osErrorSubtype(t, (PyTuple) args);
        PyBaseException e = (PyBaseException) t.allocate();
        e.setArgs((PyTuple) args);
        return e;
    }

    /** OSError(errno, strerror, ...) is the subclass for the errno (Objects/exceptions.c errnomap, Linux values). */
    private static PyType osErrorSubtype(PyType t, PyTuple args) {
        if (args.size() < 2 || args.size() > 5 || !(args.get(0) instanceof PyInt i)) return t;
        return switch ((int) i.value) {
            case 11, 114, 115 -> ExceptionTypes.BlockingIOError;
            case 10 -> ExceptionTypes.ChildProcessError;
            case 32, 108 -> ExceptionTypes.BrokenPipeError;
            case 103 -> ExceptionTypes.ConnectionAbortedError;
            case 111 -> ExceptionTypes.ConnectionRefusedError;
            case 104 -> ExceptionTypes.ConnectionResetError;
            case 17 -> ExceptionTypes.FileExistsError;
            case 2 -> ExceptionTypes.FileNotFoundError;
            case 21 -> ExceptionTypes.IsADirectoryError;
            case 20 -> ExceptionTypes.NotADirectoryError;
            case 4 -> ExceptionTypes.InterruptedError;
            case 13, 1 -> ExceptionTypes.PermissionError;
            case 3 -> ExceptionTypes.ProcessLookupError;
            case 110 -> ExceptionTypes.TimeoutError;
            default -> t;
        };
    }

    @Exposed.Method(sig = "($self, /, *args, **kwargs)")
    public PyObject __init__(PyObject args, PyObject kwargs) {
        if (kwargs instanceof PyDict d && d.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", type.name.substring(type.name.lastIndexOf('.') + 1));
        }
        setArgs((PyTuple) args);
        initFields();
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __str__() {
        int n = args.size();
        if (n == 0) return PyStr.EMPTY;
        if (n == 1) return Abstract.str(args.get(0));
        return Abstract.str(args);
    }

    @Exposed.Method
    public PyObject __repr__() {
        String name = type.qualname;
        if (args.size() == 1) return PyStr.of(name + "(" + Abstract.repr(args.get(0)) + ")");
        if (args.size() == 0) return PyStr.of(name + "()");
        return PyStr.of(name + Abstract.repr(args));
    }

    @Exposed.Getter(name = "args")
    public PyObject getArgs() { return args; }

    @Exposed.Setter(name = "args")
    public void setArgsAttr(PyObject v) {
        if (v == null) throw Errors.typeError("args may not be deleted");
        setArgs(PyTuple.fromIterable(v));
    }

    @Exposed.Getter(name = "__traceback__")
    public PyObject getTraceback() { return traceback == null ? PyNone.NONE : traceback; }

    @Exposed.Setter(name = "__traceback__")
    public void setTracebackAttr(PyObject v) {
        if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
        if (v == PyNone.NONE) setTraceback(null);
        else if (v.type.name.equals("traceback")) setTraceback(v);
        else throw Errors.typeError("__traceback__ must be a traceback or None");
    }

    @Exposed.Getter(name = "__context__")
    public PyObject getContext() { return context == null ? PyNone.NONE : context; }

    @Exposed.Setter(name = "__context__")
    public void setContextAttr(PyObject v) {
        if (v == null) throw Errors.typeError("__context__ may not be deleted");
        if (v == PyNone.NONE) setContext(null);
        else if (v instanceof PyBaseException e) setContext(e);
        else throw Errors.typeError("exception context must be None or derive from BaseException");
    }

    @Exposed.Getter(name = "__cause__")
    public PyObject getCause() { return cause == null ? PyNone.NONE : cause; }

    @Exposed.Setter(name = "__cause__")
    public void setCauseAttr(PyObject v) {
        if (v == null) throw Errors.typeError("__cause__ may not be deleted");
        if (v == PyNone.NONE) setCause(null);
        else if (v instanceof PyBaseException e) setCause(e);
        else throw Errors.typeError("exception cause must be None or derive from BaseException");
    }

    @Exposed.Getter(name = "__suppress_context__")
    public PyObject getSuppress() { return PyBool.of(suppressContext); }

    @Exposed.Setter(name = "__suppress_context__")
    public void setSuppress(PyObject v) {
        suppressContext = v != null && Abstract.isTrue(v);
    }

    @Exposed.Method(sig = "($self, tb, /)")
    public PyObject with_traceback(PyObject tb) {
        setTracebackAttr(tb);
        return this;
    }

    @Exposed.Method(sig = "($self, note, /)")
    public PyObject add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '%s'", note.type.name);
        }
        PyDict d = Abstract.instanceDict(this);
        PyObject notes = d.getItemStr(PyStr.intern("__notes__"));
        if (notes == null) {
            notes = new PyList();
            d.setItem(PyStr.intern("__notes__"), notes);
        } else if (!(notes instanceof PyList)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
        return PyNone.NONE;
    }

    @Exposed.Method
    public PyObject __reduce__() {
        if (dict != null && dict.size() > 0) return PyTuple.of(type, args, dict);
        return PyTuple.of(type, args);
    }

    @Override
    public void traverse(Visitor v) {
        super.traverse(v);
        v.visit(args);
        if (traceback != null) v.visit(traceback);
        if (context != null) v.visit(context);
        if (cause != null) v.visit(cause);
    }

    @Override
    public void release(Releaser r) {
        // BaseException_clear order: dict, args, notes, traceback, cause, context
        PyDict d = dict; dict = null; r.release(d);
        PyTuple a = args; args = PyTuple.EMPTY; r.release(a);
        PyObject tb = traceback; traceback = null; r.release(tb);
        PyObject c = cause; cause = null; r.release(c);
        PyObject x = context; context = null; r.release(x);
        super.release(r);
    }
}
