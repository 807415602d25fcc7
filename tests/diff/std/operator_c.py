# _operator under CPython's operator and its users (hmac, functools, sorting with key
# functions): every function, itemgetter/attrgetter/methodcaller with reprs and pickling,
# length_hint, _compare_digest, and the errors with CPython's messages.
import operator, _operator, pickle

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

print(operator.add is _operator.add, type(operator.add).__name__, operator.__doc__ == _operator.__doc__, operator.add.__doc__, operator.add.__text_signature__)
for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"):
    f = getattr(operator, name)
    print(name, f(13, 3), f(True, 2), getattr(operator, "__%s__" % name.rstrip("_"))(6, 2))
print(operator.matmul.__name__, operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
for name in ("iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"):
    print(name, getattr(operator, name)(12, 5))
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.iconcat(l, (3,)), l)
for name in ("lt", "le", "eq", "ne", "gt", "ge"):
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f("b", "a"), f([1], [1, 0]))
print(operator.not_(0), operator.truth([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None), operator.abs(-3.5), operator.neg(4),
      operator.pos(-2), operator.inv(5), operator.invert(-1), operator.index(True), operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf("abc", "c"))
d = {"a": 1}; operator.setitem(d, "b", 2); operator.delitem(d, "a"); print(d, operator.getitem(d, "b"), operator.getitem("hello", slice(1, 3)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(7))), operator.length_hint(object(), 5), operator.length_hint(x for x in "ab"))
class LH:
    def __length_hint__(self): return NotImplemented
class Bad:
    def __length_hint__(self): return "x"
class Neg:
    def __length_hint__(self): return -1
class Raises:
    def __len__(self): raise TypeError("nope")
print(operator.length_hint(LH(), 9), operator.length_hint(Raises(), 4))
show(operator.length_hint, Bad())
show(operator.length_hint, Neg())
show(operator.length_hint, [], "x")
print(operator.call(divmod, 17, 5), operator.call(dict, a=1), operator.call(print, "called", sep="-", end="!\n"))
errors = [(operator.add, 1, "a"), (operator.add, 1), (operator.truth,), (operator.concat, 1, 2), (operator.concat, [1], (2,)), (operator.iconcat, 1, [1]),
          (operator.indexOf, [1], 2), (operator.countOf, 1, 1), (operator.contains, 3, 1), (operator.abs, "x"), (operator.neg, "x"), (operator.inv, 1.5),
          (operator.index, 1.5), (operator.pow, 2, "x"), (operator.ipow, "a", 2), (operator.lt, 1, "a"), (operator.getitem, [], 3), (operator.delitem, {}, 1),
          (operator.mod, 1, 0), (operator.truediv, 1, 0), (operator.ixor, 1.0, 1), (operator.pos, []), (operator.not_,)]
for e in errors:
    show(*e)
show(operator.add, a=1, b=2)
show(operator.truth, a=1)
# itemgetter / attrgetter / methodcaller
g1, g3 = operator.itemgetter(1), operator.itemgetter(0, -1, slice(1, 2))
print(g1, g3, g1([5, 6]), g3("hello"), g1((7, 8)), g1({1: "one"}), type(g1).__name__, type(g1).__module__)
print(operator.itemgetter("k")({"k": "v"}), sorted([(3, "c"), (1, "a"), (2, "b")], key=operator.itemgetter(0)))
show(operator.itemgetter)
show(operator.itemgetter, a=1)
show(g1)
show(g1, [1], [2])
show(g1, x=1)
show(g1, [])
class P:
    def __init__(self, **kw): self.__dict__.update(kw)
p = P(name=P(first="Ada", last="L"), age=36)
a1, a2, a3 = operator.attrgetter("age"), operator.attrgetter("name.first", "age"), operator.attrgetter("name.last")
print(a1, a2, a3, a1(p), a2(p), a3(p))
show(operator.attrgetter, 1)
show(operator.attrgetter)
show(operator.attrgetter("nope"), p)
show(operator.attrgetter("name.nope"), p)
show(a1)
m0, m1 = operator.methodcaller("upper"), operator.methodcaller("split", ",", maxsplit=1)
print(m0, m1, m0("abc"), m1("a,b,c"), operator.methodcaller("count", "a")("banana"))
show(operator.methodcaller)
show(operator.methodcaller, 5)
show(m0)
show(m0, "a", "b")
show(operator.methodcaller("nope"), 1)
for obj in (g1, g3, a1, a2, m0, m1):
    r = obj.__reduce__()
    back = pickle.loads(pickle.dumps(obj))
    print(r[0].__name__ if isinstance(r[0], type) else type(r[0]).__name__, repr(back))
show(type, "X", (operator.itemgetter,), {})
rec = operator.itemgetter([1]); print(rec)
# _compare_digest and hmac
print(_operator._compare_digest(b"abc", b"abc"), _operator._compare_digest(b"abc", b"abd"), _operator._compare_digest("ab", "ab"), _operator._compare_digest(b"a", bytearray(b"a")),
      _operator._compare_digest(b"a", b"ab"), _operator._compare_digest(memoryview(b"xy"), b"xy"))
show(_operator._compare_digest, "a", b"a")
show(_operator._compare_digest, "\u00e9", "\u00e9")
show(_operator._compare_digest, 1, 2)
show(_operator._compare_digest, 1, b"a")
import hmac, hashlib
h = hmac.new(b"key", b"message", "sha256")
print(h.hexdigest(), h.name, h.digest_size, h.block_size, hmac.new(b"key", digestmod=hashlib.md5).hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
h2 = h.copy(); h2.update(b" more"); print(h2.hexdigest(), hmac.compare_digest(h.digest(), hmac.new(b"key", b"message", hashlib.sha256).digest()))
print(hmac.new(b"k" * 200, b"long key", "sha512").hexdigest()[:32], hmac.new(b"", b"", "sha3_256").hexdigest()[:32], hmac.new(b"key", b"msg", "blake2b").hexdigest()[:32])
show(hmac.new, b"key")
show(hmac.new, "str key", b"m", "sha256")
import functools
print(functools.reduce(operator.mul, range(1, 8)), list(map(operator.neg, [1, -2])), sorted(["bb", "a", "ccc"], key=operator.methodcaller("__len__")))
