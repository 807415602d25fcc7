# The set operators and set comparisons of dict keys and items views (dictviews_*).
d = {'a': 1, 'b': 2, 'c': 3, 5: 'x', (1, 2): 7}
e = {'b': 2, 'c': 30, 'z': 0, 5: 'x'}
k, i = d.keys(), d.items()
print(k - {'a'}, k | {'q'}, k & {'a', 5, 'nope'}, k ^ {'a', 'w'})
print({'a', 7} - k, {'a', 7} | k, {'a', 7} & k, {'a', 7} ^ k)
print(k - e.keys(), k | e.keys(), k & e.keys(), k ^ e.keys(), e.keys() & k)
print(i - e.items(), i & e.items(), i | e.items(), i ^ e.items(), e.items() ^ i)
print(k - ['a', 'b'], ['a', 'b', 'q'] - k, k & ['b', 5, 5], ('q',) | k, k ^ ('a',))
print(i & {('a', 1), ('b', 3)}, {('a', 1)} | i, i - [('a', 1)])
print(k == {'a', 'b', 'c', 5, (1, 2)}, {'a', 'b', 'c', 5, (1, 2)} == k, k < {'a', 'b', 'c', 5, (1, 2), 9},
      k <= set(k), k > {'a'}, k >= frozenset(), i == set(i), set(i) != i, k == ['a'])
print(k.isdisjoint({'zz'}), i.isdisjoint([('a', 1)]))
big = dict.fromkeys(range(50))
print(big.keys() & {3, 4, 100}, {3, 4, 100} & big.keys(), big.keys() & set(range(45, 200)))
try:
    k | 5
except TypeError as exc:
    print('TypeError', exc)
print(type(k - k).__name__, k - k, i ^ i)
