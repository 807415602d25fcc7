# sub/subn/split/findall, including 3.7+ empty-match rules (an empty match right after a
# match is allowed, but not at the same position twice), templates (\g<name>, \g<0>,
# numeric, octal and escapes), callables returning None, count/maxsplit limits, and errors.
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))


for pat, s in [("x*", "abxd"), ("", "abc"), ("a|", "xay"), (r"\b", "ab cd"), (r"(?=b)", "abab"), ("x*", ""),
               (r"\s*", "a b  c"), ("(x)|(y)", "axbyc"), ("a*?", "baaa"), ("(?:)", "\U0001F600x"), (r"$", "a\n"),
               (r"^", "a\nb"), (r"(?m)^", "a\nb\n"), (r"(?m)$", "a\nb\n"), ("(a)(b)?", "abac"), ("b*", "abbbc")]:
    p = re.compile(pat)
    print(repr(pat), repr(s), p.sub("-", s), p.subn(r"<\g<0>>", s), p.split(s), p.findall(s))

print(re.split("a", "aaa", maxsplit=2), re.split("a", "aaa", maxsplit=-1), re.split("a", "bab", 1), re.split("(a)(x)?", "bab"))
print(re.split("x*", "axbc"), re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.sub("a", "b", "aaa", count=-1), re.sub("a", "b", "aaa", 2), re.subn("a", "b", "aaa", count=1), re.sub("a", "b", ""))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home x@y"), re.sub(r"(?P<w>\w)", r"\g<w>\g<1>\g<0>", "ab"))
print(re.sub(r"(a)", r"\1\\n\n\t\101\0\01\060", "a"), re.sub("(a)", r"\g<1>0", "a"), re.sub("a", r"\\", "a"))
print(re.sub("a", lambda m: None, "axbxa"), re.sub("x", lambda m: m.group().upper(), "axbx"), re.sub("(x)|y", r"[\1]", "xy"))
print(re.sub("a", "\u00e9\U0001F600", "bab"), re.sub("\U0001F600", "x", "a\U0001F600b"), re.sub(".", "", "\U0001F600"))
print(re.sub(r"(?P<n>\d)", lambda m: str(int(m["n"]) * 2), "a1b2c9"), re.subn(r"\d", "#", "a1b2c3", count=2))

class S(str):
    pass

r = re.sub("b", "x", S("abc"))
print(r, type(r).__name__, type(re.sub("q", "x", S("abc"))).__name__, type(re.sub("q", "x", "abc")).__name__)
print(type(re.split("q", S("abc"))[0]).__name__, type(re.findall("a", S("abc"))[0]).__name__, type(re.match("a", S("ab")).group()).__name__)

show(lambda: re.sub("x", lambda m: 5, "axb"))
show(lambda: re.sub("x", lambda m: b"y", "axb"))
show(lambda: re.sub("x", r"\1", "x"))
show(lambda: re.sub("(x)", r"\g<2>", "x"))
show(lambda: re.sub("(x)", r"\g<a>", "x"))
show(lambda: re.sub("(x)", r"\g<1", "x"))
show(lambda: re.sub("(x)", r"\g<>", "x"))
show(lambda: re.sub("(x)", r"\g<-1>", "x"))
show(lambda: re.sub("x", "\\", "x"))
show(lambda: re.sub("x", r"\q", "x"))
show(lambda: re.sub("x", r"\x41", "x"))
show(lambda: re.sub("x", 5, "x"))
show(lambda: re.sub("x", "y", 5))
show(lambda: re.sub("x", b"y", "x"))
show(lambda: re.split("x", 5))
show(lambda: re.compile("x").sub(repl="y", string="axa", count=1))
show(lambda: re.compile("x").split(string="axa", maxsplit=1))
show(lambda: re.compile("x").sub("y"))
