# The frame object's attributes and their errors: f_trace (settable, deletable), f_trace_lines /
# f_trace_opcodes (bool members), f_lineno refusals outside a trace function, clear() on running,
# finished and generator frames, f_back of finished and suspended frames, sys._getframe errors,
# sys.settrace/setprofile/call_tracing argument errors, breakpoint() with PYTHONBREAKPOINT=0.
import os
import sys


def attempt(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print("%-28s %s: %s" % (label, type(e).__name__, e))
    else:
        print("%-28s ok %r" % (label, r))


f = sys._getframe()
attempt("f_trace default", lambda: f.f_trace)
attempt("set f_trace", lambda: setattr(f, "f_trace", print) or f.f_trace is print)
attempt("del f_trace", lambda: delattr(f, "f_trace") or f.f_trace)
attempt("f_trace_lines default", lambda: f.f_trace_lines)
attempt("f_trace_opcodes default", lambda: f.f_trace_opcodes)
attempt("set f_trace_lines int", lambda: setattr(f, "f_trace_lines", 0))
attempt("set f_trace_opcodes bool", lambda: setattr(f, "f_trace_opcodes", True) or f.f_trace_opcodes)
f.f_trace_opcodes = False
attempt("del f_trace_lines", lambda: delattr(f, "f_trace_lines"))
attempt("set f_globals", lambda: setattr(f, "f_globals", {}))
attempt("set f_lineno", lambda: setattr(f, "f_lineno", 1))
attempt("set f_lineno str", lambda: setattr(f, "f_lineno", "1"))
attempt("del f_lineno", lambda: delattr(f, "f_lineno"))
attempt("clear running", lambda: f.clear())
attempt("f_lasti is even", lambda: f.f_lasti % 2 == 0)
attempt("repr", lambda: repr(f).startswith("<frame at 0x") and repr(f).endswith(", line %d, code <module>>" % f.f_lineno))
attempt("_getframe(-1)", lambda: sys._getframe(-1) is f)
attempt("_getframe('a')", lambda: sys._getframe("a"))
attempt("_getframe(2**40)", lambda: sys._getframe(2 ** 40))
attempt("_getframe(2**70)", lambda: sys._getframe(2 ** 70))
attempt("_getframe(1, 2)", lambda: sys._getframe(1, 2))
attempt("_getframe(100)", lambda: sys._getframe(100))
attempt("settrace()", lambda: sys.settrace())
attempt("settrace(1, 2)", lambda: sys.settrace(1, 2))
attempt("setprofile()", lambda: sys.setprofile())
attempt("gettrace(1)", lambda: sys.gettrace(1))
attempt("call_tracing list", lambda: sys.call_tracing(len, [1]))
attempt("call_tracing ok", lambda: sys.call_tracing(len, ([1, 2],)))
attempt("breakpointhook is hook", lambda: sys.__breakpointhook__ is sys.breakpointhook)
os.environ["PYTHONBREAKPOINT"] = "0"
attempt("breakpoint() disabled", lambda: breakpoint())
attempt("breakpoint(1) disabled", lambda: breakpoint(1, k=2))
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
attempt("breakpoint -> print", lambda: breakpoint("via", "print", sep="-"))
del os.environ["PYTHONBREAKPOINT"]
saved = sys.breakpointhook
del sys.breakpointhook
attempt("lost breakpointhook", lambda: breakpoint())
sys.breakpointhook = lambda *a, **k: ("custom", a, k)
attempt("custom breakpointhook", lambda: breakpoint(1, x=2))
sys.breakpointhook = saved


# A finished frame keeps its locals until cleared; f_back is the caller it had.
def finished():
    secret = "kept"
    return sys._getframe()

def caller_of_finished():
    return finished()

done = caller_of_finished()
print("finished locals:", done.f_locals, "| f_back:", done.f_back.f_code.co_name)
print("clear finished:", done.clear(), "| locals after:", done.f_locals, "| f_trace:", done.f_trace)


# Generator frames: f_back while suspended, clear() closes a suspended generator.
def gen():
    try:
        yield sys._getframe().f_back.f_code.co_name
        yield 2
    finally:
        print("generator finally ran")

g = gen()
print("resumed by:", next(g), "| suspended f_back:", g.gi_frame.f_back)
g.gi_frame.clear()
print("after clear:", g.gi_frame, list(g))


def running_gen():
    yield sys._getframe().clear()

attempt("clear running generator", lambda: next(running_gen()))


# locals() in a function is the frame's f_locals dict.
def same_dict():
    a = 1
    return locals() is sys._getframe().f_locals

print("locals() is f_locals:", same_dict())


# f_lineno of a frame while its trace function runs is the event's line.
lines = []
def t(frame, event, arg):
    if frame.f_code.co_name == "traced":
        lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
        return t

def traced():
    x = 1
    return x

sys.settrace(t)
traced()
sys.settrace(None)
print("event lines:", lines)
