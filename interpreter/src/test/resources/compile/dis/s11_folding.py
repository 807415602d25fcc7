a = 2 ** 64 * 3 + -7 // 2 - 5 % 3
b = 1 << 100
c = 1 << 130
d = "ab" * 3 + "c"
e = "x" * 5000
f = (1, 2) * 3
g = 10 / 4, 7.5 // 2, -7.5 % 2, 2 ** -1, 0.1 + 0.2
h = not 1, ~5, -(-3), +True, True & False, True | 3
i = "%s and %r and %5s and %-3a" % (a, b, c, d)
j = "%d" % (a,)
k = "abc"[1], b"xyz"[-1], (1, 2, 3)[0]
l = 1j * 2 - 3, (1+2j) / (3-4j), -0.0, -0j
m = x in [1, 2, 3] or x in {1, 2} or x not in {"a": 1}
n = [1, 2, 3][0:2]
for q in [1, 2, 3]: pass
for q in {4, 5}: pass
o = __debug__
if not x is None: pass
if not (x in y): pass
p = 2 ** 1000
