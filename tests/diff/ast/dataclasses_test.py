# dataclasses over the runtime: generated methods (their source is compiled by exec), fields,
# defaults and factories, frozen, order, slots, kw_only, InitVar, __post_init__, replace, asdict.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
import inspect
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}"


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.base * scale


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, repr=False, compare=False)


@dataclass(eq=False)
class Identity:
    v: int


p = Point(1)
print(p, Point(1, 2, ['t']), p == Point(1), p != Point(2), Point.count)
print(inspect.signature(Point), inspect.signature(Version), inspect.signature(Options), inspect.signature(Mixed))
print([f.name for f in dataclasses.fields(Point)], dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point))
v = Version(1, 2)
print(v, repr(v), v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
w = WithInit(5)
print(w, w.total, WithInit(5, 3).total)
print(Options(level=3), Mixed(1, b=5, c=9), Mixed(1) == Mixed(1, c=7))
try:
    Options(True)
except TypeError as e:
    print('TypeError', e)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
print(dataclasses.asdict(Point(1, 2, ['a'])), dataclasses.astuple(Version(3, 4)))
print(dataclasses.replace(v, minor=9), Identity(1) == Identity(1))
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='x'))], namespace={'hello': lambda self: 'hi'})
print(Dyn(1), Dyn(1).hello(), inspect.signature(Dyn))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print('ValueError', e)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__doc__)
print(Point.__match_args__, Version.__match_args__)
match Point(3, 4):
    case Point(x, y):
        print('matched', x, y)
