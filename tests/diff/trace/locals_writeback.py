# f_locals from a trace function: a snapshot dict (the same object each time), refreshed before
# each trace call; changes made by the tracer are written back into the fast locals after it
# returns (PyFrame_LocalsToFast), deleting a key unbinds the local, cells are updated too.
import sys


def target():
    a = 1
    b = "two"
    c = [3]
    a = a + 10
    return a, b, c


def tracer(frame, event, arg):
    if frame.f_code is not target.__code__:
        return None
    rel = frame.f_lineno - target.__code__.co_firstlineno
    if event == "line" and rel == 3:
        loc = frame.f_locals
        print("at line 3:", sorted(loc.items()))
        loc["a"] = 100
        loc["b"] = "changed"
    if event == "line" and rel == 4:
        print("at line 4 a =", frame.f_locals["a"])
    return tracer


sys.settrace(tracer)
print("result:", target())
sys.settrace(None)


def unbind():
    x = 1
    y = 2
    return locals()


def tracer_del(frame, event, arg):
    if frame.f_code is unbind.__code__ and event == "line" and frame.f_lineno - unbind.__code__.co_firstlineno == 3:
        del frame.f_locals["x"]
    return tracer_del


sys.settrace(tracer_del)
print("after del:", unbind())
sys.settrace(None)


def with_cell():
    v = 1
    def inner():
        return v
    w = 0
    return inner()


def tracer_cell(frame, event, arg):
    if frame.f_code is with_cell.__code__ and event == "line" and frame.f_lineno - with_cell.__code__.co_firstlineno == 5:
        frame.f_locals["v"] = "cell changed"
    return tracer_cell


sys.settrace(tracer_cell)
print("cell:", with_cell())
sys.settrace(None)


# Without a tracer, writes to f_locals are not written back; locals() is the same dict.
def no_tracer():
    q = 1
    sys._getframe().f_locals["q"] = 2
    d1 = locals()
    d2 = locals()
    return q, d1 is d2, sorted(d1)


print("no tracer:", no_tracer())


# f_locals read in one event, changed later by the function: refreshed before the next call.
seen = []
def stale():
    k = 1
    k = 2
    k = 3
    return k


def tracer_stale(frame, event, arg):
    if frame.f_code is stale.__code__ and event == "line":
        seen.append(dict(frame.f_locals))
    return tracer_stale


sys.settrace(tracer_stale)
stale()
sys.settrace(None)
print("stale:", seen)


# A tracer that only reads f_locals in the call event does not disturb later writes.
def args_func(p, q=5, *rest, **kw):
    return p, q, rest, kw


def tracer_args(frame, event, arg):
    if frame.f_code is args_func.__code__ and event == "call":
        print("call locals:", sorted(frame.f_locals.items()))
    return tracer_args


sys.settrace(tracer_args)
print(args_func(1, 2, 3, x=4))
sys.settrace(None)
