# _struct under CPython's struct: every format code in every byte order, alignment, repeat
# counts, s/p strings, half floats, Struct objects, pack_into/unpack_from offsets,
# iter_unpack, and the errors with CPython's messages.
import struct

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(r)

for order in "@=<>!":
    fmt = order + "bBhHiIlLqQ?efd"
    vals = (-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, True, 1.5, 2.25, -3.125)
    p = struct.pack(fmt, *vals)
    print(order, struct.calcsize(fmt), p.hex(), struct.unpack(fmt, p))
for fmt in ("nNP", "@nNP", "xbxhxixq", "bq", "qb", "hd", "ci", "3s", "3p", "0s", "10x", " i  h ", "2i3h", "?", "0i", "b0i"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@nNP", -1, 2, 3))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("4p", b"abcdef"), struct.pack("p", b"x"))
print(struct.unpack("5s", b"abcde"), struct.unpack("4p", b"\x09abc"), struct.unpack("4p", b"\x01abc"))
print(struct.pack("s", bytearray(b"z")), struct.pack("c", b"q"), struct.unpack("c?", b"q\x05"))
print(struct.pack(b"<i", 1), struct.unpack(b"<i", memoryview(b"\x01\x00\x00\x00")), struct.unpack("<i", bytearray(b"\x02\x00\x00\x00")))
# extremes
for fmt, v in [("<b", -128), ("<B", 255), ("<h", -32768), ("<H", 65535), ("<i", -2**31), ("<I", 2**32-1),
               ("<q", -2**63), ("<Q", 2**64-1), (">q", 2**63-1), ("@L", 2**64-1), ("@l", -2**63), ("@N", 2**64-1), ("@P", -1), ("@P", 2**64-1)]:
    p = struct.pack(fmt, v)
    print(fmt, p.hex(), struct.unpack(fmt, p))
# floats
for fmt in ("<e", ">e", "<f", ">f", "<d", "@f"):
    for v in (0.0, -0.0, 1.0/3, 65504.0, 1e-7, 6e-8, 2e-8, float("inf"), float("-inf"), 1e-300):
        try:
            p = struct.pack(fmt, v)
            print(fmt, v, p.hex(), struct.unpack(fmt, p))
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
print(struct.pack("<e", float("nan")).hex(), struct.pack(">e", -float("nan")).hex(), struct.unpack("<e", b"\x00\x7e"), struct.unpack("<e", b"\x01\xfc"))
print(struct.pack("<e", 0.000030517578125).hex(), struct.pack("<e", 1.0009765625).hex(), struct.pack("<e", 1.00048828125).hex(), struct.pack("<e", 1.00146484375).hex())
print(struct.pack("<e", 65519.99).hex(), struct.pack("<d", 10), struct.pack("<f", True))
show(struct.pack, "<e", 65520.0)
show(struct.pack, "<e", 10**6)
show(struct.pack, "<f", 1e300)
show(struct.pack, "<f", 10**39)
print(struct.pack("f", 1e300).hex())
show(struct.pack, "f", 10**400)
show(struct.pack, "d", "x")
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(struct.pack("<d", F()), struct.pack("<i", I()), struct.pack("<e", I()))
show(struct.pack, "<i", F())
show(struct.pack, "<i", 1.0)
show(struct.pack, "<i", "1")
# ranges and their messages, per byte order
for order in "@<>":
    for code, vals in [("b", (-129, 128)), ("B", (-1, 256)), ("h", (-32769, 32768)), ("H", (-1, 65536)),
                       ("i", (-2**31-1, 2**31)), ("I", (-1, 2**32)), ("l", (-2**63-1, 2**31)), ("L", (-1, 2**32)),
                       ("q", (-2**63-1, 2**63)), ("Q", (-1, 2**64))]:
        for v in vals:
            try:
                print(order + code, v, struct.pack(order + code, v).hex())
            except struct.error as e:
                print(order + code, v, "error:", e)
for v in (-2**63-1, 2**64, -2**64):
    show(struct.pack, "P", v)
show(struct.pack, "n", 2**63)
show(struct.pack, "N", -1)
show(struct.pack, "c", b"ab")
show(struct.pack, "c", "a")
show(struct.pack, "c", 1)
show(struct.pack, "s", "abc")
show(struct.pack, "p", 1)
print(struct.pack("?", []), struct.pack("?", "x"), struct.pack(">?", 2))
# bad formats
for fmt in ("z", "<n", ">P", "=N", "3", "i3", "i\0", "@@i", "<>i", "99999999999999999999i", "9223372036854775807q", "4294967296s"):
    show(struct.calcsize, fmt)
show(struct.calcsize, 5)
show(struct.calcsize, "é")
show(struct.Struct, None)
show(struct.Struct)
show(struct.Struct, "i", "h")
# argument counts
show(struct.pack, "ii", 1)
show(struct.pack, "i", 1, 2)
show(struct.pack)
show(struct.pack_into)
show(struct.unpack, "i", b"123")
show(struct.unpack, "i", "1234")
show(struct.unpack, "i")
show(struct.pack, "i", x=1)
# Struct
s = struct.Struct("<2h3s")
print(type(s).__name__, type(s).__module__, s.format, s.size, s.pack(1, 2, b"xyz"), s.unpack(b"\x01\x00\x02\x00xyz"))
print(struct.Struct(b">I").format, struct.Struct(format="h").size)
s.__init__(">q"); print(s.format, s.size, s.pack(-1))
show(s.pack, 1, 2)
class MyStruct(struct.Struct):
    pass
m = MyStruct("<i"); print(type(m).__name__, m.pack(5), isinstance(m, struct.Struct))
# pack_into and unpack_from with offsets
buf = bytearray(10)
struct.pack_into("<hh", buf, 1, 1, -1); print(buf)
struct.pack_into("<h", buf, -2, 0x4142); print(buf)
struct.Struct("B").pack_into(buf, 0, 255); print(buf)
mv = memoryview(buf); struct.pack_into("2s", mv, 4, b"MV"); print(buf)
show(struct.pack_into, "<i", buf, 8, 1)
show(struct.pack_into, "<i", buf, -3, 1)
show(struct.pack_into, "<i", buf, -11, 1)
show(struct.pack_into, "<i", b"1234", 0, 1)
show(struct.pack_into, "<i", buf, "0", 1)
show(struct.pack_into, "<i", buf, 2**70, 1)
show(struct.pack_into, "<i", buf)
show(struct.pack_into, "<i")
show(struct.pack_into, "<i", buf, 0)
show(struct.pack_into, "<i", buf, 0, 1, 2)
data = bytes(range(12))
print(struct.unpack_from("<I", data), struct.unpack_from("<I", data, 8), struct.unpack_from("<I", data, -4), struct.unpack_from("<I", buffer=data, offset=2))
show(struct.unpack_from, "<I", data, 9)
show(struct.unpack_from, "<I", data, -3)
show(struct.unpack_from, "<I", data, -13)
show(struct.unpack_from, "<I", data, 1.5)
show(struct.unpack_from, "<I")
# iter_unpack
it = struct.iter_unpack("<hb", bytes(range(9)))
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
show(struct.iter_unpack, "<hb", bytes(4))
show(struct.iter_unpack, "", b"")
show(struct.iter_unpack, "x0i", b"1")
show(struct.iter_unpack, "i", "abcd")
show(type(it))
print(struct.Struct("").size, struct.pack(""), struct.unpack("", b""), struct.unpack("3x", b"abc"))
print(struct.Struct("i").__sizeof__() < struct.Struct("ihq").__sizeof__())
# the cache
struct._clearcache()
for i in range(150):
    struct.calcsize("%dx" % i)
print(struct.calcsize("150x"), issubclass(struct.error, Exception), struct.error.__module__, struct.error.__qualname__)
print(struct.__doc__.splitlines()[0], struct.pack.__doc__.splitlines()[0], struct.Struct.unpack.__doc__.splitlines()[0])
print(sorted(n for n in dir(struct) if not n.startswith("__")))
show(struct.Struct, x=1)
show(struct.Struct, "i", format="i")
show(lambda: struct.Struct(format="<h").pack(3))
