import a.b.c as d, e.f
from .. import g as h
from m import (n, o as p)
x = y = z = 1
a, (b, *c), d[1], e.f = w
x += 1; y[2] **= 3; z.q //= 4
del x, y[0], z.q
print(*args, *more, sep='', **kw, **kw2)
f(a)(b)(c=1)
obj.m(1, k=2)
obj.m(*a)
[*a, *b]
{**a, 'b': 1, **c}
{'a': 1, 'b': 2, 'c': 3}
(lambda: (yield))
x if y else z
while True:
    if a: break
    if b: continue
else:
    pass
try:
    pass
except:
    raise
finally:
    for i in x:
        break
def gen():
    try:
        yield 1
    except GeneratorExit:
        return
    x = yield from g()
    with a as (b, c), d:
        return x
assert x, y
global q
with open(f) as fh:
    for line in fh:
        if line: continue
