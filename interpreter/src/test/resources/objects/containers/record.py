"""Records CPython's results for cases.txt into expected.txt (run with python3.11, PYTHONHASHSEED=0).

Each non-blank, non-comment line of cases.txt holds statements separated by " ; "; the
result is repr() of the last expression, or "ExceptionType: message".
"""
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

here = os.path.dirname(os.path.abspath(__file__))


def missing_dict():
    class D(dict):
        def __missing__(self, k):
            return "missing " + repr(k)
    return D


def run(line):
    stmts = line.split(" ; ")
    env = {"subclass": lambda base: type("Sub", (base,), {}), "missing_dict": missing_dict}
    try:
        for s in stmts[:-1]:
            exec(s, env)
        last = stmts[-1]
        try:
            code = compile(last, "<case>", "eval")
        except SyntaxError:
            exec(last, env)
            return repr(None)
        return repr(eval(code, env))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


with open(os.path.join(here, "cases.txt"), encoding="utf-8") as f:
    cases = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
with open(os.path.join(here, "expected.txt"), "w", encoding="utf-8") as out:
    for c in cases:
        out.write(run(c).replace("\n", "\\n") + "\n")
