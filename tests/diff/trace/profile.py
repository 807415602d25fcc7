# sys.setprofile: call/return for Python frames (no line events), c_call/c_return/c_exception
# for built-in functions and methods (the argument is the built-in, bound to its object),
# generators' resume/yield, the profile function's own calls not being profiled.
import sys

events = []


def name(arg):
    if arg is None:
        return None
    n = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", None)
    if n is not None and type(arg).__name__ == "builtin_function_or_method":
        owner = getattr(arg, "__self__", None)
        if owner is not None and not type(owner).__name__ == "module":
            return "%s of %s" % (n, type(owner).__name__)
        return n
    return repr(arg) if not hasattr(arg, "__dict__") or isinstance(arg, type) else type(arg).__name__


def prof(frame, event, arg):
    code = frame.f_code
    if code.co_filename != __file__:
        return
    rel = frame.f_lineno - code.co_firstlineno
    events.append((event, code.co_name, rel, name(arg) if event.startswith("c_") else repr(arg)))


def dump(title):
    print(title)
    for e in events:
        print("   ", *e)
    events.clear()


def work(items):
    out = []
    for x in items:
        out.append(x * 2)
    out.sort(reverse=True)
    return len(out), max(out)


def failing():
    try:
        int("nope")
    except ValueError:
        return "bad int"


def gen():
    yield 1
    yield 2


def use_gen():
    return sum(gen())


def star_call():
    args = (3, 1, 2)
    return max(*args), sorted(args, **{"reverse": True})


def unbound_method():
    return str.upper("abc"), list.__len__([1, 2])


sys.setprofile(prof)
work([1, 2])
sys.setprofile(None)
dump("work:")

sys.setprofile(prof)
failing()
sys.setprofile(None)
dump("failing:")

sys.setprofile(prof)
use_gen()
sys.setprofile(None)
dump("use_gen:")

sys.setprofile(prof)
star_call()
sys.setprofile(None)
dump("star_call:")

sys.setprofile(prof)
unbound_method()
sys.setprofile(None)
dump("unbound_method:")

print("getprofile:", sys.getprofile())


# A profile function that raises is removed; the error propagates.
def bad_prof(frame, event, arg):
    if event == "c_call":
        raise RuntimeError("profiler broke on " + arg.__name__)

sys.setprofile(bad_prof)
try:
    len([1])
except RuntimeError as e:
    print("raised:", e, "| profile now:", sys.getprofile())
sys.setprofile(None)


# Profile and trace together: both see call/return.
both = []
def tr(frame, event, arg):
    if frame.f_code.co_name == "small":
        both.append(("trace", event))
    return tr

def pr(frame, event, arg):
    if frame.f_code.co_name == "small":
        both.append(("profile", event))

def small():
    return abs(-1)

sys.settrace(tr)
sys.setprofile(pr)
small()
sys.setprofile(None)
sys.settrace(None)
print(both)
