# Lookahead and lookbehind (positive and negative), groups inside them, and their interplay
# with pos/endpos (lookbehind sees the text before pos, nothing sees past endpos).
import re

for pat, s in [
    (r"(?=a)a", "a"), (r"(?!a)\w", "ab"), (r"(?<=a)b", "ab"), (r"(?<!a)b", "cb ab"), (r"(?<=(a))b", "ab"),
    (r"(?=(a))a", "a"), (r"(?!(a)b)a", "ac"), (r"(a)(?:(?=b)|c)", "ab"), (r"\w+(?=,)", "ab,cd"),
    (r"(?<=\$)\d+(?:\.\d\d)?", "cost $42.50"), (r"(?<![\d.])\d+(?![\d.])", "1.5 22 3."), (r"(?<=ab|cd)x", "cdx"),
    (r"(?<=a(?=b))b", "ab"), (r"(?=.*(\d))\w+", "ab3"), (r"(?!.*x).+", "abc"), (r"(?<=\b)\w", "a b"),
    (r"(?<=\U0001F600)x", "\U0001F600x"), (r"(?<!^)x", "xx"), (r"(?=(a+))a*b\1", "baaabac"),
    (r"(?=(\w+))(\w)", "ab"), (r"((?=a))", "a"), (r"(?!)", "a"), (r"(?=)", "a"), (r"(?<=(?<!a)b)c", "bc abc"),
]:
    p = re.compile(pat)
    m = p.search(s)
    print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), p.findall(s), p.sub("_", s))

p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1), p.search("ab", 0, 1))
p = re.compile(r"b(?=c)")
print(p.search("bc", 0, 1), p.search("bc"), re.compile(r"(?<=\w)$").search("ab", 0, 1))
for pat in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!a*)", r"(?<=(?P<n>a)|b)c", r"(?<=\1)(a)"]:
    try:
        re.compile(pat)
        print(pat, "compiles")
    except re.error as e:
        print(pat, "error:", e)
