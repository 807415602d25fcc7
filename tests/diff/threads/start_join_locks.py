# _thread and threading basics: start/join, results through shared state, Lock/RLock semantics,
# thread idents and names, thread-local data, daemon flags and excepthook output.
import _thread
import threading
import time

# start_new_thread with a lock as the completion signal
done = _thread.allocate_lock()
done.acquire()
box = []
def worker(a, b, *, c):
    box.append(a + b + c)
    done.release()
_thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print("start_new_thread:", box)

# argument checking as CPython's
for args in [(print,), (1, ()), (print, [1]), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# Lock
lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print("non-blocking acquire of a held lock:", lock.acquire(False))
print("timed acquire of a held lock:", lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kw in [dict(blocking=False, timeout=1), dict(timeout=-2)]:
    try:
        lock.acquire(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.acquire(timeout=1e300)
except OverflowError as e:
    print("OverflowError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# RLock: re-entrant for its owner, not for others
r = threading.RLock()
r.acquire(); r.acquire()
print("RLock owned twice:", r._is_owned())
res = []
t = threading.Thread(target=lambda: res.append(r.acquire(blocking=False)))
t.start(); t.join()
print("other thread gets it:", res)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# many threads incrementing under a lock
counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(500,)) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print("counter:", counter)

# idents, names, current_thread, enumerate, active_count
main_ident = threading.get_ident()
seen = {}
def report(k):
    seen[k] = (threading.current_thread().name, threading.get_ident() != main_ident,
               threading.current_thread() is not threading.main_thread())
ts = [threading.Thread(target=report, args=(i,), name=f"worker-{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print(threading.current_thread().name, threading.active_count(), [t.name for t in threading.enumerate()])
print("alive after join:", any(t.is_alive() for t in ts), "idents set:", all(t.ident for t in ts))
print("native id:", isinstance(threading.get_native_id(), int))

# thread-local data
local = threading.local()
local.x = "main"
out = []
def use_local(v):
    out.append(hasattr(local, "x"))
    local.x = v
    time.sleep(0.01)
    out.append(local.x)
ts = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("local:", local.x, out.count(False), sorted(v for v in out if isinstance(v, str)))

class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start
ml = MyLocal(10)
ml.value += 1
got = []
t = threading.Thread(target=lambda: got.append(ml.value)); t.start(); t.join()
print("subclass local:", ml.value, got)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# an exception in a thread goes to threading.excepthook
def boom():
    raise ValueError("boom in thread")
t = threading.Thread(target=boom, name="Boomer")
t.start(); t.join()
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="Hooked"); t.start(); t.join()
print("hooked:", caught)
threading.excepthook = threading.__excepthook__

# daemon flag and joins with timeouts
ev = threading.Event()
d = threading.Thread(target=ev.wait, daemon=True)
d.start()
d.join(0.01)
print("daemon alive:", d.is_alive(), d.daemon)
ev.set(); d.join()
print("daemon done:", d.is_alive())
