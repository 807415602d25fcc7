# Iterating async generators leaves no objects behind.
import gc, sys
class Val: pass
async def agen():
    for i in range(3):
        yield Val()
async def main():
    n = 0
    async for v in agen():
        n += 1
    return n
def run():
    c = main()
    try: c.send(None)
    except StopIteration as e: return e.value
run()
gc.collect()
before = sys.getallocatedblocks()
for _ in range(2000): run()
gc.collect()
print("growth small:", sys.getallocatedblocks() - before < 50)
