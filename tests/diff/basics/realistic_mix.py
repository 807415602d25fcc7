import sys, abc, enum, typing, contextlib, copy, io, os, tempfile, pathlib, shutil, types, weakref, gc, time
from typing import NamedTuple, Optional, Generic, TypeVar, Protocol

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...
    def describe(self): return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Shape()
except TypeError as e: print(e)
for s in [Circle(1), Sq(3)]: print(s.describe())
try: Sq(2).foo = 1
except AttributeError as e: print(e)

class Color(enum.Enum):
    RED = 1; GREEN = 2; BLUE = 3
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Perm.R | Perm.W, Perm(7))
try: Color(9)
except ValueError as e: print(e)

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T:
        if not self.items: raise IndexError("pop from empty stack")
        return self.items.pop()
st = Stack[int](); st.push(1); st.push(2); print(st.pop(), st.pop())
try: st.pop()
except IndexError as e: print(repr(e))
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
print(Emp("ann"), Emp.__annotations__, typing.get_type_hints(Emp))
print(Optional[int], list[dict[str, int]], typing.Union[int, str], int | None)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); 
    try: yield name.upper()
    finally: print(f"</{name}>")
with tag("b") as t, tag("i"): print("body", t)
with contextlib.suppress(KeyError): {}["x"]
with contextlib.ExitStack() as es:
    for n in "xyz": es.enter_context(tag(n))
    es.callback(print, "callback")
class Tree:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
t1 = Tree(1, [Tree(2), Tree(3, [Tree(4)])]); t2 = copy.deepcopy(t1); t2.kids[1].kids[0].v = 99
print(t1.kids[1].kids[0].v, t2.kids[1].kids[0].v, copy.copy(t1).kids is t1.kids)
buf = io.StringIO(); print("hello", "world", sep="-", end="!\n", file=buf); print(repr(buf.getvalue()))
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / "sub" / "f.txt"; p.parent.mkdir(parents=True); p.write_text("line1\nline2\n", encoding="utf-8")
    print(p.read_text().splitlines(), p.suffix, p.stem, p.exists(), sorted(x.name for x in pathlib.Path(d).rglob("*")))
    with open(p, "a") as fh: fh.write("line3\n")
    with open(p) as fh: print([l.rstrip() for l in fh])
    with open(p, "rb") as fh: print(fh.read(5), fh.tell())
    os.rename(p, p.with_suffix(".md")); print(os.listdir(p.parent))
    shutil.rmtree(p.parent); print(os.path.exists(p.parent))
ns = types.SimpleNamespace(a=1, b=[2]); print(ns, ns == types.SimpleNamespace(a=1, b=[2]))
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("del", self.n)
a, b = Node("a"), Node("b"); a.other = b; b.other = a; wr = weakref.ref(a); del a, b
print("collected", gc.collect() >= 2, wr())
def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally: print("gen closed")
g = gen(); print(next(g), g.send("hi")); g.close()
def deleg():
    r = yield from sub(); print("sub returned", r)
def sub():
    yield "a"; yield "b"; return "done"
print(list(deleg()))
print(sys.version_info[:2], sys.maxsize, sys.byteorder, type(sys.float_info.max), sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none"); return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a): print("creating", cls.__name__); return super().__call__(*a)
class W(metaclass=Meta, tag="T"): pass
print(W().tag, type(W).__name__, W.__mro__)
print(eval("1+2*3"), exec("q=5", g2 := {}) or g2["q"], compile("x", "<s>", "eval").co_names)
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x; x += 1; return x
    return inner
f = outer(); print(f(), f(), x, f.__closure__[0].cell_contents)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(2.5), round(3.5), round(-0.5), round(1.2345, 2), int("0x1f", 16), int("1_000"))
print(1e16, 1.1e-5, 123456789012345678.0, 0.1 + 0.2, 1/3, float("inf"), 2**100, -2**63, 10**20 // 3, (-10) ** 0.5)
