import collections, itertools, functools, heapq, bisect, math, random, string, re, json, textwrap, operator
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self): return (len(self.rows), len(self.rows[0]) if self.rows else 0)
    def __matmul__(self, other):
        n, m = self.shape; m2, p = other.shape
        if m != m2: raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __repr__(self): return f"Matrix({self.rows!r})"
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None

a = Matrix([[1, 2], [3, 4]]); b = Matrix([[5, 6], [7, 8]])
print(a @ b, a.shape)
try: a @ Matrix([[1, 2, 3]])
except ValueError as e: print("error:", e)
try: hash(a)
except TypeError as e: print(e)

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3); print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults)
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words); print(c.most_common(3), sorted(c.elements())[:5], c["the"], c["zzz"])
dd = defaultdict(list)
for w in words: dd[len(w)].append(w)
print(dict(sorted(dd.items())))
print(list(itertools.groupby(sorted(words, key=len), key=len))[0][0])
print([(k, list(g)) for k, g in itertools.groupby("aaabbcdd")])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.pairwise("abcd")))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.product([0, 1], repeat=2)))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1, 7]))
print(bisect.bisect_left([1, 2, 4, 4, 8], 4), bisect.insort(l := [1, 3], 2) or l)
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5))
random.shuffle(x := list(range(10))); print(x)
print(random.gauss(0, 1), random.uniform(1, 2), random.choices("abc", weights=[1, 2, 3], k=5))
print(re.findall(r"\b(\w)(\w*)\b", "hello big world")[:2], re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-06").groupdict())
data = {"name": "glass", "vals": [1, 2.5, None, True], "nested": {"k": "v"}}
s = json.dumps(data, indent=2, sort_keys=True); print(s); print(json.loads(s) == data)
print(json.dumps("héllo\u2028"), json.dumps("héllo", ensure_ascii=False))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("""\
    hello
      world
    """))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda x, y: x * y, range(1, 20)), math.factorial(20), math.comb(30, 15), math.isqrt(10**20 + 7))
print(f"{math.pi:.10f} {math.e:e} {1e300*1e10} {-0.0} {math.nan} {2**0.5:g} {1/3:.3%} {12345678.9:,.2f} {255:#x} {255:08b}")
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), max("apple", "fig", key=len))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], list(cm))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(reversed(od)))
dq = deque(range(5), maxlen=3); dq.appendleft(9); print(dq, dq.maxlen); dq.rotate(1); print(dq)
print(string.ascii_letters[:10], string.capwords("hello   world"), "{:^10}|{:<5}|{:>5}".format("mid", "l", "r"))
print("%-5s|%5.2f|%x|%o|%e|%r" % ("ab", 3.14159, 255, 8, 12345.678, "q"))
