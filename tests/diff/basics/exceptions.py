def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

for v in (1, -1):
    try:
        print(check(v))
    except ValueError as e:
        print("caught", e)
    else:
        print("no error")
    finally:
        print("finally", v)

def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    chain()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

def deep(n):
    return deep(n + 1) * 2 if n < 3 else [][n]

deep(0)
