import asyncio
await asyncio.sleep(0)
async for x in y:
    print(x)
async with a as b:
    pass
r = [z async for z in y]
