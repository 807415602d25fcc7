# 600 pseudo-random bytearray mutations (a small LCG); after each, the value's hash of contents,
# its length, sys.getsizeof and __alloc__ (CPython's ob_alloc, including the logical start
# that deleting from the front moves).
import sys
state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n

b = bytearray()
for step in range(600):
    op = rand(12)
    n = len(b)
    if op == 0:
        b.append(rand(256))
    elif op == 1:
        b.extend(bytes(rand(40)))
    elif op == 2 and n:
        b.pop(rand(n))
    elif op == 3 and n:
        del b[:rand(n) + 1]
    elif op == 4 and n:
        i = rand(n)
        del b[i:i + rand(5)]
    elif op == 5:
        b[rand(n + 1):rand(n + 1)] = bytes(rand(30))
    elif op == 6:
        b += b"xy" * rand(20)
    elif op == 7 and n < 200:
        b *= rand(3) + 1
    elif op == 8:
        b.insert(rand(n + 1), 7)
    elif op == 9 and n:
        del b[::rand(3) + 2]
    elif op == 10 and rand(10) == 0:
        b.clear()
    elif op == 11 and n:
        b[0] = 1
        del b[0]
    if n > 400:
        del b[200:]
    print(step, op, len(b), sys.getsizeof(b), b.__alloc__(), sum(b) % 997)
