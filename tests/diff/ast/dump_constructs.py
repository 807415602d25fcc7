# ast.parse + ast.dump over the grammar: every node kind, with and without positions.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = d",
    "x: int = 5\ny: 'str'\n(z): int",
    "x += 1; y **= 2; z @= w",
    "del a, b[0], c.d",
    "def f(a, /, b, *c, d=1, e, **f) -> None:\n    '''doc'''\n    return\n",
    "async def g():\n    await x\n    async for i in y: pass\n    async with a as b, c: pass\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): ...\n",
    "lambda: 0\nlambda x, *, y=2: x + y\nlambda *a, **k: (a, k)",
    "if a:\n    pass\nelif b:\n    break\nelse:\n    continue\n",
    "for i in range(3):\n    pass\nelse:\n    x = 1\nwhile x:\n    x -= 1\nelse: pass\n",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
    "with open(f) as g, h:\n    pass\nwith (a as b, c as d):\n    pass\n",
    "import a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom __future__ import annotations\n",
    "global a, b\nnonlocal c",
    "assert x, 'msg'\nassert y",
    "a and b or not c\nx if y else z\n-a, +b, ~c",
    "a < b <= c != d is e is not f in g not in h",
    "[1, 2][0:1:2], x[1:], x[::2], x[a, b:c], x[...]",
    "{1: 2, **d}, {1, 2}, [*a, *b], (1,), ()",
    "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in z.items()}\n(x async for x in y)",
    "f(a, *b, c=1, **d)\nf(x for x in y)\nobj.attr.method()(1)",
    "f'{x!r:>{width}} {y=} {z:%Y}' 'plain' f'{{}}'",
    "b'bytes', u'unicode', r'\\raw', 1_000, 0x1F, 1e10, 1.5j, 3.14, True, None, ...",
    "(yield)\n(yield x)\n(yield from y)",
    "(x := 10)\n[y := f(x), y**2]",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'a': 1, **kw}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case 'literal' | -1 | 1+2j | None | True:\n        pass\n    case [_, *_] as whole if whole:\n        pass\n    case Color.RED:\n        pass\n    case _:\n        pass\n",
    "print(1, 2, sep='')\n",
    "x = 'é'; y = '日本'\n",
    "class A: pass\nclass B(): pass\n",
    "def f[T](x): pass" if False else "def f(*, a): pass",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse(SOURCES[5]), indent=2))
print(ast.dump(ast.parse(SOURCES[27]), indent='--', annotate_fields=False))

# Other modes and flags.
print(ast.dump(ast.parse("1 + x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, *str) -> List[int]", mode="func_type")))
tc = "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: ignore[foo]\n    y = []  # type: List[int]\n"
print(ast.dump(ast.parse(tc, type_comments=True)))
print(ast.dump(ast.parse(tc)))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.dump(compile("a.b = 1", "<s>", "exec", ast.PyCF_ONLY_AST), include_attributes=True))
m = ast.parse("x")
print(type(m).__name__, type(m.body[0]).__name__, type(m.body[0].value.ctx).__name__)
print(ast.parse("x").body[0].value.ctx is ast.parse("y = z").body[0].value.ctx)
print(ast.parse("x = y").body[0].targets[0].ctx is ast.parse("y = z").body[0].targets[0].ctx)
print(ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
