# copy through object.__reduce_ex__ (copyreg protocol 2): dicts, slots, list and dict subclasses; a __doc__ slot.
import copy, copyreg
class P:
    def __init__(self): self.a = [1]; self.b = "x"
class S:
    __slots__ = ("x", "y")
class L(list): pass
class D(dict): pass
p = P(); q = copy.copy(p); r = copy.deepcopy(p)
print(q.a is p.a, r.a is p.a, r.a, vars(q))
s = S(); s.x = 5; t = copy.copy(s); print(t.x, hasattr(t, "y"))
l = L([1, 2]); l.z = 1; print(copy.copy(l), copy.deepcopy(l).z, type(copy.copy(l)).__name__)
d = D(a=1); print(copy.deepcopy(d), type(copy.deepcopy(d)).__name__)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0].__name__, p.__getstate__())
print(s.__getstate__(), object().__reduce_ex__(2)[1])
class A:
    "doc"
try:
    class B:
        "doc"
        __slots__ = ("__doc__",)
except ValueError as e: print(e)
