# Buffered*: peek/read1/readinto, BufferedRandom interleaving, detach, raw, flush on close, custom raw.
import io, os
name = "gb_buf_tmp.bin"
with open(name, "wb") as f:
    print(type(f).__name__, f.write(b"abc"), f.tell(), f.raw.tell(), f.name, f.mode)
    f.flush(); print(f.raw.tell())
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(1), f.tell(), f.write(b"XY"), f.tell(), f.read(), f.tell())
    f.seek(0); print(f.read(), f.seek(-1, 2), f.read(1), f.seek(0), f.peek(1)[:1], f.read1(2))
    print(f.write(b"Z"), f.seek(0, 1), f.raw.tell()); f.seek(0); print(f.read())
    ba = bytearray(2); f.seek(0); print(f.readinto(ba), ba, f.readinto1(ba), ba)
    print(f.truncate(2), f.tell()); f.seek(0); print(f.read())
with open(name, "wb") as f: f.write(b"line1\nline2\nline3")
with open(name, "rb", buffering=4) as f:
    print(f.readline(), f.readline(3), f.readlines(), f.read(), f.peek(), f.read1())
    try: f.read(-2)
    except ValueError as e: print(e)
    try: f.write(b"x")
    except (AttributeError, io.UnsupportedOperation) as e: print(type(e).__name__, e)
f = open(name, "rb"); raw = f.detach(); print(raw, raw.closed)
for m in ("read", "tell", "peek"):
    try: getattr(f, m)()
    except ValueError as e: print(m, e)
print(repr(f)); raw.close()
try: f.raw
except ValueError as e: print(e)
try: io.BufferedReader(io.BytesIO(b""), 0)
except ValueError as e: print(e)
class W(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b): self.chunks.append(bytes(b)); return len(b)
w = W(); bw = io.BufferedWriter(w, 4); bw.write(b"ab"); bw.write(b"cdefghij"); bw.write(b"k"); print(w.chunks); bw.close(); print(w.chunks, w.closed, bw.closed)
class R(io.RawIOBase):
    def __init__(self, data): self.data = data
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data)); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
br = io.BufferedReader(R(b"0123456789"), 4); print(br.read(5), br.peek(), br.read1(10), br.read())
try: io.BufferedWriter(R(b""))
except io.UnsupportedOperation as e: print(e)
try: io.BufferedReader(W())
except io.UnsupportedOperation as e: print(e)
p = io.BufferedRWPair(io.BytesIO(b"pair data"), W()); print(p.read(4), p.peek()[:2], p.write(b"out"), p.readable(), p.writable(), p.closed)
print(repr(io.BufferedReader(io.BytesIO(b""))), io.BufferedRandom.__mro__)
os.remove(name)
