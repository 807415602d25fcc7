# sys.settrace event sequences for calls: nesting, recursion, methods, lambdas, class bodies,
# keyword arguments, calls from built-ins (map, sorted keys), the local trace function.
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


def add(a, b=10):
    return a + b


def nested(x):
    y = add(x)
    z = add(y, b=1)
    return z


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def double(self):
        return Point(self.x * 2, self.y * 2)


def methods():
    p = Point(1, -2)
    q = p.double
    return q.norm1()


def lambdas():
    f = lambda v: v * 3
    return f(2) + f(3)


def builtins_call_back():
    squares = list(map(lambda v: v * v, [1, 2]))
    return sorted([3, 1, 2], key=lambda v: -v), squares


def class_body():
    class Inner:
        a = 1
        b = a + 1

        def m(self):
            return self.b
    return Inner().m()


def one_line(): return 42


def star_args(*args, **kwargs):
    return len(args), sorted(kwargs)


def calls_star():
    t = (1, 2, 3)
    d = {"k": 1}
    return star_args(*t, **d)


run("add", add, 1)
run("nested", nested, 5)
run("fact", fact, 3)
run("methods", methods)
run("lambdas", lambdas)
run("builtins", builtins_call_back)
run("class_body", class_body)
run("one_line", one_line)
run("calls_star", calls_star)

# A global tracer that returns None gets only call events.
def _tcall_only(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))
    return None

sys.settrace(_tcall_only)
nested(1)
sys.settrace(None)
print("call-only:", events)
events.clear()

# The local trace function can differ from the global one.
def _tlocal(frame, event, arg):
    events.append(("local", event, frame.f_lineno - frame.f_code.co_firstlineno))
    return _tlocal

def _tglobal(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append(("global", event, frame.f_code.co_name))
    return _tlocal

sys.settrace(_tglobal)
add(2, 3)
sys.settrace(None)
print("global/local:", events)
events.clear()

# A local tracer returning None keeps the frame's f_trace (CPython 3.11 does not clear it).
def _tnone_after_first(frame, event, arg):
    events.append(("n", event))
    return None

def _tgl2(frame, event, arg):
    if frame.f_code.co_name != "loop3":
        return None
    return _tnone_after_first

def loop3():
    t = 0
    for i in range(2):
        t += i
    return t

sys.settrace(_tgl2)
loop3()
sys.settrace(None)
print("none-returning local:", events)
events.clear()

print("gettrace after:", sys.gettrace())
