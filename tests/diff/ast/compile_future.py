# compile() inherits the caller's __future__ flags unless dont_inherit; explicit future flags.
from __future__ import annotations
import ast
ns = {}
exec(compile("def f(x: int) -> list[int]: pass", "<c>", "exec"), ns)
print(ns['f'].__annotations__)
ns = {}
exec(compile("def f(x: int) -> list[int]: pass", "<c>", "exec", dont_inherit=True), ns)
print(ns['f'].__annotations__)
ns = {}
exec(compile(ast.parse("def g(y: str): pass"), "<c>", "exec"), ns)
print(ns['g'].__annotations__)
print(hex(compile("x", "<c>", "exec").co_flags), hex(compile("x", "<c>", "exec", dont_inherit=True).co_flags))
import __future__
print(hex(compile("x", "<c>", "exec", __future__.generator_stop.compiler_flag, True).co_flags))
