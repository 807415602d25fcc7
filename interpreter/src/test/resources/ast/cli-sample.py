x = 1
a = b = 1, 2
x: int = 5
(y): int
a.b: str
a.b[c] **= 2
*a, (b, [c, *d]) = e
é = "ü" + ñ
-a ** -b * c // d % e @ f + g - h << i >> j & k ^ l | m
(a) + b
a < b <= c != d is not e not in f in g is h
not a and b or c and not d
f = lambda x, /, y=1, *z, w, v=2, **k: x if y else z
if (n := len(a)) > 10: pass
f(a, *b, c=1, **d)
f(x for x in y)
f(*a, b)
a[1:2, ::3, ..., b:]
a[*b]
a[x:=1]
[x for x in y if x async for z in w if z]
{k: v for k, v in d.items()}
{a for b in c}
(x for x in y)
{1, 2, *a}
{**a, 'b': 1, c: d}
[]
()
{}
'a' "b" '''c''' r'\d' u'x'
b'\x00' rb'\n' B"'" b'"'
"\t\n\\\x41\101\u00e9\U0001F600\N{BULLET}\q"
f"a{x!r:>{w}} b" "c"
f"{x=}" f"{y = !s:3}"
f"{{a}} {b}"
x = (f"{a}"
  f"{b+1}")
f"""
{x}"""
0x1F, 0o17, 0b101, 1_000, 1.5e3, 3j, 1e-7, 10**100, 123456789012345678901234567890, .5, 5.
async def f():
    await x
    yield
    yield a, b
    x = yield from y
@a.b(c)
@d
def f(a: int, *args: str, b, **kw) -> None:
    """doc"""
    return
class C(B, metaclass=M, **kw):
    x = 1
    def m(self): pass
if a:
    pass
elif b:
    pass
elif c:
    x
else:
    y
for i, j in z:
    continue
else:
    break
while x:
    pass
else:
    pass
async def g():
    async for a in b:
        pass
    async with c as d, e:
        pass
with (a as b, c):
    pass
with (a, b) as c:
    pass
with (yield x):
    pass
with a, b as (c, d):
    pass
try:
    pass
except (A, B) as e:
    raise X from e
except C:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
import a.b.c as d, e
from . import x
from ..a import (b as c, d,)
from ...a.b import *
global a, b
del a, b[1], c.d, (e, f)
assert x, "msg"
pass; x = 1;
match command.split():
    case [action]:
        pass
    case [action, obj, *rest] | (1, _):
        pass
    case {"a": 1, "b": b, **kw}:
        pass
    case Point(x=0, y=_) as p if p.z:
        pass
    case -1 | 1.5 | -2 + 3j | "s" "t" | b"b" | None | True:
        pass
    case a.b.c:
        pass
    case (x, y,):
        pass
    case [*_]:
        pass
    case {}:
        pass
    case Cls():
        pass
match = 1
case = match
_ = case
match(x)
match[x]
x = [] # type: List[int]
def f(a, # type: int
      b):
    # type: (...) -> None
    pass
for x in y: # type: int
    pass
with a as b: # type: int
    pass
z = 1 # type: ignore[code]
x = 1 + \
    2
x = 1
y = 2
a = 1  # comment
# only comment
b = 2;