# re.error messages and positions (lineno/colno) for malformed patterns, and _sre.compile's
# own checks of the code it is given (the opcodes, MAGIC and constants of 3.11's _sre).
import _sre
import re
import warnings

for pat in ["(", ")", "a{2,1}", "(?P<1>x)", "(?P=z)", r"\1", "[b-a]", "*", "(?<=a+)b", "(?(2)a)", "a**", "(?z)",
            "\\", "[]", "(?P<a>x)(?P<a>y)", "x{70000}" * 0 + "(?#", "(?", "(?P", "(?P<", "(?P<a", "(?i", "(?-i)",
            "(?i-i:a)", "(?a-u:x)", "a{,", "a{1", "x++*", "(?>", "[a-\\d]", "[\\d-z]", "\\8", "(a)\\2", r"\x4",
            r"\u12", r"\U0011ffff", "\\z", "\\c", "abc(", "a\n(b", "a)b", "(?<=a)(?<=(?<!)x|yy)",
            "(?x)a #c\n(", "a{4294967295}", "(?P<a>a)(?P=a", "(?P=a)(?P<a>a)", "(?P<n-1>)", "[[:alpha:]]", "a||b|"]:
    try:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            p = re.compile(pat)
        print(repr(pat), "compiles", p.groups, [(w.category.__name__, str(w.message)) for w in ws])
    except re.error as e:
        print(repr(pat), "error:", e, (e.msg, e.pos, e.lineno, e.colno))
    except (OverflowError, ValueError) as e:
        print(repr(pat), type(e).__name__, e)

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)
print(_sre.ascii_iscased(ord("a")), _sre.ascii_iscased(0xe9), _sre.unicode_iscased(0x130), _sre.unicode_iscased(ord("1")))
print(_sre.ascii_tolower(ord("Q")), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(-5), _sre.ascii_tolower(0xc9))


def show(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))


show(lambda: _sre.compile("a", 0, [1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, (1,), 0, {}, ()))
show(lambda: _sre.compile("a", 0, [2**32], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [-1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [16, 97], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [17, 9, 1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [11, 0, 1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [15, 2, 1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [99, 1], 0, {}, ()))
show(lambda: _sre.compile(5, 0, [1], 0, {}, ()))
show(lambda: _sre.compile("a", 0, [1], 0, [], ()))
show(lambda: _sre.compile("a", 0, [1], 0, {}, []))
show(lambda: _sre.compile("a", "0", [1], 0, {}, ()))
show(lambda: _sre.compile(None, 0, [16, 97, 1], 0, {}, ()).match("a"))
show(lambda: _sre.compile(None, 0, [16, 97, 1], 0, {}, ()).match(b"a"))
show(lambda: _sre.compile(pattern="ab", flags=0, code=[16, 97, 1], groups=0, groupindex={}, indexgroup=()).search("xab"))
show(lambda: _sre.ascii_tolower(2**40))
show(lambda: _sre.ascii_tolower("a"))
show(lambda: _sre.unicode_iscased())
