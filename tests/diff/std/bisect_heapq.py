# _bisect and _heapq under CPython's bisect and heapq: results, comparison order seen by a
# custom __lt__, key functions, the cache-friendly heapify of large lists, merge/nlargest,
# and the errors with CPython's messages.
import bisect, heapq, _bisect, _heapq, random

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

print(bisect.bisect is _bisect.bisect_right, heapq.heappush is _heapq.heappush, type(bisect.insort).__name__)
a = [1, 2, 2, 2, 5, 8]
for x in (0, 2, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 4), bisect.bisect_right(a, x, hi=3))
b = []; [bisect.insort(b, v) for v in (5, 1, 4, 1, 3)]; [bisect.insort_left(b, v) for v in (2, 2)]; print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); bisect.insort_left(recs, ("e", 3), key=lambda r: r[1]); print(recs)
class Seq:
    def __init__(self): self.data = [10, 20, 30]
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def insert(self, i, v): print("insert", i, v); self.data.insert(i, v)
s = Seq(); print(bisect.bisect(s, 25)); bisect.insort(s, 15); print(s.data)
print(bisect.bisect("aceg", "d"), bisect.bisect((1, 3, 5), 4))
show(bisect.bisect, [1], 1, -1)
show(bisect.bisect, 1, 1)
show(bisect.bisect, [1], 1, 0, "x")
show(bisect.bisect, [1, 2], 1, hi=None)
show(bisect.insort, (1,), 1)
show(bisect.bisect, [1], 1, key=1)
show(bisect.bisect, [1, "a"], 2)
show(bisect.bisect)
class Loud:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o): Loud.log.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return "L%d" % self.v
h = []
for v in (5, 3, 8, 1, 9, 2):
    heapq.heappush(h, Loud(v))
print(h, Loud.log); Loud.log.clear()
print(heapq.heappop(h), h, Loud.log); Loud.log.clear()
print(heapq.heapreplace(h, Loud(7)), heapq.heappushpop(h, Loud(0)), heapq.heappushpop(h, Loud(6)), h, Loud.log)
random.seed(5)
big = [random.randrange(10000) for _ in range(6000)]
hb = big[:]; heapq.heapify(hb); print(hb[:12], hb[-5:], all(hb[k] <= hb[2 * k + 1] for k in range(len(hb) // 2)))
small = big[:100]; heapq.heapify(small); print(small[:10])
mx = big[:3000]; heapq._heapify_max(mx); print(mx[:8], heapq._heappop_max(mx), heapq._heapreplace_max(mx, 5), mx[:4])
print([heapq.heappop(hb) for _ in range(10)], len(hb))
print(heapq.nlargest(3, big), heapq.nsmallest(4, big), heapq.nlargest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])),
      list(heapq.merge("ace", "bd", reverse=False)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
show(heapq.heappush, (1,), 1)
show(heapq.heappop, [])
show(heapq.heappop, (1,))
show(heapq.heapify, 1)
show(heapq.heappush, [], 1, 2)
show(heapq.heapreplace, [], 1)
show(heapq.heappush, [1], "a")
print(heapq.heappushpop([], 3), heapq.heappushpop([5], 3), heapq.heappushpop([1], 3))
class Shrink:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o): self.heap.clear(); return True
hs = [1, 2, 3]; hs.append(Shrink(hs))
show(heapq.heapify, hs)
print(_heapq.__doc__.splitlines()[0], _heapq.heapreplace.__doc__.splitlines()[0], _bisect.__doc__.splitlines()[0], _bisect.insort_left.__text_signature__)
