# CPython's bdb on the runtime's tracing: a scripted debugger steps, nexts, returns, continues to
# breakpoints (plain, conditional, temporary, on a function), sees exceptions, and reads frames
# (stack, f_locals, f_lineno), as pdb does underneath.
import bdb
import os
import sys

HERE = os.path.basename(__file__)


def add(a, b):
    c = a + b
    return c


def gen(n):
    for i in range(n):
        yield i * 2


def program():
    total = 0
    for v in gen(3):
        total = add(total, v)
    try:
        {}["missing"]
    except KeyError:
        total += 100
    return total


class Scripted(bdb.Bdb):
    def __init__(self, commands):
        super().__init__()
        self.commands = list(commands)

    def where(self, frame):
        name = os.path.basename(frame.f_code.co_filename)
        return "%s:%d %s" % (name, frame.f_lineno, frame.f_code.co_name)

    def next_command(self, frame, what):
        if not self.commands:
            self.set_continue()
            return
        cmd, *args = self.commands.pop(0)
        print("   %-28s %s" % (what + " " + self.where(frame), cmd + (" %s" % (args,) if args else "")))
        if cmd == "step":
            self.set_step()
        elif cmd == "next":
            self.set_next(frame)
        elif cmd == "return":
            self.set_return(frame)
        elif cmd == "continue":
            self.set_continue()
        elif cmd == "until":
            self.set_until(frame, *args)
        elif cmd == "locals":
            print("      locals:", sorted((k, v) for k, v in frame.f_locals.items() if not k.startswith("__")
                                          and isinstance(v, (int, str))))
            self.next_command(frame, what)
        elif cmd == "stack":
            stack, index = self.get_stack(frame, None)
            print("      stack:", [f.f_code.co_name for f, _ in stack if os.path.basename(f.f_code.co_filename) == HERE], index >= 0)
            self.next_command(frame, what)
        elif cmd == "quit":
            self.set_quit()

    def user_call(self, frame, args):
        if self.stop_here(frame):
            self.next_command(frame, "call")

    def user_line(self, frame):
        self.next_command(frame, "line")

    def user_return(self, frame, value):
        print("      returned:", repr(value))
        self.next_command(frame, "return")

    def user_exception(self, frame, exc_info):
        print("      exception:", exc_info[0].__name__)
        self.next_command(frame, "exception")


def session(title, commands, breaks=()):
    print(title)
    dbg = Scripted(commands)
    for spec in breaks:
        print("   break:", dbg.set_break(__file__, *spec[:1], **spec[1]) if len(spec) > 1 else dbg.set_break(__file__, spec[0]))
    try:
        result = dbg.runcall(program)
    except bdb.BdbQuit:
        result = "quit"
    print("   result:", result)
    sys.settrace(None)


line_of_add_body = add.__code__.co_firstlineno + 1
line_of_except = program.__code__.co_firstlineno + 6

session("stepping", [("step",)] * 14)
session("next over calls", [("next",)] * 12)
session("return from add", [("step",), ("step",), ("step",), ("step",), ("step",), ("step",),
                            ("step",), ("return",), ("next",), ("continue",)])
session("breakpoint in add", [("locals",), ("stack",), ("continue",), ("locals",), ("continue",)],
        breaks=[(line_of_add_body,)])
session("conditional breakpoint", [("locals",), ("continue",)],
        breaks=[(line_of_add_body, {"cond": "a > 1"})])
session("temporary breakpoint", [("continue",), ("continue",)],
        breaks=[(line_of_add_body, {"temporary": True})])
session("until the except", [("step",), ("step",), ("until", line_of_except), ("locals",), ("continue",)])
session("quit", [("step",), ("step",), ("quit",)])

bp = bdb.Bdb()
print("bad break:", bp.set_break(__file__, 100000))
print("no such file:", bp.set_break("no_such_file.py", 1))
bdb.Breakpoint.clearBreakpoints()
