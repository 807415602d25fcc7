# Iteration order of int, str and tuple sets built in many ways, against CPython 3.11
# (PYTHONHASHSEED=0). Data comes from a 64-bit LCG so the program needs no random module.
import sys

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11


def show(tag, s):
    items = list(s)
    head = items[:12]
    print(tag, len(s), sys.getsizeof(s), head, hash(tuple(items)))


def ints(n, kind):
    out = []
    for _ in range(n):
        x = rnd()
        if kind == 0:
            out.append(x % (n * 3 + 1))
        elif kind == 1:
            out.append(x - 2 ** 52)
        elif kind == 2:
            out.append((x % 512) * 8)
        elif kind == 3:
            out.append((x % 100) << 32)
        elif kind == 4:
            out.append(-(x % 1000))
        else:
            out.append(x * 2 ** 20)
    return out


def strs(n):
    out = []
    for _ in range(n):
        x = rnd()
        k = 1 + x % 6
        w = ''
        for j in range(k):
            w += chr(97 + (x >> (5 * j)) % 26)
        out.append(w)
    return out


for case in range(240):
    n = [0, 1, 3, 5, 7, 9, 17, 40, 100, 300, 1000, 2500][case % 12]
    kind = case % 6
    data = ints(n, kind) if case % 3 else strs(n)
    if case % 7 == 0:
        data = [(a, b) for a, b in zip(data, ints(len(data), 0))]
    s = set(data)
    show('build %d' % case, s)
    t = set()
    for v in data:
        t.add(v)
    show('add', t)
    print('same', list(s) == list(t), s == t)
    # deletions: discard about half, then add some back and new ones
    for i, v in enumerate(data):
        if i % 2 == 0:
            t.discard(v)
    show('discard', t)
    for v in data[: len(data) // 3]:
        t.add(v)
    show('readd', t)
    for _ in range(min(len(t), 5)):
        t.pop()
    show('pop', t)
    f = frozenset(data)
    show('frozen', f)
    print('hash', hash(f), hash(frozenset(t)))
    show('copy', t.copy())
    show('fromset', set(s))
    show('fromdict', set(dict.fromkeys(data)))
    show('fromfrozen', set(f))
