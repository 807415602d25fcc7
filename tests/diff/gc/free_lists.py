# id() reuse through CPython's free lists (float, list, dict, tuples by size).
def warm():
    # First use of each operation readies its types; do that before measuring.
    [i for i in range(3)]; {i: i for i in range(3)}; float("0.5"); int("12345678901"); tuple([1])

warm()
# A dead float's block stays on the float free list: an int of the same size class
# does not get it, the next float does.
a = float("1.5"); i = id(a); del a
b = int("12345678901"); print("int took the float's block:", id(b) == i)
c = float("2.5"); print("next float took it:", id(c) == i)
# A list object's block is fixed-size; its items live elsewhere.
x = [1, 2, 3]; j = id(x); del x
y = [0] * 1000; print("big list reuses small list's block:", id(y) == j)
# Tuples are kept per size.
t = tuple([1, 2]); k = id(t); del t
u = tuple([1, 2, 3]); print("3-tuple took 2-tuple's block:", id(u) == k)
v = tuple([4, 5]); print("2-tuple took it:", id(v) == k)
d = {1: 2}; m = id(d); del d
e = {i: i for i in range(100)}; print("dict reuses:", id(e) == m)
# LIFO: the last freed float is the first reused.
fs = [float(str(n + 0.5)) for n in range(5)]
ids = [id(f) for f in fs]
del fs
gs = [float(str(n + 0.25)) for n in range(5)]
print([ids.index(id(g)) for g in gs])
