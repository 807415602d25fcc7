# The hashlib backends (_md5, _sha1, _sha256, _sha512, _sha3 with SHAKE, _blake2 with its
# parameter block) under hashlib and hmac: known digests, incremental updates, copies, the
# objects' attributes, and the constructors' errors with CPython's messages.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2, hashlib

def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

msgs = [b"", b"abc", b"a" * 63, b"a" * 64, b"a" * 65, b"a" * 127, b"a" * 128, b"a" * 129, b"a" * 135, b"a" * 136, b"a" * 137,
        b"a" * 167, b"a" * 168, b"a" * 1000, bytes(range(256)) * 3, b"The quick brown fox jumps over the lazy dog"]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256,
         _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for m in msgs:
        print(" ", len(m), c(m).hexdigest())
    # incremental = one-shot, and copies continue independently
    inc = c()
    for i in range(0, 900, 97):
        inc.update(msgs[14][i:i + 97])
    cp = inc.copy(); cp.update(b"more")
    print(" inc", inc.hexdigest() == c(msgs[14][:900]).hexdigest(), cp.hexdigest() == c(msgs[14][:900] + b"more").hexdigest(), inc.digest()[:4])
for c in (_sha3.shake_128, _sha3.shake_256):
    h = c(b"abc")
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix, h.hexdigest(0), h.hexdigest(1), h.hexdigest(40), len(h.digest(500)))
    print(c().hexdigest(32), c(b"a" * 200).hexdigest(20), h.copy().digest(8) == h.digest(8))
    show(h.digest)
    show(h.digest, -1)
    show(h.digest, 1.5)
    show(h.digest, 2 ** 29)
    show(h.digest, 2 ** 64)
print(_sha3.sha3_224()._suffix, _sha3.sha3_512()._rate_bits, _sha3.sha3_256()._capacity_bits, _sha3.implementation, _sha3.keccakopt)
# blake2 parameters
B, S = _blake2.blake2b, _blake2.blake2s
print(B.MAX_DIGEST_SIZE, B.MAX_KEY_SIZE, B.SALT_SIZE, B.PERSON_SIZE, S.MAX_DIGEST_SIZE, S.MAX_KEY_SIZE, S.SALT_SIZE, S.PERSON_SIZE,
      _blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)
for kw in [dict(digest_size=20), dict(digest_size=1), dict(key=b"secret"), dict(key=b"k" * 64), dict(salt=b"salty"), dict(person=b"me"),
           dict(fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=32), dict(last_node=True), dict(key=b"k", salt=b"s", person=b"p", digest_size=16),
           dict(usedforsecurity=False), dict(key=bytearray(b"kk")), dict(salt=memoryview(b"mv"))]:
    shown = {k: (bytes(v) if isinstance(v, memoryview) else v) for k, v in kw.items()}
    print(shown, B(b"data", **kw).hexdigest(), S(b"data", **{k: (v[:32] if isinstance(v, bytes) else v) for k, v in kw.items() if k != "inner_size"}).hexdigest())
print(B(b"x" * 128, key=b"key").hexdigest(), S(b"x" * 64, key=b"key").hexdigest(), B(b"x" * 129).hexdigest()[:16], S(b"x" * 65).hexdigest()[:16])
print(S(node_offset=2**48 - 1).hexdigest()[:16], B(node_offset=2**63).hexdigest()[:16], B(leaf_size=2**32 - 1).hexdigest()[:16])
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17), dict(fanout=256), dict(fanout=-1),
           dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32), dict(leaf_size=2**64), dict(node_offset=2**64), dict(node_depth=256),
           dict(inner_size=65), dict(key="str"), dict(digest_size=2**40), dict(digest_size="1"), dict(data=b"x"), dict(bogus=1), dict(leaf_size=1.0)]:
    try:
        B(**kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b"x" * 33), dict(salt=b"x" * 9), dict(node_offset=2**48), dict(inner_size=33)]:
    try:
        S(**kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
show(B, b"a", b"b")
show(_sha3.sha3_256, b"a", b"b")
show(_sha3.shake_256, data=b"a")
show(_md5.md5, b"a", b"b")
show(_md5.md5, data=b"a")
print(_md5.md5(string=b"abc").hexdigest(), _sha1.sha1(b"abc", usedforsecurity=False).hexdigest(), _sha3.sha3_224(b"abc", usedforsecurity=False).hexdigest())
for c in (_md5.md5, _sha1.sha1, _sha256.sha256, _sha512.sha512, _sha3.sha3_256, _sha3.shake_128, B, S):
    show(c, "text")
    show(c, 5)
    show(c().update, "text")
    show(c().update, [1])
    show(c().update)
print(c(memoryview(b"view")).hexdigest(), c(bytearray(b"view")).hexdigest() == c(b"view").hexdigest())
show(type(_md5.md5()))
show(type(_sha256.sha224()))
show(lambda: type("X", (_sha3.sha3_256,), {}))
show(lambda: type("X", (B,), {}))
print(sorted(n for n in dir(_md5) if not n.startswith("__")), sorted(n for n in dir(_sha256) if not n.startswith("__")), sorted(n for n in dir(_sha512) if not n.startswith("__")))
print(sorted(n for n in dir(_sha3) if not n.startswith("__")), sorted(n for n in dir(_blake2) if not n.startswith("__")))
print(_md5.md5.__doc__, "|", _sha3.sha3_384.__doc__, "|", B.__doc__, "|", B().update.__doc__, "|", _md5.md5().update.__doc__)
# hashlib on top
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s", "SHA256", "MD5"):
    print(name, hashlib.new(name, b"hashlib").hexdigest(), getattr(hashlib, name.lower())(b"x").name)
print(hashlib.new("shake_128", b"x").hexdigest(10), sorted(hashlib.algorithms_guaranteed), hashlib.blake2b(b"x", digest_size=8).hexdigest())
show(hashlib.new, "nope")
show(hashlib.new, "md5", "text")
import io
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest(), hashlib.file_digest(io.BytesIO(b"x" * 300000), hashlib.md5).hexdigest())
