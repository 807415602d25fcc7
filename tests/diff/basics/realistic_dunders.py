import math, sys
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __format__(self, spec):
        if spec.endswith("p"):
            r, th = abs(self), math.atan2(self.y, self.x); f = spec[:-1]
            return f"<{r:{f}}, {th:{f}}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
vs = [Vec(1, 2), Vec(3, 4), Vec(-1, 0.5)]
print(sum(vs), 2 * vs[0], -vs[1], abs(vs[1]), bool(Vec()), {Vec(1, 2), Vec(1, 2)}, list(vs[0]), vs[1][1], *vs[2])
print(f"{vs[1]:.1f} {vs[1]:.3p} {vs[0]!r:>20}|")
try: vs[0] + 1
except TypeError as e: print(e)
try: vs[0] < vs[1]
except TypeError as e: print(e)
class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw); Registry.plugins[name or cls.__name__.lower()] = cls
class Alpha(Registry): pass
class Beta(Registry, name="b"): pass
print(Registry.plugins)
class Lazy:
    def __init__(self): self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        self.loaded[name] = len(name); return len(name)
l = Lazy(); print(l.abc, l.hello, l.loaded, hasattr(l, "_x"), getattr(l, "_y", "dflt"))
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None): return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Person:
    name = Typed(str); age = Typed(int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("Al", 30); print(p.name, p.age, Person.name.name)
try: Person("Bo", "x")
except TypeError as e: print(e)
def singleton(cls):
    inst = {}
    def get(*a, **k):
        if cls not in inst: inst[cls] = cls(*a, **k)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1) is Config(2), Config(3).v)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(3)), list(zip(Countdown(2), "ab")), 2 in Countdown(3))
class OldSeq:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), list(reversed([1, 2])), sorted(OldSeq(), reverse=True))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return et is KeyError
with Ctx(): raise KeyError("swallowed")
try:
    with Ctx(): raise ValueError("propagates")
except ValueError as e: print("caught", e)
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid>" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf>" + super().hello()
print(Leaf().hello(), super(Mid, Leaf()).hello(), Leaf.__mro__)
class M(type):
    def __repr__(cls): return f"<class {cls.__name__} via M>"
    def __instancecheck__(cls, o): return True
class Any_(metaclass=M): pass
print(Any_, isinstance(3, Any_), type(Any_))
print(int.__add__(3, 4), (3).__add__(1.0), float.__radd__(1.5, 2), str.join("-", "abc"), list.__len__([1]))
print(type(None)(), type(...), NotImplemented, Ellipsis, bool.__mro__, issubclass(bool, int), isinstance(True, (str, int)))
class A:
    x = 1
    def __repr__(self): return "A()"
a = A(); a.y = 2; print(vars(a), A.__dict__["x"], dir(a)[-3:], a.__class__, a.__module__)
del a.y
try: del a.y
except AttributeError as e: print(e)
try: a.nope
except AttributeError as e: print(e)
print(getattr(A, "x"), setattr(A, "z", 5), A.z, delattr(A, "z"), hasattr(A, "z"))
print(callable(A), callable(a), callable(print), id(a) == id(a), hash(1) == hash(1.0), hash("a") == hash("a"))
