# compile() of hand-built trees that obj2ast rejects: CPython's exception types and messages.
import ast
import re
from ast import *

def attempt(label, tree, mode="exec"):
    try:
        compile(tree, "<tree>", mode)
        print(label, "compiled")
    except Exception as e:
        print(label, type(e).__name__, re.sub('0x[0-9a-f]+', '0x...', str(e)))

def pos(node, line=1, col=0):
    node.lineno, node.col_offset = line, col
    return node

attempt("no lineno", Module([Expr(Constant(1))], []))
attempt("no col_offset", Module([Expr(Constant(1), lineno=1)], []))
attempt("expr no lineno", Module([pos(Expr(Constant(1)))], []))
attempt("no body", Module(type_ignores=[]))
attempt("no type_ignores", Module([]))
attempt("body not list", Module((), []))
attempt("body is None", Module(None, []))
attempt("not a stmt", Module([Constant(1)], []))
attempt("int in body", Module([1], []))
attempt("wrong mod", Expression(Constant(1)))
attempt("wrong mod eval", Module([], []), "eval")
attempt("wrong mod single", Module([], []), "single")
attempt("not ast", Module([pos(Expr(5))], []))
attempt("None value", Module([pos(Expr(None))], []))
attempt("bad id", Module([pos(Expr(pos(Name(5, Load()))))], []))
attempt("id None", Module([pos(Expr(pos(Name(None, Load()))))], []))
attempt("str subclass id", Module([pos(Expr(pos(Name(type('S', (str,), {})('x'), Load()))))], []))
attempt("no ctx", Module([pos(Expr(pos(Name('x'))))], []))
attempt("bad ctx", Module([pos(Expr(pos(Name('x', Add()))))], []))
attempt("ctx None", Module([pos(Expr(pos(Name('x', None))))], []))
attempt("bad op", Module([pos(Expr(pos(BinOp(pos(Constant(1)), Load(), pos(Constant(2))))))], []))
attempt("left None", Module([pos(Expr(pos(BinOp(None, Add(), pos(Constant(2))))))], []))
attempt("bad lineno", Module([Expr(Constant(1), lineno='1', col_offset=0)], []))
attempt("float lineno", Module([Expr(Constant(1), lineno=1.0, col_offset=0)], []))
attempt("huge lineno", Module([Expr(Constant(1), lineno=2**40, col_offset=0)], []))
attempt("bool lineno", Module([pos(Expr(pos(Constant(1)), lineno=True))], []))
attempt("bad type_comment", Module([pos(Assign([pos(Name('x', Store()))], pos(Constant(1)), type_comment=5))], []))
attempt("bad conversion", Expression(pos(FormattedValue(pos(Name('x', Load())), 'r', None))), "eval")
attempt("bad level", Module([pos(ImportFrom('m', [alias('x')], 'x'))], []))
attempt("alias no lineno", Module([pos(ImportFrom('m', [alias('x')], 0))], []))
attempt("arg missing", Module([pos(FunctionDef('f', arguments([], [None], None, [], [], None, []), [pos(Pass())], []))], []))
attempt("arguments missing", Module([pos(FunctionDef('f', body=[pos(Pass())], decorator_list=[]))], []))
attempt("arguments wrong", Module([pos(FunctionDef('f', 5, [pos(Pass())], []))], []))
attempt("keyword None value", Expression(pos(Call(pos(Name('f', Load())), [], [keyword('a', None, lineno=1, col_offset=0)]))), "eval")
attempt("comprehension missing", Expression(pos(ListComp(pos(Name('x', Load())), [None]))), "eval")
attempt("withitem missing", Module([pos(With([withitem()], [pos(Pass())]))], []))
attempt("cmpop list", Expression(pos(Compare(pos(Constant(1)), [Eq(), Add()], [pos(Constant(2)), pos(Constant(3))]))), "eval")
attempt("names not ident", Module([pos(Global([1]))], []))
attempt("match_case", Module([pos(Match(pos(Name('x', Load())), [match_case()]))], []))
attempt("pattern lineno", Module([pos(Match(pos(Name('x', Load())), [match_case(MatchAs(), body=[pos(Pass())])]))], []))
attempt("handler", Module([pos(Try([pos(Pass())], [ExceptHandler()], [], []))], []))
attempt("type_ignore", Module([], [TypeIgnore()]))
attempt("type_ignore tag None", Module([], [TypeIgnore(1, None)]))

class Changing(list):
    pass
attempt("list subclass", Module(Changing([pos(Pass())]), []))

class Shrinks:
    lineno = 1
    col_offset = 0
    def __init__(self, owner):
        self.owner = owner
    @property
    def value(self):
        self.owner.clear()
        return Constant(1, lineno=1, col_offset=0)
body = []
body.append(pos(Expr(pos(Constant(1)))))
class ShrinkingExpr(Expr):
    @property
    def value(self):
        body.clear()
        return pos(Constant(1))
body.append(pos(ShrinkingExpr()))
body.append(pos(Pass()))
attempt("changed size", Module(body, []))

class Fake:
    pass
attempt("not a node", Module([Fake()], []))
f = Fake()
f.__class__ = Fake
attempt("repr of non-node", Expression(f), "eval")

class Deep(Expression):
    pass
attempt("mod subclass", Deep(pos(Constant(1))), "eval")

# A cycle: an expression containing itself runs into the recursion limit.
e = pos(BinOp(None, Add(), pos(Constant(1))))
e.left = e
attempt("cycle", Expression(e), "eval")
