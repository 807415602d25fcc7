# _random (MT19937 with CPython seeding) and _sha512 under CPython's random.
import random, _sha512
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.getrandbits(70), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.gauss(0, 1))
r = random.Random(7); print(r.random(), r.randrange(0, 1000, 7))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed(b"bytes seed"); print(random.random()); random.seed("str"); print(random.random()); random.seed(-5); print(random.random())
h = _sha512.sha512(b"abc"); h2 = h.copy(); h2.update(b"d"); print(h.hexdigest()[:32], h2.hexdigest()[:16], h.name, h.digest_size, h.block_size)
class R(random.Random): pass
print(R(3).random(), random.getrandbits(0), random.choices("ab", k=4))
