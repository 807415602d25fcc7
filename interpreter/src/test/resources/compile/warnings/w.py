x = 1
if x is 1:
    pass
y = x is not "a"
z = 1 < x is ()
f = (1, 2)(3)
g = [1, 2](3)
h = None[0]
i = 1.5[2]
j = {1, 2}[0]
k = "abc"["x"]
l = (1, 2)[1.5]
m = [x for x in y][None]
assert (x, "message")
n = x is None or x is True or x is ...
o = "abc"[1]
