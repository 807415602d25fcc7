import functools, operator, heapq, bisect
p = functools.partial(int, base=2); print(p, p.func, p.args, p.keywords, p('101'))
p2 = functools.partial(p, '11'); print(p2, p2())
print(functools.reduce(operator.add, range(5)), functools.reduce(operator.mul, [], 1))
try: functools.reduce(operator.add, [])
except TypeError as e: print(e)
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda x, y: len(x) - len(y))))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(20))
class P:
    @functools.cached_property
    def v(self): print('computing'); return 42
o = P(); print(o.v, o.v)
@functools.total_ordering
class N:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(N(1) <= N(2), N(3) >= N(2))
print(operator.itemgetter(1), operator.itemgetter(1, 0)([5, 6]), operator.attrgetter('real', 'imag'), operator.methodcaller('split', ','))
print(operator.methodcaller('split', ',')('a,b'), operator.attrgetter('v')(o), operator.index(5), operator.length_hint([1, 2]))
print(operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.getitem('abc', 1), operator.concat([1], [2]), operator.is_(None, None))
h = []; [heapq.heappush(h, x) for x in [5, 1, 4, 2, 3]]; print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
print(list(heapq.merge([1, 3], [2, 4])), heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 3))
l = [1, 2, 4, 4, 8]; print(bisect.bisect_left(l, 4), bisect.bisect_right(l, 4), bisect.bisect(l, 5)); bisect.insort(l, 3); print(l)
print(bisect.bisect_left([(1, 'a'), (2, 'b')], 2, key=lambda t: t[0]))
print(functools.reduce.__module__, type(functools.partial).__name__)
K = functools.cmp_to_key(lambda a, b: a - b); k = K(3); print(type(k).__name__, k.obj, K(1) < K(2), K(2) == K(2))
try: functools.reduce(operator.add, 5)
except TypeError as e: print(e)
print(functools.reduce(lambda a, b: a + b, ['a', 'b'], 'x'))
try: hash(K(1))
except TypeError as e: print('unhashable')
