package dev.glassbox.modules;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyDict;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyType;

/**
 * A minimal {@code _thread} (Modules/_threadmodule.c) for a runtime that runs Python on one
 * thread: {@code get_ident}, locks and re-entrant locks that count acquisitions (a blocking
 * acquire of a held plain lock would wait forever, so it raises instead), and the constants
 * {@code reprlib}, {@code functools} and {@code threading}'s import need. Starting threads
 * is not supported yet.
 */
@Exposed.Module(name = "_thread", doc = "This module provides primitive operations to write multi-threaded programs.\n"
        + "The 'threading' module provides a more convenient interface.")
public final class ThreadModule {
    private ThreadModule() {}

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(ThreadModule.class);
        PyDict d = m.dict();
        d.setItem("LockType", Lock.TYPE);
        d.setItem("lock", Lock.TYPE);
        d.setItem("RLock", RLock.TYPE);
        d.setItem("error", ExceptionTypes.RuntimeError);
        d.setItem("TIMEOUT_MAX", PyFloat.of(9223372036.0));
        return m;
    }

    static long ident() {
        return Thread.currentThread().getId();
    }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "Return a non-zero integer that uniquely identifies the current thread.")
    public static PyObject get_ident() { return PyInt.of(ident()); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "Return the native integral Thread ID of the current thread.")
    public static PyObject get_native_id() { return PyInt.of(ProcessHandle.current().pid()); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS, doc = "Create a new lock object.")
    public static PyObject allocate_lock() { return new Lock(Lock.TYPE); }

    @Exposed.Function(conv = Exposed.Convention.NOARGS)
    public static PyObject _count() { return PyInt.ZERO; }

    @Exposed.Function(sig = "($module, size=0, /)")
    public static PyObject stack_size(PyObject size) { return PyInt.ZERO; }

    static boolean blocking(PyObject b) {
        return b == null || Abstract.isTrue(b);
    }

    @Exposed.Type(name = "lock", module = "_thread", baseType = false, basicSize = 40)
    public static final class Lock extends PyObject {
        public static final PyType TYPE = PyType.fromClass(Lock.class);
        boolean locked;

        public Lock(PyType t) { super(t); }

        @Exposed.Method(sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject acquire(PyObject blocking, PyObject timeout) {
            if (!locked) {
                locked = true;
                return PyBool.TRUE;
            }
            if (!blocking(blocking) || (timeout instanceof PyInt i && i.value >= 0)
                    || (timeout instanceof PyFloat f && f.value >= 0)) {
                return PyBool.FALSE;
            }
            throw Errors.runtimeError("acquire of a held lock would block forever (no other threads)");
        }

        @Exposed.Method(name = "__enter__", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject enter(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(name = "acquire_lock", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject acquireLock(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS)
        public void release() {
            if (!locked) throw Errors.runtimeError("release unlocked lock");
            locked = false;
        }

        @Exposed.Method(name = "release_lock", conv = Exposed.Convention.NOARGS)
        public void releaseLock() { release(); }

        @Exposed.Method(name = "__exit__", sig = "($self, *args)")
        public void exit(PyObject args) { release(); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS)
        public boolean locked() { return locked; }

        @Exposed.Method(name = "locked_lock", conv = Exposed.Convention.NOARGS)
        public boolean lockedLock() { return locked; }

        @Exposed.Method(name = "_at_fork_reinit", conv = Exposed.Convention.NOARGS)
        public void atForkReinit() { locked = false; }

        @Exposed.Method
        public PyObject __repr__() {
            return PyStr.of(String.format("<%s %s object at 0x%x>", locked ? "locked" : "unlocked",
                    Abstract.typeModule(type) + "." + type.qualname, dev.glassbox.memory.Heap.address(this)));
        }
    }

    @Exposed.Type(name = "RLock", module = "_thread", basicSize = 48)
    public static final class RLock extends PyObject {
        public static final PyType TYPE = PyType.fromClass(RLock.class);
        long owner, count;

        public RLock(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return new RLock((PyType) cls);
        }

        @Exposed.Method(sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject acquire(PyObject blocking, PyObject timeout) {
            long me = ident();
            if (count == 0 || owner == me) {
                owner = me;
                count++;
                return PyBool.TRUE;
            }
            if (!blocking(blocking)) return PyBool.FALSE;
            throw Errors.runtimeError("acquire of a held lock would block forever (no other threads)");
        }

        @Exposed.Method(name = "__enter__", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject enter(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS)
        public void release() {
            if (count == 0 || owner != ident()) throw Errors.runtimeError("cannot release un-acquired lock");
            if (--count == 0) owner = 0;
        }

        @Exposed.Method(name = "__exit__", sig = "($self, *args)")
        public void exit(PyObject args) { release(); }

        @Exposed.Method(name = "_is_owned", conv = Exposed.Convention.NOARGS)
        public boolean isOwned() { return count > 0 && owner == ident(); }

        @Exposed.Method(name = "_at_fork_reinit", conv = Exposed.Convention.NOARGS)
        public void atForkReinit() { owner = 0; count = 0; }

        @Exposed.Method
        public PyObject __repr__() {
            return PyStr.of(String.format("<%s %s object owner=%d count=%d at 0x%x>", count > 0 ? "locked" : "unlocked",
                    Abstract.typeModule(type) + "." + type.qualname, owner, count, dev.glassbox.memory.Heap.address(this)));
        }
    }

    static PyObject none() { return PyNone.NONE; }
}
