# sys.settrace with with-statements (enter/exit calls, swallowed and propagated exceptions, return
# inside) and comprehensions (their own frames), custom iterators ending with StopIteration.
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




class CM:
    def __init__(self, swallow=False):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.swallow


def with_plain():
    with CM() as c:
        x = 1
    return x


def with_swallow():
    with CM(True):
        raise ValueError("swallowed")
    return "after"


def with_propagate():
    try:
        with CM():
            raise KeyError("k")
    except KeyError:
        return "propagated"


def with_two():
    with CM() as a, CM() as b:
        y = 2
    return y


def with_return():
    with CM():
        return "from inside"


def with_multiline():
    with (
        CM() as a,
        CM() as b,
    ):
        z = 3
    return z


class Iterable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def custom_iterator():
    return [v for v in Iterable(2)]


def listcomp():
    return [x * 2 for x in range(2)]


def setcomp_dictcomp():
    s = {x for x in range(2)}
    d = {k: k for k in range(2)}
    return sorted(s), d


def nested_comp():
    return [(i, j) for i in range(2) for j in range(i)]


def multiline_comp():
    return [
        x
        for x in range(2)
        if x
    ]


def returning_gen():
    yield 1
    return "value"


def for_over_returning_gen():
    out = []
    for v in returning_gen():
        out.append(v)
    return out


run("with_plain", with_plain)
run("with_swallow", with_swallow)
run("with_propagate", with_propagate)
run("with_two", with_two)
run("with_return", with_return)
run("with_multiline", with_multiline)
run("custom_iterator", custom_iterator)
run("listcomp", listcomp)
run("setcomp_dictcomp", setcomp_dictcomp)
run("nested_comp", nested_comp)
run("multiline_comp", multiline_comp)
run("for_over_returning_gen", for_over_returning_gen)
