# The async generator protocol: async for, __anext__/asend/athrow/aclose awaitables, ignored GeneratorExit.
import types, gc, sys
@types.coroutine
def suspend(v):
    got = yield ("suspended", v)
    return got
async def agen(n):
    try:
        for i in range(n):
            x = await suspend(i)
            yield i * 10 + (x or 0)
    finally:
        print("agen finally")
def drive(coro, sends=()):
    it = iter(sends)
    try:
        v = coro.send(None)
        while True:
            print("  loop got", v)
            v = coro.send(next(it, None))
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(5)
    print("first", await g.__anext__(), "asend", await g.asend(7))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    g2 = agen(5)
    await anext(g2)
    await g2.aclose()
    print("closed", g2.ag_frame is None)
    async def bad():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    b = bad()
    await anext(b)
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    async def empty():
        return
        yield
    try:
        await anext(empty())
    except StopAsyncIteration:
        print("StopAsyncIteration")
    a = agen(1).__anext__()
    print(type(a).__name__, type(agen(1).aclose()).__name__, type(agen(1)).__name__)
    return out
print(drive(main()))
