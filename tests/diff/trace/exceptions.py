# sys.settrace with exceptions: exception events in each frame the exception passes, return None
# on unwinding, handlers, finally, re-raise (no second exception event), except*, the event's arg.
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




def raiser():
    raise ValueError("boom")


def catcher():
    try:
        raiser()
    except ValueError as e:
        msg = str(e)
    return msg


def finally_block():
    try:
        x = 1
    finally:
        x = 2
    return x


def finally_with_exception():
    try:
        try:
            raise KeyError("k")
        finally:
            y = 1
    except KeyError:
        y = 2
    return y


def reraise():
    try:
        raise TypeError("t")
    except TypeError:
        raise


def outer_reraise():
    try:
        reraise()
    except TypeError:
        return "caught"


def uncaught():
    return 1 / 0


def except_else():
    try:
        v = 1
    except Exception:
        v = 2
    else:
        v = 3
    return v


def raise_from():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def stop_iteration_loop():
    out = []
    it = iter([1])
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def exception_group_star():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        a = 1
    except* TypeError:
        b = 2
    return "done"


run("catcher", catcher)
run("finally_block", finally_block)
run("finally_with_exception", finally_with_exception)
run("outer_reraise", outer_reraise)
try:
    run("uncaught", uncaught)
except ZeroDivisionError as e:
    print("uncaught raised:", e)
    for ev in events:
        print("   ", *ev)
    events.clear()
run("except_else", except_else)
try:
    run("raise_from", raise_from)
except RuntimeError as e:
    print("raise_from raised:", e, type(e.__cause__).__name__)
    for ev in events:
        print("   ", *ev)
    events.clear()
run("stop_iteration_loop", stop_iteration_loop)
run("exception_group_star", exception_group_star)


# The exception event's argument: (type, value, traceback), the traceback at this frame.
def _texc(frame, event, arg):
    if event == "exception":
        t, v, tb = arg
        print("exception arg:", t.__name__, repr(v), type(tb).__name__, tb.tb_frame is frame,
              tb.tb_lineno - frame.f_code.co_firstlineno)
    return _texc

sys.settrace(_texc)
catcher()
sys.settrace(None)
