# marshal: CPython's byte format for values and code objects, round trips and errors.
import marshal

values = [None, True, False, ..., StopIteration, 0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**40, 2**100, -(2**100),
          1.5, -0.0, float("inf"), 1e300, 2j, complex(1.5, -2.5), b"", b"bytes\x00\xff", bytearray(b"ba"),
          "", "ascii", "caf\u00e9", "\U0001f600", "x" * 300, (), (1, 2), [1, [2, 3]], {"a": 1, "b": [2]},
          {1, 2, 3}, frozenset({"x", "y"}), frozenset()]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    same = back == v or (v != v and back != back)
    print(type(v).__name__, data.hex() if len(data) < 64 else (len(data), data[:8].hex()), same, type(back).__name__)
triple = (float("1.25"), "s", complex("3+4j"))
for version in range(5):
    print(version, marshal.dumps(triple, version).hex())
print(marshal.version)

# shared objects are written once and referred to afterwards (version 3 and up)
shared = ["shared"]
data = marshal.dumps([shared, shared])
back = marshal.loads(data)
print(data.hex(), back[0] is back[1])

# code objects round trip
def f(a, b=2, *args, c, **kw):
    x = [i * a for i in range(b)]
    return x, args, c, kw
code = marshal.loads(marshal.dumps(f.__code__))
print(code.co_name, code.co_qualname, code.co_varnames, code.co_consts == f.__code__.co_consts)
print(code.co_argcount, code.co_kwonlyargcount, code.co_flags == f.__code__.co_flags, code.co_code == f.__code__.co_code)
g = type(f)(code, globals())
print(g(3, 3, 9, c=1, z=2))
src = compile("def h():\n    return 'compiled', 4.5\nresult = h()\n", "<marshalled>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(src)), ns)
print(ns["result"])

# errors
for bad in [b"", b"i\x01", b"\x01", b"l\x02\x00\x00\x00\x01\x00", b"r\x05\x00\x00\x00", b"(\x02\x00\x00\x00N"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [object(), [1, object()], {1: print}]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
import io
buf = io.BytesIO()
marshal.dump("one", buf)
marshal.dump([2], buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)
