# anext() with and without a default over an async iterator class.
class Counter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    g = Counter()
    print(await anext(g), await anext(g, "d"), await anext(g, "done"))
    try: await anext(g)
    except StopAsyncIteration: print("stop")
c = main()
try: c.send(None)
except StopIteration: pass
try: anext(1)
except TypeError as e: print(e)
