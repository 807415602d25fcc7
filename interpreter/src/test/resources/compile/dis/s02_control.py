def f(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        elif i > 10:
            break
        total += i
    else:
        total = -1
    while total > 0 and n:
        total -= 1
    return total if total else None

def g(a, b):
    if a and b or not a:
        return 1
    assert a, "msg"
    return a < b < 10
