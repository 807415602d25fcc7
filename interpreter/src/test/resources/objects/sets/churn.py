# Long random sequences of add / discard / pop / update on one set: dummy slots are reused,
# fill-triggered resizes purge them, and the iteration order must stay CPython's throughout.
import sys

state = 4242


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 17


for case in range(24):
    m = [16, 64, 300, 5000, 2 ** 40, 100][case % 6]
    use_str = case % 4 == 3
    s = set()
    f = set()
    for step in range(1500):
        r = rnd()
        v = r % m
        if use_str:
            v = 'k%d' % v
        op = (r >> 20) % 10
        if op < 5:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op == 8 and s:
            s.pop()
        else:
            s.update([v, v * 2] if not use_str else [v, v + 'x'])
        if step % 150 == 149:
            print(case, step, len(s), sys.getsizeof(s), list(s)[:8], hash(tuple(s)), hash(frozenset(s)))
    f = frozenset(s)
    s.difference_update(list(s)[::2])
    print('after', len(s), sys.getsizeof(s), list(s)[:8], hash(tuple(s)), hash(f))
