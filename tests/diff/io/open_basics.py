# open() and io: text and binary files, readline/iteration, StringIO/BytesIO, errors as CPython C io.
import io
with open("gb_io_tmp.txt", "w") as f:
    print(f)
    f.write("line1\nline2\néé\n")
    print("printed", file=f)
with open("gb_io_tmp.txt") as f:
    print(f.readline(), end="")
    print(f.read())
with open("gb_io_tmp.txt", "rb") as f:
    print(f, f.read(8))
print(list(open("gb_io_tmp.txt")))
s = io.StringIO("a\nb\n"); print(s.readlines(), s.getvalue())
b = io.BytesIO(); b.write(b"xyz"); print(b.getvalue())
try: open("nope_dir/x")
except FileNotFoundError as e: print(e)
try: open("gb_io_tmp.txt", "rw")
except ValueError as e: print(e)
print(type(io.StringIO()), isinstance(open("gb_io_tmp.txt"), io.TextIOBase), io.UnsupportedOperation.__mro__[1:3])
import os; os.remove("gb_io_tmp.txt")
