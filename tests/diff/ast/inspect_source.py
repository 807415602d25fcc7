# inspect over the runtime's functions and classes: getsource (functions, methods, classes,
# lambdas, decorated), signature, getmembers, unwrap, the is* predicates, getdoc/cleandoc.
import functools
import inspect


def plain(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Plain function.

        Indented part.
    """
    return str(a)


def posonly(x, y, /, z=3, *, w):
    pass


@functools.lru_cache(maxsize=None)
def cached(n):
    return n


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def decorated(p, q=1):
    "Decorated."
    return p + q


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name, *, color='red'):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name

    @classmethod
    def make(cls, n):
        return cls(n)

    @staticmethod
    def helper(x, y=None):
        return x

    class Inner:
        def deep(self):
            return 'deep'


square = lambda side: side * side


async def coro(x):
    await x


def gen():
    yield 1


for obj in (plain, posonly, decorated, Shape.area, Shape.Inner.deep, Shape, Shape.Inner, square):
    print(inspect.getsource(obj))
    print(inspect.getsourcelines(obj)[1])
print(repr(inspect.getdoc(plain)), repr(inspect.getdoc(Shape)), repr(inspect.getcomments(plain)))
for obj in (plain, posonly, cached, decorated, Shape, Shape.__init__, Shape.make, Shape.helper, square, coro, gen,
            Shape().area if False else Shape('s').area, functools.partial(plain, 1, c=3)):
    print(inspect.signature(obj))
sig = inspect.signature(plain)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is p.empty, p.annotation)
print(sig.return_annotation, sig.bind(1, c=2).arguments, sig.replace(return_annotation=None))
try:
    sig.bind(1)
except TypeError as e:
    print('TypeError', e)
print(inspect.unwrap(decorated) is not decorated, inspect.unwrap(decorated).__name__)
print([n for n, _ in inspect.getmembers(Shape) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.isclass(Shape), inspect.isfunction(plain), inspect.ismethod(Shape('x').area), inspect.isgeneratorfunction(gen),
      inspect.iscoroutinefunction(coro), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect),
      inspect.isabstract(Shape), inspect.isdatadescriptor(Shape.label), inspect.iscode(plain.__code__))
print(inspect.getfullargspec(plain))
print(inspect.getmodule(plain).__name__, inspect.getfile(plain).endswith('inspect_source.py'))
print(inspect.cleandoc("""
    First.
      second
    third
"""))
print(inspect.getattr_static(Shape, 'label').__class__.__name__)
print(inspect.getgeneratorstate(gen()))
frame = inspect.currentframe()
print(inspect.getframeinfo(frame).function, inspect.getlineno(frame), inspect.stack()[0].function)
print(inspect.formatannotation(list[int]), inspect.getmro(Shape.Inner)[0].__qualname__)
print(inspect.signature(len), inspect.signature(dict.get), inspect.signature(sorted), inspect.signature(str.split), inspect.signature(divmod))
