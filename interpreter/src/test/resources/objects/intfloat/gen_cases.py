"""Records int/bool/float method results from CPython 3.11 for IntFloatMethodsTest.

Run: python3 gen_cases.py | gzip -9 > cases.txt.gz

Each line: kind, target, argument tokens..., '=>', expected (tab-separated).
  kind M: getattr(args[0], target)(*args[1:], **kw)   (method call)
  kind B: args[0] <target> args[1]                      (binary operator protocol)
  kind C: args[0] <target> args[1]                      (rich comparison)
  kind T: target(*args, **kw) where target is int, float or bool
Tokens: i:<decimal> b:<0|1> f:<float.hex()> s:<utf-8 hex> y:<bytes hex> Y:<bytearray hex> n (None) T:<type> l:<ints,...>
and k:<name>=<token> for keyword arguments.
Expected: '<type name> <repr>' or '!<exception name>: <str(exception)>'.
"""
import math
import operator

TYPES = {'int': int, 'float': float, 'bool': bool}


def tok(v):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + v.hex()
    if isinstance(v, str):
        return 's:' + v.encode('utf-8').hex()
    if v is None:
        return 'n'
    if isinstance(v, type):
        return 'T:' + v.__name__
    if isinstance(v, bytes):
        return 'y:' + v.hex()
    if isinstance(v, bytearray):
        return 'Y:' + v.hex()
    if isinstance(v, list):
        return 'l:' + ','.join(str(x) for x in v)
    raise TypeError(v)


cases = []


def add(kind, target, args, kw, fn):
    try:
        r = fn()
        if isinstance(r, complex):
            return  # no complex type yet
        exp = type(r).__name__ + ' ' + repr(r)
    except Exception as e:
        exp = '!' + type(e).__name__ + ': ' + str(e)
    toks = [tok(a) for a in args] + ['k:%s=%s' % (k, tok(v)) for k, v in kw.items()]
    cases.append('\t'.join([kind, target] + toks + ['=>', exp]))


def M(name, recv, *args, **kw):
    add('M', name, (recv,) + args, kw, lambda: getattr(recv, name)(*args, **kw))


def T(tp, *args, **kw):
    add('T', tp.__name__, args, kw, lambda: tp(*args, **kw))


BINOPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
          '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
          '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor}
CMPS = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
        '>': operator.gt, '>=': operator.ge}


def B(op, a, b):
    add('B', op, (a, b), {}, lambda: BINOPS[op](a, b))


def C(op, a, b):
    add('C', op, (a, b), {}, lambda: CMPS[op](a, b))


INTS = [0, 1, -1, 7, -7, 3, 10, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64 + 3, -(2**100) + 1, 10**30, True, False]
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, 1e300, 5e-324, math.inf, -math.inf, math.nan,
          2.0**63, 9007199254740993.0, -1e-5]


def pow_ok(a, b):
    if isinstance(b, float) or isinstance(a, float):
        return True
    return b <= 200 or abs(a) <= 1


def shift_ok(a, b):
    return b <= 1000


for a in INTS:
    for b in INTS:
        for op in BINOPS:
            if op == '**' and not pow_ok(a, b):
                continue
            if op == '<<' and not shift_ok(a, b):
                continue
            B(op, a, b)
        for op in CMPS:
            C(op, a, b)
    for b in FLOATS:
        for op in ('+', '-', '*', '/', '//', '%', '**', '&'):
            if op == '**' and abs(a) > 2**53 and b > 2:
                continue
            B(op, a, b)
            B(op, b, a)
        for op in CMPS:
            C(op, a, b)
            C(op, b, a)

for a in FLOATS:
    for b in FLOATS:
        for op in ('+', '-', '*', '/', '//', '%', '**'):
            B(op, a, b)
        for op in CMPS:
            C(op, a, b)

# exact comparisons of big ints with floats
for a in [2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30, -(2**53) - 1, 2**1024, -2**1024]:
    for b in [float(2**53), 9007199254740992.0, 2.0**63, 2.0**64, 1e30, -9007199254740994.0, 1.7976931348623157e308, math.inf]:
        for op in CMPS:
            C(op, a, b)
            C(op, b, a)

# true division of big ints, correctly rounded; subnormal results
for a, b in [(2**100 + 1, 3), (10**400, 10**399), (1, 2**1074), (3, 2**1075), (1, 3 * 2**1073), (2**2000, 1),
             (2**2000, 2**1000), (-(10**30), 7), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
             (2**1024 - 2**971, 1), (10**20, 3**40), (1, 0), (2**64, -3)]:
    B('/', a, b)
    B('//', a, b)
    B('%', a, b)
    M('__divmod__', a, b)

# pow with modulus, negative exponents, huge exponents
for a, b, m in [(2, 10, 1000), (2, -1, 3), (2, -1, -5), (0, -1, 5), (3, 4, 0), (3, 4, 1), (3, 4, -1), (-3, 5, 7),
                (2**100, 2**100, 10**9 + 7), (2, 3, -7), (2, -3, 7), (2, 3, 5.0), (2, 3, None), (6, -1, 9)]:
    M('__pow__', a, b, m)
    M('__rpow__', b, a, m)
M('__pow__', 2.0, 3, 5)
M('__pow__', 2.0, 3.0, None)
for a, b in [(0, 2**100), (1, 2**100), (-1, 2**100), (-1, 2**100 + 1), (2, -2), (0, -1), (-2, -3), (2**2000, -1),
             (10, -400), (0.0, -1.5), (1e300, 2), (2, 10000.0), (-8.0, 3.0), (-8.0, 2.0**60), (float('nan'), 0)]:
    B('**', a, b)

# shifts
for a, b in [(1, -1), (1, 2**70), (0, 2**70), (5, 2**70), (-5, 2**70), (-1, 200), (2**100, 99), (-(2**100), 101),
             (3, 63), (-3, 62), (1, 64), (-1, 64)]:
    B('<<', a, b) if a or True else None
    B('>>', a, b)

# unary and conversions
for a in INTS + [2**100, -(2**100)]:
    for name in ('__neg__', '__pos__', '__abs__', '__invert__', '__index__', '__int__', '__float__', '__trunc__',
                 '__floor__', '__ceil__', '__bool__', '__hash__', '__repr__', 'bit_length', 'bit_count',
                 'as_integer_ratio', 'conjugate', '__getnewargs__', '__sizeof__', '__round__'):
        M(name, a)
    for name in ('real', 'imag', 'numerator', 'denominator'):
        add('M', '@' + name, (a,), {}, lambda a=a, name=name: getattr(a, name))
for a in [0, 5, 15, 25, -25, 35, 1234567, -1234567, 2**100, 10**30 + 5 * 10**29]:
    for nd in [None, 2, 0, -1, -2, -3, -7, -40, -400, 2**70]:  # not -2**70: CPython computes 10**(2**70)
        M('__round__', a, nd)
M('__round__', 10, 2.0)
for a in FLOATS + [2.5, 3.5, -2.5, 0.5, 1e16 + 1, 2.675, 1.0000000000000002, 123.456, -0.5, 1e22, 4.35]:
    for name in ('__neg__', '__pos__', '__abs__', '__float__', '__int__', '__trunc__', '__floor__', '__ceil__',
                 '__bool__', '__repr__', 'is_integer', 'as_integer_ratio', 'hex', 'conjugate', '__getnewargs__',
                 '__round__', '__sizeof__'):
        M(name, a)
    if a == a:
        M('__hash__', a)
    for nd in [None, 0, 1, 2, -1, -2, 5, 400, -400, 2**70, -2**70]:
        M('__round__', a, nd)
    for name in ('real', 'imag'):
        add('M', '@' + name, (a,), {}, lambda a=a, name=name: getattr(a, name))
M('__round__', 1.0, 1.5)

# formatting
for a in [0, 5, -5, 255, 2**70, -(10**20), True, False]:
    for spec in ['', 'd', 'x', '#X', 'b', 'o', ',', '_x', '010', '+', 'c', 's', '.2f', 'e', '%', '>10', '^9', '.3']:
        M('__format__', a, spec)
M('__format__', 5, 3)
for a in [0.0, -0.0, 1.5, 1e300, 123456.789, math.inf, math.nan, 1e-7]:
    for spec in ['', 'f', '.2f', 'e', '.3g', '%', ',', '10.1f', '+', 'd', 'x', 'z.1f', 'n', '#']:
        M('__format__', a, spec)

# bytes
for a in [0, 1, 255, 256, -1, -128, -129, 2**64, -(2**64), 1024]:
    for length, order, signed in [(1, 'big', False), (2, 'little', False), (2, 'big', True), (9, 'little', True),
                                  (0, 'big', False), (-1, 'big', False), (1, 'mid', False)]:
        M('to_bytes', a, length, order, signed=signed)
M('to_bytes', 5)
M('to_bytes', 1024, 2)
M('to_bytes', 5, byteorder='little')
for data in [[], [1], [255], [255, 0], [0, 255], [1, 2, 3, 4, 5, 6, 7, 8, 9], [128] + [0] * 9, [256]]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            M('from_bytes', int, data, order, signed=signed)
    M('from_bytes', int, data)
M('from_bytes', int, [1], 'mid')
M('from_bytes', bool, [1], 'big')
M('from_bytes', int, '12')
M('from_bytes', int, b'\x01\x00', 'little')
M('from_bytes', int, b'\xff' * 9, signed=True)
for args in [(b'12',), (b' -12 ',), (b'x',), (b'1f', 16), (b'\xff',), (bytearray(b'7'),)]:
    T(int, *args)
for args in [(b'1.5',), (b'x',), (b' inf ',), (bytearray(b'2'),)]:
    T(float, *args)

# constructors
for args, kw in [((), {}), ((5,), {}), ((-5.9,), {}), ((2.5e20,), {}), ((math.nan,), {}), ((math.inf,), {}),
                 (('12',), {}), ((' -12 ',), {}), (('1_000',), {}), (('1__0',), {}), (('_1',), {}),
                 (('x',), {}), (('',), {}), (('  ',), {}), (('0x1f', 0), {}), (('0x1f', 16), {}), (('1f', 16), {}),
                 (('010', 0), {}), (('00', 0), {}), (('0b101', 0), {}), (('0B1', 2), {}), (('-0x_1f', 16), {}),
                 (('z', 36), {}), (('9', 8), {}), (('12', 1), {}), (('12', 37), {}), (('12',), {'base': 3}),
                 (('12', 3), {'base': 3}), ((), {'base': 10}), ((5,), {'x': 5}), ((5, 10), {}), ((1, 2, 3), {}),
                 (('\u0661\u0662',), {}), (('\u00a012\u2003',), {}), (('1e5',), {}), (('9' * 5000,), {}),
                 (('9' * 4300,), {}), ((None,), {}), ((True,), {}), (('1' * 30,), {}), (('-' + '7' * 25, 8), {}),
                 (('12',), {'foo': 1}), ((1.5, 10), {}), (('10', True), {}), (('10', 2**70), {})]:
    T(int, *args, **kw)
for args, kw in [((), {}), ((5,), {}), ((2**1024,), {}), ((True,), {}), (('1.5',), {}), (('  1e5 ',), {}),
                 (('-inf',), {}), (('nAn',), {}), (('infinity',), {}), (('1e500',), {}), (('0x10',), {}),
                 (('',), {}), (('1_0.5',), {}), (('1__0',), {}), (('x',), {}), ((None,), {}), ((1, 2), {}),
                 ((), {'x': 1}), (('\u0661.5',), {}), ((2**63,), {}), ((-0.0,), {})]:
    T(float, *args, **kw)
for args, kw in [((), {}), ((0,), {}), ((2,), {}), (('',), {}), (('a',), {}), ((0.0,), {}), ((None,), {}),
                 ((1, 2), {}), ((), {'x': 1})]:
    T(bool, *args, **kw)
for s in ['0x1.8p1', '-0x1p-1074', 'inf', '0x1p1024', 'x', ' 0x.8 ', '1']:
    M('fromhex', float, s)

# bool
for a in [True, False]:
    for b in [True, False, 1, 0, 2, 1.5]:
        for op in ('&', '|', '^', '+', '-', '*'):
            B(op, a, b)
            B(op, b, a)
    for name in ('__repr__', '__invert__', '__neg__', '__pos__', '__abs__', '__hash__', '__index__', '__int__',
                 '__float__', 'bit_length', '__sizeof__', 'as_integer_ratio', 'conjugate', '__getnewargs__',
                 '__round__', '__trunc__'):
        M(name, a)
    for name in ('real', 'imag', 'numerator', 'denominator'):
        add('M', '@' + name, (a,), {}, lambda a=a, name=name: getattr(a, name))
M('__and__', True, 1.5)
M('__rand__', True, 1)

# NotImplemented from the methods themselves
for a, name, b in [(1, '__add__', 1.5), (1, '__mod__', 0.0), (1, '__lt__', 1.5), (1.5, '__add__', 's'),
                   (1, '__add__', 's'), (1.5, '__eq__', 's'), (3, '__truediv__', 0), (3.0, '__truediv__', 0),
                   (1.5, '__radd__', 2**2000), (1.5, '__lt__', 2**2000), (1, '__pow__', 2.0)]:
    M(name, a, b)
M('bit_length', 1, 1)

# odds and ends
M('__new__', int, bool, 5)
M('__new__', int, int)
M('__new__', int, int, '7', base=8)
M('__new__', float, int, 1)
M('__new__', bool, int)
M('__new__', bool, bool, 'x')
M('__getformat__', float, 'double')
M('__getformat__', float, 'x')
M('__getformat__', float, 1)
M('__pow__', True, 2, True)
M('__pow__', 5, 2, True)
M('__pow__', -7, 2, -3)
M('__format__', 1.5, 3)
M('fromhex', float, 5)
M('__round__', 2, True)
for a in [('\u0661\u0662', 0), (' 0x10 ', 0), ('0_7', 0), ('0_0', 0), ('+_1',), ('0x', 16), ('0b2', 0), ('-', ),
          ('+0o17', 0), ('0o_17', 8), ('12 ', 10), ('\t12\n',), ('1\u0e5012',)]:
    T(int, *a)
for a in [(5, 1, 5), (5, 2**64), (5, '1'), (5, 1, 'little', 1)]:
    M('to_bytes', *a)
M('from_bytes', int, [1], 5)
M('from_bytes', int, 'ab')
M('from_bytes', int, 5)
M('from_bytes', int, [1, -1])
M('from_bytes', int, [1, 2**70])
for a, b in [(True, 1.0), (False, -0.0), (1.5, True), (2**63, 9.223372036854776e18), (-(2**63), -9.223372036854776e18)]:
    for op in CMPS:
        C(op, a, b)

print('\n'.join(cases))
