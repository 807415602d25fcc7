"""Records CPython's results for str methods and operators into cases.txt.

Run with python3 (3.11) from this folder: PYTHONHASHSEED=0 python3 gen_cases.py > cases.txt
(the runtime's default hash key is PYTHONHASHSEED=0's).
Each line: op <TAB> repr(receiver) <TAB> repr(args) <TAB> repr(kwargs) <TAB> result, where
result is "=" + repr(value) or "!" + exception type + ": " + str(exception).
Special ops: + * r* % in [] len hash repr ascii str() format() iter cmp< cmp<= cmp> cmp>= cmp== cmp!=
maketrans doc signature (of the method named by the receiver); any other op is a method called as receiver.op(*args, **kwargs).
"""
import operator

def run(op, recv, args, kwargs):
    if op == '+': return recv + args[0]
    if op == '*': return recv * args[0]
    if op == 'r*': return args[0] * recv
    if op == '%': return recv % args[0]
    if op == 'in': return args[0] in recv
    if op == '[]': return recv[args[0]]
    if op == 'len': return len(recv)
    if op == 'hash': return hash(recv)
    if op == 'repr': return repr(recv)
    if op == 'ascii': return ascii(recv)
    if op == 'str()': return str(*args, **kwargs)
    if op == 'format()': return format(recv, *args)
    if op == 'iter':
        it = iter(recv)
        return (type(it).__name__, list(it))
    if op.startswith('cmp'):
        f = {'<': operator.lt, '<=': operator.le, '>': operator.gt, '>=': operator.ge,
             '==': operator.eq, '!=': operator.ne}[op[3:]]
        return f(recv, args[0])
    if op == 'maketrans': return str.maketrans(*args)
    if op == 'doc': return getattr(str, recv).__doc__
    if op == 'signature': return getattr(str, recv).__text_signature__
    return call(recv, op, args, kwargs)

def call(recv, op, args, kwargs):
    """recv.op(*args, **kwargs) written out as recv.op(a0, ..., k=v) (a method call with
    keyword names, the usual path, whose argument errors the runtime reproduces); keywords
    that are not identifiers go through a ** dict."""
    if not kwargs or not all(k.isidentifier() and k.isascii() for k in kwargs):
        return getattr(recv, op)(*args, **kwargs)
    src = 'r.%s(' % op + ', '.join(['a[%d]' % i for i in range(len(args))] + ['%s=k[%r]' % (n, n) for n in kwargs]) + ')'
    return eval(src, {'r': recv, 'a': args, 'k': kwargs})

cases = []
def c(op, recv, *args, **kwargs):
    cases.append((op, recv, args, kwargs))

S = ['', 'a', 'abc', 'Hello, World', '  spaced  out  ', 'ÀéÎõü', 'straße', 'ǅungla', 'ΣΑΣ ΣΑΣ',
     'a😀b', '😀', '😀😀x😀', 'tab\there', 'line1\nline2\r\nline3\rline4', '123', '١٢٣', '½', 'ⅷ', '\u2028x\x1cy\x85',
     'İstanbul', 'ﬁ', 'MiXeD cAsE 123', 'hello world foo', '_id3', '3id', 'is\x00it', '\t\n \x0b\x0c\r\x1c\u3000',
     'Title Case Here', 'UPPER', 'lower', "it's", 'quote"s', 'both\'"', '\\back\\', '\x7f\x80\xa0\xad']

for s in S:
    for m in ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii',
              'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace',
              'istitle', 'isupper', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs']:
        c(m, s)
    c('len', s); c('hash', s); c('__sizeof__', s); c('__getnewargs__', s); c('repr', s); c('ascii', s); c('iter', s); c('str()', s)
    c('splitlines', s, True)
    c('center', s, 9); c('center', s, 10, '*'); c('ljust', s, 8, '😀'); c('rjust', s, 7); c('zfill', s, 8)
    c('[]', s, 0); c('[]', s, -1); c('[]', s, 1); c('[]', s, slice(1, None, None)); c('[]', s, slice(None, None, -1))
    c('[]', s, slice(-3, None, 2)); c('[]', s, slice(None, None, 3))
    c('find', s, 'o'); c('find', s, '😀'); c('rfind', s, 'l'); c('count', s, 'l'); c('count', s, '')
    c('split', s, 'l'); c('rsplit', s, ' ', 1); c('partition', s, 'l'); c('rpartition', s, 'l')
    c('title', s); c('format()', s, '^12'); c('%', '[%5s|%-6r|%a]', (s, s, s))

# padding
for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7]:
    for s in ['', 'a', 'ab', 'abc', '😀']:
        c('center', s, w, '-'); c('ljust', s, w); c('rjust', s, w, '0')
for s in ['-42', '+7', '42', '', '-', 'abc', '😀1']:
    for w in [0, 3, 5]:
        c('zfill', s, w)
c('center', 'abc', 5, 'ab'); c('center', 'abc', 5, 1); c('center', 'abc'); c('center', 'abc', 'a')
c('ljust', 'abc', 5, ''); c('rjust', 'x', 2.5)
c('center', 'a', 2**40); c('zfill', 'a', 2**40); c('ljust', 'a', 2**62); c('*', 'ab', 2**40); c('*', 'ab', 2**62)

# find family
H = 'abcabcab😀c😀'
for sub in ['', 'a', 'ab', 'c', '😀', '😀c', 'zz', 'abcabcab😀c😀x']:
    for args in [(), (1,), (-3,), (2, 5), (-100, 100), (3, 3), (4, 3), (13,), (14,), (None, -2), (None, None)]:
        for m in ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith']:
            c(m, H, sub, *args)
c('find', ''); c('find', 'a', 1); c('find', 'abc', 'a', 'x'); c('find', 'abc', 'a', 1, 2, 3)
c('count', 'abc'); c('index', 'abc', 'z'); c('find', 'abc', 'a', 10**30); c('find', 'abc', 'c', -10**30)
c('startswith', 'hello', ('x', 'he')); c('startswith', 'hello', ()); c('startswith', 'hello', 1)
c('startswith', 'hello', ('h', 1)); c('endswith', 'hello', ('lo', 1)); c('endswith', 'hello', 1)
c('endswith', 'hello', ('x', 'llo'), 0, 5); c('startswith', 'hello', 'ell', 1); c('startswith', 'abc')
c('find', 'abc', sub='a')

# replace
for s in ['', 'abc', 'aaaa', 'a😀a😀', 'banana']:
    for old, new in [('', '-'), ('a', ''), ('a', 'XY'), ('aa', 'b'), ('😀', '!'), ('an', 'AN'), ('zz', 'q')]:
        for n in [-1, 0, 1, 2, 10]:
            c('replace', s, old, new, n)
c('replace', 'abc', 1, 'a'); c('replace', 'abc', 'a', 2); c('replace', 'abc', 'a')

# split family
T = ['', ' ', '  a  b   c  ', 'a,b,,c,', ',a,', 'a😀b😀😀c', 'one\ttwo\nthree\u3000four\x1cfive', 'a b c d e']
for s in T:
    for sep in [None, ',', '😀', ' ', ',,', 'b']:
        for n in [-1, 0, 1, 2, 5]:
            c('split', s, sep, n); c('rsplit', s, sep, n)
c('split', 'a b', ''); c('split', 'a b', 1); c('split', 'a b', sep=',', maxsplit=1)
c('rsplit', 'a b c', maxsplit=1); c('split', 'abc', maxsplit='1'); c('split', 'a', x=1)
c('partition', 'abc', ''); c('partition', 'abc', 1); c('rpartition', 'a😀b😀c', '😀'); c('partition', 'a😀b😀c', '😀')
for s in ['', '\n', 'a\n', 'a\r\nb\n\rc\r', 'x\x0by\x0cz\x1dw\x1eq\x85r\u2028s\u2029t', 'no breaks']:
    c('splitlines', s); c('splitlines', s, True); c('splitlines', s, keepends=1)
c('splitlines', 'a', 1.5); c('splitlines', 'a', 'x')

# strip
for s in ['  abc  ', 'xxabcxx', '😀a😀', '', 'aaa', '\u3000\u2028a\x85']:
    for ch in [None, 'x', 'a😀', '', ' xa']:
        c('strip', s, ch); c('lstrip', s, ch); c('rstrip', s, ch)
c('strip', 'a', 1); c('lstrip', 'a', 1); c('rstrip', 'a', 1)
c('removeprefix', 'abcabc', 'ab'); c('removeprefix', 'abc', ''); c('removeprefix', 'abc', 'x'); c('removeprefix', 'a', 1)
c('removesuffix', 'abcabc', 'bc'); c('removesuffix', 'abc', ''); c('removesuffix', 'abc', 'abcd'); c('removesuffix', 'a', 1)

# expandtabs
for s in ['a\tb', '\t', 'ab\tcd\tef', '12345678\t9', 'a\nb\tc', 'a\rb\tc', '😀\tx']:
    for t in [None, 0, 1, 4, -1]:
        if t is None: c('expandtabs', s)
        else: c('expandtabs', s, t)
c('expandtabs', 'a\tb', tabsize=3); c('expandtabs', 'a', 'x')

# join
c('join', ',', ['a', 'b', 'c']); c('join', '', []); c('join', '😀', ('x', 'y')); c('join', ',', ['a'])
c('join', ',', 'abc'); c('join', ',', [1]); c('join', ',', ['a', 2]); c('join', ',', 1); c('join', '-', {'k': 1, 'j': 2})

# translate / maketrans
c('maketrans', None, {'a': 'b', 98: None, 'c': 100}); c('maketrans', None, 'abc', 'xyz'); c('maketrans', None, 'ab', 'xy', 'z')
c('maketrans', None, 1); c('maketrans', None, {1.5: 1}); c('maketrans', None, {'ab': 1}); c('maketrans', None, 'ab', 'c')
c('maketrans', None, 'ab', 'cd', 1); c('maketrans', None, 1, 2); c('maketrans', None); c('maketrans', None, 'a', 'b', 'c', 'd')
c('translate', 'abcabc', {97: 'X', 98: None, 99: 0x1F600}); c('translate', 'abc', {}); c('translate', 'abc', 1)
c('translate', 'abc', {97: 1.5}); c('translate', 'abc', {97: -1}); c('translate', 'abc', ['x', 'y'])
c('translate', 'a😀', {0x1F600: 'smile'})

# operators
c('+', 'ab', 'cd'); c('+', 'ab', ''); c('+', '', '😀'); c('+', 'ab', 1); c('+', 'ab', [1])
c('*', 'ab', 3); c('*', 'ab', 0); c('*', 'ab', -2); c('*', '😀', 2); c('*', 'ab', 'a'); c('*', 'ab', 1.5); c('*', 'ab', True)
c('r*', 'ab', 2); c('r*', 'ab', [1])
c('in', 'abc', 'b'); c('in', 'abc', ''); c('in', 'a😀', '😀'); c('in', 'abc', 1); c('in', 'abc', 'abcd')
for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('', 'a'), ('ab', 'a'), ('\uffff', '😀'), ('😀', '\uffff'), ('a', 1)]:
    for op in ['<', '<=', '>', '>=', '==', '!=']:
        c('cmp' + op, a, b)
c('[]', 'abc', 3); c('[]', 'abc', -4); c('[]', 'abc', 'a'); c('[]', 'abc', 1.0); c('[]', 'abc', True)
c('[]', 'abc', 10**30); c('[]', 'abcdef', slice(None, None, 0)); c('[]', 'abcdef', slice(10**30, -10**30, -1))
c('[]', 'a😀b😀c', slice(1, 4)); c('[]', 'a😀b😀c', slice(None, None, 2)); c('[]', 'abc', slice('a', None))

# str()
c('str()', None); c('str()', None, 5); c('str()', None, None); c('str()', None, [1, 'a']); c('str()', None, object='x')
c('str()', None, 1, 2); c('str()', None, 'a', 'utf-8'); c('str()', None, x=5); c('str()', None, 1, 2, 3, 4)
c('str()', None, 5, 'utf-8'); c('str()', None, encoding='utf-8'); c('str()', None, 'x', object='y')

# __format__
for spec in ['', 's', '10', '<10', '>10', '^10', '*^9', '😀>5', '.2', '10.2', '^7.1s', '=5', '+', ' ', '#', 'z', 'd', '05', ',', '010']:
    c('format()', 'abc', spec); c('format()', 'a😀b', spec)
c('__format__', 'abc', 1)

# %-formatting
P = [
    ('%s', 'x'), ('%s', ('x',)), ('%s %s', ('a', 'b')), ('%r', 'x'), ('%a', 'é😀'), ('%5s|', 'ab'), ('%-5s|', 'ab'),
    ('%.1s', 'abc'), ('%5.2s|', 'abc'), ('%d', 42), ('%d', -42), ('%5d', 42), ('%-5d|', 42), ('%05d', -42),
    ('%+d', 42), ('% d', 42), ('%i', 7), ('%u', 7), ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%o', 8),
    ('%#o', 8), ('%#08x', 255), ('%.5d', 42), ('%8.5d', -42), ('%d', 3.99), ('%d', -3.99), ('%d', True), ('%x', 1.5),
    ('%d', 'a'), ('%x', 'a'), ('%d', 10**30), ('%x', -10**20), ('%f', 1.5), ('%.2f', 3.14159), ('%e', 12345.678),
    ('%E', 0.000123), ('%g', 1e20), ('%G', 1e-10), ('%10.3f|', -2.5), ('%-10.3e|', 2.5), ('%+.0f', 2.5), ('%#.0f', 2.0),
    ('%#g', 1.0), ('%f', 'a'), ('%f', 3), ('%c', 65), ('%c', 'z'), ('%c', '😀'), ('%c', 0x1F600), ('%c', 'ab'),
    ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%3c|', 'a'), ('%-3c|', 97), ('%%', ()), ('100%%', ()), ('%5%', ()),
    ('%(a)s-%(b)d', {'a': 'x', 'b': 2}), ('%(a)s', 1), ('%(a)s', {}), ('%(a', {'a': 1}), ('%(a(b))s', {'a(b)': 5}),
    ('%s %s', ('a',)), ('%s', ('a', 'b')), ('abc', 1), ('abc', ()), ('abc', []), ('abc', {}), ('%s %s', [1, 2]),
    ('%s', [1, 2]), ('%y', 1), ('%', 1), ('%\u00e9', 1), ('abc%', ()), ('%*d', (5, 42)), ('%-*d|', (5, 42)),
    ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)), ('%*d', ('a', 1)), ('%.*d', ('a', 1)),
    ('%ld %hd %Lf', (1, 2, 3.0)), ('%s', None), ('%r', None), ('%s😀%s', ('a', 'b')), ('%-05d|', 3), ('%+5s|', 'a'),
    ('%#5x', 0), ('%x', 0), ('% 05d', 42), ('%+05d', 42), ('%+x', 255), ('%+#x', -255), ('%20d', 10**25),
    ('%.0e', 0.5), ('%.3g', 1234567.0), ('%f', float('inf')), ('%F', float('nan')), ('%d', float('inf')),
    ('%05s|', 'ab'), ('%.3r', 'abc'), ('%s', 'abc%'),
]
for f, a in P:
    c('%', f, a)

# str.format
F = [
    ('{}', ('a',), {}), ('{} {}', ('a', 'b'), {}), ('{0}{1}{0}', ('a', 'b'), {}), ('{x}-{y}', (), {'x': 1, 'y': 'z'}),
    ('{{}}', (), {}), ('{{{}}}', ('a',), {}), ('}}x{{', (), {}), ('{', (), {}), ('}', (), {}), ('a}b', (), {}),
    ('{0', ('a',), {}), ('{0:', ('a',), {}), ('{0!', ('a',), {}), ('{0!r', ('a',), {}), ('{0!x}', ('a',), {}),
    ('{0!rx}', ('a',), {}), ('{!r}', ('é',), {}), ('{!a}', ('é😀',), {}), ('{!s:>5}', ('a',), {}),
    ('{0:>{1}}', ('a', 5), {}), ('{:{}}', ('a', 4), {}), ('{:{}{}}', ('a', '>', 4), {}), ('{0:{1:{2}}}', ('a', 's', ''), {}),
    ('{0[1]}', ('abc',), {}), ('{0[-1]}', ({'-1': 'neg'},), {}), ('{0[a]}', ({'a': 'A'},), {}), ('{0[0][1]}', (['xy'],), {}),
    ('{0.start}', (slice(1, 2, 3),), {}), ('{0.nope}', ('a',), {}), ('{0[}', ('a',), {}), ('{0[0]x}', ('ab',), {}),
    ('{0.}', ('a',), {}), ('{0[]}', ('a',), {}), ('{0}{}', ('a', 'b'), {}), ('{}{0}', ('a', 'b'), {}),
    ('{1}', ('a',), {}), ('{x}', (), {}), ('{}', (), {}), ('{:d}', (5,), {}), ('{:5d}|{:<5}|{:x}', (42, 7, 255), {}),
    ('{:.2f}', (3.14159,), {}), ('{:,}', (1234567,), {}), ('{:s}', (5,), {}), ('{:10}', (None,), {}),
    ('{:}', (None,), {}), ('{!r:^9}', ('a',), {}), ('{0:{a}}', ('x',), {'a': '>3'}), ('{a{}}', (), {}),
    ('{0:{{}}}', ('x',), {}), ('{:{:{}}}', ('a', 'b', 'c'), {}), ('{0:}', ('x',), {}), ('{😀}', (), {'😀': 1}),
    ('{0[😀]}', ({'😀': 'smile'},), {}), ('😀{}😀', ('x',), {}), ('{:😀^7}', ('ab',), {}), ('{0!s}', (5,), {}),
    ('{!}', ('a',), {}), ('{0:x}', ('a',), {}), ('{0:=5}', ('a',), {}), ('{:z}', ('a',), {}), ('{٠}', ('arabic0',), {}),
    ('{0[0]}', ([],), {}), ('{:{}}', (1,), {}), ('{0:d}', (True,), {}),
]
for f, a, k in F:
    c('format', f, *a, **k)
c('format_map', '{a}{b}', {'a': 1, 'b': 'x'}); c('format_map', '{0}', {}); c('format_map', '{}', {}); c('format_map', '{a}', {})
c('format_map', 'x'); c('format_map', 'x', 1, 2); c('format_map', '{a[0]}', {'a': 'xyz'})

# docstrings and text signatures (CPython has none for the METH_VARARGS find family)
for name in sorted(dir(str)):
    if name in ('encode', '__getstate__', '__reduce__', '__reduce_ex__', '__init_subclass__', '__subclasshook__',
                '__class__', '__doc__', '__init__', '__getattribute__', '__setattr__', '__delattr__', '__dir__'):
        continue  # not str's own (inherited from object) or not implemented (encode needs bytes)
    c('doc', name)
    if getattr(str, name).__text_signature__ is not None and name != '__new__':
        c('signature', name)

# random cases (fixed seed): mixtures of ASCII, Latin-1, BMP and astral characters
import random
rnd = random.Random(20261123)
ALPHA = ['a', 'b', ' ', '\t', '\n', '\r', ',', '😀', 'é', 'Σ', 'ab', '\u3000', '\x85']
def rs(k=8):
    return ''.join(rnd.choice(ALPHA) for _ in range(rnd.randint(0, k)))
def ri():
    return rnd.choice([None, rnd.randint(-10, 10)])
for _ in range(400):
    s = rs()
    sub = rnd.choice(['', 'a', 'b', 'ab', ' ', '😀', 'a😀', rs(2)])
    m = rnd.choice(['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith'])
    args = [sub] + [ri() for _ in range(rnd.randint(0, 2))]
    c(m, s, *args)
    sep = rnd.choice([None, 'a', ' ', 'ab', '😀', ',', 'é'])
    c(rnd.choice(['split', 'rsplit']), s, sep, rnd.randint(-1, 3))
    c('replace', s, rnd.choice(['', 'a', 'ab', '😀', ' ']), rnd.choice(['', 'X', '😀😀']), rnd.randint(-1, 3))
    c(rnd.choice(['partition', 'rpartition']), s, rnd.choice(['a', ' ', '😀', 'b']))
    c(rnd.choice(['strip', 'lstrip', 'rstrip']), s, rnd.choice([None, 'a', ' a', '😀', 'é,']))
    c('splitlines', s, rnd.choice([False, True]))
    c('expandtabs', s, rnd.randint(-1, 5))
    c(rnd.choice(['center', 'ljust', 'rjust']), s, rnd.randint(-1, 12), rnd.choice([' ', '*', '😀']))
    c('zfill', rnd.choice(['', '-', '+']) + s, rnd.randint(0, 10))
    c('[]', s, slice(ri(), ri(), rnd.choice([None, 1, 2, 3, -1, -2, -3])))
    flags = ''.join(rnd.sample('-+ #0', rnd.randint(0, 3)))
    width = rnd.choice(['', '5', '12', '*'])
    prec = rnd.choice(['', '.0', '.3', '.*'])
    conv = rnd.choice('sradixXoeEfFgGc')
    value = {'s': s, 'r': s, 'a': s, 'c': rnd.choice([s[:1] or 'x', 65, 0x1F600])}.get(conv)
    if value is None:
        value = rnd.choice([0, 7, -42, 255, 10**20, -3.75, 0.0, 1e-7, 123456.789, float('inf'), -0.0]) \
            if conv in 'eEfFgG' else rnd.choice([0, 7, -42, 255, 10**20, -(2**70), True])
    vals = []
    if width == '*': vals.append(rnd.randint(-8, 8))
    if prec == '.*': vals.append(rnd.randint(-2, 6))
    vals.append(value)
    c('%', '<%' + flags + width + prec + conv + '>', tuple(vals))
    spec = rnd.choice(['', '<', '>', '^', '*^', '😀>', '0>', 'x<']) + rnd.choice(['', '0', '7', '15']) \
        + rnd.choice(['', '.0', '.2', '.9']) + rnd.choice(['', 's'])
    c('format()', s, spec)
    c('format', '{0!r:' + spec + '}|{0:' + spec + '}', s)

out = []
for op, recv, args, kwargs in cases:
    try:
        r = '=' + repr(run(op, recv, args, kwargs))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    line = '\t'.join([op, repr(recv), repr(args), repr(kwargs), r])
    assert '\n' not in line, line
    out.append(line)
print('\n'.join(out))
