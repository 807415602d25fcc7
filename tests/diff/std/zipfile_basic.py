# zipfile over zlib, binascii (crc32) and _struct: writing and reading an archive in memory with
# deflated and stored members, the central directory, ZipInfo fields, streaming reads, testzip,
# and CRC / bad-archive errors.
import io, zipfile, zlib, struct

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 2, 3, 4, 6)), b"alpha " * 50, compress_type=zipfile.ZIP_DEFLATED)
    zf.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2021, 5, 6, 7, 8, 10)), bytes(range(256)) * 4, compress_type=zipfile.ZIP_STORED)
print(len(zb.getvalue()))
with zipfile.ZipFile(io.BytesIO(zb.getvalue())) as zf:
    print(zf.namelist(), [(i.filename, i.file_size, i.compress_size, i.CRC, i.date_time) for i in zf.infolist()])
    print(zf.read("a.txt")[:12], len(zf.read("dir/b.bin")), zf.testzip())
    with zf.open("a.txt") as fh:
        print(fh.read(10), fh.read(5))
    print(zf.getinfo("a.txt").compress_type, zf.getinfo("dir/b.bin").compress_type, [i.is_dir() for i in zf.infolist()])
raw = bytearray(zb.getvalue())
print(raw[:4], struct.unpack("<IHHHHHIIIHH", raw[:30])[:6])
show(zipfile.ZipFile, io.BytesIO(b"not a zip"))
bad = bytearray(raw); i = bad.find(b"alpha"); bad[i - 1] ^= 0xff
with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
    pass
z2 = io.BytesIO()
with zipfile.ZipFile(z2, "w") as zf:
    zf.writestr("s.txt", b"stored data")
data = bytearray(z2.getvalue()); j = data.find(b"stored data"); data[j] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
    show(zf.read, "s.txt")
    print(zf.testzip())
z3 = io.BytesIO()
with zipfile.ZipFile(z3, "a") as zf:
    zf.writestr("one.txt", "text member", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    zf.mkdir("folder") if hasattr(zf, "mkdir") else None
with zipfile.ZipFile(z3) as zf:
    print(zf.namelist(), zf.read("one.txt"), zipfile.is_zipfile(z3))
