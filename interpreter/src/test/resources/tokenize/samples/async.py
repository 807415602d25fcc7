async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        pass
match x:
    case [a, b]:
        pass
    case _:
        pass
type = 1
print(async, await)
