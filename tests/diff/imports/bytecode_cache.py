# The bytecode cache as a user meets it: written on first import, used while fresh (even
# when the source changed but kept its mtime and size), rewritten when stale, truncated or
# of another magic number, hash-based files, sys.dont_write_bytecode and an unusable folder.
import importlib
import importlib.util
import os
import py_compile
import sys
import tempfile

sys.dont_write_bytecode = False
root = tempfile.mkdtemp()
sys.path.insert(0, root)
src = os.path.join(root, "cached_mod.py")
pyc = importlib.util.cache_from_source(src)


def write_source(text, mtime=None):
    with open(src, "w") as f:
        f.write(text)
    if mtime is not None:
        os.utime(src, (mtime, mtime))


def fresh_import():
    sys.modules.pop("cached_mod", None)
    importlib.invalidate_caches()
    import cached_mod
    return cached_mod


def header():
    with open(pyc, "rb") as f:
        data = f.read()
    st = os.stat(src)
    return (data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], "little"),
            int.from_bytes(data[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF,
            int.from_bytes(data[12:16], "little") == st.st_size)


write_source("VALUE = 'one'\n", mtime=1_600_000_000)
m = fresh_import()
print("first:", m.VALUE, os.path.basename(os.path.dirname(pyc)), os.path.exists(pyc))
print("name ends with the cache tag:", os.path.basename(pyc) == "cached_mod." + sys.implementation.cache_tag + ".pyc")
print("__cached__:", m.__cached__ == pyc, "header:", header())

# Same size and mtime: the cache is trusted, the old code runs
write_source("VALUE = 'two'\n", mtime=1_600_000_000)
print("same mtime and size:", fresh_import().VALUE)

# A newer mtime: stale, recompiled and rewritten
write_source("VALUE = 'three'\n", mtime=1_600_000_100)
print("stale:", fresh_import().VALUE, header())

# Truncated file: ignored and rewritten
with open(pyc, "wb") as f:
    f.write(b"\x00\x01")
print("truncated:", fresh_import().VALUE, header())

# Another magic number (another runtime's file): ignored and rewritten
with open(pyc, "rb") as f:
    data = f.read()
with open(pyc, "wb") as f:
    f.write(b"\x01\x02\r\n" + data[4:])
print("bad magic:", fresh_import().VALUE, header())

# A checked hash-based file: validated by the source's hash, not its mtime
py_compile.compile(src, cfile=pyc, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
print("hash-based flags:", header()[1])
print("checked hash:", fresh_import().VALUE)
write_source("VALUE = 'four'\n", mtime=1_600_000_100)
print("checked hash, source changed:", fresh_import().VALUE)
# An unchecked hash-based file is used without looking at the source
py_compile.compile(src, cfile=pyc, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
write_source("VALUE = 'five'\n", mtime=1_600_000_200)
print("unchecked hash:", header()[1], fresh_import().VALUE)
os.remove(pyc)

# sys.dont_write_bytecode: nothing written
sys.dont_write_bytecode = True
write_source("VALUE = 'six'\n", mtime=1_600_000_300)
print("dont_write_bytecode:", fresh_import().VALUE, os.path.exists(pyc))
sys.dont_write_bytecode = False

# A __pycache__ that cannot be a folder: the import works, nothing is written
other = tempfile.mkdtemp()
sys.path.insert(0, other)
with open(os.path.join(other, "__pycache__"), "w") as f:
    f.write("not a folder")
with open(os.path.join(other, "uncached.py"), "w") as f:
    f.write("U = 'imported'\n")
import uncached
print("unwritable cache folder:", uncached.U, os.path.isfile(os.path.join(other, "__pycache__")))

# compile() and marshal agree with the loader: the cache body is the marshalled code object
import marshal
with open(src, "rb") as f:
    source = f.read()
code = compile(source, src, "exec", dont_inherit=True)
py_compile.compile(src, cfile=pyc)
with open(pyc, "rb") as f:
    body = f.read()[16:]
print("marshal round trip:", marshal.loads(body).co_consts == code.co_consts, marshal.loads(marshal.dumps(code)).co_names == code.co_names)
