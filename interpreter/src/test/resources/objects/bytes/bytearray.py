# bytearray mutation, CPython's over-allocation (sys.getsizeof, __alloc__), and views.
import sys

def show(label, b):
    print(label, repr(b), len(b), sys.getsizeof(b), b.__alloc__())

def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray()
show("empty", b)
for i in range(40):
    b.append(65 + i % 26)
    show("append", b)
for i in range(40):
    b.pop()
    show("pop", b)
b = bytearray(b"0123456789" * 4)
show("from bytes", b)
while b:
    del b[0]
    show("del front", b)
b = bytearray(range(20))
show("range", b)
b = bytearray(x for x in range(20))
show("genexp", b)
b = bytearray([1, 2, True])
show("list with bool", b)
b = bytearray(iter(b"abc"))
show("iter", b)
b = bytearray(5)
show("int", b)
b = bytearray("héllo", "utf-8")
show("str", b)
b.extend(b"xyz" * 10)
show("extend", b)
b.extend(range(3))
show("extend range", b)
b += b"tail"
show("iadd", b)
b *= 3
show("imul", b)
b *= 0
show("imul 0", b)
b = bytearray(b"abcdefghij")
b[2:5] = b""
show("delete slice", b)
b[0:0] = b"1234567890"
show("insert slice", b)
b[::3] = b"XYZWVU"
show("extended assign", b)
del b[::2]
show("extended delete", b)
b[1:3] = [65, 66, 67, 68]
show("list assign", b)
b[-1] = 0
show("setitem -1", b)
b[5:] = b
show("self assign", b)
b.insert(0, 33)
b.insert(-1, 34)
b.insert(100, 35)
show("insert", b)
b.remove(33)
show("remove", b)
b.reverse()
show("reverse", b)
c = b.copy()
show("copy", c)
b.clear()
show("clear", b)
del c[:]
show("del all", c)

attempt("append str", lambda: bytearray().append("a"))
attempt("append -1", lambda: bytearray().append(-1))
attempt("insert 300", lambda: bytearray().insert(0, 300))
attempt("extend int", lambda: bytearray().extend(5))
attempt("extend strs", lambda: bytearray().extend(["a"]))
attempt("extend bad int", lambda: bytearray().extend([1, 999]))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop range", lambda: bytearray(b"a").pop(3))
attempt("remove missing", lambda: bytearray(b"a").remove(98))
attempt("setitem range", lambda: bytearray(b"a").__setitem__(0, 256))
attempt("setitem index", lambda: bytearray(b"a").__setitem__(3, 1))
attempt("setitem str key", lambda: bytearray(b"a").__setitem__("x", 1))
attempt("slice int", lambda: bytearray(b"a").__setitem__(slice(0, 1), 7))
attempt("slice str", lambda: bytearray(b"a").__setitem__(slice(0, 1), "x"))
attempt("slice bad items", lambda: bytearray(b"a").__setitem__(slice(0, 1), [300]))
attempt("ext slice size", lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"x"))
attempt("delitem", lambda: bytearray(b"a").__delitem__(5))
attempt("hash", lambda: hash(bytearray()))
attempt("iadd str", lambda: bytearray().__iadd__("x"))
attempt("neg count", lambda: bytearray(-3))
attempt("float", lambda: bytearray(2.5))
attempt("enc no str", lambda: bytearray(b"x", "ascii"))
attempt("errors no str", lambda: bytearray(3, errors="strict"))
attempt("str no enc", lambda: bytearray("x"))
attempt("bad enc type", lambda: bytearray("x", 5))

# a memoryview pins the size of its bytearray
b = bytearray(b"abcdef")
m = memoryview(b)
attempt("resize while exported", lambda: b.append(1))
m[0] = 122
m[1:3] = b"YZ"
print(b, m.tolist(), m[::2].tolist(), m[-1], bytes(m[2:4]), m.readonly, m.nbytes, m.format, m.itemsize, m.shape, m.strides)
m.release()
b.append(33)
print(b)
attempt("released", lambda: m[0])
with memoryview(b"xyz") as v:
    print(v.tobytes(), v.hex(), v.hex("-"), list(v), v.obj, v.readonly, v == b"xyz", v == memoryview(b"xyz"), hash(v) == hash(b"xyz"))
attempt("mv readonly", lambda: memoryview(b"a").__setitem__(0, 1))
attempt("mv str", lambda: memoryview("abc"))
attempt("mv index", lambda: memoryview(b"abc")[3])
c = memoryview(bytes(range(16))).cast("I")
print(c.tolist(), c.format, c.itemsize, len(c), c.nbytes, c.cast("B").tolist()[:5])
print(memoryview(b"\xff\x7f\x00\x80").cast("h").tolist(), memoryview(b"\xff\x01").cast("b").tolist(), memoryview(b"ab").cast("c").tolist())
attempt("cast bad len", lambda: memoryview(b"abc").cast("H"))
attempt("cast bad fmt", lambda: memoryview(b"abcd").cast("Z"))
print(bytes(memoryview(b"hello")[1:4]), bytearray(memoryview(b"hi")), b"".join([memoryview(b"a"), b"b"]))

class B(bytes):
    pass
class BA(bytearray):
    pass
x = B(b"sub")
print(type(x).__name__, x, type(x + b"!").__name__, type(x.upper()).__name__, type(x[:]).__name__, type(bytes(x)).__name__, B.fromhex("41").__class__.__name__)
y = BA(b"sub")
print(type(y).__name__, y, repr(y), type(y.upper()).__name__, type(y[:]).__name__, BA.fromhex("41").__class__.__name__)
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()), b"%s" % WithBytes())
class BadBytes:
    def __bytes__(self):
        return "no"
attempt("bad __bytes__", lambda: bytes(BadBytes()))
print(bytes([1, 2]) is not None, bytes() is bytes(), bytes([7]) is bytes([7]))
