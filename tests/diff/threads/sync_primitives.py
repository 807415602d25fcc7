# threading's synchronisation primitives with deterministic hand-offs: Event, Condition,
# Semaphore, BoundedSemaphore, Barrier, Timer, and queue's producer/consumer patterns.
import queue
import threading

# Event
ev = threading.Event()
print("event:", ev.is_set(), ev.wait(0.01))
threading.Timer(0.02, ev.set).start()
print("event after timer:", ev.wait(5), ev.is_set())

# Condition: strict ping-pong between two threads
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, n):
    for i in range(n):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start(); a.join(); b.join()
print("ping-pong:", " ".join(log))
with cond:
    print("wait timeout:", cond.wait(0.01))
c2 = threading.Condition()
with c2:
    print("wait_for:", c2.wait_for(lambda: True), c2.wait_for(lambda: False, timeout=0.01))

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        threading.Event().wait(0.01)
        with guard:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("semaphore peak <= 2:", peak[0] <= 2, "final", active[0])
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier
barrier = threading.Barrier(3)
order = []
def at_barrier(i):
    idx = barrier.wait()
    with guard:
        order.append(idx)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier indices:", sorted(order))

# queue: producer/consumer with a sentinel, results in order
q = queue.Queue(maxsize=3)
results = []
def producer():
    for i in range(10):
        q.put(i * i)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        results.append(item)
        q.task_done()
    q.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); q.join(); p.join(); c.join()
print("queue:", results)

# several workers draining one queue; results collected per item
work = queue.Queue()
for i in range(20):
    work.put(i)
done = queue.Queue()
def drain():
    while True:
        try:
            i = work.get_nowait()
        except queue.Empty:
            return
        done.put(i * 2)
ws = [threading.Thread(target=drain) for _ in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print("workers:", sorted(done.get() for _ in range(done.qsize())))
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")
lq, pq = queue.LifoQueue(), queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v); pq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.get(), sq.qsize(), sq.empty())
