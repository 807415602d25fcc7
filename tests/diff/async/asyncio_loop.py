# asyncio's default event loop (selector over the self-pipe socketpair): run, tasks, gather,
# sleep ordering, wait_for timeouts, call_soon/call_later, queues, events, locks,
# run_in_executor on threads, async generators and shutdown_asyncgens, cancellation.
import asyncio
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, type(loop._selector).__name__)

    # sleeps finish in deadline order, not creation order
    order = []
    async def sleeper(name, delay):
        await asyncio.sleep(delay)
        order.append(name)
        return name
    results = await asyncio.gather(sleeper("slow", 0.06), sleeper("fast", 0.01), sleeper("mid", 0.03))
    print("gather:", results, "finished:", order)

    # call_soon runs in FIFO order, call_later by deadline
    calls = []
    loop.call_later(0.02, calls.append, "later-2")
    loop.call_later(0.01, calls.append, "later-1")
    loop.call_soon(calls.append, "soon-1")
    loop.call_soon(calls.append, "soon-2")
    await asyncio.sleep(0.05)
    print("callbacks:", calls)

    # wait_for with a timeout cancels the inner task
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            calls.append("cancelled inner")
            raise
    try:
        await asyncio.wait_for(forever(), 0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out;", calls[-1])
    print("wait_for ok:", await asyncio.wait_for(sleeper("quick", 0), 1))

    # asyncio.timeout (3.11)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")

    # cancellation of a task, and its result
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), t.done())

    # wait with FIRST_COMPLETED
    a = asyncio.create_task(sleeper("a", 0.01))
    b = asyncio.create_task(sleeper("b", 0.2))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print("wait:", [x.result() for x in done], len(pending))
    b.cancel()

    # as_completed yields in completion order
    got = []
    for fut in asyncio.as_completed([sleeper("x3", 0.03), sleeper("x1", 0.01), sleeper("x2", 0.02)]):
        got.append(await fut)
    print("as_completed:", got)

    # run_in_executor runs blocking work on worker threads
    def blocking(n):
        time.sleep(0.01)
        return n * n, threading.current_thread() is not threading.main_thread()
    print("executor:", await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(4))))
    print("to_thread:", await asyncio.to_thread(sum, [1, 2, 3]))

    # a thread hands a result to the loop thread-safely
    fut = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, "from thread")).start()
    print("threadsafe:", await fut)
    cf = asyncio.run_coroutine_threadsafe(sleeper("cross", 0), loop)
    print("run_coroutine_threadsafe:", await asyncio.wrap_future(cf))

    # Queue producer/consumer
    q = asyncio.Queue(maxsize=2)
    log = []
    async def producer():
        for i in range(4):
            await q.put(i)
            log.append(f"put{i}")
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            log.append(f"got{item}")
            await asyncio.sleep(0)
    await asyncio.gather(producer(), consumer())
    print("queue:", log)

    # Event, Lock, Semaphore, Condition
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print("event:", await w)
    lock = asyncio.Lock()
    inside = []
    async def critical(i):
        async with lock:
            inside.append(f"enter{i}")
            await asyncio.sleep(0)
            inside.append(f"exit{i}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock:", inside)
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    async def limited():
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(5)))
    print("semaphore peak:", peak[0])
    cond = asyncio.Condition()
    items = []
    async def cwait():
        async with cond:
            await cond.wait_for(lambda: items)
            return items[0]
    cw = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify_all()
    print("condition:", await cw)

    # async generators: iteration and cleanup through the loop's hooks
    cleanup = []
    async def agen(n):
        try:
            for i in range(n):
                await asyncio.sleep(0)
                yield i
        finally:
            cleanup.append(f"agen{n} closed")
    print("agen:", [i async for i in agen(3)])
    g = agen(10)
    print("first:", await g.__anext__())
    print("hooks installed:", all(h is not None for h in __import__("sys").get_asyncgen_hooks()))
    return cleanup, g


cleanup, g = asyncio.run(main())
print("after run:", cleanup)
print("sys hooks restored:", __import__("sys").get_asyncgen_hooks())

# exceptions propagate out of asyncio.run with their traceback intact
async def fails():
    await asyncio.sleep(0)
    raise KeyError("missing")
try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError:", e)

# a new loop per run; the old one is closed
loops = []
async def grab():
    loops.append(asyncio.get_running_loop())
asyncio.run(grab()); asyncio.run(grab())
print("distinct loops:", loops[0] is not loops[1], loops[0].is_closed())
