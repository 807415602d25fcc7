# Odds and ends: re.DEBUG output, re.Scanner, the deprecated sre_* modules, hundreds of groups,
# lone surrogates, large repeat counts, BIGCHARSET sets (BMP and astral), lookbehind widths.
import re, warnings
re.compile(r"(?i)a[bc]+(?=x)|\d{2,}?", re.DEBUG)
sc = re.Scanner([(r"\d+", lambda s, t: ("num", int(t))), (r"[a-z]+", lambda s, t: ("id", t)), (r"\s+", None)])
print(sc.scan("abc 12 de 3 !"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import sre_compile, sre_parse, sre_constants
    print([str(x.message) for x in w])
print(sre_compile.compile("a+").match("aa"), sre_parse.parse("a|b"))
p = re.compile("".join("(%d)" % (i % 10) for i in range(300)))
m = p.match("0123456789" * 30)
print(p.groups, m.lastindex, m.group(300), m.span(299), len(m.groups()))
print(re.match("(?:(a)|b)" * 50, "ab" * 25).lastindex)
s = "a\ud800b\udfffc"
print(ascii(re.findall(r"[\ud800-\udfff]", s)), ascii(re.sub(".", lambda m: m[0] * 2, s)), re.match(r"a.b", s))
print(re.match("a{1000}", "a" * 1000).span(), re.match("(?:a{100}){10}", "a" * 1000).span(), re.match("(a{2}){3,}+", "a" * 9).span())
print(re.match(r"(?:a|b){3,5}?c", "ababc").span(), re.match("x{3,5}", "xx"), re.match("(?:x){65535}", "x" * 65535).span())
print(re.compile("[" + "".join(chr(c) for c in range(0x100, 0x3000, 7)) + "]+").findall("\u0100\u0107\u0108x\u2ff9"))
print(re.compile("[^" + "".join(chr(c) for c in range(0x100, 0x3000, 7)) + "]+").findall("\u0100\u0101\u0107a\U0001F600"))
print(re.findall("(?i)[\u0100-\u0200\u1e00-\u1eff]+", "\u0100\u0101\u1e9eSS\u00df"), re.findall(r"(?i)\u1e9e", "\u00df\u1e9e"))
print(re.findall(r"[\U00010000-\U0001FFFF]", "a\U0001F600\U00010001\uffff"), re.findall(r"[^\U00010000-\U0001FFFF]", "a\U0001F600"))
print(re.escape("a\u00e9 \U0001F600-"), re.purge())
print(re.search(r"(?<=\d{3})x", "123x"), re.search(r"(?<!\d{3})x", "123x"), re.split(r"(?<=,)", "a,b,c"))
print(re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"), re.fullmatch(r"a*?", "aaa"), re.fullmatch(r"(a)*?", "aa").regs)
print(re.match(r"(?x)(?P<a> a ) (?P=a) # x", "aa"), re.match(r"(?s)(?i)A.B", "a\nb"))
