"""Writes float_repr.txt.gz: one line per double, its repr (the test reads it back with
Double.parseDouble, which is correctly rounded, so the line determines the double).

Run with CPython 3.11 from this folder: python3 gen_float_repr.py
The doubles are drawn with a fixed seed: uniformly random bit patterns (all exponents,
subnormals included), random values in common ranges, integers, powers of ten and their
neighbours, decimal halfway cases (shortest digits that end in 5), and powers of two
(where the rounding interval is asymmetric).
"""
import gzip
import math
import random
import struct

rng = random.Random(20231123)


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


values = []
for _ in range(45000):  # any finite bit pattern
    b = rng.getrandbits(64)
    if (b >> 52) & 0x7FF == 0x7FF:
        continue
    values.append(from_bits(b))
for _ in range(10000):  # subnormals
    values.append(from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63)))
for _ in range(15000):  # everyday magnitudes
    values.append(rng.uniform(-1e6, 1e6))
    values.append(rng.random() * 10 ** rng.randint(-20, 20))
for _ in range(8000):  # integers and short decimals
    values.append(float(rng.randint(-10 ** 17, 10 ** 17)))
    values.append(rng.randint(-10 ** 6, 10 ** 6) / 10 ** rng.randint(0, 8))
for e in range(-325, 309):  # powers of ten and neighbours
    x = float('1e%d' % e)
    if x == 0 or math.isinf(x):
        continue
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for e in range(-1074, 1024):  # powers of two and neighbours
    x = math.ldexp(1.0, e)
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for _ in range(10000):  # decimal halfway candidates: n digits ending in 5
    n = rng.randint(2, 17)
    s = '%d5e%d' % (rng.randint(10 ** (n - 2), 10 ** (n - 1) - 1), rng.randint(-320, 300))
    x = float(s)
    if not math.isinf(x):
        values.append(x)
values += [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 9007199254740993.0,
           2e16 + 8, 1e16, 9.999999999999999e15, 1e-5, 1e-4, 0.0001, 123456789012345678.0]

with gzip.open('float_repr.txt.gz', 'wt', encoding='ascii') as f:
    for x in values:
        f.write('%r\n' % x)
print(len(values), 'values')
