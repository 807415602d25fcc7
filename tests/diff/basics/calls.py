def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))

def g(x, /, y):
    return x, y

print(g(1, y=2))
for call in (lambda: f(), lambda: f(1), lambda: g(x=1, y=2), lambda: f(1, c=1, a=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = outer()
inc()
print(inc(), inc.__name__, inc.__qualname__)
print(f.__defaults__, f.__kwdefaults__)
