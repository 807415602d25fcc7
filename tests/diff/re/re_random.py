# Random patterns from a small grammar (groups, alternation, greedy/lazy/possessive repeats,
# lookarounds, atomic groups, conditionals, back references, anchors, classes) over random
# subjects, with every matching entry point; a fixed LCG makes the cases deterministic.
import re

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return (state[0] >> 8) % n


ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", r"\w", r"\d", r"\s", r"\b", r"\B", "^", "$", "x", "(?i:A)",
         r"[a-c\d]", "ab", "\\1", "\\2"]
QUANT = ["*", "+", "?", "*?", "+?", "??", "{1,2}", "{0,3}?", "*+", "++", "{2}", "{2,}?", "?+"]


def gen(d):
    if d > 3 or rnd(10) < 3:
        return ATOMS[rnd(len(ATOMS))]
    k = rnd(12)
    if k == 0: return gen(d + 1) + gen(d + 1)
    if k == 1: return gen(d + 1) + "|" + gen(d + 1)
    if k == 2: return "(" + gen(d + 1) + ")"
    if k == 3: return "(?:" + gen(d + 1) + ")" + QUANT[rnd(len(QUANT))]
    if k == 4: return "(" + gen(d + 1) + ")" + QUANT[rnd(len(QUANT))]
    if k == 5: return ["(?=", "(?!", "(?<=", "(?<!"][rnd(4)] + ATOMS[rnd(8)] + ")"
    if k == 6: return "(?>" + gen(d + 1) + ")"
    if k == 7: return "(?(1)" + gen(d + 1) + "|" + gen(d + 1) + ")"
    if k == 8: return gen(d + 1) + QUANT[rnd(6)]
    if k == 9: return "(?P<n%d>" % rnd(1000) + gen(d + 1) + ")"
    return gen(d + 1) + gen(d + 1) + gen(d + 1)


FLAGS = [0, 0, re.I, re.M, re.S]
for i in range(700):
    pat = gen(0)
    s = "".join("aabbcx 1\n"[rnd(9)] for _ in range(rnd(9)))
    flags = FLAGS[rnd(5)]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, repr(pat), "error:", e)
        continue
    m, se, fm = p.match(s), p.search(s), p.fullmatch(s)
    print(i, repr(pat), repr(s), flags, m and (m.span(), m.groups(), m.lastindex), se and (se.regs, se.lastindex),
          fm and fm.regs, p.findall(s), p.split(s), p.sub("-", s))
