# cmath on finite arguments (rounded to 12 places: the formulas may differ from CPython in the last bits).
import cmath
for z in (1+2j, -3+0.5j, 0.25-4j, 2, -1, 1j):
    print([round(v.real, 12) + round(v.imag, 12) * 1j for v in (cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.sin(z), cmath.cos(z), cmath.tan(z), cmath.sinh(z), cmath.tanh(z), cmath.asinh(z), cmath.asin(z), cmath.acos(z), cmath.atan(z), cmath.log10(z))])
print(cmath.phase(-1), cmath.polar(1+1j), cmath.rect(1, cmath.pi/2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isnan(cmath.nanj))
try: cmath.log(0)
except ValueError as e: print(e)
