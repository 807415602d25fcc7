a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h @= m
i &= 1; j |= 2; k ^= 3; l <<= 4; n >>= 5
o = a + b - c * d / e // f % g ** h @ i
p = a & b | c ^ ~d << e >> f
q = a < b > c <= d >= e == f != g
r = (a, [b], {c: d}); s = t.u; v = ...
def w(x) -> int: pass
if (y := 10): pass
z = a ! b ? c $ d ` e
x <> y
