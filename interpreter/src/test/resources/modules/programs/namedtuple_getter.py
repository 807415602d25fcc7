from collections import namedtuple
import _collections
P = namedtuple('P', 'x y', defaults=[0]); p = P(1)
print(p, p.x, p.y, P.x, P.x.__doc__, type(P.x).__name__, p._fields, p._field_defaults)
try: p.x = 5
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
P.x.__doc__ = 'first'; print(P.x.__doc__)
try: P.x.__get__([1])
except TypeError as e: print(e)
g = _collections._tuplegetter(5, 'd'); 
try: g.__get__((1,))
except IndexError as e: print(e)
print(g.__reduce__()[1])
class Q(P): pass
print(Q(3, 4).y, repr(Q(3, 4)))
