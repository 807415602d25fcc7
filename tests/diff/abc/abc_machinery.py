# _abc: abstract methods, registration, caches, collection flags for match.
import abc, collections.abc as cabc
print(abc.ABCMeta.__module__, type(abc.ABC._abc_impl))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__))
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(C().f(), C.__abstractmethods__)
class X: pass
A.register(X)
print(isinstance(X(), A), issubclass(X, A), issubclass(int, A))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.Sequence))
print(issubclass(list, cabc.Iterable), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.Hashable))
class S:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
cabc.Sequence.register(S)
match S():
    case []: print("seq match")
    case _: print("no")
try: A.register(1)
except TypeError as e: print(e)
try: cabc.Iterable.register(A); A.register(cabc.Iterable)
except RuntimeError as e: print(e)
print(abc.get_cache_token() >= 0)
print(isinstance(1, cabc.Sized))
A._dump_registry() if False else None
try: issubclass(1, A)
except TypeError as e: print(e)
class M(cabc.MutableMapping):
    def __getitem__(s,k): return 1
    def __setitem__(s,k,v): pass
    def __delitem__(s,k): pass
    def __iter__(s): return iter([])
    def __len__(s): return 0
m = M()
match m:
    case {}: print("mapping match")
print(type(M).__name__, M.__flags__ & (1<<6) != 0)
