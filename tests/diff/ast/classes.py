# The node classes of _ast as Python-ast.c makes them: hierarchy, class attributes, docs,
# constructor rules and messages, defaults, pickling and copying.
import _ast
import ast
import copy


names = [n for n in dir(_ast) if not n.startswith('__')]
print(len(names), names[:8], names[-8:])
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST, ast.AST.__module__, ast.AST.__doc__, ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        continue
    print(name, cls.__mro__[1].__name__, cls.__module__, cls._fields, cls._attributes,
          cls.__match_args__, sorted(k for k in vars(cls) if not k.startswith('__') or k == '__weakref__'))
    print('  ', repr(cls.__doc__))
print([k for k in vars(ast.expr)], [k for k in vars(ast.BinOp)], [k for k in vars(ast.keyword)])

# Optional fields and attributes default to None on the class; list fields are absent in 3.11.
c = ast.Constant(1)
print(c.value, c.kind, c.end_lineno, c.end_col_offset)
try:
    c.lineno
except AttributeError as e:
    print('AttributeError', e)
fd = ast.FunctionDef('f')
print(fd.name, fd.returns, fd.type_comment, hasattr(fd, 'body'), hasattr(fd, 'args'))
print(vars(ast.BinOp(left=1, right=2)), list(vars(ast.Name('x', ast.Load(), lineno=3))))

# Constructor rules.
for make in [lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.Pass(1), lambda: ast.Name('x', ast.Load(), 'extra'),
             lambda: ast.Constant(1, value=2), lambda: ast.AST(1), lambda: ast.Expr(1, 2),
             lambda: ast.alias('a', 'b', 'c'), lambda: ast.Load(1)]:
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
n = ast.Name('x', unknown_keyword=5, lineno=1)
print(n.id, n.unknown_keyword, n.lineno, vars(n))
print(ast.Load() is ast.Load(), type(ast.Load()) is ast.Load, isinstance(ast.Add(), ast.operator))
print(ast.Constant.__init__.__text_signature__, ast.AST.__reduce__.__name__)

# Subclasses keep working as nodes.
class MyName(ast.Name):
    _fields = ('id', 'ctx', 'extra')
m = MyName('a', ast.Load(), 'e')
print(m.id, m.extra, isinstance(m, ast.expr))

# Pickle, copy and reduce.
tree = ast.parse("def f(x=1):\n    return [x, 'y', ...]\n")
print(tree.__reduce__()[0], tree.__reduce__()[1])
for clone in (copy.deepcopy(tree), copy.copy(tree)):
    print(ast.dump(clone, include_attributes=True) == ast.dump(tree, include_attributes=True))
print(ast.Load().__reduce__())

# Match args and pattern matching on nodes.
match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value=v)):
        print('matched', id, v)

# Deprecated aliases from Lib/ast.py on top of _ast.
num = ast.Num(5)
print(type(num).__name__, num.n, num.value, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num))
print(isinstance(ast.Constant('s'), ast.Str), ast.Str('x').s, isinstance(ast.Constant(...), ast.Ellipsis))
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('a'), ast.Name('b')])))
