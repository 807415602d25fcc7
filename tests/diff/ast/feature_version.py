# ast.parse(feature_version=...): pegen's CHECK_VERSION messages and positions, underscores and f-strings.
import ast
cases = ["(x := 1)", "x: int = 1", "a @ b", "a @= b", "async def f(): pass", "def f(a, /): pass", "lambda a, /: 0",
         "async def f():\n    async for x in y: pass\n", "async def f():\n    async with a: pass\n",
         "try:\n    pass\nexcept* E:\n    pass\n", "match x:\n    case 1: pass\n", "async def f():\n    await x\n",
         "async def f():\n    [x async for x in y]\n", "x: int", "(y): int = 2", "a.b: int", "match x\n",
         "if (n := len(a)) > 10: pass", "def g(a, /, b): pass\n", "x = a @ b @ c", "print(1)", "def f(x=(y := 2)): pass"]
for v in (4, 5, 6, 7, 8, 9, 10, 11):
    for c in cases:
        try:
            ast.parse(c, feature_version=(3, v))
        except SyntaxError as e:
            print(v, repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(ast.dump(ast.parse("x: int = 1", feature_version=(3, 6))))
print(ast.dump(ast.parse("(x := 1)", feature_version=None)))
compile("(x := 1)", "<s>", "exec", _feature_version=4)
print("compile ignores feature_version without PyCF_ONLY_AST")
for v in (4, 5, 6, 7, 8):
    for c in ["1_000", "f'{x=}'", "f'{x}'", "x = 0x_1f", "f'a' 'b' f'{c=!r}'", "'plain'", "1e1_0"]:
        try:
            print(v, repr(c), ast.dump(ast.parse(c, feature_version=(3, v)))[:40])
        except SyntaxError as e:
            print(v, repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
