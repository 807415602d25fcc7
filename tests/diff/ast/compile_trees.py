# Trees built or rewritten in Python, compiled and run: exec/eval/single modes, transformers,
# locations, constants the parser never makes, optimize levels, flags.
import ast
from ast import *

tree = Module([
    FunctionDef('add', arguments([], [arg('a'), arg('b')], None, [], [], None, [Constant(10)]),
                [Return(BinOp(Name('a', Load()), Add(), Name('b', Load())))], []),
    Expr(Call(Name('print', Load()), [Call(Name('add', Load()), [Constant(1)], [])], [])),
    Assign([Tuple([Name('p', Store()), Starred(Name('q', Store()), Store())], Store())],
           Constant((1, 2, 3))),
    Expr(Call(Name('print', Load()), [Name('p', Load()), Name('q', Load()),
                                      Constant(frozenset({3})), Constant(1+2j), Constant(b'\x00b')], [])),
], [])
ast.fix_missing_locations(tree)
print(ast.dump(tree.body[0], include_attributes=True)[:160])
code = compile(tree, "<built>", "exec")
print(code.co_filename, code.co_name, code.co_consts[-3:])
exec(code, {})

print(eval(compile(ast.fix_missing_locations(Expression(BinOp(Constant(6), Mult(), Constant(7)))), "<e>", "eval")))
exec(compile(ast.fix_missing_locations(Interactive([Expr(Constant('shown by displayhook'))])), "<i>", "single"))

class Double(NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return copy_location(Constant(node.value * 2), node)
        return node

src = "x = 1 + 2\nprint(x, [3, 4], 'five')\n"
t = Double().visit(ast.parse(src))
exec(compile(t, "<doubled>", "exec"))

class Names(NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)
v = Names()
v.visit(ast.parse("a = b + c(d)\ndel e"))
print(v.seen)

class RemovePass(NodeTransformer):
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        return [node, Expr(Constant('extra'))]
t = RemovePass().visit(ast.parse("if x:\n    pass\n    1\n"))
print(ast.dump(t))

# Missing locations, increment_lineno, copy_location.
t = ast.parse("x = 1\ny = 2\n")
ast.increment_lineno(t, 10)
print([(n.lineno, n.end_lineno) for n in t.body])
new = Expr(Constant(5))
ast.copy_location(new, t.body[0])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
try:
    compile(Module([Expr(Constant(5))], []), "<m>", "exec")
except TypeError as e:
    print('TypeError', e)

# A tree without end positions compiles (they default to the start).
node = Expr(Constant(7), lineno=3, col_offset=4)
node.value.lineno, node.value.col_offset = 3, 4
code = compile(Module([node], []), "<noend>", "exec")
print(list(code.co_positions())[:3])

# Positions from the tree reach tracebacks.
t = ast.parse("def f():\n    return 1 / 0\n")
ast.increment_lineno(t, 100)
ns = {}
exec(compile(t, "<moved>", "exec"), ns)
try:
    ns['f']()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_code.co_firstlineno)

# optimize: asserts and __debug__ go at 1, docstrings at 2.
src = "def f():\n    'doc'\n    assert False, 'boom'\n    return __debug__\n"
for level in (0, 1, 2):
    ns = {}
    exec(compile(src, "<o>", "exec", optimize=level), ns)
    try:
        print(level, ns['f'](), ns['f'].__doc__)
    except AssertionError as e:
        print(level, 'AssertionError', e, ns['f'].__doc__)
    ns = {}
    exec(compile(ast.parse(src), "<o>", "exec", optimize=level), ns)
    try:
        print(level, ns['f'](), ns['f'].__doc__)
    except AssertionError as e:
        print(level, 'AssertionError', e, ns['f'].__doc__)

# compile() argument checks.
for args, kw in [(("x", "f", "bad"), {}), (("x", "f", "bad", PyCF_ONLY_AST), {}), (("x", "f", "func_type"), {}),
                 (("x", "f", "exec", 1 << 30), {}), (("x", "f", "exec"), {"optimize": 3}),
                 (("x", 3, "exec"), {}), ((5, "f", "exec"), {}), (("a\0b", "f", "exec"), {}),
                 (("x", "f", 5), {}), ((b"x = 1", b"bytes_name", "exec"), {})]:
    try:
        r = compile(*args, **kw)
        print(type(r).__name__, r.co_filename)
    except Exception as e:
        print(type(e).__name__, e)
print(compile(ast.parse("x"), "f", "exec", PyCF_ONLY_AST).__class__.__name__)
t = ast.parse("x")
print(compile(t, "f", "exec", PyCF_ONLY_AST) is t)
print(ast.dump(compile("(int) -> str", "f", "func_type", PyCF_ONLY_AST)))
print(compile(bytearray(b"1+1"), "f", "eval").co_consts, eval(compile(memoryview(b"2*3"), "f", "eval")))

# Top-level await is accepted with the flag (the code is a coroutine).
c = compile("await x", "<aw>", "exec", PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(c.co_flags & 0x80))
c = compile(ast.parse("await x", mode="exec"), "<aw>", "exec", PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(c.co_flags & 0x80))
try:
    compile("await x", "<aw>", "exec")
except SyntaxError as e:
    print('SyntaxError', e)

# Compiler errors from trees.
for t in [Module([Return(Constant(1))], []), Module([Break()], []),
          Module([Expr(Yield(None))], []), Module([Nonlocal(['x'])], [])]:
    ast.fix_missing_locations(t)
    try:
        compile(t, "<ce>", "exec")
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.filename, e.text)
