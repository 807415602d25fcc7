# Edge cases: constructor binding and protocols, iterators, subclasses, mixed comparisons,
# conversions elsewhere in the runtime (int(), ord(), str %), pickling support, memoryview extras.
def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
class Idx:
    def __index__(self): return 3
class Both:
    def __index__(self): return 3
    def __bytes__(self): return b"both"
attempt("idx", lambda: bytes(Idx()))
attempt("both", lambda: bytes(Both()))
attempt("ba both", lambda: bytearray(Both()))
attempt("kw", lambda: bytes(source=b"x"))
attempt("kw2", lambda: bytes("é", encoding="utf-8", errors="strict"))
attempt("kw bad", lambda: bytes(foo=1))
attempt("too many", lambda: bytes(b"", "a", "b", "c"))
attempt("enc type", lambda: bytes("x", 1))
def gen():
    yield 1
    raise KeyError("boom")
attempt("gen err", lambda: bytes(gen()))
attempt("gen str", lambda: bytes(iter(["a"])))
attempt("dict", lambda: bytes({1: 2, 3: 4}))
attempt("None", lambda: bytes(None))
it = iter(b"abc")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
ba = bytearray(b"ab")
it = iter(ba)
next(it); ba.append(99); print(list(it))
class B(bytes): pass
print(B(b"a") == b"a", b"a" == B(b"a"), B(b"a") < b"b", hash(B(b"a")) == hash(b"a"), repr(B(b"q")), B(b"x") + B(b"y"), type(B(b"x") * 1).__name__)
attempt("ba eq list", lambda: bytearray(b"a") == [97])
attempt("bytes eq ba", lambda: b"ab" == bytearray(b"ab"))
attempt("ba lt bytes", lambda: bytearray(b"a") < b"b")
attempt("bytes lt ba", lambda: b"a" < bytearray(b"b"))
attempt("mv eq", lambda: memoryview(b"ab") == bytearray(b"ab"))
attempt("bytes mul big", lambda: b"ab" * (2**62))
attempt("neg mul", lambda: b"ab" * -1)
attempt("ba imul big", lambda: bytearray(b"ab").__imul__(-5))
attempt("join gen", lambda: b", ".join(x for x in [b"a", b"b"]))
attempt("join one", lambda: b"-".join([b"solo"]))
attempt("replace cnt", lambda: b"aaaa".replace(b"a", b"b", 2))
attempt("fromhex kw", lambda: bytes.fromhex(string="ab"))
attempt("sizeof", lambda: (b"abc".__sizeof__(), bytearray(b"abc").__sizeof__()))
attempt("decode surrogate", lambda: repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
attempt("ba startswith", lambda: bytearray(b"abc").startswith(memoryview(b"ab")))
attempt("isalpha empty", lambda: (b"".isalpha(), b"".isspace(), b"".isascii(), b"".istitle()))
attempt("split maxsplit0", lambda: (b" a b ".split(None, 0), b" a b ".rsplit(None, 0), b"a,b".split(b",", 0)))
attempt("getnewargs", lambda: b"xy".__getnewargs__())
attempt("contains mv", lambda: memoryview(b"b") in b"abc")
attempt("ljust kw", lambda: b"a".ljust(width=3))
attempt("count neg", lambda: b"abcabc".count(b"c", -2))
attempt("find bool", lambda: b"\x01".find(True))
attempt("ba setitem bool", lambda: bytearray(b"ab").__setitem__(0, True))
attempt("ba extend gen", lambda: bytearray(b"a").extend(x for x in range(98, 100)))
attempt("ba del step", lambda: (lambda b: (b.__delitem__(slice(None, None, -2)), b)[1])(bytearray(b"abcdef")))
attempt("ba setitem neg step", lambda: (lambda b: (b.__setitem__(slice(None, None, -1), b"fedcba"), b)[1])(bytearray(b"abcdef")))
attempt("ba set slice iter", lambda: (lambda b: (b.__setitem__(slice(1, 2), iter([1, 2, 3])), b)[1])(bytearray(b"abc")))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), signed=True))
print(int(b"12"), int(b" 0x1f ", 16), float(b"1.5"), int(bytearray(b"7")))
print(ord(b"a"), ord(bytearray(b"z")), chr(97).encode(), "%s" % b"x", "{}".format(b"y"), f"{b'z'!r}")

print(b"abc" == memoryview(b"abc"), memoryview(b"abc") == b"abc", list(memoryview(b"ab")))
print(sorted([bytearray(b"b"), b"a"]) if False else "skip", max(b"abc"), sum(b"abc"), bytes(reversed(b"abc")))
print(isinstance(b"", bytes), issubclass(bytes, object), bytes.__mro__, bytearray.__hash__, type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(b"a" b"b", rb"\n", br"\x", b"\x41\102\n")
print(hash(b"abc") == hash(memoryview(b"abc")), {b"k": 1}[b"k"])
x = b"abc"
print(x.__len__(), bytes.__len__(x), bytes.upper.__doc__ is None or True, bytes.hex.__text_signature__)
print(bytearray(b'ab').__reduce_ex__(4), bytearray().__reduce_ex__(4), bytearray(b'a').__reduce__(), str(b"x"), str(bytearray(b"y")))
m = memoryview(b"abc")
print(m.toreadonly().readonly, m.tobytes(order="C"), memoryview(b"ab").cast(format="B").tolist())
try:
    del m[0]
except TypeError as e:
    print(e)
try:
    m < m
except TypeError as e:
    print(e)
