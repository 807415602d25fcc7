# Lib/ast.py's helpers over the runtime's trees: literal_eval (values and errors), unparse,
# get_source_segment, walk, iter_fields/iter_child_nodes, get_docstring.
import ast
import re

for s in ["1", "-2.5", "+3", "1+2j", "-1-2j", "'s' 'x'", "b'b'", "(1, [2, {3: 4}], {5})", "set()",
          "{'a': (1, None, True, False)}", "...", "  42", "\t[]", "0x10", "1_0"]:
    print(repr(s), repr(ast.literal_eval(s)))
for s in ["x", "1 + x", "f()", "[1, *a]", "{**d}", "1 + 1", "-'s'", "a.b", "(1)(2)", "{1: 2}[1]", "2 ** 3",
          "set([1])", "lambda: 0", "1 +", "1j + 1", "'a' + 'b'", "--1", "not 1"]:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, re.sub('0x[0-9a-f]+', '0x...', str(e)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")), ast.literal_eval(ast.Constant(5)))

SOURCES = [
    "x = 1 + 2 * 3 - (4 - 5) ** -6 ** 7",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    '''Doc.'''\n    return a if b else c",
    "async def g():\n    async with a as (b, c):\n        await d\n    async for x in y:\n        yield x",
    "@d\nclass C(A, B, metaclass=M, **kw):\n    x: int = 1\n    def m(self): ...",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    del x",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a, b as c: pass",
    "lambda x, *y, z=3, **w: (x, y, z, w)",
    "f'{a!r:>{w}} {b=} {{}}' + rf'\\d{c}'",
    "print(*args, sep='', **kw)",
    "a[1:2, ::3, ...]",
    "x = (yield)\ny = yield from z\n(z := 5)",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(x, y=2) | Q() as o:\n        pass\n    case -1 | 1 + 2j | 'a' | None:\n        pass",
    "global a\nnonlocal b\nassert x, y\nimport a.b as c\nfrom ..d import e as f, g",
    "x = [i for i in range(3) if i for j in k]\ny = {k: v for k, v in d}\nz = (a async for a in b)",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while not (a and b or c):\n    break\nelse:\n    continue",
    "x = 1e100 * 1e400 + 1j",
    "x = (1,)\ny = ()\nz = 1,\nw = a < b < c",
    "not -x ** ~y",
]
for src in SOURCES:
    print(ast.unparse(ast.parse(src)))
    print('---')

src = "def f(a,\n      b):\n    return a + \\\n        b\nx = [1,\n     2]  # tail\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    seg = ast.get_source_segment(src, node)
    if seg is not None and isinstance(node, (ast.stmt, ast.BinOp, ast.List)):
        print(type(node).__name__, repr(seg), repr(ast.get_source_segment(src, node, padded=True)))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
doc = ast.parse('def f():\n    """\n    Indented\n      doc.\n    """\nclass C:\n    "c"\n')
print(repr(ast.get_docstring(doc.body[0], clean=False)), ast.get_docstring(doc.body[1], clean=False))
print(ast.dump(ast.parse("x"), annotate_fields=False, include_attributes=True))
