package dev.glassbox.modules;

import dev.glassbox.memory.Heap;
import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.vm.Blocking;

/**
 * {@code _thread.lock} and {@code _thread.RLock}. The lock state is plain Java guarded by the
 * object's monitor (a releasing thread may not hold the GIL: a thread's sentinel lock is
 * released as it exits); a blocking acquire waits with the GIL released through
 * {@link Blocking#await}, so signal handlers interrupt it as in CPython.
 */
final class ThreadLocks {
    private ThreadLocks() {}

    /** lock_acquire_parse_args: the deadline, 0 for a non-blocking attempt. */
    static long deadline(PyObject blocking, PyObject timeout) {
        boolean block = blocking == null || Abstract.isTrue(blocking);
        double t = -1;
        boolean given = false;
        if (timeout != null) {
            t = timeout instanceof PyInt i ? (double) i.value : Abstract.asDouble(timeout);
            given = t != -1;
        }
        if (!block && given) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (t < 0 && given) throw Errors.valueError("timeout value must be positive");
        if (given && t * 1e9 >= 9.223372036854775807e18) throw Errors.overflowError("timestamp out of range for platform time_t");
        if (!block) return 0;
        if (given && t > ThreadModule.TIMEOUT_MAX) throw Errors.overflowError("timeout value is too large");
        return given ? Blocking.deadline(t) : Blocking.FOREVER;
    }

    static String addr(PyObject o) {
        return String.format("0x%x", Heap.address(o));
    }

    @Exposed.Type(name = "lock", module = "_thread", baseType = false, basicSize = 40,
            doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\n"
                    + "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
                    + "release() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\n"
                    + "A lock is not owned by the thread that locked it; another thread may\n"
                    + "unlock it.  A thread attempting to lock a lock that it has already locked\n"
                    + "will block until another thread unlocks it.  Deadlocks may ensue.")
    static final class Lock extends PyObject {
        static final PyType TYPE = PyType.fromClass(Lock.class);
        private boolean locked;

        Lock(PyType t) { super(t); }

        synchronized boolean tryAcquire() {
            if (locked) return false;
            locked = true;
            return true;
        }

        /** release_sentinel: called as the owning thread's state goes away. */
        void releaseFromExit() {
            synchronized (this) {
                locked = false;
                notifyAll();
            }
        }

        @Exposed.Method(sig = "($self, /, blocking=True, timeout=-1)", doc = "acquire(blocking=True, timeout=-1) -> bool\n"
                + "(acquire_lock() is an obsolete synonym)\n\n"
                + "Lock the lock.  Without argument, this blocks if the lock is already\n"
                + "locked (even by the same thread), waiting for another thread to release\n"
                + "the lock, and return True once the lock is acquired.\n"
                + "With an argument, this will only block if the argument is true,\n"
                + "and the return value reflects whether the lock is acquired.\n"
                + "The blocking operation is interruptible.")
        public PyObject acquire(PyObject blocking, PyObject timeout) {
            long deadline = deadline(blocking, timeout);
            if (tryAcquire()) return PyBool.TRUE;
            if (deadline == 0) return PyBool.FALSE;
            return PyBool.of(Blocking.await(this, this::grab, deadline));
        }

        /** Under the monitor, without the GIL. */
        private boolean grab() {
            if (locked) return false;
            locked = true;
            return true;
        }

        @Exposed.Method(name = "__enter__", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject enter(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(name = "acquire_lock", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject acquireLock(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "release()\n(release_lock() is an obsolete synonym)\n\n"
                + "Release the lock, allowing another thread that is blocked waiting for\n"
                + "the lock to acquire the lock.  The lock must be in the locked state,\n"
                + "but it needn't be locked by the same thread that unlocks it.")
        public void release() {
            synchronized (this) {
                if (locked) {
                    locked = false;
                    notifyAll();
                    return;
                }
            }
            throw Errors.runtimeError("release unlocked lock");
        }

        @Exposed.Method(name = "release_lock", conv = Exposed.Convention.NOARGS)
        public void releaseLock() { release(); }

        @Exposed.Method(name = "__exit__", sig = "($self, *args)")
        public void exit(PyObject args) { release(); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\n"
                + "Return whether the lock is in the locked state.")
        public synchronized boolean locked() { return locked; }

        @Exposed.Method(name = "locked_lock", conv = Exposed.Convention.NOARGS)
        public synchronized boolean lockedLock() { return locked; }

        @Exposed.Method(name = "_at_fork_reinit", conv = Exposed.Convention.NOARGS)
        public synchronized void atForkReinit() { locked = false; }

        @Exposed.Method
        public PyObject __repr__() {
            return PyStr.of(String.format("<%s %s object at %s>", locked() ? "locked" : "unlocked",
                    Abstract.typeModule(type) + "." + type.qualname, addr(this)));
        }
    }

    @Exposed.Type(name = "RLock", module = "_thread", basicSize = 48, gc = true)
    static final class RLock extends PyObject {
        static final PyType TYPE = PyType.fromClass(RLock.class);
        /** Guarded by the monitor: the owner's ident (0 when free) and its recursion count. */
        private long owner, count;

        RLock(PyType t) { super(t); }

        @Exposed.StaticMethod(name = "__new__", sig = "($type, *args, **kwargs)")
        public static PyObject __new__(PyObject cls, PyObject args, PyObject kwargs) {
            return new RLock((PyType) cls);
        }

        @Exposed.Method(sig = "($self, /, blocking=True, timeout=-1)", doc = "acquire(blocking=True) -> bool\n\n"
                + "Lock the lock.  `blocking` indicates whether we should wait\n"
                + "for the lock to be available or not.  If `blocking` is False\n"
                + "and another thread holds the lock, the method will return False\n"
                + "immediately.  If `blocking` is True and another thread holds\n"
                + "the lock, the method will wait for the lock to be released,\n"
                + "take it and then return True.\n"
                + "(note: the blocking operation is interruptible.)\n\n"
                + "In all other cases, the method will return True immediately.\n"
                + "Precisely, if the current thread already holds the lock, its\n"
                + "internal counter is simply incremented. If nobody holds the lock,\n"
                + "the lock is taken and its internal counter initialized to 1.")
        public PyObject acquire(PyObject blocking, PyObject timeout) {
            long deadline = deadline(blocking, timeout);
            long me = ThreadModule.ident();
            synchronized (this) {
                if (count > 0 && owner == me) {
                    count++;
                    return PyBool.TRUE;
                }
                if (count == 0) {
                    owner = me;
                    count = 1;
                    return PyBool.TRUE;
                }
            }
            if (deadline == 0) return PyBool.FALSE;
            return PyBool.of(Blocking.await(this, () -> take(me, 1), deadline));
        }

        /** Under the monitor: takes the free lock for {@code me}. */
        private boolean take(long me, long n) {
            if (count != 0) return false;
            owner = me;
            count = n;
            return true;
        }

        @Exposed.Method(name = "__enter__", sig = "($self, /, blocking=True, timeout=-1)")
        public PyObject enter(PyObject blocking, PyObject timeout) { return acquire(blocking, timeout); }

        @Exposed.Method(conv = Exposed.Convention.NOARGS, doc = "release()\n\n"
                + "Release the lock, allowing another thread that is blocked waiting for\n"
                + "the lock to acquire the lock.  The lock must be in the locked state,\n"
                + "and must be locked by the same thread that unlocks it; otherwise a\n"
                + "`RuntimeError` is raised.\n\n"
                + "Do note that if the lock was acquire()d several times in a row by the\n"
                + "current thread, release() needs to be called as many times for the lock\n"
                + "to be available for other threads.")
        public void release() {
            long me = ThreadModule.ident();
            synchronized (this) {
                if (count > 0 && owner == me) {
                    if (--count == 0) {
                        owner = 0;
                        notifyAll();
                    }
                    return;
                }
            }
            throw Errors.runtimeError("cannot release un-acquired lock");
        }

        @Exposed.Method(name = "__exit__", sig = "($self, *args)")
        public void exit(PyObject args) { release(); }

        @Exposed.Method(name = "_is_owned", conv = Exposed.Convention.NOARGS, doc = "_is_owned() -> bool\n\n"
                + "For internal use by `threading.Condition`.")
        public synchronized boolean isOwned() { return count > 0 && owner == ThreadModule.ident(); }

        @Exposed.Method(name = "_recursion_count", conv = Exposed.Convention.NOARGS, doc = "_recursion_count() -> int\n\n"
                + "For internal use by reentrancy checks.")
        public synchronized PyObject recursionCount() { return PyInt.of(owner == ThreadModule.ident() ? count : 0); }

        @Exposed.Method(name = "_release_save", conv = Exposed.Convention.NOARGS, doc = "_release_save() -> tuple\n\n"
                + "For internal use by `threading.Condition`.")
        public PyObject releaseSave() {
            long c, o;
            synchronized (this) {
                if (count == 0) c = o = -1;
                else {
                    c = count;
                    o = owner;
                    count = 0;
                    owner = 0;
                    notifyAll();
                }
            }
            if (c < 0) throw Errors.runtimeError("cannot release un-acquired lock");
            return PyTuple.of(PyInt.of(c), PyInt.of(o));
        }

        @Exposed.Method(name = "_acquire_restore", sig = "($self, state, /)",
                doc = "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`.")
        public PyObject acquireRestore(PyObject state) {
            if (!(state instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("_acquire_restore() argument 1 must be tuple, not %s", state.type.qualname);
            }
            long c = Abstract.indexAsLong(t.get(0)), o = Abstract.indexAsLong(t.get(1));
            synchronized (this) {
                if (take(o, c)) return PyNone.NONE;
            }
            Blocking.await(this, () -> take(o, c), Blocking.FOREVER);
            return PyNone.NONE;
        }

        @Exposed.Method(name = "_at_fork_reinit", conv = Exposed.Convention.NOARGS)
        public synchronized void atForkReinit() { owner = 0; count = 0; }

        @Exposed.Method
        public PyObject __repr__() {
            long o, c;
            synchronized (this) {
                o = owner;
                c = count;
            }
            return PyStr.of(String.format("<%s %s object owner=%d count=%d at %s>", c > 0 ? "locked" : "unlocked",
                    Abstract.typeModule(type) + "." + type.qualname, o, c, addr(this)));
        }
    }
}
