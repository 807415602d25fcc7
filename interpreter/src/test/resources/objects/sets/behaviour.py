# Reprs, errors, hashing, subclasses and the iteration protocol of set and frozenset.
import sys

print({3, 1, 2}, set(), frozenset(), frozenset([1, 2, 'a']), {(1, 2), ('x',)})
print(repr(set('abc')), str(frozenset(range(3))))


class S(set):
    pass


class F(frozenset):
    pass


print(S([1, 2]), S(), F([3]), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print(type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, type({1} - S([1])).__name__)
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, F(f) is f, type(F(f)).__name__)
print(sys.getsizeof(set()), sys.getsizeof(frozenset(range(4))), sys.getsizeof(set(range(5))),
      sys.getsizeof(set(range(50))), set().__sizeof__(), set(range(1000)).__sizeof__())
for fs in [frozenset(), frozenset([0]), frozenset([1, 2, 3]), frozenset('abc'), frozenset([frozenset([1]), 2]),
           frozenset(range(100)), frozenset([-1, -2]), frozenset([(1, 2), 'x'])]:
    print(hash(fs))
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
print(hash(frozenset(s)), list(frozenset(s)))
print({frozenset([1])}, {1, 2} in {frozenset([1, 2])}, set([1]) in [frozenset([1])])
t = {frozenset([1, 2]), 3}
t.discard({1, 2})
print(t)
t.add(frozenset([5]))
t.remove({5})
print(t)
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove({2}), lambda: {1}.add([]),
            lambda: [] in {1}, lambda: {1}.discard({}), lambda: set(1, 2), lambda: set(x=1),
            lambda: frozenset(x=1), lambda: frozenset(1, 2), lambda: set(5), lambda: {1} | [2],
            lambda: {1} < [1], lambda: {1}.update(3), lambda: {1}.symmetric_difference(1, 2),
            lambda: hash(set()), lambda: {1}.add(), lambda: set.add(1, 2), lambda: frozenset.union(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = set(range(5))
it = iter(s)
print(next(it), it.__length_hint__(), type(it).__name__)
s.discard(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('again', e)
s = {1, 2, 3}
it = iter(s)
print(list(it), list(it), it.__length_hint__())
print(set[int], frozenset[str], set.__new__(set, 1, 2), {1, 2}.__reduce__(), frozenset([3]).__reduce__())
print(set.__hash__, frozenset.__hash__ is not None, set.__doc__.splitlines()[0], frozenset.__doc__.splitlines()[0])
print({1, 2} == frozenset([2, 1]), {1} != frozenset([1]), {1} == [1], {1}.__eq__([1]), {1}.__or__(1))
print({1, 2}.__lt__({1, 2, 3}), {1, 2}.__gt__({1}), {1}.__le__(frozenset([1])))
x = {1, 2}
y = x
x |= {3}
x &= {1, 3, 4}
x -= {1}
x ^= {7, 3}
print(x, y is x)
print(sorted({5, 3, 9}), sum({1, 2, 3}), max(frozenset('hello')), len({1, 1.0, True}), {1, 1.0, True})
print({0.5, 1.5, 2.5, 3.25, -0.5, 1e300, float('inf')})
print({10 ** 20, 2 ** 64, -2 ** 63, 2 ** 61 - 1, 2 ** 61, 2 ** 62})
d = {'a': 1, 'b': 2, 'c': 3}
print(set(d), set(d.values()), set(d.items()), set(d.keys()) == {'a', 'b', 'c'})
s = set()
s.add(s.__class__)
print(len(s))
s = set(range(10))
s.clear()
print(s, sys.getsizeof(s), s.pop() if s else 'empty')
big = set(range(100))
big.difference_update(range(95))
print(big, sys.getsizeof(big))
big = set(range(100))
big.intersection_update(range(3))
print(big, sys.getsizeof(big))
print({i * 8 for i in range(20)}, {-i for i in range(10)}, {(i, -i) for i in range(6)})
