# The tokenize module's interface over the runtime's tokenizer: token streams, round trips,
# encodings and errors, compared with CPython's Lib/tokenize.py.
import io
import sys
import token
import tokenize

SOURCES = [
    'def f(a, b=1):\n    """doc"""\n    return a + b  # c\n\nx = [1,\n  2]\nprint(f"{x!r:>10}")\n',
    'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n',
    'a = 1 + \\\n    2\n',
    'x = 1\r\ny = 2\r\n',
    'é = "ü"\nπ = 3.14j + 0x_ff + 1_000 + 0o17 + .5e-3\n',
    '\x0cclass C:\n    pass\n',
    's = r"a\\b" + b\'x\' + rb"""\nmulti\n"""\n',
    'x = 1',
    '@decorator\nasync def g():\n    await h()\n    async for i in j: ...\n',
    'a ≥ b\n',
    '',
]

for src in SOURCES:
    print('----', repr(src))
    toks = list(tokenize.tokenize(io.BytesIO(src.encode('utf-8')).readline))
    for t in toks:
        print(t, token.tok_name[t.exact_type])
    back = tokenize.untokenize(toks)
    print('round trip:', back == src.encode('utf-8'), repr(back) if back != src.encode() else '')
    print('compat:', repr(tokenize.untokenize(t[:2] for t in toks)))

print('---- generate_tokens')
g = tokenize.generate_tokens(io.StringIO('x = (1,\n 2)\n').readline)
print(type(g).__name__)
for t in g:
    print(t.type, t.string, t.start, t.end, repr(t.line))

print('---- errors')
for bad in ['if x:\n    a\n  b\n', '(\n', '"""\n', "'abc\n", 'a $ b\n', 'x = 1\n  y = 2\n']:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            print(' ', t)
    except Exception as e:
        print(type(e).__name__, e.args)

print('---- detect_encoding')
for data in [b'# -*- coding: latin-1 -*-\nx=1\n', b'\xef\xbb\xbfx=1\n', b'\n# vim: set fileencoding=cp1252 :\n',
             b'x=1\n# coding: latin-1\n', b'', b'\xef\xbb\xbf', b'# coding: foo\n', b'\xef\xbb\xbf# coding: latin-1\n',
             b'\xff\n', b'#!/usr/bin/python\n# coding: utf_8\n']:
    try:
        print(repr(data), tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print(repr(data), type(e).__name__, e)
latin = '# coding: latin-1\ns = "café"\n'.encode('latin-1')
toks = list(tokenize.tokenize(io.BytesIO(latin).readline))
print(toks[0], toks[-4].string)
print(tokenize.untokenize(toks) == latin)
print(tokenize.detect_encoding(iter([b'x = 1\n']).__next__))

print('---- c tokenizer')
for t in tokenize._generate_tokens_from_c_tokenizer('é = (1,\n2)\nif x:\n  y  # c\n'):
    print(t)
try:
    list(tokenize._generate_tokens_from_c_tokenizer('x = (\n'))
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)

print('---- module')
print(tokenize.TokenInfo(1, 'a', (1, 0), (1, 1), 'a'))
print(tokenize.TokenInfo(54, '(', (1, 0), (1, 1), '(').exact_type == token.LPAR)
print(sorted(set(tokenize.__all__) - set(token.__all__)))
print(tokenize.tok_name is token.tok_name, tokenize.tabsize)
with tokenize.open(__file__) as f:
    print(f.mode, f.encoding, f.readline().rstrip())
with open(__file__, 'rb') as f:
    mine = f.read()
with open(__file__, 'rb') as f:
    print('self round trip:', tokenize.untokenize(tokenize.tokenize(f.readline)) == mine)
try:
    list(tokenize.generate_tokens(iter([b'x']).__next__))
except TypeError as e:
    print('TypeError', e)
try:
    tokenize.untokenize([(1, 'a', (2, 0), (2, 1), ''), (1, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
sys.argv = ['tokenize', '-e', __file__]
old = sys.stdout
sys.stdout = io.StringIO()
tokenize.main()
out, sys.stdout = sys.stdout.getvalue(), old
print(out.splitlines()[:12])
print(len(out.splitlines()))

print('---- _tokenize.TokenizerIter errors')
import _tokenize
for s in ['x = "abc\n', 'if x:\n    a\n  b\n', 'a $ b\n', '"""abc', '0777\n', 'x = 1\n\ty\n', 'x = (\n', 'f"{x}" + 1\n', '\\\n']:
    try:
        print(list(_tokenize.TokenizerIter(s)))
    except Exception as e:
        print(repr(e), e.args)
