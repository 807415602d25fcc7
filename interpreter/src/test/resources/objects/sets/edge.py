# Keys with custom __hash__/__eq__, subclasses that override __iter__, errors raised by
# __hash__/__eq__, a set cleared from inside __eq__, and other edge cases.
class K:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return 'K(%r)' % self.v
s = {K(i, i % 3) for i in range(10)}
print(s, K(4, 1) in s, K(4, 2) in s)
s.discard(K(4, 1)); print(s)
s = {1, 2}; s.__init__([3]); print(s)
f = frozenset([1]); f.__init__([2]); print(f)
class M(set):
    def __iter__(self): return iter([99])
m = M([1, 2])
print(set(m), list(m), m | {5}, {5} | m, frozenset(m))
class D(dict):
    def __iter__(self): return iter(['z'])
print(set(D(a=1)), set({'a': 1}))
s = set(range(10))
print(s.isdisjoint(range(10, 20)), s.isdisjoint(iter([3])), s.issuperset(range(5)), s.issubset(range(20)))
x = {1, 2, 3}
print(x.update(), x.intersection_update(), x, x.difference(), x.union(), x.difference_update())
print(x.intersection([1, 2, 2, 5], {1: 0, 2: 0}))
r = {-1, -2, -3, -2 ** 63, 2 ** 63, 2 ** 100, -2 ** 100, 0.1, 1e-300}
print(r)
class Bad:
    def __hash__(self): raise ValueError('nohash')
try:
    {Bad()}
except ValueError as e:
    print('ValueError', e)
try:
    Bad() in {1}
except ValueError as e:
    print('ValueError', e)
class E:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('eq')
try:
    {E(), E()}
except RuntimeError as e:
    print('RuntimeError', e)
class Mut:
    def __init__(self, s): self.s = s
    def __hash__(self): return 5
    def __eq__(self, o):
        self.s.clear()
        return False
t = set()
t.add(Mut(t)); t.add(Mut(t))
print(len(t))
print({1, 2} == {1: 0, 2: 0}.keys(), frozenset({1}) in {frozenset({1}): 2})
print(hash(frozenset([frozenset([1, 2]), frozenset([3])])), hash(frozenset(range(-5, 5))))
print(set('hello world'), frozenset(b'bytes' if False else 'bytes'))
