# bytes patterns over bytes, bytearray and memoryview subjects (slices come back as bytes),
# byte classes and case folding (ASCII only, LOCALE), templates with bytes, type mismatches.
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))


p = re.compile(rb"(?P<w>[a-z]+)(\d)?")
for s in (b"ab1 cd", bytearray(b"xy2"), memoryview(b"zz"), memoryview(b"__qq9__")[2:]):
    m = p.search(s)
    print(m, m.group(), m.groups(), m.span(2), type(m.string).__name__, type(m[0]).__name__)
    print(m.expand(rb"<\g<w>>") if not isinstance(s, memoryview) else "(expand joins with string[:0], a memoryview)")
print(p.findall(b"ab1 cd"), p.sub(rb"[\g<w>]", b"ab1 cd"), p.split(b"1ab2c"), p.sub(b"-", bytearray(b"ab1")))
print(re.sub(rb"a", lambda m: m[0].upper(), b"banana"), re.subn(b"x*", b"-", b"abc"), re.sub(b"a", bytearray(b"Z"), b"aa"))
print(re.sub(b"a", memoryview(b"Y"), b"ab"), re.split(rb"\s+", bytearray(b"a b")), re.findall(rb"\d", memoryview(b"1a2")))
print(re.match(rb"\xff+", b"\xff\xfe"), re.match(rb"[\x80-\xff]+", b"\x80\xc3\xa9x"), re.match(b".", b"\n"), re.match(b"(?s).", b"\n"))
print(re.findall(rb"(?i)[a-z]", b"aZ\xe0\xc0"), re.findall(rb"(?i)\xe0", b"\xe0\xc0"), re.findall(rb"(?iL)\xe0", b"\xe0\xc0"))
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.findall(rb"(?L)\w+", b"caf\xe9 ok"), re.findall(rb"\s", b" \t\n\x0b\x0c\r\x1c\x85"))
print(re.findall(rb"\b\w", b"ab cd"), re.findall(rb"(?L)\b\w", b"ab cd"), re.findall(rb"\d", b"1\xb2"))
print(re.compile(rb"(?i)(a)\1").match(b"aA"), re.compile(rb"(?iL)(a)\1").match(b"aA"), re.escape(b"a.b\x00"))
print(re.fullmatch(rb"[^a]*", b"\x00\xff"), re.search(b"\x00", b"a\x00b"), re.split(b"", b"ab"))
print(re.match(rb"(?x) a b ", b"ab"), re.match(b"[\\w-]+", b"a-b"), re.match(rb"\x41\101\n", b"AA\n"))
big = bytes(range(256)) * 20
print(len(re.findall(rb"[\x00-\x7f]", big)), len(re.findall(rb"[^\x00-\x7f]+", big)), re.search(rb"\xfe\xff\x00", big).span())
show(lambda: p.search("str"))
show(lambda: re.compile("a").search(b"bytes"))
show(lambda: re.compile("a").search(bytearray(b"a")))
show(lambda: re.sub(b"x", "y", b"axb"))
show(lambda: re.sub(b"(x)", r"\1", b"axb"))
show(lambda: re.compile(b"\\u1234"))
show(lambda: re.compile(b"(?u)a"))
show(lambda: re.compile(b"a", re.U))
show(lambda: re.compile(b"\\N{DIGIT ONE}"))
show(lambda: re.sub(b"x", b"\\g<foo>", b"x"))
show(lambda: re.compile(b"[\\w-a]"))
