# bytes %-formatting (PEP 461), hashes (PYTHONHASHSEED=0: CPython's SipHash), reprs and sizes.
import sys

def attempt(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [b"", b"a", b"ab", b"abc", b"hello world", bytes(range(256)), b"\x00" * 7, b"\xff" * 8, b"x" * 100]:
    print(hash(v), sys.getsizeof(v), hash(memoryview(v)) == hash(v))
d = {}
for i in range(30):
    d[bytes([i * 7 % 256]) * (i % 4 + 1)] = i
print(list(d)[:12])
print(set([b"a", b"b", b"c", b"dd", b"ee"]) == {b"a", b"b", b"c", b"dd", b"ee"}, sorted({b"q", b"r", b"a"}))
for b in [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r\x0b\x0c", b"\x7f\x80\xfe", bytes(range(32)), b"it's", b'a"b']:
    print(repr(b), repr(bytearray(b)), str(b), b.hex())

attempt("fmt", lambda: b"%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
attempt("floats", lambda: b"%f|%.2f|%e|%g|%10.3f|%-8.1e|%G" % (3.14159, 2.5, 12345.678, 0.0001, -1.5, 1e10, 1e-20))
attempt("strs", lambda: b"%s|%b|%5s|%-5s|%.2s|%r|%a" % (b"ab", bytearray(b"cd"), b"e", b"f", b"ghij", b"k'", "\xe9"))
attempt("chars", lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
attempt("dict", lambda: b"%(x)s-%(y)d" % {b"x": b"X", b"y": 5})
attempt("percent", lambda: b"100%% %s" % b"sure")
attempt("star", lambda: b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
attempt("single", lambda: b"%s" % b"one")
attempt("memoryview", lambda: b"%s" % memoryview(b"mv"))
attempt("bytearray mod", lambda: bytearray(b"%d") % 7)
attempt("str arg", lambda: b"%s" % "text")
attempt("too few", lambda: b"%s %s" % b"a")
attempt("too many", lambda: b"%s" % (b"a", b"b"))
attempt("bad char", lambda: b"%z" % 1)
attempt("c range", lambda: b"%c" % 256)
attempt("c str", lambda: b"%c" % "a")
attempt("c long", lambda: b"%c" % b"ab")
attempt("d str", lambda: b"%d" % "1")
attempt("x float", lambda: b"%x" % 1.5)
attempt("incomplete", lambda: b"abc%" % ())
attempt("no mapping", lambda: b"%(a)s" % (1,))
attempt("rmod", lambda: "%s" % b"x")
