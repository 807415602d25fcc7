# sys.settrace with generators and coroutines: call on each resume, return on each yield (with the
# yielded value), yield from, send, throw, close, generator expressions, await.
import sys

events = []


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return arg[0].__name__
    r = repr(arg)
    return "<%s>" % type(arg).__name__ if " at 0x" in r else r


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != __file__ or code.co_name.startswith("_t"):
        return None
    events.append((event, code.co_name, frame.f_lineno - code.co_firstlineno, show(arg)))
    return tracer


def run(title, fn, *args, **kw):
    sys.settrace(tracer)
    try:
        result = fn(*args, **kw)
    finally:
        sys.settrace(None)
    print(title, "->", repr(result))
    for e in events:
        print("   ", *e)
    events.clear()




def gen(n):
    for i in range(n):
        yield i
    return "end"


def consume():
    return list(gen(2))


def delegating():
    r = yield from gen(1)
    yield r


def use_delegating():
    return list(delegating())


def sender():
    got = yield 1
    got2 = yield got * 2
    return got2


def drive_sender():
    g = sender()
    a = next(g)
    b = g.send(5)
    try:
        g.send(7)
    except StopIteration as e:
        return a, b, e.value


def catching():
    try:
        yield 1
    except KeyError:
        yield "caught"


def drive_throw():
    g = catching()
    next(g)
    return g.throw(KeyError("x"))


def closing():
    try:
        yield 1
    finally:
        cleanup = True


def drive_close():
    g = closing()
    next(g)
    g.close()
    return "closed"


def genexpr_sum():
    return sum(x * x for x in range(3))


async def coro_inner():
    return 5


async def coro_outer():
    v = await coro_inner()
    return v + 1


def drive_coro():
    c = coro_outer()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


run("consume", consume)
run("use_delegating", use_delegating)
run("drive_sender", drive_sender)
run("drive_throw", drive_throw)
run("drive_close", drive_close)
run("genexpr_sum", genexpr_sum)
run("drive_coro", drive_coro)
