# frame.f_lineno assignment from a trace function: forward and backward jumps, jumps out of
# loops and blocks, and every refusal with CPython's message (into a for body, into except,
# before/after the code block, from call/return/exception events, without a tracer).
import sys


def make_jumper(func, at, to, event="line"):
    """A tracer that, in func's frame at relative line `at`, sets f_lineno to relative `to`."""
    state = {"done": False, "result": None}

    def local(frame, ev, arg):
        if ev == event and not state["done"] and frame.f_lineno - func.__code__.co_firstlineno == at:
            state["done"] = True
            try:
                frame.f_lineno = func.__code__.co_firstlineno + to
                state["result"] = "jumped"
            except ValueError as e:
                state["result"] = "ValueError: %s" % e
        return local

    def glob(frame, ev, arg):
        if frame.f_code is func.__code__:
            if event == "call" and ev == "call":
                return local(frame, ev, arg)
            return local
        return None
    return glob, state


def run(func, at, to, event="line"):
    tracer, state = make_jumper(func, at, to, event)
    out = []
    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append("raised %s" % type(e).__name__)
    finally:
        sys.settrace(None)
    print("%-18s %2d -> %2d: %-62s %s" % (func.__name__, at, to, state["result"], out))


def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)


def backward(out):
    out.append(1)
    out.append(2)
    if len(out) < 5:
        out.append(3)


def loop(out):
    for i in range(2):
        out.append(i)
        out.append("body")
    out.append("after")


def out_of_loop(out):
    for i in range(3):
        out.append(i)
    out.append("after")


def into_loop(out):
    out.append(0)
    for i in range(2):
        out.append(i)


def into_except(out):
    try:
        out.append("try")
    except ValueError:
        out.append("except")
    out.append("end")


def out_of_except(out):
    try:
        raise ValueError
    except ValueError:
        out.append("handler")
        out.append("more")
    out.append("end")


def into_finally(out):
    try:
        out.append("try")
    finally:
        out.append("finally")
    out.append("end")


def with_block(out):
    out.append(0)
    with open(__file__):
        out.append("inside")
    out.append("after")


def while_loop(out):
    n = 0
    while n < 2:
        n += 1
        out.append(n)
    out.append("done")


run(forward, 1, 3)
run(forward, 3, 1)
run(backward, 3, 1)
run(loop, 2, 4)
run(loop, 3, 2)
run(out_of_loop, 2, 3)
run(into_loop, 1, 3)
run(into_except, 2, 4)
run(out_of_except, 4, 6)
run(into_finally, 1, 4)
run(with_block, 3, 4)
run(with_block, 1, 3)
run(while_loop, 2, 5)
run(forward, 1, 0)
run(forward, 1, -5)
run(forward, 1, 100)
run(forward, 0, 2, event="call")
run(forward, 3, 1, event="return")
run(out_of_except, 2, 5, event="exception")


# In a generator, the return event of a yield may jump (the frame is suspended).
def gen_jump_target():
    yield "a"
    yield "b"
    yield "c"

def gen_driver(out):
    out.extend(gen_jump_target())

def _gen_glob(frame, ev, arg):
    if frame.f_code is gen_jump_target.__code__:
        return _gen_local
    return None

def _gen_local(frame, ev, arg):
    if ev == "return" and arg == "a":
        try:
            frame.f_lineno = gen_jump_target.__code__.co_firstlineno + 3
            print("yield-return jump: ok")
        except ValueError as e:
            print("yield-return jump:", e)
    return _gen_local

out = []
sys.settrace(_gen_glob)
gen_driver(out)
sys.settrace(None)
print("generator after jump:", out)


# Setting f_lineno with no trace function, or with a non-int.
def not_traced(out):
    f = sys._getframe()
    for value in (5, "x", 2 ** 80, True):
        try:
            f.f_lineno = value
        except ValueError as e:
            out.append(str(e))
    try:
        del f.f_lineno
    except AttributeError as e:
        out.append(str(e))
    print(out)

not_traced([])


# A jump in a line event of a frame traced with f_trace set but outside the line event type.
def traced_no_f_trace(out):
    out.append(1)
    out.append(2)

def glob_only(frame, ev, arg):
    if frame.f_code is traced_no_f_trace.__code__ and ev == "call":
        try:
            frame.f_lineno = frame.f_lineno + 1
        except ValueError as e:
            print("call-event jump:", e)
    return None

sys.settrace(glob_only)
traced_no_f_trace([])
sys.settrace(None)
