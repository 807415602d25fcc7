l = [x * 2 for x in range(10) if x]
s = {x for x in l}
d = {k: v for k, v in zip(l, l)}
g = (y for y in l)
nested = [[i + j for j in range(i)] for i in range(3)]
def f(n):
    return [n * x for x in range(n)]
