# Results (and their iteration order) of the set algebra, in-place forms and comparisons.
import sys

state = 987654321


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 13


def ints(n, m):
    return [rnd() % m for _ in range(n)]


def show(tag, s):
    print(tag, type(s).__name__, len(s), sys.getsizeof(s), list(s)[:10], hash(tuple(s)))


for case in range(120):
    n1 = [0, 2, 6, 12, 30, 80, 200, 600][case % 8]
    n2 = [0, 1, 5, 13, 40, 90, 300, 700, 3][case % 9]
    m = [10, 50, 1000, 100000][case % 4]
    a = set(ints(n1, m))
    b = set(ints(n2, m))
    lb = ints(n2, m)
    show('or', a | b)
    show('ror', frozenset(a) | b)
    show('and', a & b)
    show('sub', a - b)
    show('xor', a ^ b)
    show('union', a.union(lb, b))
    show('intersection', a.intersection(lb))
    show('intersection2', a.intersection(b, lb))
    show('difference', a.difference(lb))
    show('difference_dict', a.difference(dict.fromkeys(lb)))
    show('difference2', a.difference(b, lb[:3]))
    show('symdiff', a.symmetric_difference(lb))
    show('symdiff_dict', a.symmetric_difference(dict.fromkeys(lb)))
    print('cmp', a < b, a <= b, a > b, a >= b, a == b, a != b, a.isdisjoint(b), a.isdisjoint(lb),
          a.issubset(lb), a.issuperset(lb), (a | b) >= a, frozenset(a) == a)
    c = set(a)
    c |= b
    show('ior', c)
    c &= set(lb)
    show('iand', c)
    c = set(a)
    c -= b
    show('isub', c)
    c = set(a)
    c ^= b
    show('ixor', c)
    c = set(a)
    c.update(lb, b, dict.fromkeys(range(5)))
    show('update', c)
    c.intersection_update(a, b)
    show('intersection_update', c)
    c = set(a)
    c.difference_update(lb, range(0, m, 7))
    show('difference_update', c)
    c = set(a)
    c.symmetric_difference_update(lb)
    show('symmetric_difference_update', c)
    show('frozen and', frozenset(a) & b)
    show('frozen sub', frozenset(a) - frozenset(b))
