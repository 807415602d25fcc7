name = "w"
width = 10
print(f"hello {name!r:>{width}} and {name=} {3.5:.2f}")
x = {1: 2, **{3: 4}}
y = [*x, 1]
z = {*y}
print(x[1:2], x[::2], x[1], x.a.b)
print(1 if x in (1, 2, 3) else 2, x not in [1, 2], x is not None)
print(f'{x}' f'{y}')
