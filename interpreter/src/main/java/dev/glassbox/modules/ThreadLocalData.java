package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBaseObject;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Interpreter;
import dev.glassbox.vm.ThreadState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _thread._local} (threading.local): one attribute dict per thread. Each attribute
 * access points the object's {@code dict} at the running thread's dict (creating it, and
 * running a subclass's {@code __init__} with the constructor's arguments, on a thread's first
 * access), then takes the generic path — as CPython's local_getattro does with
 * {@code _PyObject_GenericGetAttrWithDict}. A thread's dict is dropped when the thread ends.
 */
@Exposed.Type(name = "_local", module = "_thread", gc = true, basicSize = 56, doc = "Thread-local data")
public final class ThreadLocalData extends PyObject implements ThreadState.ThreadExit {
    public static final PyType TYPE = PyType.fromClass(ThreadLocalData.class);

    /** Counted: each thread's dict, and the constructor's arguments for later threads' __init__. */
    private final Map<ThreadState, PyDict> dicts = new HashMap<>();
    private PyObject args, kwargs;

    ThreadLocalData(PyType t) { super(t); }

    @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
    public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
        PyType t = (PyType) cls;
        boolean plainInit = t.lookup("__init__") == PyBaseObject.TYPE.lookup("__init__");
        boolean hasArgs = (args instanceof PyTuple a && a.size() > 0) || (kwargs instanceof PyDict k && k.size() > 0);
        if (plainInit && hasArgs) throw Errors.typeError("Initialization arguments are not supported");
        ThreadLocalData self = new ThreadLocalData(t);
        self.args = args == null ? PyTuple.EMPTY : args;
        Heap.incref(self.args);
        if (kwargs instanceof PyDict k && k.size() > 0) {
            self.kwargs = kwargs;
            Heap.incref(kwargs);
        }
        self.createDict(Interpreter.current().threadState());
        return self;
    }

    private PyDict createDict(ThreadState ts) {
        PyDict d = new PyDict();
        Heap.incref(d);
        dicts.put(ts, d);
        ts.exitListeners.add(this);
        return d;
    }

    /** _ldict: the running thread's dict; a new thread's first access runs {@code __init__}. */
    private PyDict ldict() {
        ThreadState ts = Interpreter.current().threadState();
        PyDict d = dicts.get(ts);
        if (d != null) return d;
        d = createDict(ts);
        PyObject init = type.lookup("__init__");
        if (init != PyBaseObject.TYPE.lookup("__init__")) {
            dict = d;
            Heap.incref(this);
            try {
                PyObject bound = Abstract.bindDescriptor(init, this);
                Heap.decref(Abstract.callArgs(bound, (PyTuple) args, (PyDict) kwargs));
            } catch (PyException e) {
                threadEnded(ts);
                ts.exitListeners.remove(this);
                throw e;
            } finally {
                Heap.decref(this);
            }
        }
        return d;
    }

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __getattribute__(PyObject name) {
        PyStr key = PyStr.intern(Abstract.attrName(name));
        PyDict d = ldict();
        if (key.value.equals("__dict__")) return d;
        dict = d;
        if (type != TYPE) {
            PyObject v = d.getItemStr(key);
            if (v != null) return v;
        }
        return Abstract.genericGetAttr(this, key, false);
    }

    @Exposed.Method(sig = "($self, name, value, /)")
    public PyObject __setattr__(PyObject name, PyObject value) {
        setOrDelete(name, value);
        return PyNone.NONE;
    }

    @Exposed.Method(sig = "($self, name, /)")
    public PyObject __delattr__(PyObject name) {
        setOrDelete(name, null);
        return PyNone.NONE;
    }

    private void setOrDelete(PyObject name, PyObject value) {
        PyStr key = PyStr.intern(Abstract.attrName(name));
        PyDict d = ldict();
        if (key.value.equals("__dict__")) {
            throw Errors.attributeError("'%s' object attribute '__dict__' is read-only", type.name);
        }
        dict = d;
        Abstract.genericSetAttr(this, key, value);
    }

    @Override
    public void threadEnded(ThreadState ts) {
        PyDict d = dicts.remove(ts);
        if (d == null) return;
        if (dict == d) dict = null;
        Heap.decref(d);
    }

    @Override
    public void traverse(Visitor v) {
        if (args != null) v.visit(args);
        if (kwargs != null) v.visit(kwargs);
        for (PyDict d : dicts.values()) v.visit(d);
        if (slots != null) for (PyObject o : slots) if (o != null) v.visit(o);
        if (type.isHeapType()) v.visit(type);
    }

    @Override
    public void release(Releaser r) {
        PyObject a = args, k = kwargs;
        args = kwargs = null;
        dict = null;
        ArrayList<PyDict> ds = new ArrayList<>(dicts.values());
        for (ThreadState ts : dicts.keySet()) ts.exitListeners.remove(this);
        dicts.clear();
        r.release(a);
        r.release(k);
        for (PyDict d : ds) r.release(d);
        super.release(r);
    }
}
