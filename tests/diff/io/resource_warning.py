# An unclosed file is closed by its finalizer with ResourceWarning "unclosed file <repr>".
import warnings, sys, gc
warnings.simplefilter("always", ResourceWarning)
with open("gb_rw_tmp.txt", "w") as f: f.write("data")
def leak():
    f = open("gb_rw_tmp.txt")
    return f.read()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(leak())
    b = open("gb_rw_tmp.txt", "rb"); del b
    r = open("gb_rw_tmp.txt", "rb", buffering=0); r = None
    fine = open("gb_rw_tmp.txt"); fine.close(); del fine
    gc.collect()
for x in w: print(x.category.__name__, x.message)
import os; os.remove("gb_rw_tmp.txt")
