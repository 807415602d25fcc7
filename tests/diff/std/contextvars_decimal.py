# _contextvars (ContextVar, Token, Context.run, copy_context) and _pydecimal contexts on it.
import contextvars, decimal
v = contextvars.ContextVar("v", default=1)
print(v.get(), v.name)
t = v.set(5); print(v.get()); v.reset(t); print(v.get())
ctx = contextvars.copy_context()
def f(): v.set(9); return v.get()
print(ctx.run(f), v.get(), ctx[v], v in ctx, len(ctx))
from decimal import Decimal, getcontext, localcontext
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
with localcontext() as c:
    c.prec = 3
    print(Decimal(2).sqrt())
print(Decimal("1.10") + Decimal("2.205"))
