def outer(a, b=2, *args, c, d=4, **kw) -> int:
    x: int = 5
    def inner(y):
        nonlocal x
        x += y
        return a + x
    lam = lambda q, r=1: q + r + b
    return inner, lam

async def co(x):
    await x
    async for i in x:
        pass
    async with x as y:
        return y

def gen():
    yield 1
    x = yield
    yield from range(3)
    return x
