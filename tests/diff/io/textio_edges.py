# TextIOWrapper: newline translation, encodings and errors, tell/seek cookies, reconfigure, detach.
import io, os
name = "gb_text_tmp.txt"
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(name, "w", newline=nl) as f: f.write("a\nb\r\nc\rd\n")
    with open(name, "rb") as f: raw = f.read()
    with open(name, newline=nl) as f: lines = f.readlines(); seen = f.newlines
    print(repr(nl), raw, lines, seen)
with open(name, "w", encoding="utf-8") as f: f.write("zéro\nun 𝄞\ndeux\n")
with open(name, encoding="utf-8") as f:
    marks = []
    while True:
        t = f.tell(); line = f.readline()
        if not line: break
        marks.append((t, line))
    print(marks)
    for t, line in marks: f.seek(t); print(f.readline() == line, end=" ")
    print()
    f.seek(0); print(f.read(3), f.tell()); c = f.tell(); print(f.read(4)); f.seek(c); print(f.read(4))
    try: f.seek(1, 1)
    except io.UnsupportedOperation as e: print(e)
    try: f.seek(0, 5)
    except ValueError as e: print(e)
    try: f.seek(-1)
    except ValueError as e: print(e)
    it = iter(f); next(it)
    try: f.tell()
    except OSError as e: print(e)
with open(name, "wb") as f: f.write(b"ok \xff bad \xe9\n")
for errors in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
    try:
        with open(name, encoding="utf-8", errors=errors) as f: print(errors, ascii(f.read()))
    except UnicodeDecodeError as e: print(errors, e)
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
    try: f.write("€")
    except UnicodeEncodeError as e: print(e)
with open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f: f.write("naïve €")
with open(name, encoding="ascii") as f: print(f.read(), f.encoding, f.errors)
with open(name, "w", encoding="utf-8-sig") as f: f.write("bom"); f.write("more")
with open(name, "rb") as f: print(f.read())
with open(name, encoding="utf-8-sig") as f: print(f.read(2), f.tell(), f.read())
with open(name, "w") as f:
    print(f.line_buffering, f.write_through, f.encoding, f.errors, repr(f), f.mode)
    f.reconfigure(line_buffering=True); print(f.line_buffering)
    f.write("x\n"); print(open(name).read() == "x\n")
    try: f.reconfigure(encoding=5)
    except TypeError as e: print(e)
    try: f.reconfigure(newline="bad")
    except ValueError as e: print(e)
with open(name) as f:
    f.read(1)
    try: f.reconfigure(encoding="latin-1")
    except io.UnsupportedOperation as e: print(e)
b = io.BytesIO(b"line one\r\nline two\r\n")
t = io.TextIOWrapper(b, encoding="ascii", newline=""); print(t.readline().encode(), t.buffer is b, t.readline(4), t.read())
d = t.detach(); print(d is b)
try: t.read()
except ValueError as e: print(e)
print(repr(t))
for kw in ({"encoding": "nope"}, {"newline": "x"}, {"errors": 5}, {"encoding": 5}):
    try: io.TextIOWrapper(io.BytesIO(), **kw)
    except (LookupError, ValueError, TypeError) as e: print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
try: t.write(b"x")
except TypeError as e: print(e)
print(t.write("abc"), t.tell(), t.seek(0), t.read(), t.seek(0, 2))
w = open(name, "w"); w.write("buffered"); w.close()
print(open(name).read())
try: w.write("x")
except ValueError as e: print(e)
r = open(name, "rb"); t = io.TextIOWrapper(r, encoding="utf-8"); print(t.name, t.closed); t.close(); print(r.closed)
os.remove(name)
