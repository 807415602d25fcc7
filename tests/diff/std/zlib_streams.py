# zlib (java.util.zip's deflate and inflate inside zlib's and gzip's containers) under gzip
# and zipfile: one-shot and streaming, every wbits form, dictionaries, max_length and
# unconsumed_tail, copies, the end-of-stream states, checksums, and zlib's error texts.
import zlib

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r) if not isinstance(r, bytes) or len(r) < 120 else (len(r), r[:20]))

text = b"Glassbox zlib test. " * 40 + bytes(range(256)) + b"the end\n" * 5
for level in (-1, 0, 1, 5, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:2].hex(), c[-4:].hex(), zlib.decompress(c) == text)
for wbits in (9, 12, 15, -9, -15, 25, 31, 8):
    c = zlib.compress(b"abcabcabc", wbits=wbits)
    print(wbits, c.hex())
for wbits in (15, 0, 47, 31, -15):
    src = zlib.compress(text, wbits=wbits if wbits not in (0, 47) else 15)
    print(wbits, zlib.decompress(src, wbits) == text)
print(zlib.decompress(zlib.compress(text, wbits=31), 47) == text, zlib.decompress(zlib.compress(text, wbits=31), 31, 1) == text)
print(zlib.compress(b""), zlib.compress(b"", 0), zlib.compress(b"x", wbits=-15), zlib.compress(text, 9, 31)[:10])
print(zlib.compress(b"a" * 1000, 9).hex(), zlib.compress(bytearray(b"xyz")), zlib.compress(memoryview(b"xyz")))
# errors
good = zlib.compress(b"hello world" * 10)
for args in [(b"x", 10), (b"x", -2), (b"x", 1, 7), (b"x", 1, -16), (b"x", 1, 24), (b"x", 1, 32)]:
    show(zlib.compress, *args)
for args in [(good, 7), (good, 9), (good, -15), (good, 31), (good[:-3],), (b"abc",), (good[:-1] + b"x",), (b"",), (b"x",),
             (good, 15, -1), (good, 15, 0), (good + b"junk",), (b"\x78\x9c\x05",), (b"\x78\xbb\x00\x00\x00\x01",),
             (b"\x1f\x8b\x09\x00" + bytes(6), 31), (b"\x1f\x8b\x08\xe0" + bytes(6), 31), (b"\x08\x1d", 15), (b"\x88\x98", 15),
             (zlib.compress(b"x", wbits=31)[:-1] + b"\x02", 31), (zlib.compress(b"x", wbits=31)[:-5] + b"\x00\x01\x00\x00\x00", 31),
             (good, 64), (good, 48), (good, 1)]:
    show(zlib.decompress, *args)
show(zlib.compress, "text")
show(zlib.decompress, "text")
show(zlib.compress, b"x", level=1.5)
# gzip header variants, parsed by zlib
import struct
def gz(flags, extra=b""):
    body = zlib.compress(b"payload", wbits=-15)
    trailer = struct.pack("<II", zlib.crc32(b"payload"), 7)
    return b"\x1f\x8b\x08" + bytes([flags]) + bytes(6) + extra + body + trailer
print(zlib.decompress(gz(0x04, b"\x03\x00abc"), 31), zlib.decompress(gz(0x08, b"name\x00"), 31), zlib.decompress(gz(0x10, b"comment\x00"), 47))
h = b"\x1f\x8b\x08\x02" + bytes(6)
print(zlib.decompress(h + struct.pack("<H", zlib.crc32(h) & 0xffff) + zlib.compress(b"payload", wbits=-15) + struct.pack("<II", zlib.crc32(b"payload"), 7), 31))
show(zlib.decompress, h + b"\x00\x00" + zlib.compress(b"payload", wbits=-15) + struct.pack("<II", zlib.crc32(b"payload"), 7), 31)
# compressobj / decompressobj
c = zlib.compressobj()
print(c.compress(b""), c.compress(b"hello "), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"world"), c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_NO_FLUSH), c.flush())
show(c.compress, b"more")
show(c.flush)
show(c.copy)
print(c.flush(zlib.Z_NO_FLUSH))
for kw in [dict(level=9), dict(wbits=-12), dict(wbits=28), dict(level=1, wbits=31), dict(strategy=zlib.Z_FILTERED), dict(strategy=zlib.Z_HUFFMAN_ONLY),
           dict(zdict=b"Glassbox zlib"), dict(zdict=bytearray(b"test. ")), dict(memLevel=9, wbits=15), dict(level=0)]:
    c = zlib.compressobj(**kw)
    out = c.compress(text[:500]) + c.compress(text[500:]) + c.flush()
    print(kw, len(out), out[:12].hex(), out[-8:].hex())
for kw in [dict(wbits=100), dict(method=9), dict(memLevel=10), dict(memLevel=0), dict(strategy=9), dict(level=10), dict(wbits=-8), dict(wbits=24), dict(zdict="x"), dict(level="1")]:
    show(zlib.compressobj, **kw)
show(zlib.compressobj().flush, 7)
show(zlib.compressobj().flush, -1)
c = zlib.compressobj(); c.compress(b"abc" * 100); c2 = c.copy(); c3 = c.__copy__(); c4 = c.__deepcopy__({})
print(c.flush() == c2.flush() == c3.flush() == c4.flush(), type(c).__name__, type(c).__module__)
show(type(c))
# decompression objects
data = zlib.compress(text)
d = zlib.decompressobj()
out = b"".join(d.decompress(data[i:i + 7]) for i in range(0, len(data), 7))
print(out == text, d.eof, d.unused_data, d.unconsumed_tail, d.flush(), d.eof)
show(d.decompress, b"x")
show(d.copy)
print(d.flush(), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(data + b"extra bytes") == text, d.eof, d.unused_data, d.decompress(b"more"), d.unused_data, d.flush(), d.unused_data)
d = zlib.decompressobj()
parts = [d.decompress(data, 100)]
print(len(parts[0]), len(d.unconsumed_tail), d.eof)
while d.unconsumed_tail:
    parts.append(d.decompress(d.unconsumed_tail, 333))
print(b"".join(parts) == text, [len(p) for p in parts], d.eof, d.unconsumed_tail)
d = zlib.decompressobj(); a = d.decompress(data, 50); print(len(a), len(d.unconsumed_tail)); rest = d.flush(); print(len(a + rest), (a + rest) == text, d.eof, d.unconsumed_tail)
d = zlib.decompressobj(); d.decompress(data[:-10], 10); e = d.decompress(d.unconsumed_tail + data[-10:] + b"ZZ"); print(len(e), d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj(); h1 = d.decompress(data[:40]); d2 = d.copy(); print(h1 + d.decompress(data[40:]) == text, h1 + d2.decompress(data[40:]) == text, d2.eof)
show(zlib.decompressobj().decompress, b"x", -1)
show(zlib.decompressobj().flush, 0)
show(zlib.decompressobj().decompress, b"abcdef")
show(zlib.decompressobj, wbits=100)
show(zlib.decompressobj, wbits=7)
show(zlib.decompressobj, zdict=1)
show(zlib.decompressobj, zdict="str")
d = zlib.decompressobj(); print(d.decompress(data[:-3]), d.flush()[-8:], d.eof)
d = zlib.decompressobj(wbits=-15); print(d.decompress(zlib.compress(b"raw data", wbits=-15)), d.eof)
d = zlib.decompressobj(wbits=47); print(d.decompress(zlib.compress(b"gz auto", wbits=31)), d.eof, d.decompress(b""), d.eof)
d = zlib.decompressobj(wbits=31); pieces = [d.decompress(bytes([b])) for b in zlib.compress(b"byte by byte", wbits=31)]; print(b"".join(pieces), d.eof)
# preset dictionaries
zd = b"common words and more common words"
cz = zlib.compressobj(zdict=zd); comp = cz.compress(b"common words here") + cz.flush()
print(comp.hex(), zlib.decompressobj(zdict=zd).decompress(comp))
show(zlib.decompress, comp)
show(zlib.decompressobj().decompress, comp)
show(zlib.decompressobj(zdict=b"wrong").decompress, comp)
cr = zlib.compressobj(wbits=-15, zdict=zd); rc = cr.compress(b"common words") + cr.flush()
print(rc.hex(), zlib.decompressobj(wbits=-15, zdict=zd).decompress(rc), zlib.decompressobj(wbits=-15, zdict=memoryview(zd)).decompress(rc))
# checksums
for d in (b"", b"a", b"hello world", text):
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 1), zlib.adler32(d, 0), zlib.adler32(d, 0xffffffff), zlib.crc32(d, -1))
print(zlib.adler32(b"x" * 100000), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b"hello world"))
show(zlib.crc32, "s")
show(zlib.adler32, b"a", 1.0)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_RLE, zlib.Z_FIXED, zlib.ZLIB_VERSION[:2])
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.__doc__.splitlines()[0])
print(sorted(n for n in dir(zlib) if not n.startswith("_")))
# the users
import gzip, io
g = gzip.compress(b"gzip data " * 20, mtime=0)
print(g[:10].hex(), len(g), gzip.decompress(g), gzip.decompress(g + g)[:20])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="x.txt") as f:
    f.write(b"line one\n"); f.write(b"line two\n")
raw = buf.getvalue(); print(raw[:16], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(), f.name if hasattr(f, "name") else None)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), list(f))
show(gzip.decompress, b"\x1f\x8b\x08\x00" + bytes(6) + b"junk")
show(gzip.decompress, g[:-2])
