# Classes are reference cycles (type <-> MRO tuple, __dict__/__weakref__ descriptors): freed by the collector, with CPython's counts.
import gc, weakref, sys, collections.abc  # imported before the baseline collect, as CPython's startup (site) already has it
gc.collect()
class A:
    def f(self): pass
del A
print(gc.collect())
class A: pass
class B(A): pass
B()
del A, B
print(gc.collect())
import abc
class C(metaclass=abc.ABCMeta): pass
del C
print(gc.collect())
class D(abc.ABC): pass
del D
print(gc.collect())
class A:
    pass
r = weakref.ref(A)
print(sys.getrefcount(A))
print([type(x).__name__ for x in gc.get_referrers(A)])
del A
print(gc.collect(), r())
class A: pass
class S: __slots__=('x',)
print(sys.getrefcount(A), sys.getrefcount(S))
a=A(); print(sys.getrefcount(A))
class B(A): pass
print(sys.getrefcount(A), A.__mro__ is A.__mro__, int.__mro__ is int.__mro__, A.__bases__ is A.__bases__)
del a, B
print(gc.collect(), sys.getrefcount(A))
print(A.__subclasses__())
import abc, collections.abc as cabc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): pass
isinstance(B(), A); isinstance(1, A); issubclass(int, cabc.Sequence)
class X: pass
A.register(X)
del A, B, X
print(gc.collect())
