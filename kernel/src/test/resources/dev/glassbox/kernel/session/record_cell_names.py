# Records IPython's cell file names: "number<TAB>json(source)<TAB>name" per line.
# Run with a Python that has IPython 8: python3 record_cell_names.py > cell_names.tsv
import json
from IPython.core.compilerop import code_name

cells = ["1+1", "print('hello')", "", "x = 1\ny = 2\n", "def f():\n    return 'é'\n", "%time 1+1", "😀 = 1"]
for n, src in enumerate(cells, start=1):
    print(f"{n}\t{json.dumps(src)}\t{code_name(src, n)}")
print(f"42\t{json.dumps('1+1')}\t{code_name('1+1', 42)}")
