# sys.settrace line events for loops: for/else, while, break/continue, nested, one-line bodies,
# backward jumps, multi-line expressions and conditions.
import sys

events = []


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return arg[0].__name__
    r = repr(arg)
    return "<%s>" % type(arg).__name__ if " at 0x" in r else r


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != __file__ or code.co_name.startswith("_t"):
        return None
    events.append((event, code.co_name, frame.f_lineno - code.co_firstlineno, show(arg)))
    return tracer


def run(title, fn, *args, **kw):
    sys.settrace(tracer)
    try:
        result = fn(*args, **kw)
    finally:
        sys.settrace(None)
    print(title, "->", repr(result))
    for e in events:
        print("   ", *e)
    events.clear()




def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    else:
        total += 100
    return total


def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def break_continue():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    return out


def nested_loops():
    pairs = 0
    for i in range(2):
        for j in range(2):
            pairs += 1
    return pairs


def one_line_loop():
    t = 0
    for i in range(3): t += i
    return t


def while_true():
    n = 0
    while True:
        n += 1
        if n == 2:
            break
    return n


def conditional_expr(x):
    y = (1 if x else
         2)
    return y


def multi_line_call(a):
    return add(
        a,
        b=2,
    )


def add(a, b=10):
    return a + b


def and_or(a, b):
    if a and \
            b:
        return 1
    elif a or b:
        return 2
    return 3


run("for_loop", for_loop, 2)
run("for_loop empty", for_loop, 0)
run("while_loop", while_loop, 2)
run("break_continue", break_continue)
run("nested_loops", nested_loops)
run("one_line_loop", one_line_loop)
run("while_true", while_true)
run("conditional_expr", conditional_expr, 0)
run("multi_line_call", multi_line_call, 1)
run("and_or", and_or, 1, 0)
run("and_or", and_or, 1, 1)
