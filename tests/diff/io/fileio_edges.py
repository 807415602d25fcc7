# FileIO and open(): modes, closefd, opener, errors with errno, seek/tell/truncate, reprs.
import io, os
name = "gb_fileio_tmp.bin"
with io.FileIO(name, "w") as f:
    print(f, f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.write(b"0123456789"), f.tell())
    print(f.truncate(5), f.tell(), f.seek(0, 2), f.seek(-2, 1), f.seek(1))
    try: f.read()
    except io.UnsupportedOperation as e: print(e)
print(f, f.closed)
for m in ("read", "write", "fileno", "tell", "seekable", "readable", "isatty"):
    try: getattr(f, m)(*((b"x",) if m == "write" else ()))
    except ValueError as e: print(m, e)
f = io.FileIO(name); print(f.read(2), f.readall(), f.read(), f.mode)
ba = bytearray(4); f.seek(1); print(f.readinto(ba), ba)
try: f.write(b"x")
except io.UnsupportedOperation as e: print(e)
fd = f.fileno(); g = io.FileIO(fd, closefd=False); print(g, g.name == fd); g.close(); print(f.closed); f.close()
for mode in ("rw", "rr", "", "q", "r++", "ab+", "xb"):
    try:
        h = io.FileIO(name, mode); print(mode, h.mode); h.close()
    except (ValueError, FileExistsError) as e: print(repr(mode), type(e).__name__, e)
for bad in ("no_such_dir/x", ".", ):
    try: io.FileIO(bad)
    except OSError as e: print(type(e).__name__, e.errno, e.strerror, e.filename)
try: io.FileIO(-1)
except ValueError as e: print(e)
try: io.FileIO(name, closefd=False)
except ValueError as e: print(e)
try: io.FileIO(1.5)
except TypeError as e: print(e)
seen = []
def opener(path, flags):
    seen.append(flags & 3); return os.open(path, flags)
with open(name, "r", opener=opener) as h: print(h.read(), seen)
try: open(name, opener=lambda p, f: "x")
except TypeError as e: print(e)
try: open(name, opener=lambda p, f: -5)
except ValueError as e: print(e)
for m in ("rt+b", "tb", "rw", "rr", "z", "wx"):
    try: open(name, m)
    except ValueError as e: print(repr(m), e)
for kw in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
    try: open(name, "rb", **kw)
    except ValueError as e: print(e)
try: open(name, "r", buffering=0)
except ValueError as e: print(e)
try: open(name, 5)
except TypeError as e: print(e)
try: open(3.5)
except TypeError as e: print(e)
try: open([])
except TypeError as e: print(e)
r = open(name, "rb", buffering=0); print(type(r).__name__, r.read()); r.close()
with open(name, "ab") as a: print(a.tell(), a.write(b"AB"), a.tell(), a.mode, a.raw.mode)
with open(name, "rb") as r: print(r.read())
os.remove(name)
