# types.FunctionType(code, globals, name, argdefs, closure) and cell ordering.
import types
def outer():
    x = 1
    def f(): return x
    return f
f = outer()
g = types.FunctionType(f.__code__, {"__name__": "m"}, "g", None, (types.CellType(5),))
print(g(), g.__name__, g.__module__, g.__qualname__)
h = types.FunctionType((lambda a, b=2: a + b).__code__, globals(), None, (10,))
print(h(1), h.__defaults__)
for bad in [(1, {}), (f.__code__, 1), (f.__code__, {}), (f.__code__, {}, 1), (f.__code__, {}, None, None, (1,)), (h.__code__, {}, None, None, (types.CellType(),))]:
    try: types.FunctionType(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
a, b, e = types.CellType(1), types.CellType(2), types.CellType()
print(a < b, e < a, a < e, e == types.CellType(), a != e, e <= e, a == types.CellType(1))
