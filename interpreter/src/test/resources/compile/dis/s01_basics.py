x = 1
y = x + 2 * 3
z = -x
print(x, y, z)
a, b = b, a
a, *rest = [1, 2, 3]
del x
s = "hello" "world"
t = (1, 2, (3, 4))
u = 2 ** 100
v = 1.5e300 * 10
w = 'a' * 3
n = None
e = ...
c = 3 + 4j
bb = b'\x00abc\n'
