"""Writes format_cases.txt.gz: CPython 3.11's answers for formatting and parsing numbers.

Run with python3 (3.11) from this folder: python3 gen_format_cases.py

One case per line, tab-separated: kind, arguments..., expected. Text fields are written with
Python's unicode_escape codec (so tabs and newlines never appear raw); an expected value that
starts with '!' is an exception, '!ValueError: message'. Kinds:

  float_format x spec        format(float(x), spec)     (x is repr(x))
  int_format n spec          format(int(n), spec)   (every int argument n is hex(n))
  str_format s spec          format(s, spec)
  complex_format re im spec  format(complex(re, im), spec)
  complex_repr re im         repr(complex(re, im))
  pct_float x spec           ('%' + spec) % float(x)
  pct_int n spec             ('%' + spec) % int(n)
  pct_str s spec             ('%' + spec) % s
  int_parse s base           int(s, base) as a decimal string
  int_str n                  str(int(n)) (the 4300-digit limit)
  float_parse s              repr(float(s))
  float_hex x                float(x).hex()
  float_fromhex s            repr(float.fromhex(s))
  float_round x n            repr(round(float(x), n))
  int_bases n                bin(n) oct(n) hex(n) joined by spaces
  float_binop op x y         repr(x op y) for % // / ** and divmod
  float_ratio x              x.as_integer_ratio() as 'num den'
  int_truediv a b            repr(a / b) for ints
  complex_binop op ar ai br bi   repr(complex(ar, ai) op complex(br, bi)) for * / **
  complex_abs re im          repr(abs(complex(re, im)))
  int_binop op a b           a // b, a % b (hex), divmod (two hex), round(a, b) (hex), a ** b (b < 0, repr)
  int_powmod a b m           hex(pow(a, b, m))
  complex_parse s            repr(complex(s))
  fmt_parse t                repr(list(_string.formatter_parser(t)))
  fmt_field n                repr of _string.formatter_field_name_split(n) with the rest as a list
  fmt_auto t                 t.format(*range(5), a=9) for templates of bare fields (auto-numbering)
  int_tobytes n len order signed   n.to_bytes(len, order, signed=signed).hex()
  int_frombytes hex order signed   hex(int.from_bytes(bytes.fromhex(hex), order, signed=signed))
"""
import gzip
import math
import random
import struct
import sys

rng = random.Random(311)
cases = []


def esc(s):
    return s.encode('unicode_escape').decode('ascii')


def run(kind, args, f):
    try:
        r = f()
    except Exception as e:  # the message is what matters
        r = '!%s: %s' % (type(e).__name__, e)
    cases.append('\t'.join([kind] + [esc(str(a)) for a in args] + [esc(r)]))


FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, -2.5, 0.1, 1 / 3, -2 / 3, 1234.5678, -1234.5678,
          1e16, 1e15, 9.999999999999999e15, 123456789.125, 1e-5, 1e-4, 0.0001234, 1e22, 1e23,
          1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 0.5, 0.05, 0.005, 2.675,
          1e100, -1e-100, 12345678901234567890.0, 100.0, 999.9999, 0.9999995, 9.5, 10.5,
          float('inf'), float('-inf'), float('nan'), 0.000123456, 7e-5, 123456.0, 1e6]
FLOATS += [rng.uniform(-1e6, 1e6) for _ in range(20)]
FLOATS += [rng.random() * 10 ** rng.randint(-30, 30) for _ in range(30)]
FLOATS += [float(rng.randint(-10**6, 10**6)) / 8 for _ in range(10)]

FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.10', '.17',
               '.0e', '.0f', '.0g', '.0%', '.1e', '.2f', '.3g', '.12g', '.20f', '.25e', '.30g',
               '#', '#.0', '#.0e', '#.0f', '#g', '#.3g', '#.0g', '#e', '+', '-', ' ', '+.2f',
               ' .3e', 'z', 'z.1f', 'z.0f', 'z.2e', 'z.3g', '+z.1f', '10', '<10', '>10', '^10',
               '=10', '010', '010.2f', '+010.2f', '-010.2e', ' 012.3g', '*<12.3f', '*>12.3f',
               '*^12.3f', '*=12.3f', '0<12', '0^12.1f', ',', '_', ',.2f', '_.2f', '015,.2f',
               '015_.3f', ',e', '_g', ',%', '20,.1f', '=+20,.1f', '#,.0f', '.2n', '10n', '010n',
               ',.0%', 'x<+#015,.3f', '\u20ac^15.2e', '.50f', '.60e', '.100g', '012,', '013,',
               '014,', '1,', 'd', 'x', 'c', 's', 'q', '5.2.3', '.', ',_', '_,', '10.3fx', 'zz',
               '.2%', '+.1%', '.3G', '.3E', '.3F', '#.3F']
# Many values through the fixed-precision paths (fast paths and the exact fallback).
MORE = [rng.randint(-10**7, 10**7) / 10 ** rng.randint(0, 7) for _ in range(300)]
MORE += [rng.uniform(-1e4, 1e4) for _ in range(200)]
MORE += [rng.randint(1, 10**15) * 10.0 ** rng.randint(-25, 10) for _ in range(200)]
MORE += [(rng.randint(0, 2**20) + 0.5) / 10 ** rng.randint(0, 4) for _ in range(100)]
for x in MORE:
    for spec in ['.0f', '.1f', '.2f', '.3f', '.4f', '.5f', '.8f', 'e', '.14e', '.15e', 'g', '.15g',
                 '.16g', '.17g', '.2%', '']:
        run('float_format', [repr(x), spec], lambda: format(x, spec))
for x in FLOATS:
    for spec in FLOAT_SPECS:
        run('float_format', [repr(x), spec], lambda: format(x, spec))

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 123456789, -123456789, 2**31, -2**31, 2**63 - 1,
        -2**63, 2**64, -2**64, 10**20, -(10**25) - 12345, 65, 0x10FFFF, 0x110000, 12345678901234567890123]
INTS += [rng.randint(-10**12, 10**12) for _ in range(10)]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '#d', '+d', ' d', '-d',
             '10', '<10', '^10', '=10', '010', '+010', '-010x', '#010x', '#010b', '#012o', '*^20,',
             ',', '_', '_b', '_o', '_x', '_X', '#_x', '#_b', '015_x', '015,', '016,', '020_', ',d',
             ',x', ',b', ',n', '_n', '.2', '.2d', 'z', 'zd', '+c', '#c', '10c', '<5c', 'e', '.2e',
             'f', '.3f', 'g', '%', '.1%', 'G', ',.2f', 'E', 'F', 's', 'r', 'q', 'x<+#20_x',
             '=+#20_x', '\u00e9=+#20_x', '0=10', '0>10', '0<10', ',c', '#n', '010n', '20n']
for n in INTS:
    for spec in INT_SPECS:
        run('int_format', [hex(n), spec], lambda: format(n, spec))
run('int_format', [hex(10**5000), 'd'], lambda: format(10**5000, 'd'))
run('int_format', [hex(10**5000), ','], lambda: format(10**5000, ','))
run('int_format', [hex(2**1100), 'f'], lambda: format(2**1100, 'f'))

STRS = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\U0001F600x', '\u4e2d\u6587']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '=10', '010', '0<10', '.2', '10.2',
             '.0', '.10', '+', ' ', '-', 'z', '#', ',', '_', 'x', 'd', 'c', 'r', '5s', 'ss',
             '\U0001F600>7', '\u00e9<6.2s', '.', '99999999999999999999', '.99999999999999999999',
             '9223372036854775807.3']
for s in STRS:
    for spec in STR_SPECS:
        run('str_format', [s, spec], lambda: format(s, spec))

COMPLEX = [(0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (-0.0, 0.0), (1.0, 2.0), (1.5, -2.5),
           (0.0, 1e100), (1e16, 2.0), (float('nan'), float('inf')), (float('-inf'), float('nan')),
           (1 / 3, -2 / 3), (0.0, 1.0), (-1.0, 0.0), (1e-5, 1e-5), (123456.0, 7e22)]
COMPLEX_SPECS = ['', 'e', 'f', 'g', 'n', '.2f', '.3g', '.0', '.2', '+', ' ', '+.1f', '10', '<30',
                 '^30.3e', '>30', '*^30', '#', '#.0f', 'z.1f', ',', '_.2f', '0', '010', '=20',
                 '%', 'd', 'G', 'E', 'F']
for re_, im in COMPLEX:
    run('complex_repr', [repr(re_), repr(im)], lambda: repr(complex(re_, im)))
    for spec in COMPLEX_SPECS:
        run('complex_format', [repr(re_), repr(im), spec], lambda: format(complex(re_, im), spec))

PCT_FLOAT = ['f', 'e', 'E', 'g', 'G', 'F', '.3f', '5.2f', '-8.3e', '+g', '#g', '08.3f', '-08.3f',
             ' 08.2f', '+08.2f', '#.0f', '#.0e', '.0f', '.10g', '010f', '-10f', '.100f', '20.15e',
             ' g', '+ .2f', '#10.0e']
for x in FLOATS[:40]:
    for spec in PCT_FLOAT:
        run('pct_float', [repr(x), spec], lambda: ('%' + spec) % x)
PCT_INT = ['d', 'i', 'u', 'x', 'X', 'o', '#x', '#X', '#o', '.5d', '08d', '-8d', '+d', ' d',
           '#.5x', '010.3x', '#010x', '#10x', '-#10x', '+#x', '+08x', ' #o', '.3x', '#.0o', '-5d']
for n in INTS[:20]:
    for spec in PCT_INT:
        run('pct_int', [hex(n), spec], lambda: ('%' + spec) % n)
PCT_STR = ['s', '5s', '-5s', '.1s', '5.1s', '-8.2s', '.0s', '010s', '+s', 'r', '10r', '.3r', 'a', '-6a']
for s in STRS:
    for spec in PCT_STR:
        run('pct_str', [s, spec], lambda: ('%' + spec) % (s,))

INT_TEXTS = ['0', '-0', '+7', '  42  ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
             '0b_1', '0b__1', '0_b1', '010', '00', '0_0', '0_7', '-0b101', ' -0b101 ', '0x', '0b',
             '', '  ', '+', '-', '1 2', 'z', 'Z', 'zz', '\u0661\u0662', '\u0e51\u0e52', '\uff11',
             '\u00b2', '1\u00851', '\u00851\u0085', '\x1c1\x1f', '\u0661x', '\u0662', '\t\n12\r\x0b\x0c',
             '1\x7f', '1\x00', '9' * 30, '-' + '9' * 30, 'a' * 300, '1' * 4300, '1' * 4301,
             '1_' * 4300 + '1', '0' * 4301, '1' * 4301 + '_', '_' + '1' * 4301, '1' * 5000 + 'x',
             '\u20ac', 'infinity', '0x' + 'f' * 5000, '123456789012345678', '1234567890123456789',
             '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809']
for s in INT_TEXTS:
    for base in [0, 2, 8, 10, 16, 36, 1, 37, -1, 3, 7]:
        def parse(s=s, base=base):
            return str(int(s, base))
        run('int_parse', [s, base], parse)

for n in [0, 1, -1, 10**4299, 10**4300, -10**4299, -10**4300 + 1, 10**5000, 2**14300, 2**14000, 2**63, -2**63]:
    run('int_str', [hex(n)], lambda: str(n))
for n in INTS:
    run('int_bases', [hex(n)], lambda: ' '.join([bin(n), oct(n), hex(n)]))

FLOAT_TEXTS = ['1', '1.5', '-1.5e3', '+.5', '5.', '.', 'e5', '1e', '1e+', '1e5', '1E-5', 'inf', '-inf',
               '+INF', 'Infinity', '-iNfInItY', 'nan', '-nan', 'NaN', 'infin', 'nana', '  1.0  ',
               '\u00a01.0\u2003', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_', '1e1_0',
               '1_e10', '\u0661.\u0662', '0x10', '1d', '1f', '1.0f', '', '   ', '1 0', 'abc',
               '1e400', '-1e400', '1e-400', '2.4703282292062328e-324', '2.4703282292062327e-324',
               '179769313486231580793728971405301e277', '0.1', '1' * 400, '9' * 30 + 'e-30',
               '\x1c1', '1\x00', '\u20ac1', '1e99999999999999999999', '0e99999999999999999999',
               '+-1', '--1', '1.2.3', '\uff11\uff0e\uff15', '1\uff0e5', 'i\u0307nf']
for s in FLOAT_TEXTS:
    run('float_parse', [s], lambda: repr(float(s)))

HEX_VALUES = FLOATS + [math.ldexp(1, -1074), math.ldexp(1, -1022), math.ldexp(1, 1023),
                       -math.ldexp(3, -1073)]
for x in HEX_VALUES:
    run('float_hex', [repr(x)], lambda: x.hex())
HEX_TEXTS = ['0x1p0', '0x1.8p1', '-0x1.8p1', '0X1P-1074', '0x1p-1075', '0x1.0000000000001p-1075',
             '0x3p-1076', '0x1p1023', '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023',
             '0x1.fffffffffffff7ffp1023', 'inf', '-Infinity', 'nan', ' 0x1p0 ', '1', 'ff', '0xff',
             '.8', '0x.8p1', '0x', '', 'p1', '0x1p', '0x1p+', '1.', '0x1.p0', 'x1', '0x1p0.5',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0',
             '0x0.00000000000008p-1022', '0x1p-99999999999999999999', '0x1p99999999999999999999',
             '0x0p99999999999999999999', '-0x0p0', '0x' + '0' * 500 + '1p0', '0x1' + '0' * 300 + 'p-1200',
             '+0x1p1', '- 0x1p1', '0x1p1x', '\u00a00x1p1']
for _ in range(300):
    mant = ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(1, 20)))
    point = rng.randint(0, len(mant))
    HEX_TEXTS.append('0x%s.%sp%d' % (mant[:point], mant[point:], rng.randint(-1100, 1030)))
for s in HEX_TEXTS:
    run('float_fromhex', [s], lambda: repr(float.fromhex(s)))

for x in FLOATS:
    for n in [0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 100, 323, 324, -307, -308, -309, -400]:
        run('float_round', [repr(x), n], lambda: repr(round(x, n)))
for x in [2.675, 0.125, 0.375, 1.5, 2.5, -0.5, 0.285, 1.005, 5e-324, 1.7976931348623157e308]:
    for n in range(-3, 4):
        run('float_round', [repr(x), n], lambda: repr(round(x, n)))

ARITH = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 7.5, -7.5, 1e300, -1e300, 1e-300, 5e-324,
         0.1, 1 / 3, 10.0, 1e16, 2.5, float('inf'), float('-inf'), float('nan'), 123.456, -0.75]
for x in ARITH:
    for y in ARITH:
        run('float_binop', ['%', repr(x), repr(y)], lambda: repr(x % y))
        run('float_binop', ['//', repr(x), repr(y)], lambda: repr(x // y))
        run('float_binop', ['divmod', repr(x), repr(y)], lambda: repr(divmod(x, y)))
        run('float_binop', ['/', repr(x), repr(y)], lambda: repr(x / y))
        run('float_binop', ['**', repr(x), repr(y)], lambda: repr(x ** y))
for x in ARITH + FLOATS[:30]:
    run('float_ratio', [repr(x)], lambda: '%d %d' % x.as_integer_ratio())
BIG = [0, 1, -1, 3, 7, -7, 10, 2**53, 2**53 + 1, -(2**53) - 1, 2**64 + 1, 10**30, -(10**30) - 7,
       3**200, 10**308, 10**309, 10**400, 2**1074, 2**1075 + 1, 5**400, 2**63 - 1, -2**63]
for a in BIG:
    for b_ in BIG:
        run('int_truediv', [hex(a), hex(b_)], lambda: repr(a / b_))
for _ in range(300):
    a = rng.randint(-10 ** rng.randint(1, 60), 10 ** rng.randint(1, 60))
    b_ = rng.randint(1, 10 ** rng.randint(1, 60)) * rng.choice([1, -1])
    run('int_truediv', [hex(a), hex(b_)], lambda: repr(a / b_))
for _ in range(100):  # subnormal quotients
    a = rng.randint(1, 2 ** 60)
    b_ = 2 ** rng.randint(1070, 1140) + rng.randint(0, 2 ** 50)
    run('int_truediv', [hex(a), hex(b_)], lambda: repr(a / b_))
CPLX = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 2.0), (-1.5, 0.5), (3.0, -4.0), (1e300, 1e300),
        (2.0, 0.0), (-1.0, 0.0), (0.5, 0.0), (-2.0, 0.0), (1e-300, 1e-300), (float('inf'), 0.0)]
for ar, ai in CPLX:
    run('complex_abs', [repr(ar), repr(ai)], lambda: repr(abs(complex(ar, ai))))
    for br, bi in CPLX:
        run('complex_binop', ['*', repr(ar), repr(ai), repr(br), repr(bi)], lambda: repr(complex(ar, ai) * complex(br, bi)))
        run('complex_binop', ['/', repr(ar), repr(ai), repr(br), repr(bi)], lambda: repr(complex(ar, ai) / complex(br, bi)))
        run('complex_binop', ['**', repr(ar), repr(ai), repr(br), repr(bi)], lambda: repr(complex(ar, ai) ** complex(br, bi)))

INTS2 = [0, 1, -1, 2, -2, 3, 7, -7, 10, 12, -12, 125, 135, -125, 255, 2**64 + 3, -(2**64) - 3,
         10**30 + 5 * 10**10, -(10**25) - 1, 97, 1000003]
for a in INTS2:
    for b_ in INTS2:
        run('int_binop', ['//', hex(a), hex(b_)], lambda: hex(a // b_))
        run('int_binop', ['%', hex(a), hex(b_)], lambda: hex(a % b_))
        run('int_binop', ['divmod', hex(a), hex(b_)], lambda: ' '.join(hex(v) for v in divmod(a, b_)))
        run('int_binop', ['round', hex(a), hex(b_ % 40 - 20)], lambda: hex(round(a, b_ % 40 - 20)))
        if b_ < 0 and abs(b_) < 2**64:
            run('int_binop', ['pow', hex(a), hex(b_)], lambda: repr(a ** b_))
        for m in [0, 1, -1, 5, -5, 97, 2**64 + 13, -(10**20) - 39]:
            if abs(b_) < 2**70:
                run('int_powmod', [hex(a), hex(b_), hex(m)], lambda: hex(pow(a, b_, m)))
run('int_binop', ['pow', hex(10**400), hex(-1)], lambda: repr((10**400) ** -1))
run('int_binop', ['pow', hex(2), hex(-(10**400))], lambda: repr(2 ** -(10**400)))
COMPLEX_TEXTS = ['1+2j', ' (1+2j) ', '1+2J', 'j', '-j', '+j', 'J', '+1.5e3-2.5e-1j', '1 + 2j', '(1+2j',
                 '1+2', '', '  ', 'inf-nanj', '-inf+infj', '1_0+2_0j', '1__0j', '_1j', '1_j', '()', '1e', '1e5',
                 'infj', '-infinityJ', 'nanj', '\u0661+\u0662j', '1j+2', '\u00a01+1j\u00a0', '1+j', '1-j',
                 '1e500j', '0x1j', '( 1+1j )', '(1+1j) x', '1+1jj', '1.j', '.j', '.5j', '5.', '-5.e-3',
                 '1+ 2j', '1 +2j', '(1)', '((1))', '1e+j', '1e+5+1e-5j', '1.5e+j', 'infinity', 'infinit',
                 '-nan', 'nan+nanJ', '1+infinityj', '\u20ac', '1\x00', '(j)', '(-j )', ' j ', '\t1j\n']
for t in COMPLEX_TEXTS:
    run('complex_parse', [t], lambda: repr(complex(t)))

import _string
TEMPLATES = ['', 'abc', '{}', '{0}', '{a}', 'x{0}y', '{{', '}}', '{{}}', 'a{{b}}c', '{', '}', 'a{', 'a}', '{}}',
             '{{}', '{0!r}', '{0!s:>10}', '{0!a:{1}}', '{0!}', '{0!r', '{0!rx}', '{0!r:', '{0:', '{0:{1}',
             '{0:{{1}}}', '{0:{1}{2}}', '{0[}', '{0[a]}', '{0[a}b]}', '{0[]}', '{0.}', '{0.a.b[1][x]}',
             '{a{b}', '{!r}', '{:}', '{:>5}', '{0:}}', 'x{0:}}}y', '{0}{1}{', '{\u00e9}', '{0:\u00e9^5}',
             '{ 0 }', '{0!r:x}}', '{0]}', '{0]x}', '{[}', '{0[1]]}', '{0[1].a}', '{0[1]x}', '{0..a}',
             '{0[1][}', 'pre{0:{1}}post{2!s}{{tail}}']
for t in TEMPLATES:
    run('fmt_parse', [t], lambda: repr(list(_string.formatter_parser(t))))
NAMES = ['a', '0', '12', '', 'a.b', 'a[0]', 'a[x]', '0.b[1][x]', 'a[', 'a]', 'a[]', 'a.', 'a..b', 'a.b.c',
         'a[1]b', 'a[1].c', '\u0661', '\u0661[\u0662]', '99999999999999999999', 'a[99999999999999999999]', '[0]', '.a']
for n in NAMES:
    def split(n=n):
        first, rest = _string.formatter_field_name_split(n)
        return repr((first, list(rest)))
    run('fmt_field', [n], split)
AUTO = ['{}{}', '{0}{1}', '{}{0}', '{0}{}', '{a}{}', '{}{a}{}', '{a}{0}', '{1}{a}{}', '{}{}{}{}', '{0}{0}{a}']
for t in AUTO:
    run('fmt_auto', [t], lambda: t.format(*range(5), a=9))

for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, -257, 65535, 65536, -32768, -32769, 2**63 - 1,
          -2**63, 2**64, 2**100 + 12345, -(2**100) - 1, 0x8000, 0x80]:
    for length in [-1, 0, 1, 2, 3, 8, 9, 16]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                run('int_tobytes', [hex(n), length, order, signed], lambda: n.to_bytes(length, order, signed=signed).hex())
for _ in range(200):
    data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 20)))
    for order in ['big', 'little']:
        for signed in [False, True]:
            run('int_frombytes', [data.hex(), order, signed], lambda: hex(int.from_bytes(data, order, signed=signed)))

# Random printf-style conversions.
for _ in range(1500):
    flags = ''.join(rng.sample('-+ #0', rng.randint(0, 3)))
    width = rng.choice(['', '1', '5', '12', '0'])
    prec = rng.choice(['', '.', '.0', '.3', '.12'])
    conv = rng.choice('dixXoeEfFgGsra')
    spec = flags + width + prec + conv
    if conv in 'dixXo':
        for n in [0, 5, -5, 255, -(2**70)]:
            run('pct_int', [hex(n), spec], lambda: ('%' + spec) % n)
    elif conv in 'eEfFgG':
        for x in [0.0, -0.0, 2.5, -1234.5678, 1e-7, 1e22, float('inf'), float('nan')]:
            run('pct_float', [repr(x), spec], lambda: ('%' + spec) % x)
    else:
        for t in ['', 'ab', 'h\u00e9llo\U0001F600']:
            run('pct_str', [t, spec], lambda: ('%' + spec) % (t,))
# Random str.format templates.
TPL_CHARS = '{}{}[]!:.0a rs>x'
for _ in range(1500):
    t = ''.join(rng.choice(TPL_CHARS) for _ in range(rng.randint(1, 10)))
    run('fmt_parse', [t], lambda: repr(list(_string.formatter_parser(t))))

# Random literals for the parsers.
LIT_CHARS = '0123456789_ .eE+-xXoObBjJ()infatyINFpP\t\u00a0\u0661\u0662'
for _ in range(2500):
    t = ''.join(rng.choice(LIT_CHARS) for _ in range(rng.randint(0, 8)))
    run('float_parse', [t], lambda: repr(float(t)))
    run('complex_parse', [t], lambda: repr(complex(t)))
    run('float_fromhex', [t], lambda: repr(float.fromhex(t)))
    for base in (0, 10, 16):
        run('int_parse', [t, base], lambda: str(int(t, base)))

HEX_CHARS = '0123456789abcdefABCDEFxXpP.+- \tin'
for _ in range(3000):
    t = ''.join(rng.choice(HEX_CHARS) for _ in range(rng.randint(0, 12)))
    run('float_fromhex', [t], lambda: repr(float.fromhex(t)))

# Random specs over the whole spec alphabet, for error precedence and odd combinations.
SPEC_CHARS = '<>=^+- z#0123456789,_.sdfeEgGn%xXobc*\u00e9'
for _ in range(1500):
    spec = ''.join(rng.choice(SPEC_CHARS) for _ in range(rng.randint(1, 7)))
    for v in [0, -7, 255, 1.5, -0.0, 1e20, float('nan'), 'ab', 'h\u00e9llo', complex(1, -2), 2 ** 70]:
        if isinstance(v, bool):
            continue
        if isinstance(v, int):
            run('int_format', [hex(v), spec], lambda: format(v, spec))
        elif isinstance(v, float):
            run('float_format', [repr(v), spec], lambda: format(v, spec))
        elif isinstance(v, str):
            run('str_format', [v, spec], lambda: format(v, spec))
        else:
            run('complex_format', [repr(v.real), repr(v.imag), spec], lambda: format(v, spec))

# Random values with random well-formed float specs.
for _ in range(6000):
    kind = rng.random()
    if kind < 0.3:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    elif kind < 0.6:
        x = rng.randint(-10**9, 10**9) / 10 ** rng.randint(0, 9)
    else:
        x = rng.random() * 10 ** rng.randint(-12, 22) * rng.choice([1, -1])
    spec = (rng.choice(['', '*<', '>', '^', '=', '0']) + rng.choice(['', '+', ' ', '-']) + rng.choice(['', 'z'])
            + rng.choice(['', '#']) + rng.choice(['', '0']) + rng.choice(['', '1', '12', '25'])
            + rng.choice(['', ',', '_']) + rng.choice(['', '.0', '.1', '.3', '.6', '.10', '.16', '.17', '.20'])
            + rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']))
    run('float_format', [repr(x), spec], lambda: format(x, spec))

with gzip.open('format_cases.txt.gz', 'wt', encoding='ascii') as f:
    for line in cases:
        f.write(line + '\n')
print(len(cases), 'cases', file=sys.stderr)
