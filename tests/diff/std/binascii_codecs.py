# binascii under CPython's base64, quopri and uu users: uu, base64 (lenient and strict), hex
# with separators, quoted-printable, the CRCs, and the errors with CPython's messages.
import binascii

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

data = [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256)), b"hello world\n" * 3]
for d in data:
    e = binascii.b2a_base64(d)
    print(e[:40], binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False)[-3:])
    h = binascii.hexlify(d)
    print(h[:40], binascii.unhexlify(h) == d, binascii.a2b_hex(h.decode()) == d)
    if len(d) <= 45:
        u = binascii.b2a_uu(d)
        print(u, binascii.a2b_uu(u) == d, binascii.b2a_uu(d, backtick=True))
    print(binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"), binascii.crc32(b"x", -1), binascii.crc32(b"x", 2**40 + 5))
print(binascii.crc_hqx(b"x", -1), binascii.crc_hqx(b"x", 0x12345))
# lenient base64
for s in [b"YWJj", b"YW Jj\n", b"YWI=", b"YWI==", b"YWI===", b"YW=I", b"Y===", b"=YWJj", b"YWJj=YWJj", b"YQ", b"YWJjZA", b"Y", b"YWJjZ", b"!!!", "YWJj", b"YQ==YQ==", b"YWJjZA=x=", b"YW\x80Jj"]:
    show(binascii.a2b_base64, s)
    show(binascii.a2b_base64, s, strict_mode=True)
show(binascii.a2b_base64, "é")
show(binascii.a2b_base64, 5)
show(binascii.a2b_base64, b"YQ==", strict_mode=2.0)
show(binascii.b2a_base64, "abc")
show(binascii.b2a_base64, b"a", newline=0)
show(binascii.b2a_base64, memoryview(b"xyz"))
show(binascii.b2a_base64, bytearray(b"xyz"))
# hex with separators
for sep, n in [(":", 1), (b"_", 2), ("-", -2), (" ", 3), (" ", -3), (":", 10), (":", 0), (b"\xff", 1)]:
    show(binascii.b2a_hex, b"\x01\x02\x03\x04\x05", sep, n)
    show(binascii.hexlify, b"\x01\x02\x03\x04\x05", sep=sep, bytes_per_sep=n)
show(binascii.b2a_hex, b"abc", "::")
show(binascii.b2a_hex, b"abc", 1)
show(binascii.b2a_hex, b"abc", "\u20ac")
show(binascii.b2a_hex, b"abc", ":", 2**40)
show(binascii.b2a_hex, "abc")
show(binascii.b2a_hex, b"", ":")
show(binascii.a2b_hex, b"abc")
show(binascii.a2b_hex, b"zz")
show(binascii.a2b_hex, "0G")
show(binascii.a2b_hex, "DEADbeef")
show(binascii.unhexlify, bytearray(b"0a0B"))
show(binascii.a2b_hex, 3)
show(binascii.a2b_hex, "\xe9\xe9")
# uu
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, "")
show(binascii.a2b_uu, b"!80``\n")
show(binascii.a2b_uu, b"#86)C\n")
show(binascii.a2b_uu, b"#86)C  \n")
show(binascii.a2b_uu, b"#86)Cxx\n")
show(binascii.a2b_uu, b"#8\x01)C\n")
show(binascii.a2b_uu, b"&86)C")
show(binascii.b2a_uu, b"x" * 46)
show(binascii.b2a_uu, b"", backtick=True)
show(binascii.b2a_uu, b"\x00\x00\x00", backtick=True)
# quoted-printable
for s in [b"hello", b"a=b", b"tab\there", b"trailing space ", b"trailing tab\t", b"line1\nline2 \nline3",
          b"crlf\r\nnext \r\n", b"caf\xc3\xa9", b"under_score and space", b".\n", b"x" * 80, b"y" * 75 + b"\n" + b"z" * 76,
          b"\x00\x01\x7f", b"=" * 30, b"a\rb", b"end.", b".", b"a " * 50]:
    print(binascii.b2a_qp(s), binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False), binascii.b2a_qp(s, header=True))
    print(binascii.a2b_qp(binascii.b2a_qp(s)) == s, binascii.a2b_qp(binascii.b2a_qp(s, header=True), header=True) == s)
for s in [b"a=3Db", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=zz", b"end=", b"lower=3d", b"a_b", b"==41", b"=4", b"=\rx\nrest", "str=41"]:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
show(binascii.a2b_qp, data=b"a_b", header=1)
show(binascii.b2a_qp, "text")
show(binascii.crc32)
show(binascii.crc32, b"a", 1.5)
show(binascii.crc32, "a")
show(binascii.crc_hqx, b"a")
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
import base64, quopri
print(base64.b64encode(b"\xfb\xff"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode(b"6162"), base64.b85decode(base64.b85encode(b"xyz")), base64.a85encode(b"hello"))
show(base64.b64decode, b"YQ=", validate=True)
show(base64.b64decode, b"Y Q==", validate=True)
print(base64.b64decode("YWJj"), base64.standard_b64decode(b"YQ=="), base64.encodebytes(b"x" * 60))
print(quopri.encodestring(b"caf\xc3\xa9 = ok"), quopri.decodestring(b"caf=C3=A9"))
