import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 710.0, 1e-300, 1e300, float('inf'), float('-inf'), float('nan'), 5, -5, 2**70]
fns = ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','exp2','expm1','fabs','gamma','lgamma','log','log10','log1p','log2','sin','sinh','sqrt','tan','tanh','degrees','radians','isfinite','isinf','isnan','ceil','floor','trunc','frexp','modf','ulp']
for f in fns:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, f)(v)))
        except Exception as e: out.append('%s(%s)' % (type(e).__name__, e))
    print(f, ' '.join(out))
pairs = [(2.0, 3.0), (0.0, -1.0), (-2.0, 0.5), (float('inf'), 0.0), (1.0, float('nan')), (float('nan'), 0.0), (-1.0, float('inf')), (10.0, 400.0), (3.0, -0.0), (-8.0, 1/3), (7, 2), (5.5, float('inf'))]
for f in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter', 'log', 'hypot', 'isclose', 'dist']:
    out = []
    for a, b in pairs:
        try:
            out.append(repr(getattr(math, f)((a,), (b,)) if f == 'dist' else getattr(math, f)(a, b)))
        except Exception as e: out.append('%s(%s)' % (type(e).__name__, e))
    print(f, ' '.join(out))
print(math.factorial(30), math.factorial(0), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(10**20, 2))
print(math.isqrt(10**40 + 12345), math.isqrt(0), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2**-60]))
print(math.prod(range(1, 10)), math.prod([]), math.prod([2.5, 4], start=2))
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e-320, 1e-320), math.dist([0, 0], [3, 4]))
print(math.log(8, 2), math.log(10**1000), math.log2(2**1000), math.log10(10**500), math.log(100, 10))
print(math.ldexp(1.5, 3), math.ldexp(1.0, -1080), math.frexp(1e-310), math.ldexp(*math.frexp(123.456)))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.sqrt('x'),
            lambda: math.ldexp(1.0, 2.0), lambda: math.ldexp(1.0, 10**6), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist([1], [1, 2]), lambda: math.trunc('a'), lambda: math.log(0), lambda: math.log(-1, 2), lambda: math.log(2, 1), lambda: math.perm(-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.floor(True), math.ceil(2**100))
print(math.floor(-0.5), math.ceil(1e20), math.trunc(-3.9))
