# An inventory/event simulation: realistic program with classes, exceptions, generators, formatting.
import heapq, itertools, statistics, datetime, decimal, fractions, collections
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

class InsufficientStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item, self.wanted, self.have = item, wanted, have

class Inventory:
    def __init__(self):
        self._stock = collections.Counter()
        self.log = []
    def add(self, item, n=1):
        self._stock[item] += n; self.log.append(("add", item, n))
    def remove(self, item, n=1):
        if self._stock[item] < n:
            raise InsufficientStock(item, n, self._stock[item])
        self._stock[item] -= n; self.log.append(("remove", item, n))
    def __len__(self): return sum(self._stock.values())
    def __contains__(self, item): return self._stock[item] > 0
    def __iter__(self): return iter(sorted(+self._stock))
    def __repr__(self): return f"<Inventory {dict(sorted((+self._stock).items()))}>"

inv = Inventory()
for item, n in [("apple", 5), ("pear", 2), ("fig", 0), ("apple", 3)]:
    inv.add(item, n)
print(inv, len(inv), "fig" in inv, list(inv))
try:
    inv.remove("pear", 3)
except InsufficientStock as e:
    print("failed:", e, e.args, e.item)
try:
    try:
        inv.remove("kiwi")
    except InsufficientStock as e:
        raise RuntimeError("order failed") from e
except RuntimeError as e:
    print(repr(e), "caused by", repr(e.__cause__))

def events():
    t = 0
    for i in itertools.count():
        t += (i * 7) % 5 + 1
        yield t, f"ev{i}"
        if i == 6: return
queue = []
for t, name in events():
    heapq.heappush(queue, (-t, name))
print([heapq.heappop(queue) for _ in range(3)])
vals = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3]
print(statistics.mean(vals), statistics.median(vals), round(statistics.stdev(vals), 6), statistics.mode([1, 1, 2]))
print(Decimal("1.10") + Decimal("2.205"), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(1) / Decimal(7))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5).limit_denominator(), float(Fraction(22, 7)))
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.strftime("%A %d %B %Y"), d.weekday(), datetime.date(2024, 1, 1) - datetime.date(2023, 1, 1))
dt = datetime.datetime(2024, 3, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.replace(hour=0).isoformat(timespec="seconds"), dt.timestamp() if False else "", datetime.datetime.strptime("2021-07-04 10:00", "%Y-%m-%d %H:%M"))
print(datetime.timedelta(hours=25, minutes=3), datetime.timedelta(seconds=-1), datetime.timezone.utc, datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))))
table = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0)]
print(f"{'name':<10}|{'qty':>4}|{'price':>8}")
for name, q, p in table:
    print(f"{name:<10}|{q:>4d}|{p:>8.2f}")
print(f"{'total':<10}|{sum(q for _, q, _ in table):>4}|{sum(q * p for _, q, p in table):>8.2f}")
matrix = [[i * j for j in range(1, 5)] for i in range(1, 5)]
print(*matrix, sep="\n")
print(list(zip(*matrix))[1], [row[::-1] for row in matrix][0], sum(map(sum, matrix)))
words = ["Banana", "apple", "cherry", "apple", "Date"]
print(sorted(set(words), key=str.lower), sorted(words, key=lambda w: (-len(w), w)), {w: len(w) for w in words})
s = "Hello, World! 123"
print(s.swapcase(), s.casefold(), s.partition(","), s.rsplit(" ", 1), s.translate(str.maketrans("lo", "01", "!")), s.zfill(20), s.center(21, "*"))
print(s.encode("utf-16-le")[:6], "ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "straße".casefold())
print(bytes(range(65, 70)), bytearray(b"abc").upper(), b"a,b".split(b","), memoryview(b"abcdef")[1:4].tobytes(), b"\xff\x00".hex(":"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True), (255).bit_length())
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), pow(2, -1, 7), pow(3, 4, 5), 7 .__index__())
