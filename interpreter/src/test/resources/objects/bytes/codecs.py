# Text codecs: every built-in codec against every error handler, on fixed texts and on
# pseudo-random byte strings (a small LCG, so the inputs are the same everywhere).
def attempt(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

encodings = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii", "latin-1",
             "cp1252", "utf-8-sig", "iso8859-15", "koi8-r"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass"]
texts = ["", "plain", "caf\xe9", "\u20ac99", "\U0001f40d snake", "a\udcffb", "\ud800", "mixed \xe9\u0416\u4e2d\U0001d11e",
         "\x00\x7f\x80\xff", "\u00a4\u0160"]
for enc in encodings:
    for t in texts:
        for h in handlers:
            attempt("encode %s %s %r" % (enc, h, t), lambda: t.encode(enc, h))

state = 12345
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state >> 16

samples = [b"", b"\xff", b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x90\x8d", b"\xed\xa0\x80", b"\xed\xb3\xbf",
           b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xe2\x82", b"a\x80b\xc3",
           b"\xff\xfeA\x00", b"\xfe\xff\x00A", b"\xff\xfe\x00\x00A\x00\x00\x00", b"\x00\xd8\x00\xdc", b"\x00\xdc\x00\xd8",
           b"\x00\xd8A\x00", b"\xef\xbb\xbfok", b"abc", b"\x81\x8d\x90"]
for i in range(40):
    n = rand() % 9
    samples.append(bytes(rand() % 256 for _ in range(n)))
for enc in encodings:
    for b in samples:
        for h in handlers:
            attempt("decode %s %s %r" % (enc, h, b), lambda: b.decode(enc, h))

for name in ["UTF-8", "utf8", "U8", "UTF_16LE", "utf-16le", "Latin1", "ISO-8859-1", "l1", "US-ASCII", "646", "windows-1252",
             "cp65001", "  utf 8  ", "utf-32be", "koi8_r", "bogus", "utf-7x"]:
    attempt("name %r" % name, lambda: "\xe9".encode(name))

try:
    b"ab\xff\xfecd".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "x\u20acy\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeDecodeError("enc", b"abc", 1, 3, "why")
print(str(e), e.start, e.end)
e = UnicodeEncodeError("enc", "a\U0001f40d", 1, 2, "why")
print(str(e))
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"\xe9"), "latin-1"), str(memoryview(b"hi"), "utf-8"),
      str(b"a\xffb", "utf-8", "replace"), str(b"x", errors="strict"))
attempt("str errors type", lambda: str(b"x", "utf-8", 1))
attempt("encode errors type", lambda: "x".encode("utf-8", 5))
attempt("encode kw", lambda: "\xe9".encode(encoding="latin-1", errors="strict"))
attempt("decode kw", lambda: b"\xe9".decode(errors="replace"))
