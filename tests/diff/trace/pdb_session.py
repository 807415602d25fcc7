# CPython's pdb driven by a command script on the runtime's tracing: step, next, print,
# breakpoints, where, up/down, jump, display, retval, until, post-mortem; paths made relative.
import io
import os
import pdb
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


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
    squares = [i * i for i in range(3)]
    total += 1
    total += 2
    return total, squares


def failing(n):
    values = [n, n + 1]
    return values[n] // (n - n)


def session(title, commands, func, *args):
    print("==", title)
    out = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out, nosigint=True, readrc=False)
    dbg.use_rawinput = False
    try:
        result = dbg.runcall(func, *args)
    except Exception as e:
        result = "raised %s" % type(e).__name__
    sys.settrace(None)
    text = out.getvalue().replace(HERE, "")
    for line in text.splitlines():
        if "bdb.py" in line:
            continue
        print(line)
    print("-> result:", result)


session("step and print", ["s", "s", "s", "s", "p total", "s", "s", "p a, b", "n", "n", "c"], program)
session("next and list", ["n", "n", "l 20, 22", "n", "p total", "c"], program)
session("breakpoints", ["b add", "c", "a", "w", "u", "p total, v", "d", "cl 1", "c"], program)
session("conditional and tbreak", ["b add, a > 1", "c", "p a", "cl", "tbreak 25", "c", "p total", "c"], program)
session("return and retval", ["b add", "c", "r", "retval", "cl", "c"], program)
session("jump", ["b 26", "c", "j 27", "n", "p total", "c"], program)
session("display and until", ["n", "display total", "n", "n", "n", "until", "undisplay", "c"], program)
session("assign and print", ["n", "!total = 40", "p total", "c"], program)
session("exception step", ["n", "n", "p values", "n", "n", "c"], failing, 1)
session("quit", ["n", "q"], program)

# Post-mortem on a traceback.
try:
    failing(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO("p n\nbt\nu\nq\n"), stdout=out, nosigint=True, readrc=False)
p.reset()
p.interaction(None, tb)
print("== post-mortem")
for line in out.getvalue().replace(HERE, "").splitlines():
    print(line)
