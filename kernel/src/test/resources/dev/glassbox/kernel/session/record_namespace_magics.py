"""Records IPython's %who / %whos output for namespace_cell.py (run with CPython 3.11 and
IPython 8: python3 record_namespace_magics.py > namespace_magics.txt). The cell uses only
values whose str() is the same on every runtime (no addresses, no module paths)."""
import contextlib
import io

from IPython.testing.globalipapp import start_ipython

ip = start_ipython()
ip.run_cell(open("namespace_cell.py").read())
for line in ["who", "whos", "who int str", "who float"]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        ip.run_line_magic(line.split(" ", 1)[0], line.split(" ", 1)[1] if " " in line else "")
    print("### %" + line)
    print(buf.getvalue().rstrip("\n"))
