def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

g = gen(3)
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    print("result", r)

print(list(deleg()))
print([x * x for x in range(5) if x % 2], {k: v for k, v in zip("ab", (1, 2))})
print(sum(x for x in range(10)))
