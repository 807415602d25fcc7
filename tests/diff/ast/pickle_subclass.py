# Pickling nodes, AST subclasses with their own _fields, __dict__ assignment, slot docs.
import ast, pickle
tree = ast.parse("def f(x=1):\n    return [x, 'y', ...]\n")
for proto in range(0, 6):
    back = pickle.loads(pickle.dumps(tree, proto))
    print(proto, ast.dump(back, include_attributes=True) == ast.dump(tree, include_attributes=True))
print(pickle.loads(pickle.dumps(ast.Load())).__class__)
class Sub(ast.AST):
    _fields = ('a', 'b')
s = Sub(1, b=2)
print(s.a, s.b, Sub._attributes, Sub.__match_args__)
try:
    Sub(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Sub(1, a=2)
except TypeError as e:
    print(e)
class NoFields(ast.AST):
    _fields = None
try:
    NoFields(1)
except TypeError as e:
    print(type(e).__name__, e)
print(ast.AST().__dict__, ast.AST()._fields)
n = ast.Name()
n.__dict__ = {'id': 'q'}
print(n.id)
try:
    n.__dict__ = 5
except TypeError as e:
    print(e)
import copy
print(copy.copy(ast.Load()).__class__.__name__)
print(ast.Constant.__doc__, ast.Constant.__init__.__doc__)
print(ast.AST.__init__.__name__, ast.AST.__init__.__objclass__)
