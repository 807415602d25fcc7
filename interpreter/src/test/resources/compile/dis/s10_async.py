import asyncio

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    async with asyncio.timeout(1) as t:
        async for x in agen(3):
            print(x)
    r = [y async for y in agen(2)]
    s = {await z for z in []}
    g = (w async for w in agen(1))
    try:
        await asyncio.sleep(0)
    finally:
        print("done")
    return r
