"""Records what python3 -m tokenize / -m ast print for the %tokens / %ast magic cases of
FrontEndMagicsTest into front_end_magics.json (run with CPython 3.11 from this folder)."""
import json
import subprocess
import sys

CASES = [
    ("tokens", "", "def f(a, b=1):\n    return a + b  # sum\n"),
    ("tokens", "-e", "x = [1,\n  2]\nprint(f'{x!r}')\n"),
    ("tokens", "", "if x:\n\té = 'ü'\n"),
    ("tokens", "-e", None, "y = x ** 2"),
    ("ast", "", "def f(a, b=1):\n    return a + b\n"),
    ("ast", "-a", "x = 1\n"),
    ("ast", "-m eval -i 1", None, "a if b else c"),
    ("ast", "-i 0", "match p:\n    case [1, *rest]: pass\n"),
]

out = []
for case in CASES:
    magic, args, body = case[:3]
    source = body if body is not None else case[3] + "\n"
    module = "tokenize" if magic == "tokens" else "ast"
    r = subprocess.run([sys.executable, "-m", module] + args.split(), input=source.encode(), capture_output=True, check=True)
    out.append({"magic": magic, "args": args if body is not None else (args + " " + case[3]).strip(),
                "body": body, "expected": r.stdout.decode()})
with open("front_end_magics.json", "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
