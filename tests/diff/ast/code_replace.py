# code.replace(): every co_* keyword, Argument Clinic's type checks, the code checks, co_consts of any objects.
def f(a, b=1):
    x = a + b
    return x
c = f.__code__
tests = [dict(co_consts=[1]), dict(co_consts=(None, "new")), dict(co_nlocals=5), dict(co_nlocals=2), dict(bogus=1), dict(co_argcount=-1), dict(co_code=bytearray(c.co_code)), dict(co_name=b"x"), dict(co_names=["a"]), dict(co_varnames=("a",)), dict(co_varnames=("a","b","x","y")), dict(co_consts=(None,), co_names=("q",)), dict(co_name="g", co_qualname="G.g"), dict(co_code=b"\x00")]
for kw in tests:
    try:
        r = c.replace(**kw)
        print(kw, "->", r.co_consts, r.co_nlocals, r.co_varnames, r.co_name, r.co_qualname)
    except Exception as e:
        print(kw, type(e).__name__, e)
def k():
    return "original"
k.__code__ = k.__code__.replace(co_consts=(None, [1, 2, 3]))
print(k(), k() is k())
class Marker: pass
m = Marker()
k.__code__ = k.__code__.replace(co_consts=(None, m))
print(k() is m)
def outer():
    def inner():
        return 5
    return inner
oc = outer.__code__
inner_code = [x for x in oc.co_consts if hasattr(x, 'co_code')][0]
new_inner = inner_code.replace(co_consts=(None, 6))
outer.__code__ = oc.replace(co_consts=tuple(new_inner if x is inner_code else x for x in oc.co_consts))
print(outer()())
