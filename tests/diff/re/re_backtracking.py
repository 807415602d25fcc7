# The engine's backtracking order: greedy, lazy and possessive repeats, atomic groups,
# alternation, back references and what the groups hold after backtracking (lastindex too).
import re


def show(pat, s, flags=0):
    p = re.compile(pat, flags)
    m = p.match(s)
    se = p.search(s)
    fm = p.fullmatch(s)
    print(repr(pat), repr(s))
    print("   match", m and (m.span(), m.groups(), m.lastindex))
    print("   search", se and (se.span(), se.regs, se.lastindex, se.lastgroup))
    print("   fullmatch", fm and fm.regs, "findall", p.findall(s))


for pat, s in [
    (r"a*b", "aaab"), (r"a*?b", "aaab"), (r"a+?", "aaa"), (r"a??b", "ab"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"x{2,3}", "xxxxx"), (r"x{2,3}?", "xxxxx"), (r"(x){2,3}?y", "xxxy"), (r"(x){2}", "xxx"),
    (r"(a{0,2}?)(a*)", "aaaa"), (r"(a+)+b", "aaaa"), (r"(a|b)*?c", "abac"), (r"(a*)*", "b"), (r"(a*)+", "b"),
    (r"(?:x*)*y", "xxy"), (r"(?:x*)*?y", "xxy"), (r"(x?)*y", "xy"), (r"(x??)*y", "xy"), (r"(?:()|a)*", "aa"),
    (r"(?:a|())*", "aa"), (r"(a?)*?b", "aab"), (r"(?:(?:a)*)*b", "aab"), (r"((a)|b)+", "ab"),
    (r"(?:(a)|b)*", "ab"), (r"(?:(a)|(b))*", "ab"), (r"(a)|(b)|(c)", "c"), (r"(a)(b)?", "a"),
    (r"a++a", "aaa"), (r"a*+b", "aab"), (r"(?:ab)*+c", "ababc"), (r"(ab)*+a", "ababa"), (r"(a|b)*+", "abab"),
    (r"(?:ab?c){1,3}+", "aca"), (r"(?:a|ab)++c", "abc"), (r"x?+x", "x"), (r"(a){2,}+", "aaaa"),
    (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaa"), (r"(?>(a|ab))c", "abc"), (r"(?>a|ab)c", "abc"),
    (r"(a)(?>(b)|c)d", "abd"), (r"(?>(x)*)y", "xxy"), (r"((?>a*))*b", "aab"),
    (r"(a)\1", "aa"), (r"(a)\1", "ab"), (r"(?P<x>a|b)(?P=x)+", "abbb"), (r"(a*)b\1", "aabaa"),
    (r"(a*)b\1$", "aaba"), (r"^(\w+)\s+\1$", "hello hello"), (r"(a)|\1", "x"), (r"(?:(a)|b)\1", "aa"),
    (r"((a)|b)*\2", "aba"), (r"(a)(?:b|\1)+", "aab"), (r"(?:(a)b)*\1", "ababa"),
    (r"(?:abc|abd|aef)", "aef"), (r"a|b|", "c"), (r"", "abc"), (r"(?:a|b|c|d)+", "dcbax"),
    (r"(x)(?:y|z)(\1)?", "xzx"), (r"([ab])*?c", "abc"), (r"(?:(a)|(b))+?c", "abc"),
]:
    show(pat, s)

# Deep alternation and nested repeats on long subjects: no recursion limit, no stack overflow.
s = "ab" * 50000
print(re.match(r"(a|b)*c", s + "c").span(), re.match(r"(?:a|b)*?c", s + "c").span())
print(re.fullmatch(r"((ab)+)", s).span(2), re.match(r"(?:(a)|b)*", s).span(1), re.match(r"(.)*", s).span(1))
print(re.match(r"((?:a|b)(?:a|b))*", s).span(1), re.match(r"(?:a(?=b)|b(?!b))*", s).span())
print(re.search(r"(a|b)*x", s[:400]), len(re.findall(r"(?:ab)", s)), re.match(r"(?>(?:a|b)*)", s).span())
print(re.match(r"(?:ab)*+", s).span(), re.match(r"(ab)*?$", s).span(1), re.match(r"(?:a(b))*", s).lastindex)
