# Pattern, Match and scanner objects as CPython's _sre makes them: attributes, group access
# by number and name, defaults, regs/lastindex/lastgroup, reprs (with truncation), copies,
# equality and hashing, class subscripts, pos/endpos clamping, scanners and finditer.
import copy
import copyreg
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(r)


p = re.compile(r"(?P<a>x)(?P<b>y)?(z)?")
m = p.match("xz")
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__, re.compile("a").groupindex)
print(m.groupdict(), m.groupdict("D"), m.groups(0), m.group(1, "a", 0), m.lastgroup, m.lastindex, m.regs)
print(m.start(), m.end(3), m.span(), m.pos, m.endpos, m.re is p, m.string, m[0], m["a"], m[True], m.group())
print(m.expand(r"[\1\g<a>\g<3>\n]"), m.expand(r"\g<b>"), m.span("b"), m.start(2), m.end("a"), m.groups(default=7))
for g in [4, "nope", -1, 2**100, -2**100, 1.5, None, b"a"]:
    show(lambda: m.group(g))
show(lambda: m.group([1]))
show(lambda: m[{}])
show(lambda: m.expand(r"\9"))
show(lambda: m.group(1, 9))
show(lambda: m.start(1, 2))
show(lambda: m.groups(1, 2))
print(re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a(b))", "ab").lastindex, re.match(r"(?P<o>a(?P<i>b))", "ab").lastgroup)
print(re.match(r"(a)|b", "b").lastindex, re.match(r"(a)?b", "b").lastgroup, re.match(r"((a)|(b))*", "ab").lastindex)
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile("a+") == re.compile("a+"), re.compile("a+") != re.compile("a+", re.I), re.compile("a") == "a")
print(re.compile("a") == re.compile(b"a"), hash(re.compile("ab")) == hash(re.compile("ab")), {re.compile("q"), re.compile("q")})
print(copyreg.dispatch_table[re.Pattern](re.compile("x+", re.M))[1])
print(re.Pattern[str], re.Match[bytes], type(p).__name__, type(p).__qualname__, type(m).__module__)
sc = p.scanner("")
print(type(sc).__name__, type(sc).__module__, type(p).__doc__, type(m).__doc__)
show(lambda: re.Pattern())
show(lambda: re.Match())
show(lambda: type(sc)())
show(lambda: re.compile("a") < re.compile("b"))
show(lambda: setattr(p, "pattern", "x"))
show(lambda: setattr(m, "pos", 1))
show(lambda: setattr(p, "other", 1))
print(repr(re.compile("a" * 300))[-12:], len(repr(re.compile("a" * 300))), repr(re.compile("\u00e9" * 300))[-8:])
print(re.compile("x", re.I | re.M | re.S | re.X | re.A), re.compile("x", re.DEBUG | 0) if False else "", re.compile("\n\u00e9'\""))
print(re.match("a" * 100, "a" * 100), re.match("(.*)", "\u00e9" * 80), re.match(b"\\d+", b"12"))
print(re.search(r"\d", "x\U0001F600\U0001F6017"), re.search(r".", "\U0001F600"))

q = re.compile("a")
print(q.match(string="xa", pos=1), q.search("aaa", endpos=-5), q.search("aaa", pos=5), q.search("bab", -10, 100).span())
print(re.compile("").search("abc", 3), re.compile("").search("abc", 4), re.compile("$").search("abc", 1, 2))
print(re.compile("^").search("abc", 1), re.compile(r"\b").search("ab", 1, 1), re.compile(r"\Z").match("ab", 2, 1))
print(q.fullmatch("ab", 0, 1), q.fullmatch("ba", 1), re.compile("a|ab").fullmatch("ab"), re.compile(r"a*?").fullmatch("aa"))
m = re.compile(r"\w+").search("  word  ", 1, 6)
print(m, m.pos, m.endpos, m.string)
show(lambda: q.match("a", "x"))
show(lambda: q.match("a", 2**80))
show(lambda: q.match())
show(lambda: q.match("a", 0, 1, 2))
show(lambda: q.match(string="a", foo=1))
show(lambda: q.search(12))
show(lambda: q.search(None))
show(lambda: q.search(b"bytes"))
show(lambda: re.compile(b"a").search("str"))
show(lambda: q.findall(["a"]))

sc = re.compile(r"\w").scanner("ab c")
print(sc.pattern, sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
sc = re.compile(r"\w*").scanner("ab c")
print([sc.search() for _ in range(6)])
sc = re.compile(r"\w").scanner("abcdef", 1, 4)
print(sc.search(), sc.match(), sc.search(), sc.search())
it = re.finditer(r"\w*", "ab c")
print(type(it).__name__, list(it), list(re.compile("x").finditer("axbx", 2)), list(re.finditer("", "ab")))
print([m.span() for m in re.finditer(r"(?=(\w\w))", "abcd")], [m.groups() for m in re.finditer(r"(\w)(\d)?", "a1b")])
