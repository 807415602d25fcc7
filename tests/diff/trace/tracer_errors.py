# What happens around the trace function itself: an error in it disables tracing (settrace(None),
# f_trace cleared) and propagates from the traced frame at that point; tracing is suspended while
# it runs (its own calls are not traced); gettrace inside it; settrace from inside it; call_tracing.
import sys
import traceback


def victim():
    a = 1
    b = 2
    return a + b


def failing_tracer(frame, event, arg):
    if frame.f_code is victim.__code__ and event == "line" and frame.f_lineno - victim.__code__.co_firstlineno == 2:
        raise LookupError("tracer failed")
    return failing_tracer


sys.settrace(failing_tracer)
try:
    victim()
except LookupError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("caught:", e, "| tracing now:", sys.gettrace())
    print("frames:", [(t.name, t.lineno - (victim.__code__.co_firstlineno if t.name == "victim" else 0) if t.name == "victim" else t.name) for t in tb])
sys.settrace(None)


# Failing in the call event: the error is raised at the function's start.
def call_failer(frame, event, arg):
    if event == "call" and frame.f_code is victim.__code__:
        raise KeyError("at call")
    return None

sys.settrace(call_failer)
try:
    victim()
except KeyError as e:
    print("call event error:", e, sys.gettrace())
sys.settrace(None)


# Failing in the return event.
def return_failer(frame, event, arg):
    if frame.f_code is victim.__code__:
        if event == "return":
            raise ValueError("at return %r" % (arg,))
        return return_failer
    return None

sys.settrace(return_failer)
try:
    victim()
except ValueError as e:
    print("return event error:", e, sys.gettrace())
sys.settrace(None)


# Failing in the exception event: the tracer's error replaces the exception.
def raiser():
    raise IndexError("original")

def exc_failer(frame, event, arg):
    if frame.f_code is raiser.__code__:
        if event == "exception":
            raise TypeError("replaced")
        return exc_failer
    return None

sys.settrace(exc_failer)
try:
    raiser()
except Exception as e:
    print("exception event error:", type(e).__name__, e, "| context:", repr(e.__context__))
sys.settrace(None)


# Calls made by the tracer are not traced; gettrace inside; the traced frame is sys._getframe(1).
log = []
def helper():
    return "helped"

def self_aware(frame, event, arg):
    if frame.f_code.co_name in ("victim", "helper"):
        log.append((event, frame.f_code.co_name, helper(), sys.gettrace() is self_aware,
                    sys._getframe(1) is frame))
    return self_aware if frame.f_code.co_name == "victim" else None

sys.settrace(self_aware)
victim()
sys.settrace(None)
for entry in log:
    print("  ", entry)


# settrace(None) from inside the trace function stops tracing after this event.
count = []
def stopper(frame, event, arg):
    if frame.f_code is victim.__code__:
        count.append(event)
        if event == "line":
            sys.settrace(None)
        return stopper
    return None

sys.settrace(stopper)
victim()
victim()
print("stopper events:", count, sys.gettrace())


# sys.call_tracing runs a function with tracing enabled, even inside a tracer.
inner_events = []
def inner_tracer_user(frame, event, arg):
    if frame.f_code is victim.__code__ and event == "call":
        sys.call_tracing(helper, ())
    if frame.f_code is helper.__code__:
        inner_events.append(event)
    return None

sys.settrace(inner_tracer_user)
victim()
sys.settrace(None)
print("call_tracing events:", inner_events)


# A non-callable trace function fails at the first call event.
sys.settrace(42)
try:
    victim()
except TypeError as e:
    print("non-callable tracer:", e, sys.gettrace())
sys.settrace(None)


# f_trace set by hand on the current frame: line events for it once a global tracer exists.
lines = []
def local_only(frame, event, arg):
    lines.append((event, frame.f_code.co_name))
    return local_only

def global_none(frame, event, arg):
    return None

def manual():
    sys.settrace(global_none)
    sys._getframe().f_trace = local_only
    x = 1
    y = 2
    sys.settrace(None)
    return x + y

manual()
print("manual f_trace:", lines)


# f_trace_lines = False and f_trace_opcodes = True.
kinds = []
def opcodes(frame, event, arg):
    if frame.f_code is victim.__code__:
        frame.f_trace_lines = False
        frame.f_trace_opcodes = True
        kinds.append(event)
        return opcodes
    return None

sys.settrace(opcodes)
victim()
sys.settrace(None)
print("opcode events:", kinds.count("opcode"), "lines:", kinds.count("line"), kinds[0], kinds[-1])
